"""The workload each desired retention would cost this collection (or one deck)."""

from __future__ import annotations

from flashcards.errors import FlashcardsError
from flashcards.scheduler.workload import StudyShape, Workload, workload
from flashcards.store import presets
from flashcards.store import schedule as store
from flashcards.store.database import Database


def study_workload(db: Database, deck: str | None = None) -> Workload:
    """Simulate a year of study of the collection's (or `deck`'s) cards within its limits,
    with the parameters in use, at each desired retention from 0.70 to 0.97."""
    with db.begin() as session:
        config = store.load_config(session)
        deck_ids = store.deck_ids(session, deck)
        if deck is not None and not deck_ids:
            raise FlashcardsError(f"no deck named {deck!r}")
        cards = presets.active_cards(session, deck_ids)
        limits = presets.deck_limits(session, deck_ids).values()
        shown = presets.deck_presets(session, deck_ids[:1])
    if cards == 0:
        raise FlashcardsError("no cards to simulate: build or import a deck first")
    preset_config = config.with_preset(next(iter(shown.values()))) if shown else config
    shape = StudyShape(
        cards=cards,
        new_per_day=sum(limit.new_per_day for limit in limits),
        reviews_per_day=sum(limit.reviews_per_day for limit in limits),
        maximum_interval=preset_config.maximum_interval,
        learning_steps=len(preset_config.learning_steps),
        relearning_steps=len(preset_config.relearning_steps),
        new_ignores_review_limit=config.new_ignores_review_limit,
    )
    return workload(config.parameters, shape)
