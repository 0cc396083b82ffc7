"""Queue order, daily limits, sibling burying, learning cards and the learn-ahead window."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

from flashcards.scheduler.config import Limits, ReviewOrder
from flashcards.scheduler.day import study_day
from flashcards.scheduler.queue import DoneToday, QueueEntry, QueueOptions, build_queue
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


def test_a_card_pushed_to_the_front_comes_before_a_learning_card_due() -> None:
    # Undo brings the answered card back at once, as in Anki, even while a learning
    # card is due (it came next instead: the undone card seemed lost).
    queue = build_queue([new(1), new(2)], NOW, DAY, {1: Limits()}, DoneToday())
    queue.schedule_learning(learning(9, NOW - timedelta(minutes=1)))
    queue.remove(1)
    queue.push_front(new(1))
    entry = queue.next(NOW)
    assert entry is not None and entry.card_id == 1
    queue.remove(1)  # answered: the learning card due is next again
    entry = queue.next(NOW)
    assert entry is not None and entry.card_id == 9


def test_new_cards_count_against_the_review_limit_as_in_anki() -> None:
    # 5 reviews a day, 20 new a day, 10 reviews due: the 5 reviews, and no new card.
    reviews = [review(i, NOW - timedelta(days=1), 3.0) for i in range(1, 11)]
    news = [new(100 + i) for i in range(30)]
    limits = {1: Limits(new_per_day=20, reviews_per_day=5)}
    queue = build_queue(reviews + news, NOW, DAY, limits, DoneToday())
    assert (queue.counts().review, queue.counts().new) == (5, 0)
    # With 3 due, the 2 left of the limit go to new cards.
    queue = build_queue(reviews[:3] + news, NOW, DAY, limits, DoneToday())
    assert (queue.counts().review, queue.counts().new) == (3, 2)
    # New cards studied today use up the review limit too.
    queue = build_queue(reviews + news, NOW, DAY, limits, DoneToday(new_by_deck={1: 3}))
    assert (queue.counts().review, queue.counts().new) == (2, 0)
    # Unless new cards ignore the review limit (Anki's option, off by default).
    queue = build_queue(
        reviews + news, NOW, DAY, limits, DoneToday(), new_ignores_review_limit=True
    )
    assert (queue.counts().review, queue.counts().new) == (5, 20)


def _interday(card_id: int, note: str) -> QueueEntry:
    return QueueEntry(
        card_id, 1, note, CardState.LEARNING, DAY.start, 1.0, DAY.start - timedelta(days=1)
    )


def test_burying_each_kind_of_sibling_is_a_setting() -> None:
    cards = [
        review(1, NOW, 5.0, note="a"),
        new(2, note="a"),  # a new sibling of a review
        review(3, NOW, 4.0, note="b"),
        review(4, NOW, 3.0, note="b"),  # a review sibling of a review
        _interday(5, "c"),
        review(6, NOW, 2.0, note="c"),  # a review sibling of an interday learning card
        new(7, note="seen"),  # its note was studied today
        _interday(8, "seen"),
    ]
    done = DoneToday(note_keys=frozenset({"seen"}))

    def shown(options: QueueOptions) -> list[int]:
        queue = build_queue(cards, NOW, DAY, {1: Limits()}, done, options={1: options})
        return sorted(drain(queue))

    assert shown(QueueOptions()) == [1, 3, 5]
    assert shown(QueueOptions(bury_new=False)) == [1, 2, 3, 5, 7]
    assert shown(QueueOptions(bury_reviews=False)) == [1, 3, 4, 5, 6]
    assert shown(QueueOptions(bury_interday=False)) == [1, 3, 5, 8]
    anki = QueueOptions(bury_new=False, bury_reviews=False, bury_interday=False)
    assert shown(anki) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_review_order_is_a_setting() -> None:
    def card(card_id: int, due_days: int, interval: int, stability: float) -> QueueEntry:
        due = DAY.start - timedelta(days=due_days)
        return QueueEntry(
            card_id,
            1,
            f"n{card_id}",
            CardState.REVIEW,
            due,
            stability,
            due - timedelta(days=interval),
        )

    cards = [
        card(1, due_days=0, interval=30, stability=30.0),  # due today, long interval
        card(2, due_days=5, interval=2, stability=2.0),  # 5 days overdue on 2: faded most
        card(3, due_days=2, interval=10, stability=10.0),
        card(4, due_days=1, interval=1, stability=20.0),  # strong memory, short interval
    ]

    def order(review_order: ReviewOrder) -> list[int]:
        queue = build_queue(cards, NOW, DAY, {1: Limits()}, DoneToday(), order=review_order)
        return drain(queue)

    assert order(ReviewOrder.OVERDUENESS) == [2, 3, 4, 1]
    assert order(ReviewOrder.DUE) == [2, 3, 4, 1]
    assert order(ReviewOrder.RETRIEVABILITY) == [2, 3, 1, 4]
    assert order(ReviewOrder.INTERVALS_ASCENDING) == [4, 2, 3, 1]
    assert order(ReviewOrder.INTERVALS_DESCENDING) == [1, 3, 2, 4]
    shuffled = order(ReviewOrder.RANDOM)
    assert sorted(shuffled) == [1, 2, 3, 4] and shuffled == order(ReviewOrder.RANDOM)
