"""Queue order, daily limits, sibling burying, learning cards and the learn-ahead window."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from flashcards.scheduler.config import Limits
from flashcards.scheduler.day import study_day
from flashcards.scheduler.queue import DoneToday, QueueEntry, build_queue
from flashcards.types import CardState

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
DAY = study_day(NOW, 4, UTC)


def new(card_id: int, note: str | None = None, deck: int = 1) -> QueueEntry:
    return QueueEntry(card_id, deck, note or f"n{card_id}", CardState.NEW, None, None)


def review(card_id: int, due: datetime, stability: float, note: str | None = None) -> QueueEntry:
    return QueueEntry(card_id, 1, note or f"n{card_id}", CardState.REVIEW, due, stability)


def learning(card_id: int, due: datetime, note: str | None = None) -> QueueEntry:
    return QueueEntry(card_id, 1, note or f"n{card_id}", CardState.LEARNING, due, 1.0)


def drain(queue, now=NOW):  # type: ignore[no-untyped-def]
    order = []
    while (entry := queue.next(now)) is not None:
        order.append(entry.card_id)
        queue.remove(entry.card_id)
    return order


def test_learning_first_then_reviews_most_overdue_relative_to_stability() -> None:
    cards = [
        review(1, NOW - timedelta(days=2), stability=20.0),  # 0.1 stability overdue
        review(2, NOW - timedelta(days=2), stability=2.0),  # 1.0
        review(3, NOW - timedelta(days=10), stability=100.0),  # 0.1, older id wins ties
        learning(4, NOW - timedelta(minutes=1)),
        review(5, NOW + timedelta(days=3), stability=5.0),  # not due today
    ]
    queue = build_queue(cards, NOW, DAY, {1: Limits()}, DoneToday())
    assert drain(queue) == [4, 2, 1, 3]


def test_new_cards_are_spread_among_reviews_within_limits() -> None:
    reviews = [review(i, NOW - timedelta(days=1), stability=float(i)) for i in range(1, 9)]
    news = [new(100 + i) for i in range(10)]
    queue = build_queue(reviews + news, NOW, DAY, {1: Limits(new_per_day=4)}, DoneToday())
    order = drain(queue)
    assert len(order) == 12
    positions = [i for i, card in enumerate(order) if card >= 100]
    assert [order[i] for i in positions] == [100, 101, 102, 103]  # in order of introduction
    assert positions[0] > 0 and positions[-1] < 11  # neither all first nor all last
    assert max(b - a for a, b in itertools.pairwise(positions)) <= 4


def test_limits_count_what_was_done_today_per_deck() -> None:
    cards = [new(i, deck=1) for i in range(1, 6)] + [new(i, deck=2) for i in range(6, 11)]
    done = DoneToday(new_by_deck={1: 3})
    queue = build_queue(cards, NOW, DAY, {1: Limits(5, 10), 2: Limits(1, 10)}, done)
    assert queue.counts().new == 3  # two left in deck 1, one in deck 2
    reviews = [review(i, NOW, 1.0) for i in range(20, 30)]
    queue = build_queue(reviews, NOW, DAY, {1: Limits(20, 4)}, DoneToday(reviews_by_deck={1: 1}))
    assert queue.counts().review == 3


def test_siblings_are_not_shown_on_the_same_day() -> None:
    cards = [
        new(1, note="fact"),
        new(2, note="fact"),  # the two directions of one fact
        review(3, NOW, 5.0, note="other"),
        new(4, note="other"),
        new(5, note="seen"),  # its sibling was answered earlier today
        learning(6, NOW, note="busy"),
        review(7, NOW, 3.0, note="busy"),
    ]
    done = DoneToday(note_keys=frozenset({"seen"}))
    queue = build_queue(cards, NOW, DAY, {1: Limits()}, done)
    assert sorted(drain(queue)) == [1, 3, 6]


def test_learning_card_comes_back_when_due_or_within_learn_ahead() -> None:
    queue = build_queue([new(1), new(2)], NOW, DAY, {1: Limits()}, DoneToday())
    first = queue.next(NOW)
    assert first is not None and first.card_id == 1
    queue.remove(1)
    queue.schedule_learning(learning(1, NOW + timedelta(minutes=10)))
    assert queue.counts().learning == 1
    second = queue.next(NOW)
    assert second is not None and second.card_id == 2  # new card while 1 waits
    queue.remove(2)
    # Nothing else: the learning card comes early, within 20 minutes…
    early = queue.next(NOW)
    assert early is not None and early.card_id == 1
    # …but not when it is due much later.
    queue.remove(1)
    queue.schedule_learning(learning(1, NOW + timedelta(hours=2)))
    assert queue.next(NOW) is None
    assert queue.next_learning_due() == NOW + timedelta(hours=2)
    due = queue.next(NOW + timedelta(hours=2))
    assert due is not None and due.card_id == 1


def test_learning_due_after_the_day_ends_is_not_today() -> None:
    queue = build_queue([], NOW, DAY, {1: Limits()}, DoneToday())
    queue.schedule_learning(learning(9, DAY.end + timedelta(minutes=5)))
    assert len(queue) == 0


def test_push_front_shows_a_card_again_at_once() -> None:
    queue = build_queue([new(1), new(2)], NOW, DAY, {1: Limits()}, DoneToday())
    queue.remove(1)
    queue.push_front(new(1))
    entry = queue.next(NOW)
    assert entry is not None and entry.card_id == 1
    assert len(queue) == 2
