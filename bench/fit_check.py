"""How well fsrs-rs's fit serves the exponential learner, against FSRS-6 parameters that fit better.

The exponential learner studies 1,000 cards for 240 days through the app with the default
parameters (as `bench/simulate.py`, never fitted). On that log, the script scores (log loss
unweighted and as fsrs-rs's `evaluate` weighs it, RMSE (bins)) several FSRS-6 parameter sets:
fsrs-rs's fit (the app's `fit`), fsrs-rs with 8 times its epochs, the hand-set imitation of
the learner (`simulate.EXPONENTIAL_IMITATION`) and that imitation refined on the log by a
coordinate search. Then the learner studies afresh with each set fixed from the first day;
the true retention of the last 120 days shows which extrapolates to the learner's future.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, TrainingConfig
from report import machine, table  # bench/report.py
from simulate import (
    DESIRED_RETENTION,
    EXPONENTIAL_IMITATION,
    LAST_DAYS,
    SEED,
    simulate,
)

from flashcards.scheduler.day import day_of
from flashcards.scheduler.history import TrainingItem
from flashcards.scheduler.optimize import build_items, clamp, evaluate, fit, pooled_evaluation
from flashcards.services.optimize import log_events
from flashcards.store.database import Database


def refine(start: Sequence[float], items: Sequence[TrainingItem]) -> tuple[float, ...]:
    """A coordinate search from `start` lowering the unweighted log loss on `items`."""

    def loss(w: Sequence[float]) -> float:
        try:
            return pooled_evaluation([(w, items)]).log_loss
        except ValueError:
            return float("inf")

    best_w, best = list(start), loss(start)
    for step in (0.3, 0.1, 0.03):
        for _ in range(3):
            for i in range(len(best_w)):
                for up in (True, False):
                    w = list(best_w)
                    if w[i] > 0.01:
                        w[i] *= (1 + step) if up else 1 / (1 + step)
                    elif up:
                        w[i] += step / 10
                    w = list(clamp(w))
                    value = loss(w)
                    if value < best - 1e-7:
                        best_w, best = w, value
    return tuple(best_w)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=1_000)
    parser.add_argument("--days", type=int, default=240)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="flashcards-fitcheck-"))
    try:
        log = tmp / "log.sqlite"
        simulate(log, "exponential", args.cards, args.days, 0, SEED, False)
        db = Database(log)
        try:
            items = build_items(log_events(db), lambda t: day_of(t, 4, UTC))
        finally:
            db.close()
        fitted = fit(items)
        assert isinstance(fitted, tuple), fitted
        longer = clamp(
            FSRS(DEFAULT_PARAMETERS).compute_parameters(
                [item.fsrs_item() for item in items],
                card_ids=[item.card_id for item in items],
                num_relearning_steps=1,
                training_config=TrainingConfig(num_epochs=40),
            )
        )
        sets = {
            "fsrs-rs fit (the app's)": fitted,
            "fsrs-rs, 40 epochs": longer,
            "imitation (by hand)": EXPONENTIAL_IMITATION,
            "imitation refined on the log": refine(EXPONENTIAL_IMITATION, items),
        }
        rows = [
            [
                "parameters",
                "log loss",
                "log loss (fsrs-rs weights)",
                "RMSE (bins)",
                "w9 / w11 / w13 / w20",
                f"fixed from day 1: last {LAST_DAYS} days",
                "mean true R",
                "mean app R",
            ]
        ]
        for n, (name, w) in enumerate(sets.items()):
            pooled = pooled_evaluation([(w, items)])
            weighted = evaluate(w, items)
            run = simulate(
                tmp / f"fixed-{n}.sqlite", "exponential", args.cards, args.days, 0, SEED, False, w
            )
            retention, answers = run.retention(LAST_DAYS)
            rows.append(
                [
                    name,
                    f"{pooled.log_loss:.4f}",
                    f"{weighted.log_loss:.4f}",
                    f"{pooled.rmse_bins:.4f}",
                    " / ".join(f"{w[i]:.2f}" for i in (9, 11, 13, 20)),
                    f"{retention:.3f} ({answers:,})",
                    f"{run.mean('true_r', LAST_DAYS):.3f}",
                    f"{run.mean('app_r', LAST_DAYS):.3f}",
                ]
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(machine())
    print(
        f"exponential learner, {args.cards:,} cards x {args.days} days, never fitted: "
        f"{len(items):,} training items; desired retention {DESIRED_RETENTION:.2f}"
    )
    print()
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
