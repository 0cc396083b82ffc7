"""Study sessions on the seed deck at fixed dates: answers, undo, limits, card actions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import SchedulerConfig
from flashcards.services import study
from flashcards.services.build import build
from flashcards.services.study import StudySession, due_counts
from flashcards.store import answers as answers_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck, ReviewLog
from flashcards.types import CardState, Memory, Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)


@pytest.fixture
def deck(db: Database, seed_dir: Path) -> Database:
    build(db, [seed_dir], source="tr", target="is", both_directions=True)
    return db


def _memory(db: Database, card_id: int) -> Memory:
    with db.begin() as session:
        return store.memory_of(session, card_id)


def _log_count(db: Database) -> int:
    with db.begin() as session:
        return session.scalar(select(func.count()).select_from(ReviewLog)) or 0


def test_first_day_shows_one_direction_of_each_fact(deck: Database) -> None:
    session = StudySession(deck, "sales", tz=UTC)
    assert session.counts(NOW).new == 20  # the daily limit
    seen = []
    while (card := session.next_card(NOW)) is not None and card.memory.state is CardState.NEW:
        seen.append(card.content.note_key)
        session.answer(card.id, Rating.GOOD, NOW)
    assert len(seen) == len(set(seen)) == 20
    assert due_counts(deck, NOW, UTC)[0].counts.new == 0


def test_answer_is_stored_with_its_log_in_one_go(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None and card.retrievability is None
    assert set(card.intervals) == set(Rating)
    answered = session.answer(card.id, Rating.GOOD, NOW, duration_ms=2500)
    memory = _memory(deck, card.id)
    assert memory == answered.memory
    assert memory.due == NOW + card.intervals[Rating.GOOD]
    with deck.begin() as s:
        (entry,) = answers_store.history(s, card.id)
    assert (entry.rating, entry.duration_ms, entry.reviewed_at) == (Rating.GOOD, 2500, NOW)
    assert entry.before == Memory() and entry.state_after is CardState.LEARNING
    # A second process (a new Database on the same file) sees it at once.
    other = Database(deck.url)
    with other.begin() as s:
        assert store.memory_of(s, card.id) == memory
    other.close()


def test_undo_restores_the_exact_previous_state(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    first = session.next_card(NOW)
    assert first is not None
    session.answer(first.id, Rating.GOOD, NOW)
    later = NOW + timedelta(minutes=11)
    again = session.next_card(later)
    assert again is not None and again.id == first.id  # its learning step is due
    before = _memory(deck, first.id)
    session.answer(first.id, Rating.EASY, later)
    assert _memory(deck, first.id).state is CardState.REVIEW
    undone = session.undo(later)
    assert undone is not None and undone.id == first.id
    assert _memory(deck, first.id) == before
    assert _log_count(deck) == 1
    shown = session.next_card(later)
    assert shown is not None and shown.id == first.id  # shown again at once
    assert session.undo(later) is not None and _memory(deck, first.id) == Memory()
    assert session.undo(later) is None and _log_count(deck) == 0


def test_a_new_day_brings_due_reviews(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    session.answer(card.id, Rating.EASY, NOW)
    due = _memory(deck, card.id).due
    assert due is not None and due > NOW + timedelta(days=1)
    assert session.next_due(NOW + timedelta(hours=23)) is not None
    on_the_day = due + timedelta(hours=1)
    counts = due_counts(deck, on_the_day, UTC)[0].counts
    assert counts.review == 1
    shown = session.next_card(on_the_day)  # the session notices the new day
    assert shown is not None and shown.id == card.id
    r = shown.retrievability
    assert r is not None and 0.8 < r < 0.95


def test_bury_suspend_flag_reset_and_set_due(deck: Database) -> None:
    session = StudySession(deck, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None
    session.bury(card.id, NOW)
    assert session.next_card(NOW).id != card.id  # type: ignore[union-attr]
    # Its sibling (the other direction) takes its place today; the card itself waits.
    assert StudySession(deck, tz=UTC).counts(NOW).new == 20
    assert all(c.id != card.id for c in _all_cards(deck, NOW))
    tomorrow = NOW + timedelta(days=1)
    assert StudySession(deck, tz=UTC).next_card(tomorrow).id == card.id  # type: ignore[union-attr]

    study.set_suspended(deck, [card.id], True)
    assert all(c.id != card.id for c in _all_cards(deck, tomorrow))
    study.set_suspended(deck, [card.id], False)
    study.set_flag(deck, [card.id], 3)
    with pytest.raises(FlashcardsError):
        study.set_flag(deck, [card.id], 9)
    with deck.begin() as s:
        assert s.get(Card, card.id).flag == 3  # type: ignore[union-attr]

    session = StudySession(deck, tz=UTC)
    session.answer(card.id, Rating.GOOD, NOW)
    study.set_due(deck, [card.id], 5, NOW, UTC)
    memory = _memory(deck, card.id)
    assert memory.due == datetime(2026, 11, 28, 4, tzinfo=UTC)  # the start of a study day
    assert memory.state is CardState.LEARNING
    study.reset(deck, [card.id], NOW)
    assert _memory(deck, card.id) == Memory()
    with deck.begin() as s:
        kinds = [e.kind for e in answers_store.history(s, card.id)]
    assert kinds == ["review", "manual", "manual"]  # history kept


def _all_cards(db: Database, now: datetime) -> list[study.StudyCard]:
    session = StudySession(db, tz=UTC)
    cards = []
    while (card := session.next_card(now)) is not None:
        cards.append(card)
        session.bury(card.id, now)
    return cards


def test_daily_limits_and_settings_persist(deck: Database) -> None:
    with deck.begin() as s:
        for d in s.scalars(select(store.Deck)):
            d.new_per_day = 3
    study.save_config(deck, SchedulerConfig(desired_retention=0.85, day_start_hour=6))
    assert study.load_config(deck).desired_retention == 0.85
    session = StudySession(deck, tz=UTC)
    assert session.counts(NOW).new == 3
    for _ in range(3):
        card = session.next_card(NOW)
        assert card is not None
        session.answer(card.id, Rating.EASY, NOW)
    assert session.next_card(NOW) is None
    assert due_counts(deck, NOW, UTC)[0].counts.new == 0
    # 05:00 the next morning is still the same study day when it starts at 06:00.
    assert due_counts(deck, datetime(2026, 11, 24, 5, tzinfo=UTC), UTC)[0].counts.new == 0
    assert due_counts(deck, datetime(2026, 11, 24, 6, tzinfo=UTC), UTC)[0].counts.new == 3


def test_unknown_deck(deck: Database) -> None:
    with pytest.raises(FlashcardsError, match="no deck named 'nope'"):
        StudySession(deck, "nope")


def test_retired_cards_are_not_studied(deck: Database) -> None:
    with deck.begin() as s:
        s.execute(Card.__table__.update().values(retired=True))
    assert StudySession(deck, tz=UTC).next_card(NOW) is None
    assert due_counts(deck, NOW, UTC)[0].counts.total == 0


def test_undo_reaches_only_this_sessions_answers(deck: Database) -> None:
    earlier = StudySession(deck, tz=UTC)
    for _ in range(3):
        card = earlier.next_card(NOW)
        assert card is not None
        earlier.answer(card.id, Rating.GOOD, NOW)
    later = NOW + timedelta(days=60)
    fresh = StudySession(deck, tz=UTC)  # a new `flashcards study`, two months on
    for _ in range(3):
        assert fresh.undo(later) is None
    assert _log_count(deck) == 3
    card = fresh.next_card(later)
    assert card is not None
    fresh.answer(card.id, Rating.HARD, later)
    assert fresh.undo(later) is not None and _log_count(deck) == 3
    assert fresh.undo(later) is None and _log_count(deck) == 3


def test_undo_leaves_an_answer_another_window_gave_since(deck: Database) -> None:
    mine, other = StudySession(deck, tz=UTC), StudySession(deck, tz=UTC)
    card = mine.next_card(NOW)
    assert card is not None
    mine.answer(card.id, Rating.GOOD, NOW)
    other.answer(card.id, Rating.AGAIN, NOW + timedelta(minutes=1))
    assert mine.undo(NOW + timedelta(minutes=2)) is None
    assert _log_count(deck) == 2


def test_answers_accept_any_timezone_aware_time(deck: Database) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    session = StudySession(deck, tz=berlin)
    card = session.next_card(NOW.astimezone(berlin))
    assert card is not None
    answered = session.answer(card.id, Rating.EASY, NOW.astimezone(berlin))
    assert answered.memory.last_review == NOW
    with deck.begin() as s:
        (entry,) = answers_store.history(s, card.id)
    assert entry.reviewed_at == NOW


def test_the_deck_list_counts_what_the_session_shows_when_siblings_share_a_note(
    deck: Database,
) -> None:
    with deck.begin() as s:
        rows = s.execute(select(Card.id, Card.note_key).order_by(Card.id)).all()
        by_note: dict[str, list[int]] = {}
        for card_id, note in rows:
            by_note.setdefault(note, []).append(card_id)
        pair = next(ids for ids in by_note.values() if len(ids) == 2)
        single = next(ids[0] for note, ids in by_note.items() if pair[0] not in ids)
        s.execute(update(Card).where(Card.id.not_in([*pair, single])).values(retired=True))
        s.execute(
            update(Card)
            .where(Card.id == pair[0])
            .values(
                state=int(CardState.REVIEW),
                stability=5.0,
                difficulty=5.0,
                due=NOW - timedelta(days=1),
                last_review=NOW - timedelta(days=6),
                reps=3,
            )
        )
    listed = due_counts(deck, NOW, UTC)[0].counts
    session = StudySession(deck, tz=UTC)
    assert listed == session.counts(NOW)
    assert (listed.review, listed.new) == (1, 1)  # the new sibling waits for another day
    shown = []
    while (card := session.next_card(NOW)) is not None:
        shown.append(card.id)
        session.bury(card.id, NOW)
    assert sorted(shown) == sorted([pair[0], single])


def test_review_limit_counts_new_cards_in_the_deck_list_and_the_session(deck: Database) -> None:
    with deck.begin() as s:
        studied = list(s.scalars(select(Card.id).order_by(Card.id).limit(20)))
        s.execute(
            update(Card)
            .where(Card.id.in_(studied[:10]))
            .values(
                state=int(CardState.REVIEW),
                stability=5.0,
                difficulty=5.0,
                due=NOW - timedelta(days=1),
                last_review=NOW - timedelta(days=6),
                reps=3,
            )
        )
        s.execute(update(Deck).values(new_per_day=20, reviews_per_day=5))
    listed = due_counts(deck, NOW, UTC)[0].counts
    assert (listed.review, listed.new) == (5, 0)
    assert StudySession(deck, tz=UTC).counts(NOW) == listed
