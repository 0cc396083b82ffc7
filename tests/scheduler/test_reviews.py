"""The one-pass review of four ratings gives exactly what the fsrs package gives."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import fsrs
import pytest

from flashcards.scheduler.config import DEFAULT_PARAMETERS
from flashcards.scheduler.reviews import FourReviews

NOW = datetime(2026, 3, 14, 9, 30, tzinfo=UTC)


def _schedulers() -> list[fsrs.Scheduler]:
    rng = random.Random(7)
    fitted = [p * rng.uniform(0.8, 1.2) for p in DEFAULT_PARAMETERS]
    fitted[20] = 0.3  # another decay
    return [
        fsrs.Scheduler(enable_fuzzing=False),
        fsrs.Scheduler(
            parameters=fitted,
            desired_retention=0.85,
            learning_steps=(timedelta(minutes=1),),
            relearning_steps=(timedelta(minutes=5), timedelta(hours=1)),
            maximum_interval=365,
            enable_fuzzing=False,
        ),
        fsrs.Scheduler(
            desired_retention=0.97, learning_steps=(), relearning_steps=(), enable_fuzzing=False
        ),
    ]


def _cards() -> list[fsrs.Card]:
    """New, learning, review and relearning cards: every step, same-day and long gaps."""
    rng = random.Random(11)
    cards = [fsrs.Card(card_id=1, state=fsrs.State.Learning, step=0, due=NOW)]
    for state in fsrs.State:
        for step in (None, 0, 1, 2, 3) if state is not fsrs.State.Review else (None,):
            if state is not fsrs.State.Review and step is None:
                continue
            for _ in range(25):
                elapsed = rng.choice(
                    [timedelta(minutes=rng.randint(1, 600))]
                    + [timedelta(days=rng.uniform(0.5, 400))] * 3
                )
                known = state is not fsrs.State.Learning or rng.random() < 0.8
                cards.append(
                    fsrs.Card(
                        card_id=2,
                        state=state,
                        step=step,
                        stability=rng.uniform(0.01, 900) if known else None,
                        difficulty=rng.uniform(1, 10) if known else None,
                        due=NOW,
                        last_review=NOW - elapsed,
                    )
                )
    return cards


@pytest.mark.parametrize("scheduler", _schedulers(), ids=["default", "fitted", "no steps"])
def test_each_rating_is_the_packages_review(scheduler: fsrs.Scheduler) -> None:
    four = FourReviews(scheduler)
    for card in _cards():
        reviewed = four.review(
            card.state, card.step, card.stability, card.difficulty, card.last_review, NOW
        )
        for rating, ours in zip(fsrs.Rating, reviewed, strict=True):
            theirs, _ = scheduler.review_card(card, rating, NOW)
            # Exactly equal: the same arithmetic in the same order.
            assert (ours.state, ours.step, ours.stability, ours.difficulty, ours.due) == (
                theirs.state,
                theirs.step,
                theirs.stability,
                theirs.difficulty,
                theirs.due,
            ), (card, rating)


def test_retrievability_is_the_packages() -> None:
    scheduler = _schedulers()[1]
    four = FourReviews(scheduler)
    for card in _cards():
        assert four.retrievability(card.stability, card.last_review, NOW) == (
            scheduler.get_card_retrievability(card, NOW)
        )


def test_fuzz_is_refused() -> None:
    with pytest.raises(ValueError, match="without fuzz"):
        FourReviews(fsrs.Scheduler(enable_fuzzing=True))
