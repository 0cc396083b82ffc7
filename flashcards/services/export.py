"""Write cards out as JSON Lines or CSV for other tools (CSV cells never run as formulas)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from flashcards.cells import neutralise_cell
from flashcards.records import CardRecord
from flashcards.store import cards as store
from flashcards.store.database import Database

#: Columns of every export, in order.
FIELDS = (
    "id",
    "deck",
    "kind",
    "source_lang",
    "target_lang",
    "front",
    "back",
    "extra",
    "group_key",
    "source_files",
)


def card_row(card: CardRecord) -> dict[str, Any]:
    return {
        "id": card.uid,
        "deck": card.deck,
        "kind": card.kind.value,
        "source_lang": card.source_lang,
        "target_lang": card.target_lang,
        "front": card.front,
        "back": card.back,
        "extra": card.extra,
        "group_key": card.group_key,
        "source_files": list(card.source_files),
    }


def csv_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row fit for a spreadsheet: every text cell that would start a formula is quoted.

    The one place CSV output is neutralised (OWASP's CSV injection advice); the glossary
    reader undoes it (`flashcards.cells.restore_cell`), so the round trip keeps the text.
    """
    return {k: neutralise_cell(v) if isinstance(v, str) else v for k, v in row.items()}


def render(cards: Sequence[CardRecord], fmt: str) -> str:
    """The export text of `cards` in `fmt` (jsonl or csv)."""
    if fmt == "jsonl":
        return "".join(json.dumps(card_row(c), ensure_ascii=False) + "\n" for c in cards)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
        writer.writeheader()
        for card in cards:
            row = card_row(card)
            row["source_files"] = ";".join(row["source_files"])
            writer.writerow(csv_row(row))
        return out.getvalue()
    raise ValueError(f"unknown export format {fmt!r}")


def export_cards(db: Database, fmt: str, deck: str | None = None) -> tuple[str, int]:
    """(text, number of cards) for every active card, or those of one deck."""
    with db.begin() as session:
        records = store.cards(session, deck=deck)
    return render(records, fmt), len(records)
