"""Today's queue: learning cards, then reviews with new cards spread among them, within limits.

As in Anki's queue builder: intraday learning cards come first and are never held back;
then interday learning and review cards, in the chosen review order, up to the review
limit; then new cards in order of introduction, up to the new limit — which, unless new
cards ignore the review limit (Anki's default: they do not), is also capped by what is left
of the review limit. A card whose note already has a card studied today or taken into
today's queue waits for another day when its deck's preset buries that kind of sibling.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from flashcards.scheduler.config import Limits, ReviewOrder, SchedulerConfig
from flashcards.scheduler.day import StudyDay
from flashcards.types import CardState


@dataclass(frozen=True)
class QueueEntry:
    """What the queue needs to know of a card (a few numbers, no text)."""

    card_id: int
    deck_id: int
    note_key: str
    state: CardState
    due: datetime | None
    stability: float | None
    last_review: datetime | None = None


@dataclass(frozen=True)
class QueueOptions:
    """What a deck's preset says about burying siblings (Anki: all off) and review order."""

    bury_new: bool = True
    bury_reviews: bool = True
    bury_interday: bool = True
    review_order: ReviewOrder = ReviewOrder.OVERDUENESS

    @classmethod
    def of(cls, config: SchedulerConfig) -> QueueOptions:
        return cls(config.bury_new, config.bury_reviews, config.bury_interday, config.review_order)


@dataclass(frozen=True)
class DoneToday:
    """What was already studied this study day."""

    new_by_deck: Mapping[int, int] = field(default_factory=dict)
    reviews_by_deck: Mapping[int, int] = field(default_factory=dict)
    note_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Counts:
    """Cards left today, as on Anki's deck list: new, learning, review."""

    new: int = 0
    learning: int = 0
    review: int = 0

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


def _overdue(entry: QueueEntry, now: datetime) -> float:
    """Days overdue relative to stability: the higher, the more the memory has faded."""
    assert entry.due is not None
    days = (now - entry.due).total_seconds() / 86400
    return days / max(entry.stability or 1.0, 0.01)


def _elapsed(entry: QueueEntry, now: datetime) -> float:
    last = entry.last_review or entry.due or now
    return (now - last).total_seconds() / 86400


def _interval(entry: QueueEntry) -> float:
    if entry.due is None or entry.last_review is None:
        return 0.0
    return (entry.due - entry.last_review).total_seconds() / 86400


def _shuffled(entry: QueueEntry, day: StudyDay) -> int:
    """A stable pseudo-random rank of a card for the day (Knuth's multiplicative hash)."""
    return ((entry.card_id * 2654435761) ^ (day.date.toordinal() * 40503)) % 2**32


def review_key(
    order: ReviewOrder, now: datetime, day: StudyDay
) -> Callable[[QueueEntry], tuple[float, int]]:
    """The sort key of today's review cards in `order` (ties: the older card first)."""
    if order is ReviewOrder.DUE:
        return lambda e: (e.due.timestamp() if e.due else 0.0, _shuffled(e, day))
    if order is ReviewOrder.RETRIEVABILITY:
        # Every card shares the forgetting curve's shape: retrievability falls as elapsed
        # time over stability grows, so the lowest first is the largest ratio first.
        return lambda e: (-_elapsed(e, now) / max(e.stability or 1.0, 0.01), e.card_id)
    if order is ReviewOrder.INTERVALS_ASCENDING:
        return lambda e: (_interval(e), e.card_id)
    if order is ReviewOrder.INTERVALS_DESCENDING:
        return lambda e: (-_interval(e), e.card_id)
    if order is ReviewOrder.RANDOM:
        return lambda e: (float(_shuffled(e, day)), e.card_id)
    return lambda e: (-_overdue(e, now), e.card_id)


def _spread(reviews: list[QueueEntry], new: list[QueueEntry]) -> list[QueueEntry]:
    """New cards placed evenly among the reviews."""
    if not new or not reviews:
        return reviews + new
    merged: list[QueueEntry] = []
    gap = (len(reviews) + len(new)) / len(new)
    slots = {round(gap * (k + 0.5)) for k in range(len(new))}
    r = iter(reviews)
    n = iter(new)
    for index in range(len(reviews) + len(new)):
        source = n if index in slots else r
        item = next(source, None)
        if item is None:
            item = next(r if source is n else n)
        merged.append(item)
    return merged


class DailyQueue:
    """The cards left today, in the order they come.

    Learning cards wait until they are due (or within the learn-ahead window when
    nothing else is left); the rest come in the order built.
    """

    def __init__(
        self,
        learning: list[QueueEntry],
        main: list[QueueEntry],
        day: StudyDay,
        learn_ahead: timedelta,
    ) -> None:
        self._learning = sorted(learning, key=self._learning_key)
        self._main = main
        self._main_pos = 0
        self._front = False  # the card first in line was pushed there: it comes before all
        self.day = day
        self.learn_ahead = learn_ahead

    @staticmethod
    def _learning_key(entry: QueueEntry) -> tuple[datetime, int]:
        assert entry.due is not None
        return (entry.due, entry.card_id)

    def next(self, now: datetime) -> QueueEntry | None:
        """The card to show at `now`, without taking it off the queue."""
        if self._front and self._main_pos < len(self._main):
            return self._main[self._main_pos]  # an undone card, before any learning card due
        if self._learning and self._learning[0].due <= now:  # type: ignore[operator]
            return self._learning[0]
        if self._main_pos < len(self._main):
            return self._main[self._main_pos]
        if self._learning and self._learning[0].due <= now + self.learn_ahead:  # type: ignore[operator]
            return self._learning[0]
        return None

    def next_learning_due(self) -> datetime | None:
        """When the next learning card of today comes due, if one is waiting."""
        return self._learning[0].due if self._learning else None

    def remove(self, card_id: int) -> None:
        """Take a card off the queue (answered, buried, suspended)."""
        self._learning = [e for e in self._learning if e.card_id != card_id]
        if self._main_pos < len(self._main) and self._main[self._main_pos].card_id == card_id:
            self._main_pos += 1
            self._front = False
        else:
            self._main = self._main[: self._main_pos] + [
                e for e in self._main[self._main_pos :] if e.card_id != card_id
            ]

    def push_front(self, entry: QueueEntry) -> None:
        """Put a card first in line, to be shown at once (after an undo)."""
        self.remove(entry.card_id)
        self._main.insert(self._main_pos, entry)
        self._front = True  # even before a learning card that is due

    def schedule_learning(self, entry: QueueEntry) -> None:
        """A card answered into (re)learning that comes back later today."""
        if entry.due is not None and entry.due < self.day.end:
            bisect.insort(self._learning, entry, key=self._learning_key)

    def counts(self) -> Counts:
        rest = self._main[self._main_pos :]
        new = sum(1 for e in rest if e.state is CardState.NEW)
        review = sum(1 for e in rest if e.state is CardState.REVIEW)
        return Counts(
            new=new, learning=len(self._learning) + len(rest) - new - review, review=review
        )

    def __len__(self) -> int:
        return len(self._learning) + len(self._main) - self._main_pos


def build_queue(
    cards: Iterable[QueueEntry],
    now: datetime,
    day: StudyDay,
    limits: Mapping[int, Limits],
    done: DoneToday,
    learn_ahead: timedelta = timedelta(minutes=20),
    *,
    options: Mapping[int, QueueOptions] | None = None,
    order: ReviewOrder = ReviewOrder.OVERDUENESS,
    new_ignores_review_limit: bool = False,
) -> DailyQueue:
    """Today's queue from the cards that can be studied (not suspended, buried or retired).

    New cards are taken in the order given (their order of introduction); `options` are
    each deck's burying rules (default: bury every kind), `order` the review cards' order.
    """
    default_options = QueueOptions()
    opts = options or {}
    intraday: list[QueueEntry] = []
    interday: list[QueueEntry] = []
    reviews: list[QueueEntry] = []
    new: list[QueueEntry] = []
    for entry in cards:
        if entry.state is CardState.NEW:
            new.append(entry)
        elif entry.due is not None and entry.due < day.end:
            if entry.state is CardState.REVIEW:
                reviews.append(entry)
            elif entry.last_review is not None and entry.last_review < day.start:
                interday.append(entry)
            else:
                intraday.append(entry)
    # Notes with a card studied today, or taken into today's queue: their other cards wait
    # where their deck buries that kind of sibling.
    taken = set(done.note_keys)
    taken.update(e.note_key for e in intraday)

    def buried(entry: QueueEntry) -> bool:
        if entry.note_key not in taken:
            return False
        rules = opts.get(entry.deck_id, default_options)
        if entry.state is CardState.NEW:
            return rules.bury_new
        if entry.state is CardState.REVIEW:
            return rules.bury_reviews
        return rules.bury_interday

    default = Limits()
    learning = list(intraday)
    for entry in interday:
        if not buried(entry):
            learning.append(entry)
            taken.add(entry.note_key)
    review_room = {
        deck: max(
            0,
            limits.get(deck, default).reviews_per_day
            - done.reviews_by_deck.get(deck, 0)
            - (0 if new_ignores_review_limit else done.new_by_deck.get(deck, 0)),
        )
        for deck in {e.deck_id for e in reviews + new}
    }
    reviews.sort(key=review_key(order, now, day))
    chosen_reviews: list[QueueEntry] = []
    used: Counter[int] = Counter()
    for entry in reviews:
        if used[entry.deck_id] >= review_room[entry.deck_id] or buried(entry):
            continue
        taken.add(entry.note_key)
        used[entry.deck_id] += 1
        chosen_reviews.append(entry)
    new_room = {}
    for deck in {e.deck_id for e in new}:
        room = limits.get(deck, default).new_per_day - done.new_by_deck.get(deck, 0)
        if not new_ignores_review_limit:
            room = min(room, review_room[deck] - used[deck])
        new_room[deck] = max(0, room)
    chosen_new: list[QueueEntry] = []
    used_new: Counter[int] = Counter()
    for entry in new:
        if used_new[entry.deck_id] >= new_room[entry.deck_id] or buried(entry):
            continue
        taken.add(entry.note_key)
        used_new[entry.deck_id] += 1
        chosen_new.append(entry)
    return DailyQueue(learning, _spread(chosen_reviews, chosen_new), day, learn_ahead)
