"""Simulate a learner with known memory studying through the real queue, scheduler and SQLite."""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import fsrs
from sqlalchemy import Table, func, insert, select

from flashcards.scheduler.config import DEFAULT_PARAMETERS, SchedulerConfig
from flashcards.scheduler.day import day_of, study_day
from flashcards.services import stats
from flashcards.services.study import StudySession, save_config
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck
from flashcards.types import CardState, Memory, Rating

SEED = 20_260_105
#: The first study day (a Monday); the learner studies every day at START's time of day.
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
FULL = (2_000, 365)
QUICK = (500, 120)
DESIRED_RETENTION = 0.90
#: The first grade of a new card (again, hard, good, easy) and the grade of a recalled card
#: (hard, good, easy): fixed proportions.
NEW_WEIGHTS = (0.20, 0.10, 0.55, 0.15)
RECALLED_WEIGHTS = (0.15, 0.70, 0.15)
#: Seconds the learner spends on a card.
ANSWER_SECONDS = (4.0, 20.0)
#: How far the true model's parameters may be from the scheduler's (relative, per parameter).
DEFAULT_PERTURB = 0.0


def true_parameters(perturb: float, rng: random.Random) -> tuple[float, ...]:
    """FSRS-6 parameters of the learner's real memory: the defaults, each moved by up to
    `perturb` (relative), kept within the bounds the fsrs package accepts."""
    if perturb == 0:
        return DEFAULT_PARAMETERS
    low, high = fsrs.scheduler.LOWER_BOUNDS_PARAMETERS, fsrs.scheduler.UPPER_BOUNDS_PARAMETERS
    return tuple(
        min(max(w * (1 + rng.uniform(-perturb, perturb)), lo), hi)
        for w, lo, hi in zip(DEFAULT_PARAMETERS, low, high, strict=True)
    )


class Learner:
    """Known memory: a hidden FSRS model with its own parameters and a seeded coin.

    Recall is decided by the true retrievability at the moment of the review, in
    continuous time; the true memory is updated with the same grades the app receives.
    """

    def __init__(self, parameters: tuple[float, ...], seed: int) -> None:
        self.memory = fsrs.Scheduler(
            parameters=parameters,
            learning_steps=SchedulerConfig().learning_steps,
            relearning_steps=SchedulerConfig().relearning_steps,
            enable_fuzzing=False,
        )
        self.decay = -parameters[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.rng = random.Random(seed)
        self.cards: dict[int, fsrs.Card] = {}

    def retrievability(self, card_id: int, now: datetime) -> float | None:
        card = self.cards.get(card_id)
        if card is None or card.last_review is None or card.stability is None:
            return None
        elapsed = max(0.0, (now - card.last_review).total_seconds() / 86400)
        return float((1 + self.factor * elapsed / card.stability) ** self.decay)

    def grade(self, card_id: int, now: datetime) -> tuple[Rating, float | None]:
        """The learner's answer and the true probability of recall it was drawn from."""
        chance = self.retrievability(card_id, now)
        if chance is None:  # first sight of the card
            return self.rng.choices(list(Rating), NEW_WEIGHTS)[0], None
        if self.rng.random() >= chance:
            return Rating.AGAIN, chance
        grades = (Rating.HARD, Rating.GOOD, Rating.EASY)
        return self.rng.choices(grades, RECALLED_WEIGHTS)[0], chance

    def learn(self, card_id: int, rating: Rating, now: datetime) -> None:
        """Update the true memory.  Its stability changes with the days elapsed rounded to
        the nearest whole day (the fsrs package itself counts whole 24-hour periods)."""
        card = self.cards.get(card_id)
        if card is None:
            card = fsrs.Card(card_id=card_id, due=now)
        elif card.last_review is not None:
            days = round((now - card.last_review).total_seconds() / 86400)
            if days >= 1:
                card = copy(card)
                card.last_review = now - timedelta(days=days)
        self.cards[card_id], _ = self.memory.review_card(card, fsrs.Rating(int(rating)), now)


def count_study_days() -> None:
    """Make the app's FSRS count elapsed time in study days (as Anki does), not in whole
    24-hour periods: an experiment for the fix suggested in docs/scheduler-benchmarks.md.
    Patches MemoryModel in this process only; UTC, with the default 04:00 day start."""
    from flashcards.scheduler.memory import MemoryModel

    original = MemoryModel._to_fsrs

    def to_fsrs(self: MemoryModel, card_id: int, memory: Memory, now: datetime) -> fsrs.Card:
        card = original(self, card_id, memory, now)
        if card.last_review is not None:
            hour = self.config.day_start_hour
            days = (day_of(now, hour, UTC) - day_of(card.last_review, hour, UTC)).days
            card.last_review = now - timedelta(days=days)
        return card

    MemoryModel._to_fsrs = to_fsrs  # type: ignore[method-assign]


@dataclass
class Day:
    """What happened on one study day."""

    date: str
    answers: int = 0
    new: int = 0
    reviews: int = 0  # answers of cards in the review state
    recalled: int = 0  # of those, not rated Again
    true_r: float = 0.0  # sum of the true retrievability of the review-state answers
    app_r: float = 0.0  # sum of the app's own (predicted) retrievability of those
    due_left: int = 0  # review cards due today but left for later by the daily limit
    # Review-state answers whose elapsed time, as FSRS computes it (whole 24-hour periods since
    # the last review), is less than the study days since then; `same_day` of them look to FSRS
    # as if given on the day of the last review (elapsed 0 days).
    short_elapsed: int = 0
    same_day: int = 0


@dataclass
class Outcome:
    cards: int
    days: int
    seconds: float
    setup_s: float
    parameters: tuple[float, ...]
    history: list[Day] = field(default_factory=list)
    by_state: dict[str, int] = field(default_factory=dict)
    app_retention: float | None = None  # the app's own stats: last 30 days


def make_collection(db: Database, cards: int) -> None:
    """One deck of `cards` cards in sibling pairs (both directions of a note)."""
    created = START - timedelta(days=1)
    decks: Table = Deck.__table__  # type: ignore[assignment]
    table: Table = Card.__table__  # type: ignore[assignment]
    with db.engine.begin() as connection:
        connection.execute(
            insert(decks),
            [
                {
                    "id": 1,
                    "name": "sim",
                    "source_lang": "tr",
                    "target_lang": "is",
                    "both_directions": True,
                    "build_report": "{}",
                    "created_at": created,
                    "updated_at": created,
                }
            ],
        )
        rows: list[dict[str, Any]] = []
        for card_id in range(1, cards + 1):
            note = (card_id - 1) // 2
            forward = card_id % 2 == 1
            rows.append(
                {
                    "id": card_id,
                    "uid": f"sim/note-{note:05d}/{'tr-is' if forward else 'is-tr'}",
                    "deck_id": 1,
                    "note_key": f"sim/note-{note:05d}",
                    "kind": "term",
                    "source_lang": "tr" if forward else "is",
                    "target_lang": "is" if forward else "tr",
                    "front": f"Terim {note} (tr)" if forward else f"Hugtak {note} (is)",
                    "back": f"Hugtak {note} (is)" if forward else f"Terim {note} (tr)",
                    "extra": "",
                    "group_key": f"sim/group-{note // 4}",
                    "source_files": "[]",
                    "content_hash": f"{card_id:024x}",
                    "retired": False,
                    "created_at": created,
                    "updated_at": created,
                }
            )
        connection.execute(insert(table), rows)


def simulate(
    path: Path, cards: int, days: int, perturb: float, seed: int, progress: bool
) -> Outcome:
    started = time.perf_counter()
    db = Database(path)
    try:
        save_config(db, SchedulerConfig(desired_retention=DESIRED_RETENTION))
        make_collection(db, cards)
        rng = random.Random(seed)
        learner = Learner(true_parameters(perturb, rng), seed)
        session = StudySession(db, "sim", tz=UTC)
        setup_s = time.perf_counter() - started
        outcome = Outcome(cards, days, 0.0, setup_s, learner.memory.parameters)
        started = time.perf_counter()
        for index in range(days):
            now = START + timedelta(days=index)
            day = study_day(now, session.config.day_start_hour, UTC)
            session.refresh(now)
            record = Day(day.date.isoformat())
            while True:
                card = session.next_card(now)
                if card is None:
                    soon = session.next_due(now)
                    if soon is None or soon >= day.end:
                        break
                    now = max(now, soon)  # a learning step comes due later today
                    continue
                rating, chance = learner.grade(card.id, now)
                session.answer(card.id, rating, now)
                learner.learn(card.id, rating, now)
                record.answers += 1
                if card.memory.state is CardState.NEW:
                    record.new += 1
                elif card.memory.state is CardState.REVIEW:
                    assert chance is not None
                    record.reviews += 1
                    record.recalled += rating is not Rating.AGAIN
                    record.true_r += chance
                    record.app_r += card.retrievability or 0.0
                    last = card.memory.last_review
                    assert last is not None
                    whole = (now - last).days
                    days_apart = (day.date - day_of(last, session.config.day_start_hour, UTC)).days
                    record.short_elapsed += whole < days_apart
                    record.same_day += whole == 0 < days_apart
                now += timedelta(seconds=rng.uniform(*ANSWER_SECONDS))
            with db.begin() as s:  # review cards due today that were not shown (limits)
                record.due_left = (
                    s.scalar(
                        select(func.count()).where(
                            Card.state == CardState.REVIEW,
                            Card.due < day.end,
                            Card.suspended.is_(False),
                        )
                    )
                    or 0
                )
            outcome.history.append(record)
            if progress and (index + 1) % 30 == 0:
                done = outcome.history[-30:]
                print(
                    f"day {index + 1:3d}: {sum(d.answers for d in done) / 30:5.1f} answers/day, "
                    f"{time.perf_counter() - started:6.1f} s",
                    file=sys.stderr,
                    flush=True,
                )
        outcome.seconds = time.perf_counter() - started
        last = START + timedelta(days=days - 1, hours=14)
        summary = stats.collect(db, last, UTC)
        outcome.by_state = summary.cards_by_state
        outcome.app_retention = summary.retention
    finally:
        db.close()
    return outcome


def _share(part: float, whole: float) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def report(outcome: Outcome, perturb: float, study_days: bool) -> None:
    history = outcome.history
    answers = sum(d.answers for d in history)
    reviews = sum(d.reviews for d in history)
    recalled = sum(d.recalled for d in history)
    print(
        f"{outcome.cards:,} cards, {outcome.days} days from {START.date()}, limits 20 new / "
        f"200 reviews a day, desired retention {DESIRED_RETENTION:.2f}"
    )
    print(
        "learner's true memory: FSRS-6 "
        + ("default parameters" if perturb == 0 else f"parameters moved by up to {perturb:.0%}")
    )
    if study_days:
        print("EXPERIMENT: the app's FSRS counts elapsed study days (MemoryModel patched)")
    if perturb:
        print("  true parameters: " + ", ".join(f"{w:.4g}" for w in outcome.parameters))
    print()
    header = ["month", "days", "answers/day", "new/day", "reviews/day", "true retention"]
    header += ["mean true R", "mean app R"]
    rows = [header]
    months: dict[str, list[Day]] = {}
    for day in history:
        months.setdefault(day.date[:7], []).append(day)
    for month, group in months.items():
        n = len(group)
        rev = sum(d.reviews for d in group)
        rows.append(
            [
                month,
                str(n),
                f"{sum(d.answers for d in group) / n:.1f}",
                f"{sum(d.new for d in group) / n:.1f}",
                f"{rev / n:.1f}",
                _share(sum(d.recalled for d in group), rev),
                _share(sum(d.true_r for d in group), rev),
                _share(sum(d.app_r for d in group), rev),
            ]
        )
    n = len(history)
    rows.append(
        [
            "all",
            str(n),
            f"{answers / n:.1f}",
            f"{sum(d.new for d in history) / n:.1f}",
            f"{reviews / n:.1f}",
            _share(recalled, reviews),
            _share(sum(d.true_r for d in history), reviews),
            _share(sum(d.app_r for d in history), reviews),
        ]
    )
    widths = [max(len(r[c]) for r in rows) for c in range(len(header))]
    for i, row in enumerate(rows):
        cells = zip(row, widths, strict=True)
        print(" | ".join(c.rjust(w) if j else c.ljust(w) for j, (c, w) in enumerate(cells)))
        if i == 0 or i == len(rows) - 2:
            print("-+-".join("-" * w for w in widths))
    print()
    busiest = max(history, key=lambda d: d.answers)
    capped = sum(1 for d in history if d.reviews >= 200)
    median = statistics.median(d.answers for d in history)
    left = sum(d.due_left for d in history)
    print(
        f"answers: {answers:,} ({answers / n:.1f}/day, median {median:.0f}, busiest "
        f"{busiest.date} with {busiest.answers}); days at the review limit: {capped}, "
        f"review cards still due at a day's end (a sibling studied that day, or the limit): "
        f"{left:,} in all"
    )
    print(
        f"review-state answers: {reviews:,}, recalled {recalled:,}: true retention "
        f"{_share(recalled, reviews)} against desired {DESIRED_RETENTION:.2f} "
        f"(difference {(recalled / reviews - DESIRED_RETENTION) * 100:+.1f} points)"
        if reviews
        else "no review-state answers"
    )
    short = sum(d.short_elapsed for d in history)
    same = sum(d.same_day for d in history)
    print(
        f"elapsed days as FSRS sees them (whole 24 h since the last review) fell short of the "
        f"study days since it in {short:,} review-state answers ({_share(short, reviews)}); "
        f"{same:,} of them were treated as same-day reviews (0 days elapsed)"
        + (" - without the experiment's patch" if study_days else "")
    )
    if outcome.app_retention is not None:
        print(f"the app's own stats (last 30 days): retention {outcome.app_retention:.3f}")
    print(f"cards at the end: {outcome.by_state}")
    per_answer = outcome.seconds / max(1, answers) * 1e3
    print(
        f"time: {outcome.seconds:.1f} s for the simulation ({per_answer:.2f} ms per answer, "
        f"next_card and the daily refresh included), {outcome.setup_s:.1f} s setup"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    size = parser.add_mutually_exclusive_group()
    size.add_argument(
        "--full",
        action="store_true",
        help=f"{FULL[0]:,} cards for {FULL[1]} days (default: {QUICK[0]} cards, {QUICK[1]} days)",
    )
    size.add_argument("--cards", type=int, help="number of cards (sibling pairs)")
    parser.add_argument("--days", type=int, help="number of study days")
    parser.add_argument(
        "--perturb",
        type=float,
        default=DEFAULT_PERTURB,
        help="move the learner's true FSRS parameters by up to this share (default 0: the "
        "scheduler's own defaults)",
    )
    parser.add_argument(
        "--study-day-elapsed",
        action="store_true",
        help="experiment: let the app's FSRS count elapsed study days (patched in this process)",
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--keep", type=Path, metavar="FILE", help="keep the collection here")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    cards, days = FULL if args.full else QUICK
    cards = args.cards or cards
    days = args.days or days
    if cards < 2 or days < 1 or not 0 <= args.perturb < 1:
        parser.error("give at least 2 cards, 1 day and a perturbation from 0 to 1")
    if args.study_day_elapsed:
        count_study_days()
    tmp = Path(tempfile.mkdtemp(prefix="flashcards-sim-"))
    try:
        path = tmp / "sim.sqlite"
        outcome = simulate(path, cards, days, args.perturb, args.seed, not args.quiet)
        if args.keep is not None:
            shutil.copyfile(path, args.keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report(outcome, args.perturb, args.study_day_elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
