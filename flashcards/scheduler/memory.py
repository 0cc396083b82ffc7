"""FSRS through the `fsrs` package: answer a card, preview each rating, retrievability."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

import fsrs

from flashcards.scheduler.config import SchedulerConfig
from flashcards.scheduler.day import day_of
from flashcards.scheduler.fuzz import fuzzed_days
from flashcards.types import CardState, Memory, Rating


def fuzz_seed(card_id: int, reps: int) -> int:
    """The same card at the same point of its history always gets the same fuzz."""
    return card_id * 1_000_003 + reps


class MemoryModel:
    """Pure scheduling: every method takes the time and returns new values."""

    def __init__(self, config: SchedulerConfig, tz: tzinfo | None = None) -> None:
        self.config = config
        self.tz = tz
        # Fuzz is applied here, seeded per card, so the interval shown on a button is the one
        # the card gets; the fsrs package's own fuzz draws from the global random generator.
        self._fsrs = fsrs.Scheduler(
            parameters=config.parameters,
            desired_retention=config.desired_retention,
            learning_steps=config.learning_steps,
            relearning_steps=config.relearning_steps,
            maximum_interval=config.maximum_interval,
            enable_fuzzing=False,
        )

    def _elapsed_from(self, last_review: datetime | None, now: datetime) -> datetime | None:
        """The last review as FSRS should see it: whole study days before `now`.

        The fsrs package counts elapsed days in 24-hour periods; a card answered yesterday
        at 10:00 and shown today at 09:00 would count as answered today.  Days here are
        study days (they start at the configured hour), as in Anki.
        """
        if last_review is None:
            return None
        hour = self.config.day_start_hour
        days = (day_of(now, hour, self.tz) - day_of(last_review, hour, self.tz)).days
        if days <= 0:
            return last_review  # same study day: the real time, for learning steps
        return now - timedelta(days=days)

    def _to_fsrs(self, card_id: int, memory: Memory, now: datetime) -> fsrs.Card:
        if memory.state is CardState.NEW:
            return fsrs.Card(card_id=card_id, state=fsrs.State.Learning, step=0, due=now)
        return fsrs.Card(
            card_id=card_id,
            state=fsrs.State(int(memory.state)),
            step=memory.step,
            stability=memory.stability,
            difficulty=memory.difficulty,
            due=memory.due or now,
            last_review=self._elapsed_from(memory.last_review, now),
        )

    def answer(self, card_id: int, memory: Memory, rating: Rating, now: datetime) -> Memory:
        """The card's state after being answered with `rating` at `now`."""
        card, _ = self._fsrs.review_card(
            self._to_fsrs(card_id, memory, now), fsrs.Rating(int(rating)), now
        )
        due = card.due
        if self.config.enable_fuzz and card.state is fsrs.State.Review:
            days = (card.due - now).total_seconds() / 86400
            due = now + timedelta(
                days=fuzzed_days(
                    days, fuzz_seed(card_id, memory.reps), self.config.maximum_interval
                )
            )
        lapsed = memory.state is CardState.REVIEW and rating is Rating.AGAIN
        return Memory(
            state=CardState(int(card.state)),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=due,
            last_review=now,
            reps=memory.reps + 1,
            lapses=memory.lapses + (1 if lapsed else 0),
        )

    def preview(self, card_id: int, memory: Memory, now: datetime) -> dict[Rating, timedelta]:
        """The interval each rating would give, for the answer buttons."""
        return {
            rating: self.answer(card_id, memory, rating, now).due - now  # type: ignore[operator]
            for rating in Rating
        }

    def retrievability(self, memory: Memory, now: datetime) -> float | None:
        """The probability of recalling the card at `now` (None for a new card)."""
        if memory.state is CardState.NEW or memory.stability is None:
            return None
        card = self._to_fsrs(0, memory, now)
        return float(self._fsrs.get_card_retrievability(card, now))


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
