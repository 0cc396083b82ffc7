"""The simulated learners studied by fsrs-rs-python's own scheduler and optimizer (a reference).

`bench/simulate.py` lets a learner study through the app. This module lets the same
learner, with the same seeded grades, study with nothing of the app: memory states from
fsrs-rs-python's `FSRS.next_states` (and `memory_state` over the whole history after a fit),
whole-day intervals as fsrs-rs gives them (`ItemState.interval`, rounded; no fuzz, no load
balancing, no sibling burying), Anki's learning steps (1 and 10 minutes; relearning 10
minutes) and daily limits, and every N days fsrs-rs's `compute_parameters` on every
training item, adopted as Anki adopts it (when `FSRS.evaluate` gives it a lower log loss than
the current parameters) with every card's memory recomputed. Its true retention is what
fsrs-rs itself achieves on that learner: the figure to hold the app's against.
"""

from __future__ import annotations

import heapq
import random
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, MemoryState
from simulate import ANSWER_SECONDS, START, Day, Outcome, _grade, make_learner

from flashcards.types import Rating

NEW_PER_DAY = 20
REVIEWS_PER_DAY = 200  # new cards count against it, as in Anki
LEARNING_STEPS = (timedelta(minutes=1), timedelta(minutes=10))
RELEARNING_STEPS = (timedelta(minutes=10),)
MAXIMUM_INTERVAL = 36500


@dataclass
class _Card:
    id: int
    history: list[tuple[int, int]] = field(default_factory=list)  # (rating, days elapsed)
    memory: MemoryState | None = None
    last_day: int | None = None  # study day index of the last answer
    learning: tuple[timedelta, ...] | None = None  # the steps being taken, None in review
    step: int = 0
    due: datetime | None = None  # a learning step's due time
    due_day: int | None = None  # a review's due day


def _step_delay(steps: tuple[timedelta, ...], step: int, rating: Rating) -> tuple[int, timedelta]:
    """Anki's learning steps: the next step and its delay (step len(steps): graduate)."""
    if rating is Rating.AGAIN:
        return 0, steps[0]
    if rating is Rating.HARD:
        if step == 0 and len(steps) > 1:
            return 0, (steps[0] + steps[1]) / 2
        return step, steps[step] * 1.5
    if rating is Rating.GOOD and step + 1 < len(steps):
        return step + 1, steps[step + 1]
    return len(steps), timedelta(0)


class Reference:
    """One learner, one deck, fsrs-rs-python's scheduling and fitting."""

    def __init__(self, cards: int, desired_retention: float) -> None:
        self.cards = [_Card(card_id) for card_id in range(1, cards + 1)]
        self.parameters = list(DEFAULT_PARAMETERS)
        self.fsrs = FSRS(self.parameters)
        self.desired = desired_retention
        self.new = 0  # cards introduced so far (in id order)
        self.fits: list[str] = []

    def retrievability(self, card: _Card, day: int) -> float | None:
        if card.memory is None or card.last_day is None:
            return None
        decay = -self.parameters[20]
        factor = 0.9 ** (1 / decay) - 1
        return float((1 + factor * (day - card.last_day) / card.memory.stability) ** decay)

    def answer(self, card: _Card, rating: Rating, now: datetime, day: int) -> None:
        elapsed = 0 if card.last_day is None else day - card.last_day
        states = self.fsrs.next_states(card.memory, self.desired, elapsed)
        after = {
            Rating.AGAIN: states.again,
            Rating.HARD: states.hard,
            Rating.GOOD: states.good,
            Rating.EASY: states.easy,
        }[rating]
        reviewing = card.learning is None and card.memory is not None
        if card.memory is None:  # a new card starts its learning steps
            card.learning, card.step = LEARNING_STEPS, 0
        card.history.append((int(rating), elapsed))
        card.memory = after.memory
        card.last_day = day
        delay = timedelta(0)
        if reviewing and rating is Rating.AGAIN:
            card.learning, card.step = RELEARNING_STEPS, 0
            delay = RELEARNING_STEPS[0]
        elif card.learning is not None:
            card.step, delay = _step_delay(card.learning, card.step, rating)
        if card.learning is not None and card.step < len(card.learning):
            card.due, card.due_day = now + delay, None
            return
        card.learning, card.due = None, None
        card.due_day = day + min(max(1, round(after.interval)), MAXIMUM_INTERVAL)

    def optimize(self) -> None:
        """fsrs-rs's fit on every training item, adopted as Anki adopts it."""
        items: list[FSRSItem] = []
        ids: list[int] = []
        for card in self.cards:
            for index in range(1, len(card.history)):
                if card.history[index][1] > 0:
                    items.append(FSRSItem([FSRSReview(r, d) for r, d in card.history[: index + 1]]))
                    ids.append(card.id)
        if len(items) < 400:
            self.fits.append("too_few")
            return
        fitted = list(
            FSRS(DEFAULT_PARAMETERS).compute_parameters(items, card_ids=ids, num_relearning_steps=1)
        )
        current = FSRS(self.parameters).evaluate(items).log_loss
        if FSRS(fitted).evaluate(items).log_loss >= current:
            self.fits.append("kept")
            return
        self.fits.append("adopted")
        self.parameters = fitted
        self.fsrs = FSRS(fitted)
        studied = [card for card in self.cards if card.history]
        states = self.fsrs.memory_state_batch(
            [FSRSItem([FSRSReview(r, d) for r, d in card.history]) for card in studied]
        )
        for card, state in zip(studied, states, strict=True):
            card.memory = state


def simulate_reference(
    learner_name: str,
    cards: int,
    days: int,
    optimize_every: int,
    seed: int,
    desired_retention: float,
    progress: bool = False,
) -> Outcome:
    """`simulate.simulate` with fsrs-rs-python's own scheduler and optimizer in the app's place."""
    rng = random.Random(seed)
    learner = make_learner(learner_name)
    ref = Reference(cards, desired_retention)
    outcome = Outcome(f"{learner_name} (fsrs-rs)", optimize_every, cards, days)
    started = time.perf_counter()
    for index in range(days):
        now = START + timedelta(days=index)
        if optimize_every and index and index % optimize_every == 0:
            ref.optimize()
        record = Day((START + timedelta(days=index)).date().isoformat())
        room = REVIEWS_PER_DAY
        reviews = [c for c in ref.cards if c.due_day is not None and c.due_day <= index]
        reviews.sort(key=lambda c: (c.due_day, c.id))
        reviews = reviews[:room]
        room -= len(reviews)
        new = min(NEW_PER_DAY, room, cards - ref.new)
        fresh = ref.cards[ref.new : ref.new + new]
        ref.new += new
        waiting = [*reviews, *fresh]  # reviews first, then new cards
        steps: list[tuple[datetime, int]] = []  # learning cards: (due, id)
        end = START + timedelta(days=index + 1) - timedelta(hours=5)  # the study day's end
        while True:
            if steps and (steps[0][0] <= now or not waiting):
                due, card_id = steps[0]
                if due >= end:
                    break
                heapq.heappop(steps)
                now = max(now, due)
                card = ref.cards[card_id - 1]
            elif waiting:
                card = waiting.pop(0)
            else:
                break
            in_review = card.learning is None and card.memory is not None
            predicted = ref.retrievability(card, index)
            rating, chance = _grade(learner, card.id, now, rng)
            ref.answer(card, rating, now, index)
            learner.learn(card.id, rating, now)
            record.answers += 1
            if len(card.history) == 1:
                record.new += 1
            elif in_review:
                assert chance is not None
                record.reviews += 1
                record.recalled += rating is not Rating.AGAIN
                record.true_r += chance
                record.app_r += predicted or 0.0
            if card.due is not None:
                heapq.heappush(steps, (card.due, card.id))
            now += timedelta(seconds=rng.uniform(*ANSWER_SECONDS))
        for _, card_id in steps:  # a step left for tomorrow: first thing then
            card = ref.cards[card_id - 1]
            card.due_day, card.due = index + 1, None
        outcome.history.append(record)
        if progress and (index + 1) % 30 == 0:
            print(
                f"{outcome.learner} (optimize every {optimize_every or '-'}): day {index + 1}, "
                f"{time.perf_counter() - started:.0f} s",
                file=sys.stderr,
                flush=True,
            )
    outcome.fits = ref.fits
    outcome.seconds = time.perf_counter() - started
    return outcome
