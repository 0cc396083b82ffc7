"""The Anki side of the tests, with Anki's own library: a collection, answers at given times,
packages imported and exported as Anki's File menu does."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

ANKI_MISSING = (
    "Anki's own library reads and writes the packages: install it with "
    "`pip install 'anki>=25.2'` (it is in the project's [test] extra)"
)


def require_anki() -> None:
    pytest.importorskip("anki", reason=ANKI_MISSING)


def collection(folder: Path) -> Any:
    """A new, empty Anki collection in `folder`."""
    from anki.collection import Collection

    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def add_note(
    col: Any, notetype: str, deck: str, fields: Sequence[str], tags: Sequence[str] = ()
) -> Any:
    note = col.new_note(col.models.by_name(notetype))
    for index, value in enumerate(fields):
        note.fields[index] = value
    note.tags = list(tags)
    col.add_note(note, col.decks.id(deck))
    return note


#: Anki's rating buttons by our rating numbers (1 Again … 4 Easy).
def answer(col: Any, card_id: int, rating: int, at: datetime, taken_ms: int = 3000) -> None:
    """Answer a card in Anki as its reviewer does, at `at` (its review-log id)."""
    from anki.scheduler.v3 import CardAnswer

    buttons = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card_id)
    choice = col.sched.build_answer(card=card, states=states, rating=buttons[rating])
    choice.answered_at_millis = int(at.timestamp() * 1000)
    choice.milliseconds_taken = taken_ms
    col.sched.answer_card(choice)


def import_package(col: Any, package: Path) -> Any:
    """File ▸ Import of an .apkg with Anki's defaults (notes updated when the file is newer)."""
    from anki.import_export_pb2 import (
        ImportAnkiPackageOptions,
        ImportAnkiPackageRequest,
        ImportAnkiPackageUpdateCondition,
    )

    newer = ImportAnkiPackageUpdateCondition.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER
    options = ImportAnkiPackageOptions(
        update_notes=newer, update_notetypes=newer, with_scheduling=False
    )
    return col.import_anki_package(
        ImportAnkiPackageRequest(package_path=str(package), options=options)
    )


def export_deck(col: Any, deck: str | None, out: Path, *, legacy: bool = False) -> Path:
    """File ▸ Export ▸ Anki Deck Package with scheduling (a deck, or the whole collection)."""
    from anki.collection import DeckIdLimit, ExportAnkiPackageOptions

    options = ExportAnkiPackageOptions(
        with_scheduling=True, with_deck_configs=True, with_media=True, legacy=legacy
    )
    limit = None if deck is None else DeckIdLimit(col.decks.id(deck))
    col.export_anki_package(out_path=str(out), options=options, limit=limit)
    return out


def export_collection(col: Any, out: Path) -> Path:
    """File ▸ Export ▸ Anki Collection Package (.colpkg)."""
    col.export_collection_package(str(out), include_media=True, legacy=False)
    return out


def revlog(col: Any) -> list[tuple[int, int, int, int, int, int]]:
    """(id, card id, ease, factor, taken ms, kind) of every entry of Anki's review log."""
    rows = col.db.all("select id, cid, ease, factor, time, type from revlog order by id")
    return [tuple(int(v) for v in row) for row in rows]  # type: ignore[misc]


def cards_by_guid(col: Any) -> dict[str, Any]:
    """Each note's first card, by the note's GUID."""
    found = {}
    for note_id in col.find_notes(""):
        note = col.get_note(note_id)
        found[note.guid] = note.cards()[0]
    return found
