"""Personal FSRS-6 parameters fitted and evaluated exactly as fsrs-rs does, adopted if better.

Training items are fsrs-rs's (`history.training_items`: one per answer that came on a later
study day than the card's previous one, with the card's history since its last reset).
Fitting is fsrs-rs's `compute_parameters`; the cross-validated figures are those of its
`evaluate_with_time_series_splits` (items in time order cut into six segments; segment k + 1
predicted by parameters fitted on segments 0..k; every prediction pooled into one unweighted
log loss and one RMSE (bins)). The current parameters are scored on the same held-out items
the same way. As in Anki, the parameters fitted on every item replace the current ones
unless the current ones predict all items at least as well (fsrs-rs's `evaluate`): once
parameters have been fitted, the held-out items are no longer new to them, so only this
comparison stays fair month after month.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Final, TypeVar

import fsrs
import fsrs_rs_python
from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, ModelEvaluation

from flashcards.scheduler.history import PastReview, TrainingItem, training_items

if TYPE_CHECKING:  # refine imports numpy: only when a collection is optimized
    from flashcards.scheduler.calibrate import Calibration
    from flashcards.scheduler.refine import FitChoice

#: FSRS-6 has 21 parameters (fsrs_rs_python and the fsrs package agree). fsrs_rs_python would
#: also take 17 or 19 (older FSRS versions, silently converted) and even 0 (the defaults), so the
#: count is checked here.
PARAMETER_COUNT: Final = len(DEFAULT_PARAMETERS)

#: fsrs-rs's time-series split: six segments, five folds.
SPLITS: Final = 5

#: The bounds the app's scheduler (the fsrs package) accepts for each parameter.
LOWER_BOUNDS: Final = tuple(float(w) for w in fsrs.scheduler.LOWER_BOUNDS_PARAMETERS)
UPPER_BOUNDS: Final = tuple(float(w) for w in fsrs.scheduler.UPPER_BOUNDS_PARAMETERS)


@dataclass(frozen=True)
class ReviewEvent:
    """One entry of the review log: an answer (rating 1–4) or a reset to new (rating None)."""

    card_id: int
    reviewed_at: datetime  # timezone-aware
    rating: int | None  # 1 Again, 2 Hard, 3 Good, 4 Easy; None: the card was made new


@dataclass(frozen=True)
class Evaluation:
    """How well parameters predicted recall (lower is better for both measures)."""

    log_loss: float
    rmse_bins: float  # a fraction: 0.041 is 4.1 %
    n: int  # predictions evaluated


@dataclass(frozen=True)
class OptimizeResult:
    """The outcome of `optimize`: which parameters to use from now on, and why."""

    status: str  # "adopted" | "kept" | "too_few"
    parameters: tuple[float, ...]  # the parameters to use from now on
    fitted: tuple[float, ...] | None
    current_eval: Evaluation | None  # current parameters on the held-out segments
    fitted_eval: Evaluation | None  # parameters fitted on earlier segments, same items
    reviews: int  # answers in the log (ratings 1 to 4)
    items: int  # training items (answers with a previous answer on an earlier day)
    message: str  # one line for the user
    in_sample_current: Evaluation | None = None  # the current parameters on every item
    in_sample_fitted: Evaluation | None = None  # the fitted parameters on every item
    fit: FitChoice | None = None  # which fit was kept (fsrs-rs's or refined), and why
    #: Recall against the app's predictions of its recent review answers (`calibrate`)
    calibration: Calibration | None = None


@dataclass(frozen=True)
class _Failure:
    reason: str


def check_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    """21 finite numbers, or ValueError."""
    values = tuple(float(w) for w in parameters)
    if len(values) != PARAMETER_COUNT:
        raise ValueError(f"FSRS-6 takes {PARAMETER_COUNT} parameters, got {len(values)}")
    if not all(math.isfinite(w) for w in values):
        raise ValueError("FSRS parameters must be finite numbers")
    return values


def clamp(parameters: Sequence[float]) -> tuple[float, ...]:
    """Parameters within the bounds the fsrs package accepts.

    fsrs-rs fits in 32-bit floats: a parameter at its bound comes back a hair past it (0.8 as
    0.800000011920929), which the fsrs package would refuse for good.
    """
    return tuple(
        min(max(float(w), low), high)
        for w, low, high in zip(parameters, LOWER_BOUNDS, UPPER_BOUNDS, strict=True)
    )


def _graded(rating: object) -> bool:
    return isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 4


def build_items(
    events: Sequence[ReviewEvent], day_of: Callable[[datetime], date]
) -> list[TrainingItem]:
    """fsrs-rs's training items from the log, in the order of the answers predicted."""
    histories: dict[int, list[PastReview]] = {}
    for event in events:
        if event.reviewed_at.tzinfo is None:
            raise ValueError(f"review of card {event.card_id} has a naive time")
        if event.rating is None or _graded(event.rating):
            histories.setdefault(event.card_id, []).append(
                PastReview(event.reviewed_at, event.rating)
            )
    return training_items(histories, day_of)


def _why(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _rust_panic(error: BaseException) -> bool:
    # pyo3 turns a Rust panic into pyo3_runtime.PanicException, a BaseException (so `except
    # Exception` misses it) that cannot be imported.
    kind = type(error)
    return kind.__module__ == "pyo3_runtime" and kind.__name__ == "PanicException"


_T = TypeVar("_T")


def _native(call: Callable[[], _T], what: str) -> _T | _Failure:
    try:
        return call()
    except Exception as error:
        return _Failure(f"{what} failed: {_why(error)}")
    except BaseException as error:
        if not _rust_panic(error):
            raise
        return _Failure(f"{what} failed: {_why(error)}")


def _fsrs_items(items: Sequence[TrainingItem]) -> list[FSRSItem]:
    return [item.fsrs_item() for item in items]


def fit(items: Sequence[TrainingItem], relearning_steps: int = 1) -> tuple[float, ...] | _Failure:
    """fsrs-rs's `compute_parameters` on `items` (from its defaults), clamped to the bounds."""
    fitted = _native(
        lambda: FSRS(DEFAULT_PARAMETERS).compute_parameters(
            _fsrs_items(items),
            card_ids=[item.card_id for item in items],
            num_relearning_steps=relearning_steps,
        ),
        "fitting",
    )
    if isinstance(fitted, _Failure):
        return fitted
    if len(fitted) != PARAMETER_COUNT or not all(math.isfinite(w) for w in fitted):
        return _Failure("fitting gave unusable parameters")
    return clamp(fitted)


def cross_validated(
    items: Sequence[TrainingItem], relearning_steps: int = 1
) -> Evaluation | _Failure:
    """fsrs-rs's `evaluate_with_time_series_splits`: how well fitting predicts later answers."""
    segment = len(items) // (SPLITS + 1)
    if segment == 0:
        return _Failure("too few items to cut into folds")
    result = _native(
        lambda: fsrs_rs_python.evaluate_with_time_series_splits(
            _fsrs_items(items),
            card_ids=[item.card_id for item in items],
            num_relearning_steps=relearning_steps,
        ),
        "evaluation",
    )
    if isinstance(result, _Failure):
        return result
    return Evaluation(float(result.log_loss), float(result.rmse_bins), len(items) - segment)


def held_out(items: Sequence[TrainingItem]) -> list[TrainingItem]:
    """The items the time-series split predicts: all but the first segment."""
    return list(items[len(items) // (SPLITS + 1) :])


def fold_training_sets(
    items: Sequence[TrainingItem],
) -> list[tuple[list[TrainingItem], list[TrainingItem]]]:
    """(training, test) items of each fold of fsrs-rs's time-series split."""
    segment = len(items) // (SPLITS + 1)
    if segment == 0:
        return []
    folds = []
    for k in range(SPLITS):
        start = (k + 1) * segment
        end = len(items) if k == SPLITS - 1 else start + segment
        folds.append((list(items[:start]), list(items[start:end])))
    return folds


def _bin(item: TrainingItem) -> tuple[int, int, int]:
    """fsrs-rs's `r_matrix_index`: interval, history length and lapse bins of an item."""

    def rounded(value: float) -> int:
        return math.floor(value + 0.5)

    delta_t = item.reviews[-1][1]
    delta_bin = rounded(2.48 * 3.62 ** math.floor(math.log(delta_t) / math.log(3.62)) * 100)
    length = sum(1 for _, d in item.reviews if d > 0) + 1
    length_bin = rounded(1.99 * 1.89 ** math.floor(math.log(length) / math.log(1.89)))
    lapses = sum(1 for rating, d in item.reviews[:-1] if rating == 1 and d > 0)
    if lapses == 0:
        return delta_bin, length_bin, 0
    lapse_bin = rounded(1.65 * 1.73 ** math.floor(math.log(lapses) / math.log(1.73)))
    return delta_bin, length_bin, lapse_bin


def predictions(parameters: Sequence[float], items: Sequence[TrainingItem]) -> list[float]:
    """The recall probability `parameters` give each item's last answer, from its history."""
    if not items:
        return []
    histories = [
        FSRSItem([FSRSReview(rating, delta_t) for rating, delta_t in item.reviews[:-1]])
        for item in items
    ]
    states = FSRS(list(parameters)).memory_state_batch(histories)
    decay = -float(parameters[20])
    factor = math.exp(math.log(0.9) / decay) - 1.0
    return [
        (item.reviews[-1][1] / state.stability * factor + 1.0) ** decay
        for item, state in zip(items, states, strict=True)
    ]


def pooled_evaluation(
    groups: Sequence[tuple[Sequence[float], Sequence[TrainingItem]]],
) -> Evaluation:
    """One unweighted log loss and RMSE (bins) over every group's predictions, as fsrs-rs
    pools the folds of its time-series split (each group: parameters and the items they
    predict)."""
    loss = 0.0
    count = 0
    bins: dict[tuple[int, int, int], list[float]] = {}
    for parameters, items in groups:
        for item, p in zip(items, predictions(parameters, items), strict=True):
            y = 1.0 if item.reviews[-1][0] > 1 else 0.0
            try:
                loss += math.log(p) if y else math.log1p(-p)
            except ValueError:
                raise ValueError(
                    "a prediction of certainty was wrong (infinite log loss)"
                ) from None
            count += 1
            cell = bins.setdefault(_bin(item), [0.0, 0.0, 0.0])
            cell[0] += p
            cell[1] += y
            cell[2] += 1
    if count == 0:
        raise ValueError("no items to evaluate")
    rmse = math.sqrt(sum((pred / n - real / n) ** 2 * n for pred, real, n in bins.values()) / count)
    return Evaluation(-loss / count, rmse, count)


def evaluate(parameters: Sequence[float], items: Sequence[TrainingItem]) -> Evaluation:
    """`parameters` predicting every item, as Anki's Evaluate button and fsrs-rs's
    `FSRS.evaluate` do (later items weigh up to 4 times as much; pass them in time order).

    Raises ValueError for parameters that are not 21 finite numbers, when there is no item,
    or when fsrs-rs cannot evaluate them.
    """
    checked = check_parameters(parameters)
    if not items:
        raise ValueError("no reviews with a previous review on an earlier day to evaluate")
    result: ModelEvaluation | _Failure = _native(
        lambda: FSRS(list(checked)).evaluate(_fsrs_items(items)), "evaluation"
    )
    if isinstance(result, _Failure):
        raise ValueError(result.reason)
    return Evaluation(float(result.log_loss), float(result.rmse_bins), len(items))


def _loadable(parameters: tuple[float, ...]) -> str | None:
    """Why the app's scheduler (the fsrs package) would refuse `parameters`, if it would."""
    try:
        fsrs.Scheduler(parameters=parameters)
    except ValueError as error:
        return str(error).replace("\n", "; ")
    return None


def _same(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(
        math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-7) for x, y in zip(a, b, strict=True)
    )


def _change(before: float, after: float, digits: int, percent: bool = False) -> str:
    """`before → after`, with one more digit when the rounded values would look the same."""
    kind = "%" if percent else "f"
    if format(before, f".{digits}{kind}") == format(after, f".{digits}{kind}"):
        digits += 1
    return f"{format(before, f'.{digits}{kind}')} → {format(after, f'.{digits}{kind}')}"


def _comparison(current: Evaluation, fitted: Evaluation) -> str:
    return (
        f"log loss {_change(current.log_loss, fitted.log_loss, 3)}, "
        f"RMSE {_change(current.rmse_bins, fitted.rmse_bins, 1, percent=True)} "
        f"over {fitted.n:,} reviews"
    )


# Time on this 2-core machine (fsrs_rs_python 0.9.3, default training config): five fold fits
# (run in parallel by fsrs-rs) and the final fit, build_items included, grow about linearly
# with the log; see docs/scheduler-benchmarks.md for figures.
def optimize(
    events: Sequence[ReviewEvent],
    current: Sequence[float],
    day_of: Callable[[datetime], date],
    *,
    min_items: int = 400,
    relearning_steps: int = 1,
    refine: bool = False,
    held_out_adoption: bool = False,
) -> OptimizeResult:
    """Fit FSRS-6 parameters to `events` and adopt them unless they predict no better.

    The fit is fsrs-rs's; with `refine`, its refinement if that is clearly better
    (`refine.choose_fit`; measured to serve the simulated learners worse, so not the default:
    see docs/scheduler-benchmarks.md).

    The figures reported are fsrs-rs's time-series split for the fitted parameters and the
    same held-out items for the current ones (see the module). The parameters to adopt are
    fitted on all items and adopted, as in Anki, when their log loss on all items
    (fsrs-rs's `evaluate`) is lower than the current parameters'; with `held_out_adoption`
    (for measuring only: see docs/scheduler-benchmarks.md), also only when fsrs-rs's
    time-series split of the fit predicts the held-out items better than the current
    parameters do.

    Ordinary input never raises: too little data gives "too_few", a failed or degenerate fit
    "kept", both with the current parameters. ValueError is for invalid arguments only.
    """
    current_parameters = check_parameters(current)
    if min_items < 1:
        raise ValueError("min_items must be at least 1")
    items = build_items(events, day_of)
    used = sum(1 for event in events if _graded(event.rating))

    def result(
        status: str,
        message: str,
        fitted: tuple[float, ...] | None = None,
        current_eval: Evaluation | None = None,
        fitted_eval: Evaluation | None = None,
    ) -> OptimizeResult:
        parameters = fitted if status == "adopted" and fitted else current_parameters
        return OptimizeResult(
            status, parameters, fitted, current_eval, fitted_eval, used, len(items), message
        )

    def kept(why: str, *args: object) -> OptimizeResult:
        return result("kept", f"Kept the current parameters: {why}", *args)  # type: ignore[arg-type]

    if len(items) < min_items:
        return result(
            "too_few",
            f"Too few reviews to fit ({len(items):,}; at least {min_items:,} with a "
            "previous review on an earlier day are needed); keeping the current parameters",
        )
    final = fit(items, relearning_steps)
    if isinstance(final, _Failure):
        return kept(final.reason)
    if _same(final, clamp(DEFAULT_PARAMETERS)):
        return kept(
            "the optimizer fell back to the default parameters "
            "(too few usable reviews after it set outliers aside)",
            final,
        )
    refused = _loadable(final)
    if refused is not None:
        return kept(f"the fitted parameters are out of range ({refused})", final)

    fitted = final
    from flashcards.scheduler.refine import choose_fit  # numpy and SciPy: see above

    choice = _native(
        lambda: choose_fit(
            items, fitted, lambda w: evaluate(w, items).log_loss, relearning_steps, not refine
        ),
        "evaluating the fit",
    )
    if isinstance(choice, _Failure):
        return kept(choice.reason, final)
    final = clamp(choice.parameters)
    fitted_eval = cross_validated(items, relearning_steps)
    if isinstance(fitted_eval, _Failure):
        return kept(f"the fitted parameters could not be evaluated ({fitted_eval.reason})", final)
    try:
        current_eval = pooled_evaluation([(current_parameters, held_out(items))])
    except ValueError as error:
        return kept(f"the current parameters could not be evaluated ({error})", final)
    try:
        in_current, in_fitted = evaluate(current_parameters, items), evaluate(final, items)
    except ValueError as error:
        return kept(f"the parameters could not be evaluated ({error})", final)
    comparison = _comparison(current_eval, fitted_eval)
    if held_out_adoption and fitted_eval.log_loss >= current_eval.log_loss:
        outcome = kept(
            f"fitted parameters predict later reviews no better ({comparison}, held out)",
            final,
            current_eval,
            fitted_eval,
        )
    elif in_fitted.log_loss >= in_current.log_loss:
        outcome = kept(
            "fitted parameters predict your reviews no better "
            f"({_comparison(in_current, in_fitted)}, every review)",
            final,
            current_eval,
            fitted_eval,
        )
    else:
        outcome = result("adopted", f"Adopted: {comparison}", final, current_eval, fitted_eval)
    return replace(
        outcome,
        message=f"{outcome.message}. {choice.line()}",
        in_sample_current=in_current,
        in_sample_fitted=in_fitted,
        fit=choice,
    )
