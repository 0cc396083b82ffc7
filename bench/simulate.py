"""Simulated learners with known memory study through the real queue, scheduler and SQLite.

Each learner's memory is hidden from the app: recall is drawn (seeded) from the learner's
own retrievability at the moment of each review, and the grades the app receives update
that memory by the learner's own rule. Three learners:

* `default`: FSRS-6 with the scheduler's own default parameters (the app's model is the
  truth: a check of the plumbing, not of the model);
* `faster`: FSRS-6 that forgets faster than the defaults say (initial stabilities w0-w3
  times 0.4, the recall growth e^w8 halved);
* `exponential`: exponential forgetting, R = 0.9^(t/S), with its own update rule (a
  recall multiplies S by 1 + k(grade) * 20 * (1 - R), a lapse quarters it) — a memory
  FSRS can only approximate.

With `--optimize-every N` the app fits FSRS to the log every N days (`flashcards
optimize`: adopted only if the fit predicts better; memory states recomputed); with
`--calibrate` it then schedules for the target calibrated on the learner's recent reviews
(`scheduler/calibrate.py`, off by default in the app). The report
gives each run's true retention — the share of review-card answers recalled — overall and
over the last four months, against the desired retention.

`--reference` also lets each learner study with fsrs-rs-python's own scheduler and optimizer
instead of the app (`bench/reference.py`), side by side; `--compare` runs those too, and the
exponential learner once more through the app with fixed FSRS-6 parameters that imitate its
memory (`EXPONENTIAL_IMITATION`): what FSRS-6 can achieve on that learner when the
parameters are right.
"""

from __future__ import annotations

import argparse
import math
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Protocol

import fsrs
from report import machine, table  # bench/report.py
from sqlalchemy import Table, insert

from flashcards.scheduler import refine
from flashcards.scheduler.config import DEFAULT_PARAMETERS, SchedulerConfig
from flashcards.scheduler.day import study_day
from flashcards.services.optimize import optimize_collection
from flashcards.services.study import StudySession, save_config
from flashcards.store.database import Database
from flashcards.store.models import Card, Deck
from flashcards.types import CardState, Rating

SEED = 20_260_105
#: The first study day (a Monday); the learner studies every day at START's time of day.
START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
QUICK = (500, 120)
FULL = (1_000, 240)
DESIRED_RETENTION = 0.90
#: The last days whose retention is compared with the desired one (four months).
LAST_DAYS = 120
#: The first grade of a new card (again, hard, good, easy) and the grade of a recalled card
#: (hard, good, easy): fixed proportions.
NEW_WEIGHTS = (0.20, 0.10, 0.55, 0.15)
RECALLED_WEIGHTS = (0.15, 0.70, 0.15)
#: Seconds the learner spends on a card.
ANSWER_SECONDS = (4.0, 20.0)
LEARNERS = ("default", "faster", "exponential")
#: FSRS-6 parameters that imitate `ExponentialLearner` (set by hand from its rule, not
#: fitted): its first stabilities (w0-w3); a difficulty that stays at 5 (w4 5, w5-w7 at
#: their floors), so that a recall multiplies S by 1 + e^w8 * 6 * (e^(w10 (1 - R)) - 1),
#: about 1 + 18 (1 - R) like the learner's Good (w8 4.094, w10 0.05, no dependence on S:
#: w9 0), Hard and Easy scaled as its 0.4 and 1.4 (w15 0.444, w16 1.556); a lapse leaving
#: about a quarter of S (w11 0.4, w13 0.9, w12 and w14 at their floors); same-day steps
#: times 1.06 / 1.3 / 1.6 (w17 0.208, w18 1.26, w19 0); and the forgetting curve nearest to
#: an exponential that FSRS-6 allows (w20 0.8).
EXPONENTIAL_IMITATION: tuple[float, ...] = (
    0.2, 0.6, 1.5, 4.0, 5.0, 0.001, 0.001, 0.001, 4.094, 0.0, 0.05,
    0.4, 0.001, 0.9, 0.0, 0.444, 1.556, 0.208, 1.26, 0.0, 0.8,
)  # fmt: skip


class Learner(Protocol):
    name: str

    def retrievability(self, card_id: int, now: datetime) -> float | None: ...

    def learn(self, card_id: int, rating: Rating, now: datetime) -> None: ...


def faster_parameters() -> tuple[float, ...]:
    """FSRS-6 defaults that forget faster: w0-w3 × 0.4 and e^w8 × 0.5."""
    w = list(DEFAULT_PARAMETERS)
    for i in range(4):
        w[i] *= 0.4
    w[8] += math.log(0.5)
    return tuple(w)


class FsrsLearner:
    """Known memory: a hidden FSRS model with its own parameters, in continuous time."""

    def __init__(self, name: str, parameters: tuple[float, ...]) -> None:
        self.name = name
        self.parameters = parameters
        self.memory = fsrs.Scheduler(
            parameters=parameters,
            learning_steps=SchedulerConfig().learning_steps,
            relearning_steps=SchedulerConfig().relearning_steps,
            enable_fuzzing=False,
        )
        self.decay = -parameters[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.cards: dict[int, fsrs.Card] = {}

    def retrievability(self, card_id: int, now: datetime) -> float | None:
        card = self.cards.get(card_id)
        if card is None or card.last_review is None or card.stability is None:
            return None
        elapsed = max(0.0, (now - card.last_review).total_seconds() / 86400)
        return float((1 + self.factor * elapsed / card.stability) ** self.decay)

    def learn(self, card_id: int, rating: Rating, now: datetime) -> None:
        """Update the true memory; stability grows with the elapsed days rounded to whole
        days (the fsrs package counts whole 24-hour periods)."""
        card = self.cards.get(card_id)
        if card is None:
            card = fsrs.Card(card_id=card_id, due=now)
        elif card.last_review is not None:
            days = round((now - card.last_review).total_seconds() / 86400)
            if days >= 1:
                card = copy(card)
                card.last_review = now - timedelta(days=days)
        self.cards[card_id], _ = self.memory.review_card(card, fsrs.Rating(int(rating)), now)


class ExponentialLearner:
    """Exponential forgetting (R = 0.9^(t/S)) and a multiplicative update of its own."""

    name = "exponential"
    FIRST: ClassVar = {Rating.AGAIN: 0.2, Rating.HARD: 0.6, Rating.GOOD: 1.5, Rating.EASY: 4.0}
    GAIN: ClassVar = {Rating.HARD: 0.4, Rating.GOOD: 0.9, Rating.EASY: 1.4}
    SAME_DAY: ClassVar = {Rating.HARD: 1.1, Rating.GOOD: 1.3, Rating.EASY: 1.6}

    def __init__(self) -> None:
        self.cards: dict[int, tuple[float, datetime]] = {}  # stability (days), last review

    def retrievability(self, card_id: int, now: datetime) -> float | None:
        if card_id not in self.cards:
            return None
        stability, last = self.cards[card_id]
        return 0.9 ** (max(0.0, (now - last).total_seconds() / 86400) / stability)

    def learn(self, card_id: int, rating: Rating, now: datetime) -> None:
        if card_id not in self.cards:
            self.cards[card_id] = (self.FIRST[rating], now)
            return
        stability, last = self.cards[card_id]
        r = self.retrievability(card_id, now) or 1.0
        if rating is Rating.AGAIN:
            stability = max(0.1, stability * 0.25)
        elif (now - last) < timedelta(hours=12):  # a learning step: a little stronger
            stability *= self.SAME_DAY[rating]
        else:
            stability *= 1 + self.GAIN[rating] * 20 * (1 - r)
        self.cards[card_id] = (min(stability, 36500.0), now)


def make_learner(name: str) -> Learner:
    if name == "default":
        return FsrsLearner("default", DEFAULT_PARAMETERS)
    if name == "faster":
        return FsrsLearner("faster", faster_parameters())
    return ExponentialLearner()


@dataclass
class Day:
    """What happened on one study day."""

    date: str
    answers: int = 0
    new: int = 0
    reviews: int = 0  # answers of cards in the review state
    recalled: int = 0  # of those, not rated Again
    true_r: float = 0.0  # sum of the learner's true retrievability of those
    app_r: float = 0.0  # sum of the app's own (predicted) retrievability of those


@dataclass
class Outcome:
    learner: str
    optimize_every: int
    cards: int
    days: int
    seconds: float = 0.0
    history: list[Day] = field(default_factory=list)
    fits: list[str] = field(default_factory=list)  # what each optimize did
    targets: list[float] = field(default_factory=list)  # the calibrated target of each fit

    def retention(self, last: int | None = None) -> tuple[float, int]:
        days = self.history[-last:] if last else self.history
        reviews = sum(d.reviews for d in days)
        return (sum(d.recalled for d in days) / reviews if reviews else math.nan), reviews

    def mean(self, attribute: str, last: int | None = None) -> float:
        days = self.history[-last:] if last else self.history
        reviews = sum(d.reviews for d in days)
        return sum(getattr(d, attribute) for d in days) / reviews if reviews else math.nan

    def per_day(self, attribute: str) -> float:
        return sum(getattr(d, attribute) for d in self.history) / max(1, len(self.history))


def make_collection(db: Database, cards: int) -> None:
    """One deck of `cards` cards in sibling pairs (both directions of a note)."""
    created = START - timedelta(days=1)
    decks: Table = Deck.__table__  # type: ignore[assignment]
    table_: Table = Card.__table__  # type: ignore[assignment]
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
        connection.execute(insert(table_), rows)


def _grade(
    learner: Learner, card_id: int, now: datetime, rng: random.Random
) -> tuple[Rating, float | None]:
    """The learner's answer and the true probability of recall it was drawn from."""
    chance = learner.retrievability(card_id, now)
    if chance is None:  # first sight of the card
        return rng.choices(list(Rating), NEW_WEIGHTS)[0], None
    if rng.random() >= chance:
        return Rating.AGAIN, chance
    return rng.choices((Rating.HARD, Rating.GOOD, Rating.EASY), RECALLED_WEIGHTS)[0], chance


def simulate(
    path: Path,
    learner_name: str,
    cards: int,
    days: int,
    optimize_every: int,
    seed: int,
    progress: bool,
    parameters: tuple[float, ...] = DEFAULT_PARAMETERS,
    label: str | None = None,
    refine: bool = False,
    calibrate: bool = False,
    held_out_adoption: bool = False,
) -> Outcome:
    """The learner studies through the app, which starts from `parameters` (with
    `calibrate`, scheduling for the target calibrated at each fit)."""
    db = Database(path)
    outcome = Outcome(label or learner_name, optimize_every, cards, days)
    try:
        config = SchedulerConfig(
            desired_retention=DESIRED_RETENTION, parameters=parameters, calibrate=calibrate
        )
        save_config(db, config)
        make_collection(db, cards)
        rng = random.Random(seed)
        learner = make_learner(learner_name)
        session = StudySession(db, "sim", tz=UTC)
        started = time.perf_counter()
        for index in range(days):
            now = START + timedelta(days=index)
            if optimize_every and index and index % optimize_every == 0:
                result = optimize_collection(
                    db, tz=UTC, now=now, refine=refine, held_out_adoption=held_out_adoption
                )
                kept = result.fit.kept if result.fit else "-"
                outcome.fits.append(f"day {index}: {result.status} ({kept})")
                if calibrate and result.calibration is not None:
                    outcome.targets.append(result.calibration.target(DESIRED_RETENTION))
                if progress:
                    print(f"{outcome.learner}: day {index}: {result.message}", file=sys.stderr)
                session = StudySession(db, "sim", tz=UTC)  # with the parameters in use
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
                rating, chance = _grade(learner, card.id, now, rng)
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
                now += timedelta(seconds=rng.uniform(*ANSWER_SECONDS))
            outcome.history.append(record)
            if progress and (index + 1) % 30 == 0:
                print(
                    f"{outcome.learner} (optimize every {optimize_every or '-'}): day {index + 1}, "
                    f"{time.perf_counter() - started:.0f} s",
                    file=sys.stderr,
                    flush=True,
                )
        outcome.seconds = time.perf_counter() - started
    finally:
        db.close()
    return outcome


def _fmt(value: float) -> str:
    return "-" if math.isnan(value) else f"{value:.3f}"


def report(outcomes: Sequence[Outcome]) -> None:
    first = outcomes[0]
    print(machine())
    print(
        f"{first.cards:,} cards (sibling pairs), {first.days} days from {START.date()}, "
        f"limits 20 new / 200 reviews a day, desired retention {DESIRED_RETENTION:.2f}; "
        f"true retention: review-card answers recalled; last {LAST_DAYS} days compared"
    )
    print()
    rows = [
        [
            "learner",
            "optimize",
            "answers/day",
            "reviews/day",
            "true retention",
            f"last {LAST_DAYS} days",
            "vs desired",
            "mean true R",
            "mean app R",
            "fits adopted",
            "time",
        ]
    ]
    for o in outcomes:
        retention, _ = o.retention()
        last, n_last = o.retention(LAST_DAYS)
        adopted = sum("adopted" in fit for fit in o.fits)
        refined = sum("(refined)" in fit for fit in o.fits)
        rows.append(
            [
                o.learner,
                f"every {o.optimize_every} d" if o.optimize_every else "never",
                f"{o.per_day('answers'):.1f}",
                f"{o.per_day('reviews'):.1f}",
                _fmt(retention),
                f"{_fmt(last)} ({n_last:,})",
                f"{(last - DESIRED_RETENTION) * 100:+.1f} pt" if not math.isnan(last) else "-",
                _fmt(o.mean("true_r", LAST_DAYS)),
                _fmt(o.mean("app_r", LAST_DAYS)),
                (f"{adopted}/{len(o.fits)}" + (f" ({refined} refined)" if refined else ""))
                if o.fits
                else "-",
                f"{o.seconds:.0f} s",
            ]
        )
    print(table(rows))
    for o in outcomes:
        if o.targets:
            print(f"{o.learner}: calibrated targets " + ", ".join(f"{t:.3f}" for t in o.targets))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--learner",
        choices=(*LEARNERS, "all"),
        default="default",
        help="whose memory (default: the scheduler's own FSRS defaults); all: every one",
    )
    parser.add_argument(
        "--optimize-every",
        type=int,
        default=0,
        metavar="DAYS",
        help="fit FSRS to the log every DAYS days (default 0: never)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="each learner without optimizing and optimizing every 30 days "
        f"({FULL[0]:,} cards × {FULL[1]} days unless --cards/--days say otherwise)",
    )
    parser.add_argument("--full", action="store_true", help=f"{FULL[0]:,} cards for {FULL[1]} days")
    parser.add_argument("--cards", type=int, help=f"number of cards (default {QUICK[0]})")
    parser.add_argument("--days", type=int, help=f"number of study days (default {QUICK[1]})")
    parser.add_argument(
        "--reference",
        action="store_true",
        help="also run each learner with fsrs-rs-python's own scheduler and optimizer",
    )
    parser.add_argument(
        "--reference-only",
        action="store_true",
        help="run each learner with fsrs-rs-python's own scheduler and optimizer only",
    )
    parser.add_argument(
        "--fit",
        choices=("exact", "refined", "unpenalised"),
        default="exact",
        help="the app's fit: fsrs-rs's (default, as `flashcards optimize`), refined when "
        "clearly better (`optimize --refine`), or, for comparison only, refined without "
        "fsrs-rs's L2 penalty towards the defaults",
    )
    parser.add_argument(
        "--calibrate",
        action="store_true",
        help="schedule for the target calibrated on the learner's last 60 days at each fit "
        "(`flashcards config --calibrate on`; default off, as in the app)",
    )
    parser.add_argument(
        "--adopt",
        choices=("in-sample", "held-out"),
        default="in-sample",
        help="adopt a fit when it predicts every item better (default, as the app and "
        "Anki), or only when fsrs-rs's time-series split also prefers it (held out)",
    )
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    from reference import simulate_reference  # bench/reference.py (which imports this module)

    if args.fit == "unpenalised":
        refine.GAMMA = 0.0
    refined = args.fit != "exact"
    cards, days = FULL if (args.full or args.compare) else QUICK
    cards = args.cards or cards
    days = args.days or days
    if cards < 2 or days < 1 or args.optimize_every < 0:
        parser.error("give at least 2 cards, 1 day and a non-negative --optimize-every")
    if args.compare:
        runs = [(name, every) for name in LEARNERS for every in (0, 30)]
        runs.remove(("default", 30))
    else:
        names = LEARNERS if args.learner == "all" else (args.learner,)
        runs = [(name, args.optimize_every) for name in names]
    tmp = Path(tempfile.mkdtemp(prefix="flashcards-sim-"))
    outcomes = []
    progress = not args.quiet
    try:
        for n, (name, every) in enumerate(runs):
            path = tmp / f"sim-{n}.sqlite"
            if not args.reference_only:
                label = name if args.fit == "exact" or not every else f"{name}, {args.fit} fit"
                if args.calibrate and every:
                    label += ", calibrated"
                if args.adopt == "held-out" and every:
                    label += ", adopted if held out better"
                run = simulate(path, name, cards, days, every, args.seed, progress, label=label,
                               refine=refined, calibrate=args.calibrate,
                               held_out_adoption=args.adopt == "held-out")  # fmt: skip
                outcomes.append(run)
            if args.reference or args.reference_only or args.compare:
                outcomes.append(
                    simulate_reference(
                        name, cards, days, every, args.seed, DESIRED_RETENTION, progress
                    )
                )
        if args.compare:
            path = tmp / "sim-imitation.sqlite"
            outcomes.append(
                simulate(
                    path,
                    "exponential",
                    cards,
                    days,
                    0,
                    args.seed,
                    progress,
                    EXPONENTIAL_IMITATION,
                    "exponential (FSRS imitating it)",
                )
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report(outcomes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
