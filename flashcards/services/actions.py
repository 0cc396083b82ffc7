"""The app's changing operations: each returns its result, what it changed and how to undo it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from flashcards.errors import FlashcardsError
from flashcards.progress import Progress
from flashcards.scheduler.config import SchedulerConfig
from flashcards.services import browse, study
from flashcards.services.changes import Changed, Changes
from flashcards.services.study import Answered, StudySession
from flashcards.services.undo import UndoAction, UndoStep
from flashcards.store import cards as card_store
from flashcards.store.database import Database
from flashcards.types import Rating, StudyMode

if TYPE_CHECKING:
    from flashcards.scheduler.optimize import OptimizeResult
    from flashcards.services.build import BuildReport
    from flashcards.services.glossary import GlossaryReport


#: The flags a card can carry (Anki's first four: red, orange, green, blue), 0 for none.
FLAGS = range(0, 8)


def _marks(db: Database, card_ids: Sequence[int]) -> dict[int, dict[str, object]]:
    with db.begin() as session:
        return card_store.card_marks(session, card_ids)


def _step(action: UndoAction, before: dict[int, dict[str, object]], *names: str) -> UndoStep:
    kept = {card_id: {n: values[n] for n in names} for card_id, values in before.items()}
    return UndoStep(action, tuple(before), before=kept)


# -- the reviewer ------------------------------------------------------------------------


def answer(
    session: StudySession,
    card_id: int,
    rating: Rating,
    now: datetime,
    *,
    duration_ms: int | None = None,
    mode: StudyMode = StudyMode.FLIP,
) -> Changed[Answered]:
    """Grade a card in a study session (committed before this returns)."""
    done = session.answer(card_id, rating, now, duration_ms=duration_ms, mode=mode)
    marks = {card_id: dict(done.marks_before)} if done.marks_before else {}
    step = UndoStep(
        UndoAction.ANSWER, (card_id,), rating=rating, review_id=done.review_id, before=marks
    )
    return Changed(done, Changes.of_cards([card_id], schedule=True), step)


def bury(session: StudySession, card_id: int, now: datetime) -> Changed[None]:
    """Hide a card until the next study day."""
    before = _marks(session.db, [card_id])
    session.bury(card_id, now)
    step = _step(UndoAction.BURY, before, "buried_until")
    return Changed(None, Changes.of_cards([card_id], study_queue=True), step)


def suspend(session: StudySession, card_id: int, now: datetime) -> Changed[None]:
    """Take a card out of every queue until it is unsuspended."""
    before = _marks(session.db, [card_id])
    session.suspend(card_id, now)
    step = _step(UndoAction.SUSPEND, before, "suspended")
    return Changed(None, Changes.of_cards([card_id], study_queue=True), step)


def toggle_flag(db: Database, card_id: int, flag: int) -> Changed[int]:
    """Set `flag` on a card, or clear it when the card has it already; the new flag."""
    if flag not in FLAGS or flag == 0:
        raise FlashcardsError("a flag is a number from 1 to 7")
    before = _marks(db, [card_id])
    if card_id not in before:
        raise FlashcardsError(f"no card with id {card_id}")
    new = 0 if before[card_id]["flag"] == flag else flag
    study.set_flag(db, [card_id], new)
    return Changed(new, Changes.of_cards([card_id]), _step(UndoAction.FLAG, before, "flag"))


def edit(db: Database, card_id: int, front: str, back: str, extra: str = "") -> Changed[None]:
    """Change a card's text by hand (a rebuild keeps it)."""
    before = _marks(db, [card_id])
    study.edit_card(db, card_id, front, back, extra)
    step = _step(
        UndoAction.EDIT,
        before,
        "front",
        "back",
        "extra",
        "alternatives",
        "answer_lemma",
        "edited",
        "updated_at",
    )
    return Changed(None, Changes.of_cards([card_id]), step)


# -- the browser -------------------------------------------------------------------------

_BROWSER = {
    "suspend": UndoAction.SUSPEND,
    "unsuspend": UndoAction.UNSUSPEND,
    "reset": UndoAction.RESET,
    "delete": UndoAction.DELETE,
}


def browser_action(
    db: Database, action: browse.Action, card_ids: Sequence[int], now: datetime
) -> Changed[int]:
    """Suspend, unsuspend, reset or delete cards; the number of cards it was done to."""
    token = browse.apply(db, action, card_ids, now)
    kind = _BROWSER[action]
    changes = Changes.of_cards(
        token.card_ids,
        schedule=kind is UndoAction.RESET,
        study_queue=True,
        card_set=kind is UndoAction.DELETE,
    )
    return Changed(len(token.card_ids), changes, UndoStep(kind, token.card_ids, token=token))


# -- decks and settings ------------------------------------------------------------------

#: What a build or an import that stored cards changes.
NEW_CARDS = Changes(cards=True, card_set=True, decks=True, study_queue=True)


def build_deck(
    db: Database,
    folder: str | Path,
    *,
    deck: str,
    source: str,
    target: str,
    both_directions: bool,
    progress: Progress | None = None,
) -> Changed[BuildReport]:
    """Build (or rebuild) a deck from a folder of articles."""
    from flashcards.services.build import build  # the builder is loaded when first used

    report = build(
        db,
        [folder],
        deck=deck,
        source=source,
        target=target,
        both_directions=both_directions,
        progress=progress,
    )
    changed = report.ok and not report.inputs_unchanged
    return Changed(report, NEW_CARDS if changed else Changes())


def import_glossary(
    db: Database, path: str, source: str, target: str, *, deck: str, both_directions: bool
) -> Changed[GlossaryReport]:
    """Term cards from a glossary file into a new or existing deck."""
    from flashcards.services.glossary import import_glossary as run

    report = run(db, path, source, target, deck=deck, both_directions=both_directions)
    return Changed(report, NEW_CARDS if report.ok else Changes())


def save_settings(
    db: Database, config: SchedulerConfig, deck_limits: tuple[int, int, int] | None = None
) -> Changes:
    """The scheduling settings, and one deck's daily limits (deck id, new, reviews)."""
    study.save_config(db, config)
    if deck_limits is not None:
        study.set_deck_limits(db, *deck_limits)
    return Changes(config=True, decks=deck_limits is not None, study_queue=True)


def optimize(db: Database) -> Changed[OptimizeResult]:
    """Fit FSRS to the review log; adopt the parameters when they predict better."""
    from flashcards.services.optimize import optimize_collection

    result = optimize_collection(db)
    adopted = result.status == "adopted"
    return Changed(result, Changes(config=adopted, study_queue=adopted))
