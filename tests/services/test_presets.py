"""Presets per deck or shared, the deck's own limits, and leeches, on a real collection."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import LeechAction
from flashcards.scheduler.leech import threshold_met
from flashcards.services import actions, browse, presets, study
from flashcards.services.build import build
from flashcards.services.study import StudySession, due_counts
from flashcards.services.undo import undo
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck
from flashcards.types import CardState, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def two_decks(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], deck="easy", source="tr", target="is")
    build(db, [seed_dir], deck="hard", source="is", target="tr")
    return db


def _deck_id(db: Database, name: str) -> int:
    with db.begin() as s:
        return int(s.scalar(select(Deck.id).where(Deck.name == name)) or 0)


def _review_card(db: Database, deck: str, stability: float = 10.0, lapses: int = 0) -> int:
    """One of `deck`'s cards made a review card due now; the others retired."""
    deck_id = _deck_id(db, deck)
    with db.begin() as s:
        card_id = int(s.scalar(select(Card.id).where(Card.deck_id == deck_id).limit(1)) or 0)
        s.execute(
            update(Card).where(Card.deck_id == deck_id, Card.id != card_id).values(retired=True)
        )
        s.execute(
            update(Card)
            .where(Card.id == card_id)
            .values(
                state=int(CardState.REVIEW),
                stability=stability,
                difficulty=5.0,
                due=NOW,
                last_review=NOW - timedelta(days=10),
                reps=5,
                lapses=lapses,
            )
        )
    return card_id


def test_a_deck_takes_retention_limits_steps_and_interval_from_its_preset(
    two_decks: Database,
) -> None:
    db = two_decks
    strict, _ = presets.change_preset(
        db,
        "Strict",
        now=NOW,
        create=True,
        desired_retention=0.97,
        new_per_day=3,
        learning_steps=(timedelta(minutes=5),),
        maximum_interval=30,
    )
    presets.assign_preset(db, "hard", "Strict")
    listed = {d.name: d for d in due_counts(db, NOW, UTC)}
    assert (listed["hard"].new_per_day, listed["hard"].counts.new) == (3, 3)
    assert listed["hard"].preset_id == strict.id
    assert (listed["easy"].new_per_day, listed["easy"].preset_id) == (20, 0)
    hard = StudySession(db, "hard", tz=UTC)
    card = hard.next_card(NOW)
    assert card is not None
    assert card.intervals[Rating.AGAIN] == timedelta(minutes=5)  # the preset's one step
    easy = StudySession(db, "easy", tz=UTC)
    other = easy.next_card(NOW)
    assert other is not None and other.intervals[Rating.AGAIN] == timedelta(minutes=1)
    # The maximum interval and the retention apply to review cards.
    strict_card = _review_card(db, "hard", stability=300.0)
    easy_card = _review_card(db, "easy", stability=300.0)
    strict_days = StudySession(db, "hard", tz=UTC).card(strict_card, NOW).intervals
    easy_days = StudySession(db, "easy", tz=UTC).card(easy_card, NOW).intervals
    assert strict_days[Rating.EASY] <= timedelta(days=30) < easy_days[Rating.GOOD]
    # All decks studied at once: each card by its own deck's preset.
    both = StudySession(db, tz=UTC)
    assert both.card(strict_card, NOW).intervals == strict_days


def test_a_decks_own_limits_override_its_presets(two_decks: Database) -> None:
    db = two_decks
    study.set_deck_limits(db, _deck_id(db, "easy"), 4, None)
    listed = {d.name: d for d in due_counts(db, NOW, UTC)}
    assert (listed["easy"].new_per_day, listed["easy"].reviews_per_day) == (4, 200)
    assert listed["easy"].own_limits and not listed["hard"].own_limits
    presets.change_preset(db, "Default", now=NOW, new_per_day=7, reviews_per_day=70)
    listed = {d.name: d for d in due_counts(db, NOW, UTC)}
    assert (listed["easy"].new_per_day, listed["easy"].reviews_per_day) == (4, 70)
    assert (listed["hard"].new_per_day, listed["hard"].counts.new) == (7, 7)
    study.set_deck_limits(db, _deck_id(db, "easy"), None, None)
    assert {d.name: d.new_per_day for d in due_counts(db, NOW, UTC)}["easy"] == 7


def test_presets_are_listed_renamed_and_removed(two_decks: Database) -> None:
    db = two_decks
    presets.change_preset(db, "Exam", now=NOW, create=True, desired_retention=0.95)
    presets.assign_preset(db, "easy", "Exam")
    names = [(u.preset.name, u.decks) for u in presets.list_presets(db)]
    assert names == [("Default", ("hard",)), ("Exam", ("easy",))]
    exam = presets.get_preset(db, "exam")
    presets.save_preset(db, exam.with_changes(name="Finals"), now=NOW)
    assert [u.preset.name for u in presets.list_presets(db)] == ["Default", "Finals"]
    other, _ = presets.change_preset(db, "Other", now=NOW, create=True)
    with pytest.raises(FlashcardsError, match="exists already"):
        presets.save_preset(db, other.with_changes(name="finals"), now=NOW)
    with pytest.raises(FlashcardsError, match="exists already"):
        presets.save_preset(db, other.with_changes(name="default"), now=NOW)
    presets.delete_preset(db, "Other")
    with pytest.raises(FlashcardsError, match="desired retention"):
        presets.change_preset(db, "Finals", now=NOW, desired_retention=0.5)
    with pytest.raises(FlashcardsError, match="cannot be removed"):
        presets.delete_preset(db, "Default")
    presets.delete_preset(db, "Finals")
    assert [(u.preset.name, u.decks) for u in presets.list_presets(db)] == [
        ("Default", ("easy", "hard"))
    ]
    assert study.load_config(db).desired_retention == 0.90


def test_changing_retention_recomputes_memory_and_reschedules_only_on_request(
    two_decks: Database,
) -> None:
    db = two_decks
    card_id = _review_card(db, "easy", stability=10.0)
    session = StudySession(db, "easy", tz=UTC)
    session.answer(card_id, Rating.GOOD, NOW)
    with db.begin() as s:
        due_before = s.scalar(select(Card.due).where(Card.id == card_id))
    _, update_ = presets.change_preset(db, "Default", now=NOW, desired_retention=0.80, tz=UTC)
    assert update_ is not None and update_.cards >= 1 and update_.rescheduled == 0
    with db.begin() as s:
        assert s.scalar(select(Card.due).where(Card.id == card_id)) == due_before
    _, update_ = presets.change_preset(
        db, "Default", now=NOW, desired_retention=0.95, tz=UTC, reschedule=True
    )
    assert update_ is not None and update_.rescheduled >= 1
    with db.begin() as s:
        due_after = s.scalar(select(Card.due).where(Card.id == card_id))
    assert due_after is not None and due_before is not None and due_after < due_before


def test_leech_threshold_is_ankis() -> None:
    assert [n for n in range(20) if threshold_met(n, 8)] == [8, 12, 16]
    assert [n for n in range(8) if threshold_met(n, 3)] == [3, 5, 7]
    assert not any(threshold_met(n, 0) for n in range(20))


@pytest.mark.parametrize("action", [LeechAction.TAG, LeechAction.SUSPEND])
def test_the_eighth_lapse_makes_a_leech_said_in_the_answer_and_found_in_the_browser(
    two_decks: Database, action: LeechAction
) -> None:
    db = two_decks
    presets.change_preset(db, "Default", now=NOW, leech_action=action)
    card_id = _review_card(db, "easy", lapses=7)
    session = StudySession(db, "easy", tz=UTC)
    answered = session.answer(card_id, Rating.AGAIN, NOW)
    assert answered.leech and answered.memory.lapses == 8
    assert answered.suspended is (action is LeechAction.SUSPEND)
    with db.begin() as s:
        tags, suspended = s.execute(
            select(Card.tags, Card.suspended).where(Card.id == card_id)
        ).one()
    assert "leech" in tags.split() and suspended is (action is LeechAction.SUSPEND)
    found = browse.page(db, browse.BrowseQuery(state="leech"), 0, 50, now=NOW)
    assert [row.id for row in found] == [card_id]
    # Undo takes the answer back, and the leech with it.
    assert session.undo(NOW) is not None
    with db.begin() as s:
        tags, suspended = s.execute(
            select(Card.tags, Card.suspended).where(Card.id == card_id)
        ).one()
    assert "leech" not in tags.split() and not suspended


def test_the_apps_undo_takes_back_a_leech_too(two_decks: Database) -> None:
    db = two_decks
    presets.change_preset(db, "Default", now=NOW, leech_action=LeechAction.SUSPEND)
    card_id = _review_card(db, "easy", lapses=7)
    session = StudySession(db, "easy", tz=UTC)
    changed = actions.answer(session, card_id, Rating.AGAIN, NOW)
    assert changed.value.leech and changed.undo is not None
    undo(db, changed.undo)
    with db.begin() as s:
        tags, suspended = s.execute(
            select(Card.tags, Card.suspended).where(Card.id == card_id)
        ).one()
    assert "leech" not in tags.split() and not suspended


def test_the_settings_turn_calibration_on_and_off_and_leave_it_when_not_given(
    db: Database,
) -> None:
    def saved(calibrate: bool | None) -> bool:
        presets.save_options(db, 4, [], [], now=NOW, calibrate=calibrate)
        return study.load_config(db).calibrate

    assert study.load_config(db).calibrate is False  # off by default
    assert saved(True) is True
    assert saved(None) is True  # the day start alone: the switch stays
    assert saved(False) is False
    assert saved(None) is False
