"""What the refined fit costs `flashcards optimize`: its time beside fsrs-rs's fit and the
whole command, on simulated logs of about 5,000 to 15,000 reviews.

Each log is a learner of `bench/simulate.py` (never fitted) studying through the app. On it,
each step of `optimize` is timed in this process (best of `--repeat`): building fsrs-rs's
training items, fsrs-rs's `compute_parameters`, the refinement (`refine.refined_fit`), and
the whole `optimize` as it is by default (fsrs-rs's fit) and with `refine=True` (`flashcards
optimize --refine`: refined when clearly better), with the kept fit and both log losses.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TypeVar

from report import machine, table  # bench/report.py
from simulate import SEED, simulate

from flashcards.scheduler.config import DEFAULT_PARAMETERS
from flashcards.scheduler.day import day_of
from flashcards.scheduler.optimize import build_items, fit, optimize
from flashcards.scheduler.refine import refined_fit
from flashcards.services.optimize import log_events
from flashcards.store.database import Database

T = TypeVar("T")


def best(repeat: int, call: Callable[[], T]) -> tuple[float, T]:
    times, value = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        value = call()
        times.append(time.perf_counter() - started)
    assert value is not None
    return min(times), value


def day(moment: datetime) -> date:
    return day_of(moment, 4, UTC)


def measure(log: Path, learner: str, cards: int, repeat: int) -> list[str]:
    """One row: `learner` studies `cards` cards for 240 days, then each step is timed."""
    simulate(log, learner, cards, 240, 0, SEED, False)
    db = Database(log)
    try:
        events = log_events(db)
    finally:
        db.close()
    t_items, items = best(repeat, lambda: build_items(events, day))
    t_fit, fitted = best(repeat, lambda: fit(items))
    assert isinstance(fitted, tuple), fitted
    t_refine, _ = best(repeat, lambda: refined_fit(items, fitted))
    t_plain, _ = best(repeat, lambda: optimize(events, DEFAULT_PARAMETERS, day))
    t_refined, result = best(repeat, lambda: optimize(events, DEFAULT_PARAMETERS, day, refine=True))
    choice = result.fit
    assert choice is not None and choice.refined_loss is not None
    return [
        f"{learner}, {cards:,} cards × 240 days",
        f"{sum(1 for e in events if e.rating):,}",
        f"{len(items):,}",
        f"{t_items:.2f}",
        f"{t_fit:.3f}",
        f"{t_refine:.2f}",
        f"{t_plain:.2f}",
        f"{t_refined:.2f}",
        f"{t_refined / t_plain:.1f}×",
        f"{choice.kept}: {choice.fsrs_rs_loss:.4f} / {choice.refined_loss:.4f}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--learner", default="default")
    parser.add_argument("--sizes", default="500,1000,1500", help="cards, 240 days each")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="flashcards-optime-"))
    rows = [
        [
            "log",
            "reviews",
            "items",
            "build items (s)",
            "fsrs-rs fit (s)",
            "refinement (s)",
            "optimize (s)",
            "optimize --refine (s)",
            "ratio",
            "fit kept: log loss fsrs-rs / refined",
        ]
    ]
    try:
        for cards in (int(size) for size in args.sizes.split(",")):
            rows.append(measure(tmp / f"log-{cards}.sqlite", args.learner, cards, args.repeat))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(machine())
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
