"""A simulated learner with known memory behaviour, for the optimizer tests (not a test module)."""

from __future__ import annotations

import heapq
import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import fsrs

from flashcards.scheduler.day import day_of
from flashcards.scheduler.optimize import ReviewEvent

DEFAULT = tuple(fsrs.Scheduler().parameters)


def _true_parameters() -> tuple[float, ...]:
    """A learner unlike the defaults: slower forgetting at first, harsher lapses, steeper curve."""
    w = list(DEFAULT)
    for i, scale in enumerate((3.0, 3.0, 2.0, 2.0)):
        w[i] *= scale
    w[8] = 1.3  # recall stability grows less
    w[11] = 2.2  # ... but a lapse keeps more of it
    w[20] = 0.35  # forgetting-curve decay
    return tuple(w)


TRUE = _true_parameters()
START = datetime(2024, 1, 1, 10, 0, tzinfo=UTC)


def study_day(moment: datetime) -> date:
    return day_of(moment, 4, UTC)


def simulate(
    true_parameters: Sequence[float], *, cards: int, days: int, seed: int
) -> list[ReviewEvent]:
    """A learner whose memory follows `true_parameters`, scheduled by the default parameters.

    Sessions start at 10:00 UTC; new cards come over the first half of the period; learning
    steps are same-day reviews; three reviews in ten come one to three days late.
    """
    rng = random.Random(seed)
    app = fsrs.Scheduler(parameters=DEFAULT, enable_fuzzing=False)
    truth = fsrs.Scheduler(parameters=true_parameters, enable_fuzzing=False)
    new_per_day = max(1, 2 * cards // days)
    app_cards: dict[int, fsrs.Card] = {}
    true_cards: dict[int, fsrs.Card] = {}
    due: list[tuple[datetime, int]] = []
    events: list[ReviewEvent] = []
    for day in range(days):
        session = START + timedelta(days=day)
        for card_id in range(len(app_cards), min(cards, len(app_cards) + new_per_day)):
            app_cards[card_id] = fsrs.Card(card_id=card_id, due=session)
            true_cards[card_id] = fsrs.Card(card_id=card_id, due=session)
            heapq.heappush(due, (session, card_id))
        clock = session
        while due and due[0][0] < session + timedelta(hours=12):
            when, card_id = heapq.heappop(due)
            clock = max(clock + timedelta(seconds=20), when)
            true_card = true_cards[card_id]
            if true_card.last_review is None:
                rating = rng.choices((1, 2, 3, 4), (0.25, 0.1, 0.55, 0.1))[0]
            elif rng.random() < truth.get_card_retrievability(true_card, clock):
                rating = rng.choices((2, 3, 4), (0.1, 0.8, 0.1))[0]
            else:
                rating = 1
            app_card, _ = app.review_card(app_cards[card_id], fsrs.Rating(rating), clock)
            true_cards[card_id], _ = truth.review_card(true_card, fsrs.Rating(rating), clock)
            app_cards[card_id] = app_card
            next_due = app_card.due
            if next_due - clock >= timedelta(days=1):
                next_due = next_due.replace(hour=10, minute=0, second=0, microsecond=0)
                if rng.random() < 0.3:
                    next_due += timedelta(days=rng.randint(1, 3))
            heapq.heappush(due, (next_due, card_id))
            events.append(ReviewEvent(card_id, clock, rating))
    return events
