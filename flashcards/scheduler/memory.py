"""FSRS through the `fsrs` package: answer a card, preview each rating, retrievability.

Memory (stability, difficulty, learning steps) comes from the `fsrs` package; whole-day
intervals are decided here, as Anki decides them: fuzzed with one seeded factor per answer,
kept in order (Hard < Good < Easy once each is at least a day), optionally moved to a
less busy day (`LoadBalancer`), and counted in study days of the user's time zone, so that
a review card is due at the start of a study day whatever summer time does in between.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

import fsrs

from flashcards.scheduler.balance import DayLoad, balanced_days
from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.day import day_of, day_start
from flashcards.scheduler.fuzz import (
    clamp,
    fuzz_factor,
    fuzz_seed,
    fuzzed_days,
    minimum_interval,
)
from flashcards.scheduler.reviews import FourReviews, Reviewed
from flashcards.types import CardState, Memory, Rating, made

__all__ = ["MemoryModel", "Shown", "format_interval", "fuzz_seed"]

_DAY = timedelta(days=1)
_EDGE = timedelta(hours=3)  # more than summer time moves the start of a day
_RATINGS = (Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY)
_STATES = {int(state): state for state in CardState}
# Enum members and fsrs states looked up once: `Rating.AGAIN` goes through the enum class's
# `__getattr__` (ten times a global's lookup), and the hot path names them dozens of times.
_AGAIN = Rating.AGAIN
_NEW, _REVIEW = CardState.NEW, CardState.REVIEW
_FSRS_REVIEW, _FSRS_LEARNING = fsrs.State.Review, fsrs.State.Learning
_FSRS_STATES = {state: fsrs.State(int(state)) for state in CardState if state is not _NEW}
#: Study days and day starts remembered per model (a study session asks for the same
#: moments and days again and again: now, the due dates it shows); cleared when full.
_CACHED_DAYS = 4096
_new = object.__new__


def _memory(
    state: CardState,
    step: int | None,
    stability: float | None,
    difficulty: float | None,
    due: datetime | None,
    last_review: datetime | None,
    reps: int,
    lapses: int,
) -> Memory:
    """`Memory(...)`, made without its frozen `__init__` (`types.made`): four times a card
    shown."""
    return made(
        Memory,
        state=state,
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=due,
        last_review=last_review,
        reps=reps,
        lapses=lapses,
    )


def _utc(moment: datetime) -> datetime:
    zone = moment.tzinfo
    if zone is UTC:
        return moment
    if zone is None:
        raise ValueError("scheduling needs timezone-aware times")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class Shown:
    """A card's outcomes as worked out to show it (`MemoryModel.show`), kept for its answer."""

    memory: Memory
    at: datetime  # when they were worked out (UTC)
    outcomes: Mapping[Rating, Memory]
    #: The ratings that leave the card for whole study days (due at a day's start); the
    #: others' due time is a learning step from the moment of the answer.
    by_day: frozenset[Rating]
    #: What each rating's button shows (`MemoryModel.interval_to` of its outcome at `at`).
    intervals: Mapping[Rating, timedelta]


class MemoryModel:
    """Pure scheduling: every method takes the time and returns new values."""

    def __init__(self, config: SchedulerConfig, tz: tzinfo | None = None) -> None:
        self.config = config
        self.tz = tz
        # Fuzz is applied here, seeded per card, so the interval shown on a button is the one
        # the card gets; the fsrs package's own fuzz draws from the global random generator.
        self._fsrs = fsrs.Scheduler(
            parameters=config.parameters,
            desired_retention=config.scheduling_retention,
            learning_steps=config.learning_steps,
            relearning_steps=config.relearning_steps,
            maximum_interval=config.maximum_interval,
            enable_fuzzing=False,
        )
        self._reviews = FourReviews(self._fsrs)
        self._days_of: dict[datetime, date] = {}
        self._starts: dict[date, datetime] = {}
        self._afters: dict[tuple[date, int], datetime] = {}
        # The middle of the study day last worked out, in UTC: a moment within it is of that
        # day without a time zone conversion (each card shown and answered asks for a new
        # moment).  The first and last hours are left out, where summer time moves an end.
        self._window: tuple[datetime, datetime, date] | None = None
        decay = -float(config.parameters[20])
        factor = 0.9 ** (1 / decay) - 1
        retention = config.scheduling_retention
        self._interval_scale: float = (retention ** (1 / decay) - 1) / factor

    def day(self, moment: datetime) -> date:
        """The study day `moment` belongs to, in this model's time zone."""
        found = self._days_of.get(moment)
        if found is None:
            window = self._window
            if window is not None and moment.tzinfo and window[0] <= moment < window[1]:
                found = window[2]
            else:
                found = day_of(moment, self.config.day_start_hour, self.tz)
            if len(self._days_of) >= _CACHED_DAYS:
                self._days_of.clear()
            self._days_of[moment] = found
        return found

    def _today(self, now: datetime) -> date:
        """`day(now)` of the moment a card is shown or answered: the window follows it."""
        window = self._window
        if window is not None and window[0] <= now < window[1]:
            return window[2]
        found = self.day(now)
        start = self.due_on(found).astimezone(UTC) + _EDGE
        end = self.due_on(found + _DAY).astimezone(UTC) - _EDGE
        self._window = (start, end, found)
        return found

    def due_on(self, day: date) -> datetime:
        """When a card due on study day `day` becomes due: the start of that day."""
        found = self._starts.get(day)
        if found is None:
            if len(self._starts) >= _CACHED_DAYS:
                self._starts.clear()
            found = self._starts[day] = day_start(day, self.config.day_start_hour, self.tz)
            self._days_of.setdefault(found, day)
        return found

    def interval(self, stability: float) -> float:
        """Days until recall falls to the desired retention (FSRS's next interval, unrounded)."""
        return clamp(stability * self._interval_scale, 1.0, float(self.config.maximum_interval))

    def _elapsed_from(self, last_review: datetime | None, now: datetime) -> datetime | None:
        """The last review as FSRS should see it: whole study days before `now`.

        The fsrs package counts elapsed days in 24-hour periods; a card answered yesterday
        at 10:00 and shown today at 09:00 would count as answered today.  Days here are
        study days (they start at the configured hour), as in Anki.
        """
        if last_review is None:
            return None
        days = (self._today(now) - self.day(last_review)).days
        if days <= 0:
            return _utc(last_review)  # same study day: the real time, for learning steps
        return now - _DAY * days

    def scheduled_days(self, memory: Memory) -> int:
        """The interval a review card was given last time, in study days (0 if none)."""
        if memory.state is not _REVIEW or memory.due is None or memory.last_review is None:
            return 0
        days = (self.day(memory.due) - self.day(memory.last_review)).days
        return days if days > 0 else 0

    def outcomes(
        self,
        card_id: int,
        memory: Memory,
        now: datetime,
        load: DayLoad | None = None,
        note_days: frozenset[int] = frozenset(),
    ) -> dict[Rating, Memory]:
        """The card's state after each rating at `now`.

        `load` (cards already due on each coming day) lets the load balancer pick the least
        busy day within the fuzz range; `note_days` are days from today on which a sibling
        is due, which it avoids.
        """
        return dict(self.show(card_id, memory, now, load, note_days).outcomes)

    def show(
        self,
        card_id: int,
        memory: Memory,
        now: datetime,
        load: DayLoad | None = None,
        note_days: frozenset[int] = frozenset(),
    ) -> Shown:
        """`outcomes`, kept with what `answer_shown` needs to answer from them later."""
        now = _utc(now)
        state = memory.state
        if state is _NEW:
            reviewed = self._reviews.review(_FSRS_LEARNING, 0, None, None, None, now)
        else:
            reviewed = self._reviews.review(
                _FSRS_STATES[state],
                memory.step,
                memory.stability,
                memory.difficulty,
                self._elapsed_from(memory.last_review, now),
                now,
            )
        days = self._days(card_id, memory, reviewed, now, load, note_days)
        today = self._today(now)
        result: dict[Rating, Memory] = {}
        intervals: dict[Rating, timedelta] = {}
        reps, lapses = memory.reps + 1, memory.lapses
        for rating, after in zip(_RATINGS, reviewed, strict=True):
            in_days = days.get(rating)
            if in_days is None:
                due = after.due
                intervals[rating] = self._interval_to(due, today, now)
            else:  # the start of a study day: the button shows whole days
                due = self._due_after(today, in_days)
                intervals[rating] = (
                    _DAY * in_days if in_days >= 1 else self._interval_to(due, today, now)
                )
            result[rating] = _memory(
                _STATES[after.state],  # an IntEnum: found by its number
                after.step,
                after.stability,
                after.difficulty,
                due,
                now,
                reps,
                lapses + 1 if rating is _AGAIN and state is _REVIEW else lapses,
            )
        return made(  # as `Shown(...)` makes it, without its frozen setattrs
            Shown,
            memory=memory,
            at=now,
            outcomes=result,
            by_day=frozenset(days),
            intervals=intervals,
        )

    def _due_after(self, today: date, days: int) -> datetime:
        """`due_on(today + days)`, remembered by (today, days)."""
        found = self._afters.get((today, days))
        if found is None:
            if len(self._afters) >= _CACHED_DAYS:
                self._afters.clear()
            found = self._afters[today, days] = self.due_on(today + timedelta(days=days))
        return found

    def _elapsed_days(self, memory: Memory, now: datetime) -> int | None:
        """The whole days since the last review, as FSRS counts them at `now`."""
        last = self._elapsed_from(memory.last_review, now)
        return None if last is None else (now - last).days

    def answer_shown(self, shown: Shown, rating: Rating, now: datetime) -> Memory | None:
        """What `answer` gives at `now` (for the same memory, day load and siblings), taken
        from the outcomes worked out when the card was shown; None when they no longer
        hold (another study day, or a day more since the last review as FSRS counts it).

        Within a study day the answer's memory and days depend only on the whole days
        elapsed; only a learning step's due time moves with the clock, and the review time.
        """
        now = _utc(now)
        if self._today(now) != self.day(shown.at) or self._elapsed_days(
            shown.memory, now
        ) != self._elapsed_days(shown.memory, shown.at):
            return None
        after = shown.outcomes[rating]
        answered: Memory = _new(Memory)  # as `replace` makes it, without `__init__`
        values = answered.__dict__
        values.update(after.__dict__)
        values["last_review"] = now
        if rating not in shown.by_day and after.due is not None:
            values["due"] = after.due + (now - shown.at)
        return answered

    def _days(
        self,
        card_id: int,
        memory: Memory,
        cards: tuple[Reviewed, Reviewed, Reviewed, Reviewed],
        now: datetime,
        load: DayLoad | None,
        note_days: frozenset[int],
    ) -> dict[Rating, int]:
        """Whole study days to the due date of each rating that leaves the card for a day."""
        maximum = self.config.maximum_interval
        fuzz = self.config.enable_fuzz
        balance = load is not None and fuzz
        seed = fuzz_seed(card_id, memory.reps)
        factor: float | None = None  # drawn when first needed (balanced days need none)
        previous = self.scheduled_days(memory) if memory.state is _REVIEW else None
        days: dict[Rating, int] = {}
        floor = 1  # Hard < Good < Easy, in days, as in Anki
        for rating, after in zip(_RATINGS, cards, strict=True):
            if after.state is _FSRS_REVIEW:
                interval = self.interval(after.stability)
                minimum = 1
                if rating is not _AGAIN:
                    minimum = floor
                    if previous is not None:
                        least = minimum_interval(interval, previous, maximum)
                        if least > minimum:
                            minimum = least
                chosen = None
                if balance:
                    assert load is not None
                    chosen = balanced_days(
                        interval, minimum, maximum, load, note_days, seed + rating
                    )
                if chosen is None:
                    if fuzz and factor is None:
                        factor = fuzz_factor(seed)
                    chosen = fuzzed_days(interval, factor, minimum, maximum)
                days[rating] = chosen
            else:
                step = after.due - now
                if step < _DAY:
                    continue
                days[rating] = max(1, round(step / _DAY))  # a learning step of a day or more
            if rating is not _AGAIN:
                floor = days[rating] + 1
                if floor > maximum:
                    floor = maximum
        return days

    def answer(
        self,
        card_id: int,
        memory: Memory,
        rating: Rating,
        now: datetime,
        load: DayLoad | None = None,
        note_days: frozenset[int] = frozenset(),
    ) -> Memory:
        """The card's state after being answered with `rating` at `now`."""
        return self.outcomes(card_id, memory, now, load, note_days)[rating]

    def preview(
        self,
        card_id: int,
        memory: Memory,
        now: datetime,
        load: DayLoad | None = None,
        note_days: frozenset[int] = frozenset(),
    ) -> dict[Rating, timedelta]:
        """The interval each rating would give, for the answer buttons.

        A card left for a day or more shows whole study days (the due date is the start of
        that day); a learning step shows the time until it comes back.
        """
        return dict(self.show(card_id, memory, now, load, note_days).intervals)

    def interval_to(self, after: Memory, now: datetime) -> timedelta:
        """How far away `after.due` is: whole study days, or the time for a same-day step."""
        assert after.due is not None
        return self._interval_to(after.due, self._today(now), now)

    def _interval_to(self, due: datetime, today: date, now: datetime) -> timedelta:
        day = self.day(due)
        days = (day - today).days
        if days >= 1 and due == self.due_on(day):
            return _DAY * days
        return due - now

    def retrievability(self, memory: Memory, now: datetime) -> float | None:
        """The probability of recalling the card at `now` (None for a new card)."""
        if memory.state is _NEW or memory.stability is None:
            return None
        now = _utc(now)
        last = self._elapsed_from(memory.last_review, now)
        return self._reviews.retrievability(memory.stability, last, now)


def format_interval(interval: timedelta) -> str:
    """A short human interval for a button: 1m, 10m, 3h, 4d, 2.5mo, 1.2y."""
    seconds = interval.total_seconds()
    if seconds < 3600:
        return f"{max(1, round(seconds / 60))}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo".replace(".0mo", "mo")
    return f"{days / 365:.1f}y".replace(".0y", "y")
