"""fsrs-rs's fit refined: the objective fsrs-rs's optimizer minimises, minimised further.

fsrs-rs (`training.rs`, 6.6) trains FSRS-6 with Adam for five epochs on its training items
(outliers set aside, items later in time weighing up to four times as much) and minimises
the weighted log loss of the items plus an L2 penalty pulling each parameter towards its
starting value (its pretrained initial stabilities w0-w3 and the defaults), scaled by the
spread of parameters across users (`PARAMS_STDDEV`). Its five epochs stop a little short
of that objective's minimum (0.0005-0.0008 in log loss on the simulated learners of
`bench/simulate.py`). `refined_fit` minimises that same objective with L-BFGS-B from fsrs-rs's
result and from the defaults, within fsrs-rs's own bounds (its parameter clipper), keeping
fsrs-rs's w0-w3 (fitted apart from the rest and smoothed by it) as they are. `choose_fit`
keeps it only if fsrs-rs's own evaluation says it predicts clearly better. `optimize` uses it
only when asked (`refine=True`, `flashcards optimize --refine`): it lowers the log loss
everywhere a little, but the simulated learners of `bench/simulate.py`, fitted monthly with
it, were served worse (docs/scheduler-benchmarks.md).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np
from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, TrainingConfig

from flashcards.scheduler.history import TrainingItem

#: fsrs-rs's spread of each parameter across users, which scales its L2 penalty.
PARAMS_STDDEV: Final = (
    6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57,
    0.25, 1.03, 0.31, 0.32, 0.14, 0.27,
)  # fmt: skip
#: fsrs-rs's default weight of the L2 penalty (`TrainingConfig.gamma`).
GAMMA: Final = 1.0
#: fsrs-rs trains only on items of at most this many reviews (`max_seq_len`).
MAX_SEQ_LEN: Final = 256
#: The parameters refined: all but the initial stabilities w0-w3.
FREE: Final = tuple(range(4, 21))
#: Iterations of L-BFGS-B from each start, at most (it converges in 20-30 on logs of a few
#: thousand items): the bound that keeps the refinement deterministic.
MAX_ITERATIONS: Final = 60
#: A safety net for very large logs: no iteration starts after this many seconds.
TIME_LIMIT: Final = 10.0
#: L-BFGS-B stops when an iteration lowers the loss by less than this (relative).
FTOL: Final = 1e-7

#: The refined fit is kept only if fsrs-rs's `evaluate` gives it a log loss at least this
#: much (relative) below fsrs-rs's own fit's.
MARGIN: Final = 0.001

_S_MIN, _S_MAX, _D_MIN, _D_MAX = 0.001, 36500.0, 1.0, 10.0
_P_MIN, _P_MAX = 1e-7, 1.0 - 1e-7
_STEP: Final = 1e-6  # finite-difference step, in units of PARAMS_STDDEV


def clip(parameters: Sequence[float], relearning_steps: int = 1) -> tuple[float, ...]:
    """fsrs-rs's parameter clipper (`clip_parameters`, short-term memory on)."""
    w = [float(x) for x in parameters]
    ceiling = 2.0
    if relearning_steps > 1:
        room = -(math.log(w[11]) + math.log(2.0 ** w[13] - 1.0) + w[14] * 0.3)
        ceiling = min(math.sqrt(max(room / relearning_steps, 0.01)), 2.0)
    low, high = _bounds(ceiling)
    return tuple(min(max(x, lo), hi) for x, lo, hi in zip(w, low, high, strict=True))


def _bounds(ceiling: float = 2.0) -> tuple[list[float], list[float]]:
    low = [_S_MIN] * 4 + [_D_MIN, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001]
    low += [0.0, 0.0, 1.0, 0.0, 0.0, 0.01, 0.1]
    high = [100.0] * 4 + [_D_MAX, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0]
    high += [ceiling, ceiling, 0.8, 0.8]
    return low, high


def _long_term(item: TrainingItem) -> int:
    return sum(1 for _, delta_t in item.reviews if delta_t > 0)


def _first_long_term_gap(item: TrainingItem) -> int:
    return next(delta_t for _, delta_t in item.reviews if delta_t > 0)


def training_set(items: Sequence[TrainingItem]) -> list[TrainingItem]:
    """The items fsrs-rs trains on: its outlier filter (`prepare_training_data`), in order."""
    groups: dict[int, dict[int, int]] = {}
    for item in items:
        if _long_term(item) == 1:
            by_gap = groups.setdefault(item.reviews[0][0], {})
            by_gap[item.reviews[-1][1]] = by_gap.get(item.reviews[-1][1], 0) + 1
    removed: set[tuple[int, int]] = set()
    for rating, by_gap in groups.items():
        total = sum(by_gap.values())
        removed_so_far = 0
        # Smallest groups first, then the shorter gap first.
        for gap, size in sorted(by_gap.items(), key=lambda kv: (kv[1], kv[0])):
            if removed_so_far + size >= max(20, total // 20):
                if size < 6 or gap > (365 if rating == 4 else 100):
                    removed.add((rating, gap))
            else:
                removed_so_far += size
                removed.add((rating, gap))
    kept = [i for i in items if (i.reviews[0][0], _first_long_term_gap(i)) not in removed]
    return [item for item in kept if len(item.reviews) <= MAX_SEQ_LEN]


def penalty_centre(items: Sequence[TrainingItem], relearning_steps: int = 1) -> tuple[float, ...]:
    """Where fsrs-rs's L2 penalty pulls: its pretrained w0-w3 and the defaults (no epoch)."""
    start = FSRS(DEFAULT_PARAMETERS).compute_parameters(
        [item.fsrs_item() for item in items],
        card_ids=[item.card_id for item in items],
        num_relearning_steps=relearning_steps,
        training_config=TrainingConfig(num_epochs=0),
    )
    return tuple(float(w) for w in start)


@dataclass(frozen=True)
class _Step:
    """One review position of every card history still running (`count` columns)."""

    count: int
    rating: Any  # (count,) ratings of the columns
    long: Any  # indices of the columns reviewed on a later day (the rest: same day)
    long_t: Any  # their study days since the previous review
    lapse: Any  # (len(long),) bool: rated Again
    hard: Any  # (len(long),) bool
    easy: Any  # (len(long),) bool
    short: Any  # indices of same-day reviews
    short_rating: Any
    target: Any  # positions in `long` where a training item ends
    label: Any  # its label (1.0 recalled)
    weight: Any  # its recency weight


@dataclass(frozen=True)
class Problem:
    """Training items laid out for a vectorised FSRS-6 pass: one column per card history
    (longest first), each item a target at the position of its last review."""

    first: Any  # (columns,) the first rating of each column
    steps: tuple[_Step, ...]  # positions 1, 2, ...
    total_weight: float
    centre: Any  # (21,) the penalty's centre
    gamma: float = GAMMA  # the penalty's weight


def problem(
    items: Sequence[TrainingItem], centre: Sequence[float], gamma: float | None = None
) -> Problem:
    """The objective's data: `items` are fsrs-rs's training set (`training_set`), in order;
    `gamma` the penalty's weight (default GAMMA, fsrs-rs's)."""
    n = len(items)
    length = max(n - 1, 1)
    weights = [0.25 + 0.75 * (index / length) ** 3 for index in range(n)]
    owned: dict[int, list[int]] = {}
    columns: list[tuple[tuple[int, int], ...]] = []
    ends: list[dict[int, tuple[float, float]]] = []  # per column: position -> label, weight
    for index in sorted(range(n), key=lambda i: -len(items[i].reviews)):
        reviews = items[index].reviews
        mine = owned.setdefault(items[index].card_id, [])
        column = next((c for c in mine if columns[c][: len(reviews)] == reviews), None)
        if column is None:
            column = len(columns)
            columns.append(reviews)
            ends.append({})
            mine.append(column)
        ends[column][len(reviews) - 1] = (1.0 if reviews[-1][0] > 1 else 0.0, weights[index])
    order = sorted(range(len(columns)), key=lambda c: -len(columns[c]))
    steps = []
    for j in range(1, max((len(c) for c in columns), default=0)):
        running = [c for c in order if len(columns[c]) > j]
        rating = np.asarray([columns[c][j][0] for c in running])
        t = np.asarray([float(columns[c][j][1]) for c in running])
        long = np.flatnonzero(t > 0)
        target = [p for p, i in enumerate(long) if j in ends[running[i]]]
        steps.append(
            _Step(
                len(running),
                rating,
                long,
                t[long],
                rating[long] == 1,
                rating[long] == 2,
                rating[long] == 4,
                np.flatnonzero(t == 0),
                rating[t == 0],
                np.asarray(target, dtype=np.int64),
                np.asarray([ends[running[long[p]]][j][0] for p in target]),
                np.asarray([ends[running[long[p]]][j][1] for p in target]),
            )
        )
    first = np.asarray([columns[c][0][0] for c in order], dtype=np.int64)
    return Problem(
        first,
        tuple(steps),
        float(sum(weights)),
        np.asarray(centre, float),
        GAMMA if gamma is None else gamma,
    )


def objective(p: Problem, w: Any) -> Any:
    """fsrs-rs's training loss for each row of parameters `w` (rows × 21): the weighted log
    loss of the items plus the L2 penalty, divided by the total weight."""
    w = np.atleast_2d(np.asarray(w, dtype=float))
    col = [w[:, i : i + 1] for i in range(21)]
    decay = -col[20]
    factor = np.exp(math.log(0.9) / decay) - 1.0
    easy_d = col[4] - np.exp(3.0 * col[5]) + 1.0
    floor_divisor = np.exp(col[17] * col[18])
    growth_scale = np.exp(col[8])
    s = np.clip(w[:, p.first - 1], _S_MIN, _S_MAX)
    d = np.clip(col[4] - np.exp(col[5] * (p.first - 1)) + 1.0, _D_MIN, _D_MAX)
    loss = np.zeros(w.shape[0])
    for step in p.steps:
        k = step.count
        new_s = np.empty((w.shape[0], k))
        if step.long.size:
            s_l, d_l = s[:, step.long], d[:, step.long]
            r = (1.0 + step.long_t / s_l * factor) ** decay
            if step.target.size:
                q = np.clip(r[:, step.target], _P_MIN, _P_MAX)
                y = step.label
                loss -= (step.weight * (y * np.log(q) + (1.0 - y) * np.log1p(-q))).sum(axis=1)
            fail = (
                col[11] * d_l ** (-col[12]) * ((s_l + 1.0) ** col[13] - 1.0)
                * np.exp((1.0 - r) * col[14])
            )  # fmt: skip
            fail = np.minimum(fail, s_l / floor_divisor)
            bonus = np.where(step.hard, col[15], 1.0) * np.where(step.easy, col[16], 1.0)
            growth = (
                growth_scale * (11.0 - d_l) * s_l ** (-col[9])
                * (np.exp((1.0 - r) * col[10]) - 1.0) * bonus
            )  # fmt: skip
            new_s[:, step.long] = np.where(step.lapse, fail, s_l * (1.0 + growth))
        if step.short.size:
            s_s, g = s[:, step.short], step.short_rating
            short = np.exp(col[17] * (g - 3.0 + col[18])) * s_s ** (-col[19])
            new_s[:, step.short] = s_s * np.where(g >= 2, np.maximum(short, 1.0), short)
        d_k = d[:, :k]
        next_d = d_k + (10.0 - d_k) * (-col[6] * (step.rating - 3.0)) / 9.0
        s[:, :k] = np.clip(new_s, _S_MIN, _S_MAX)
        d[:, :k] = np.clip(col[7] * (easy_d - next_d) + next_d, _D_MIN, _D_MAX)
    stddev = np.asarray(PARAMS_STDDEV)
    penalty = (((w - p.centre) / stddev) ** 2).sum(axis=1)
    return (loss + p.gamma * penalty) / p.total_weight


def _minimise(
    p: Problem, start: Sequence[float], deadline: float
) -> tuple[tuple[float, ...], float]:
    """L-BFGS-B from `start` over the free parameters (scaled by PARAMS_STDDEV)."""
    base = np.asarray(start, dtype=float)
    scale = np.asarray([PARAMS_STDDEV[i] for i in FREE])
    low, high = _bounds()
    bounds = [(low[i] / PARAMS_STDDEV[i], high[i] / PARAMS_STDDEV[i]) for i in FREE]
    upper = np.asarray([b[1] for b in bounds])

    def full(z: Any) -> Any:
        rows = np.repeat(base[None, :], z.shape[0], axis=0)
        rows[:, FREE] = z * scale
        return rows

    def value_and_gradient(z: Any) -> tuple[float, Any]:
        # Forward differences (backward at an upper bound), all in one vectorised pass.
        steps = np.where(z + _STEP > upper, -_STEP, _STEP)
        points = np.repeat(z[None, :], len(FREE) + 1, axis=0)
        points[1:] += np.diag(steps)
        values = objective(p, full(points))
        return float(values[0]), (values[1:] - values[0]) / steps

    def stop(_: Any) -> None:
        if time.perf_counter() > deadline:
            raise StopIteration

    # Imported here: scipy.optimize takes most of a second, and the app imports this module
    # at start-up (the presets' settings) but refines only when asked to optimize.
    from scipy.optimize import minimize

    z0 = np.clip(base[list(FREE)] / scale, [b[0] for b in bounds], upper)
    result = minimize(
        value_and_gradient,
        z0,
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        callback=stop,
        options={"maxiter": MAX_ITERATIONS, "ftol": FTOL},
    )
    best = full(np.asarray(result.x)[None, :])[0]
    return tuple(float(x) for x in best), float(result.fun)


def refined_fit(
    items: Sequence[TrainingItem],
    fitted: Sequence[float],
    relearning_steps: int = 1,
    time_limit: float = TIME_LIMIT,
) -> tuple[float, ...]:
    """The parameters of lowest fsrs-rs training loss found from `fitted` (fsrs-rs's fit on
    `items`) and from the defaults with `fitted`'s w0-w3, clipped as fsrs-rs clips them."""
    deadline = time.perf_counter() + time_limit
    p = problem(training_set(items), penalty_centre(items, relearning_steps))
    defaults = [*fitted[:4], *DEFAULT_PARAMETERS[4:]]
    candidates = [(tuple(float(w) for w in fitted), float(objective(p, fitted)[0]))]
    for start in (fitted, defaults):
        if time.perf_counter() < deadline:
            candidates.append(_minimise(p, start, deadline))
    best = min(candidates, key=lambda candidate: candidate[1])[0]
    return clip(best, relearning_steps)


@dataclass(frozen=True)
class FitChoice:
    """Which fit was kept, fsrs-rs's own or its refinement, and the log loss of each on every
    item by fsrs-rs's `evaluate` (refined None: not tried, with `exact`)."""

    kept: str  # "refined" | "fsrs-rs"
    parameters: tuple[float, ...]  # the fit kept
    fsrs_rs: tuple[float, ...]  # fsrs-rs's fit
    fsrs_rs_loss: float
    refined_loss: float | None

    def line(self) -> str:
        """One sentence for the user."""
        if self.refined_loss is None:
            return f"Fit: fsrs-rs's (exact), log loss {self.fsrs_rs_loss:.4f} on every review."
        losses = (
            f"log loss on every review {self.fsrs_rs_loss:.4f} fsrs-rs's, "
            f"{self.refined_loss:.4f} refined"
        )
        if self.kept == "refined":
            return f"Fit: refined ({losses})."
        return f"Fit: fsrs-rs's, the refinement not clearly better ({losses})."


def choose_fit(
    items: Sequence[TrainingItem],
    fitted: tuple[float, ...],
    log_loss: Callable[[tuple[float, ...]], float],
    relearning_steps: int = 1,
    exact: bool = False,
    time_limit: float = TIME_LIMIT,
) -> FitChoice:
    """fsrs-rs's fit on `items` (`fitted`), or its refinement if `log_loss` (fsrs-rs's
    `evaluate` on every item) is lower for it by MARGIN; with `exact`, fsrs-rs's fit."""
    plain = log_loss(fitted)
    if exact:
        return FitChoice("fsrs-rs", fitted, fitted, plain, None)
    refined = refined_fit(items, fitted, relearning_steps, time_limit)
    loss = log_loss(refined)
    if loss < plain * (1.0 - MARGIN):
        return FitChoice("refined", refined, fitted, plain, loss)
    return FitChoice("fsrs-rs", fitted, fitted, plain, loss)
