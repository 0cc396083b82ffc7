"""Personal FSRS-6 parameters fitted to the review log, adopted only if they predict better."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

import fsrs
from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview, ModelEvaluation

#: FSRS-6 has 21 parameters (fsrs_rs_python and the fsrs package agree). fsrs_rs_python would
#: also take 17 or 19 (older FSRS versions, silently converted) and even 0 (the defaults), so the
#: count is checked here.
PARAMETER_COUNT: Final = len(DEFAULT_PARAMETERS)

#: The fitted parameters may be this much worse in RMSE (bins), as a fraction, and still be
#: adopted when their log loss is lower.
RMSE_TOLERANCE: Final = 0.005


@dataclass(frozen=True)
class ReviewEvent:
    """One answer from the review log."""

    card_id: int
    reviewed_at: datetime  # timezone-aware
    rating: int  # 1 Again, 2 Hard, 3 Good, 4 Easy


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
    current_eval: Evaluation | None  # current parameters on the held-out folds
    fitted_eval: Evaluation | None  # parameters fitted on earlier folds, same held-out reviews
    reviews: int  # events used (ratings 1 to 4)
    message: str  # one line for the user


@dataclass(frozen=True)
class _Sample:
    """A review with the card's history up to and including it."""

    reviewed_at: datetime
    item: FSRSItem
    delta_t: int  # study days since the card's previous review
    long_term: bool  # some review of the item came on a later day than the one before it


@dataclass(frozen=True)
class _Failure:
    reason: str


def _check_parameters(parameters: Sequence[float]) -> tuple[float, ...]:
    values = tuple(float(w) for w in parameters)
    if len(values) != PARAMETER_COUNT:
        raise ValueError(f"FSRS-6 takes {PARAMETER_COUNT} parameters, got {len(values)}")
    if not all(math.isfinite(w) for w in values):
        raise ValueError("FSRS parameters must be finite numbers")
    return values


def _valid_rating(rating: object) -> bool:
    return isinstance(rating, int) and not isinstance(rating, bool) and 1 <= rating <= 4


def _samples(events: Sequence[ReviewEvent], day_of: Callable[[datetime], date]) -> list[_Sample]:
    by_card: dict[int, list[ReviewEvent]] = {}
    for event in events:
        if event.reviewed_at.tzinfo is None:
            raise ValueError(f"review of card {event.card_id} has a naive time")
        if _valid_rating(event.rating):
            by_card.setdefault(event.card_id, []).append(event)
    samples: list[_Sample] = []
    for card_events in by_card.values():
        card_events.sort(key=lambda event: event.reviewed_at)
        reviews: list[FSRSReview] = []
        long_term = False
        previous_day: date | None = None
        for event in card_events:
            day = day_of(event.reviewed_at)
            delta_t = 0 if previous_day is None else max(0, (day - previous_day).days)
            previous_day = day
            long_term = long_term or delta_t > 0
            reviews.append(FSRSReview(event.rating, delta_t))
            if len(reviews) > 1:
                samples.append(_Sample(event.reviewed_at, FSRSItem(reviews), delta_t, long_term))
    samples.sort(key=lambda sample: sample.reviewed_at)
    return samples


def build_items(
    events: Sequence[ReviewEvent], day_of: Callable[[datetime], date]
) -> list[tuple[datetime, FSRSItem]]:
    """One FSRS item per review after a card's first, with the time of that review.

    The item holds the card's reviews up to and including that one, each with the number of
    study days (`day_of`) since the card's previous review (0 for the first review and for
    reviews on the same study day). Ratings outside 1..4 are skipped. The list is in the order
    of the reviews' times.
    """
    return [(sample.reviewed_at, sample.item) for sample in _samples(events, day_of)]


def _why(error: BaseException) -> str:
    return str(error) or type(error).__name__


def _rust_panic(error: BaseException) -> bool:
    # pyo3 turns a Rust panic into pyo3_runtime.PanicException, a BaseException (so `except
    # Exception` misses it) that cannot be imported.
    kind = type(error)
    return kind.__module__ == "pyo3_runtime" and kind.__name__ == "PanicException"


def _fit(parameters: Sequence[float], items: list[FSRSItem]) -> tuple[float, ...] | _Failure:
    # Every item must hold a review on a later day than the one before it, or fsrs-rs panics.
    # Training starts from fsrs-rs's defaults whatever parameters FSRS was built with.
    try:
        fitted = FSRS(parameters).compute_parameters(items)
    except Exception as error:
        return _Failure(f"fitting failed: {_why(error)}")
    except BaseException as error:
        if not _rust_panic(error):
            raise
        return _Failure(f"fitting failed: {_why(error)}")
    if len(fitted) != PARAMETER_COUNT or not all(math.isfinite(w) for w in fitted):
        return _Failure("fitting gave unusable parameters")
    return tuple(float(w) for w in fitted)


def _evaluate(parameters: Sequence[float], items: list[FSRSItem]) -> Evaluation | _Failure:
    # Items must end with a review on a later day: a same-day lapse predicted at R = 1 gives an
    # infinite log loss, which fsrs-rs reports as InvalidInput.
    if not items:
        return _Failure("no reviews with a previous review on an earlier day to evaluate")
    try:
        result: ModelEvaluation = FSRS(parameters).evaluate(items)
    except Exception as error:
        return _Failure(f"evaluation failed: {_why(error)}")
    except BaseException as error:
        if not _rust_panic(error):
            raise
        return _Failure(f"evaluation failed: {_why(error)}")
    return Evaluation(float(result.log_loss), float(result.rmse_bins), len(items))


def _ends_on_later_day(item: FSRSItem) -> bool:
    # fsrs_rs_python does not expose a review's delta_t: compare long-term counts instead.
    reviews = item.reviews
    if len(reviews) < 2:
        return False
    return item.long_term_review_cnt() > FSRSItem(reviews[:-1]).long_term_review_cnt()


def evaluate(parameters: Sequence[float], items: Sequence[FSRSItem]) -> Evaluation:
    """Log loss and RMSE (bins) of `parameters` predicting the last review of each item.

    As in srs-benchmark, items whose last review came on the same study day as the one before
    are not predicted. The metrics are fsrs-rs's: it weights items by their position in the
    list (later ones up to 4 times as much), so pass items in time order.

    Raises ValueError for parameters that are not 21 finite numbers, when no item can be
    evaluated, or when fsrs-rs cannot evaluate them.
    """
    checked = _check_parameters(parameters)
    result = _evaluate(checked, [item for item in items if _ends_on_later_day(item)])
    if isinstance(result, _Failure):
        raise ValueError(result.reason)
    return result


def _same(a: Sequence[float], b: Sequence[float]) -> bool:
    return len(a) == len(b) and all(
        math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9) for x, y in zip(a, b, strict=True)
    )


def _loadable(parameters: tuple[float, ...]) -> str | None:
    """Why the app's scheduler (the fsrs package) would refuse `parameters`, if it would."""
    try:
        fsrs.Scheduler(parameters=parameters)
    except ValueError as error:
        return str(error).replace("\n", "; ")
    return None


def _pooled(evaluations: list[Evaluation]) -> Evaluation:
    n = sum(e.n for e in evaluations)
    return Evaluation(
        log_loss=sum(e.log_loss * e.n for e in evaluations) / n,
        rmse_bins=sum(e.rmse_bins * e.n for e in evaluations) / n,
        n=n,
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


# Time on this 2-core machine (fsrs_rs_python 0.9.3, default training config, splits=5: six
# fits and ten evaluations), first N reviews of a simulated log, build_items included:
# 10,000 reviews ≈ 0.2 s, 50,000 reviews ≈ 2.5 s (1.7 s CPU). Fitting is fast enough to run
# in the foreground behind a progress indicator; it scales about linearly with the log.
def optimize(
    events: Sequence[ReviewEvent],
    current: Sequence[float],
    day_of: Callable[[datetime], date],
    *,
    min_reviews: int = 400,
    splits: int = 5,
) -> OptimizeResult:
    """Fit FSRS-6 parameters to `events` and adopt them only if they predict better.

    Evaluation follows srs-benchmark: reviews in time order are cut into `splits` + 1
    consecutive folds; for each fold after the first, parameters are fitted on all earlier
    folds and, with the current parameters, predict that fold's reviews that came on a later
    study day than the card's previous review. Fold metrics are pooled, weighted by the
    number of reviews predicted. The parameters to adopt are then fitted on all reviews; they
    are adopted if the pooled log loss of fitting is lower than that of the current parameters
    and the RMSE (bins) no worse by more than `RMSE_TOLERANCE`.

    Ordinary input never raises: too little data gives "too_few", a failed or degenerate fit
    "kept", both with the current parameters. ValueError is for invalid arguments only.
    """
    current_parameters = _check_parameters(current)
    if min_reviews < 1:
        raise ValueError("min_reviews must be at least 1")
    if splits < 1:
        raise ValueError("splits must be at least 1")

    samples = _samples(events, day_of)
    used = sum(1 for event in events if _valid_rating(event.rating))
    trainable = [sample for sample in samples if sample.long_term]
    predictable = sum(1 for sample in trainable if sample.delta_t > 0)

    def kept(
        why: str,
        fitted: tuple[float, ...] | None = None,
        current_eval: Evaluation | None = None,
        fitted_eval: Evaluation | None = None,
    ) -> OptimizeResult:
        return OptimizeResult(
            status="kept",
            parameters=current_parameters,
            fitted=fitted,
            current_eval=current_eval,
            fitted_eval=fitted_eval,
            reviews=used,
            message=f"Kept the current parameters: {why}",
        )

    if predictable < min_reviews:
        return OptimizeResult(
            status="too_few",
            parameters=current_parameters,
            fitted=None,
            current_eval=None,
            fitted_eval=None,
            reviews=used,
            message=(
                f"Too few reviews to fit ({predictable:,}; at least {min_reviews:,} with a "
                "previous review on an earlier day are needed); keeping the current parameters"
            ),
        )

    final = _fit(current_parameters, [sample.item for sample in trainable])
    if isinstance(final, _Failure):
        return kept(final.reason)
    if _same(final, DEFAULT_PARAMETERS):
        return kept(
            "the optimizer fell back to the default parameters "
            "(too few usable reviews after it set outliers aside)",
            fitted=final,
        )
    refused = _loadable(final)
    if refused is not None:
        return kept(f"the fitted parameters are out of range ({refused})", fitted=final)

    # Folds as sklearn's TimeSeriesSplit (srs-benchmark): equal test folds, the first
    # training fold takes the remainder.
    fold = len(trainable) // (splits + 1)
    current_evals: list[Evaluation] = []
    fitted_evals: list[Evaluation] = []
    problems: list[str] = []
    for k in range(splits):
        start = len(trainable) - (splits - k) * fold
        test = [sample.item for sample in trainable[start : start + fold] if sample.delta_t > 0]
        if fold == 0 or not test:
            continue
        fold_fit = _fit(current_parameters, [sample.item for sample in trainable[:start]])
        if isinstance(fold_fit, _Failure):
            problems.append(fold_fit.reason)
            continue
        current_eval = _evaluate(current_parameters, test)
        fitted_eval = _evaluate(fold_fit, test)
        if isinstance(current_eval, _Failure) or isinstance(fitted_eval, _Failure):
            problems.extend(
                e.reason for e in (current_eval, fitted_eval) if isinstance(e, _Failure)
            )
            continue
        current_evals.append(current_eval)
        fitted_evals.append(fitted_eval)
    if not fitted_evals:
        why = problems[0] if problems else "no held-out reviews to evaluate"
        return kept(f"the fitted parameters could not be evaluated ({why})", fitted=final)

    current_eval = _pooled(current_evals)
    fitted_eval = _pooled(fitted_evals)
    comparison = _comparison(current_eval, fitted_eval)
    if fitted_eval.log_loss >= current_eval.log_loss:
        return kept(
            f"fitted parameters predict no better ({comparison})",
            final,
            current_eval,
            fitted_eval,
        )
    if fitted_eval.rmse_bins > current_eval.rmse_bins + RMSE_TOLERANCE:
        return kept(
            f"fitted parameters are worse calibrated ({comparison})",
            final,
            current_eval,
            fitted_eval,
        )
    return OptimizeResult(
        status="adopted",
        parameters=final,
        fitted=final,
        current_eval=current_eval,
        fitted_eval=fitted_eval,
        reviews=used,
        message=f"Adopted: {comparison}",
    )
