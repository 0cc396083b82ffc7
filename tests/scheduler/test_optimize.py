"""Fitting FSRS parameters to a simulated learner's log, evaluated on later, held-out reviews."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta, timezone

import fsrs
import fsrs_rs_python
import pytest
from fsrs_rs_python import FSRSItem
from learner import DEFAULT, TRUE, simulate, study_day

from flashcards.scheduler import optimize as optimize_module
from flashcards.scheduler.day import day_of
from flashcards.scheduler.history import TrainingItem
from flashcards.scheduler.optimize import (
    OptimizeResult,
    ReviewEvent,
    build_items,
    clamp,
    cross_validated,
    evaluate,
    fit,
    fold_training_sets,
    held_out,
    optimize,
    pooled_evaluation,
)


def reviews_of(item: FSRSItem) -> list[tuple[int, int]]:
    """(rating, delta_t) of each review: fsrs_rs_python only shows them in the repr."""
    return [(int(r), int(d)) for r, d in re.findall(r"rating: (\d+), delta_t: (\d+)", repr(item))]


def fsrs_items(items: Sequence[TrainingItem]) -> list[FSRSItem]:
    return [item.fsrs_item() for item in items]


@pytest.fixture(scope="module")
def learner_log() -> list[ReviewEvent]:
    return simulate(TRUE, cards=800, days=300, seed=1)


@pytest.fixture(scope="module")
def learner_result(learner_log: list[ReviewEvent]) -> OptimizeResult:
    return optimize(learner_log, DEFAULT, study_day)


def test_build_items_are_fsrs_rs_items_counted_in_study_days_that_start_at_4am() -> None:
    def at(day: int, hour: int, minute: int = 0) -> datetime:
        return datetime(2024, 3, day, hour, minute, tzinfo=UTC)

    events = [
        ReviewEvent(1, at(2, 5), 3),  # study day 2 March: one day after the 1 March reviews
        ReviewEvent(2, at(1, 12), 1),
        ReviewEvent(1, at(1, 9), 1),  # first review of card 1
        ReviewEvent(1, at(1, 22), 3),  # same day: no item
        ReviewEvent(1, at(2, 3), 0),  # invalid rating: skipped
        ReviewEvent(1, at(2, 3), 2),  # 03:00 on 2 March still belongs to 1 March: no item
        ReviewEvent(2, at(2, 4), 3),  # 04:00 starts 2 March
        ReviewEvent(1, at(5, 3, 59), 4),  # study day 4 March: two days later
        ReviewEvent(3, at(3, 12), 3),  # a card reviewed once gives no item
        ReviewEvent(3, at(4, 12), None),  # ... and a reset starts its history again
        ReviewEvent(3, at(4, 13), 3),
        ReviewEvent(3, at(6, 13), 3),
    ]
    items = build_items(events, study_day)
    assert [(item.reviewed_at, reviews_of(item.fsrs_item())) for item in items] == [
        (at(2, 4), [(1, 0), (3, 1)]),
        (at(2, 5), [(1, 0), (3, 0), (2, 0), (3, 1)]),
        (at(5, 3, 59), [(1, 0), (3, 0), (2, 0), (3, 1), (4, 2)]),
        (at(6, 13), [(3, 0), (3, 2)]),
    ]


def test_build_items_counts_study_days_in_the_users_time_zone() -> None:
    plus_two = timezone(timedelta(hours=2))
    # 01:30 UTC is 03:30 at UTC+2: still the previous study day there.
    events = [
        ReviewEvent(7, datetime(2024, 3, 1, 8, tzinfo=UTC), 3),
        ReviewEvent(7, datetime(2024, 3, 2, 1, 30, tzinfo=UTC), 3),
        ReviewEvent(7, datetime(2024, 3, 2, 2, 30, tzinfo=UTC), 3),
    ]
    items = build_items(events, lambda moment: day_of(moment, 4, plus_two))
    assert [item.reviews for item in items] == [((3, 0), (3, 0), (3, 1))]


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        build_items([ReviewEvent(1, datetime(2024, 3, 1, 9), 3)], study_day)


def test_too_few_reviews_keep_the_current_parameters() -> None:
    events = simulate(TRUE, cards=20, days=30, seed=3)
    result = optimize(events, TRUE, study_day)
    assert result.status == "too_few"
    assert result.parameters == TRUE
    assert result.fitted is None
    assert result.current_eval is None and result.fitted_eval is None
    assert result.reviews == len(events)
    assert result.items == len(build_items(events, study_day)) < 400
    assert result.message.startswith("Too few reviews to fit (")
    assert "at least 400 with a previous review on an earlier day" in result.message
    assert result.message.endswith("keeping the current parameters")


def test_fitted_parameters_are_adopted_for_a_learner_unlike_the_defaults(
    learner_result: OptimizeResult, learner_log: list[ReviewEvent]
) -> None:
    result = learner_result
    assert result.status == "adopted", result.message
    assert result.fitted is not None and result.parameters == result.fitted
    assert len(result.parameters) == 21
    assert result.current_eval is not None and result.fitted_eval is not None
    # Held-out folds: parameters fitted on earlier reviews predict later ones better.
    assert result.fitted_eval.n == result.current_eval.n > 1000
    assert result.fitted_eval.log_loss < result.current_eval.log_loss - 0.005
    assert result.fitted_eval.rmse_bins < result.current_eval.rmse_bins
    assert result.reviews == len(learner_log)
    assert result.message.startswith("Adopted: log loss ")
    assert f"over {result.fitted_eval.n:,} reviews" in result.message
    # The app's scheduler (the fsrs package) accepts them.
    fsrs.Scheduler(parameters=result.parameters)


def test_fitted_parameters_predict_a_new_log_of_the_same_learner_better(
    learner_result: OptimizeResult,
) -> None:
    fresh = build_items(simulate(TRUE, cards=400, days=240, seed=2), study_day)
    fitted = evaluate(learner_result.parameters, fresh)
    default = evaluate(DEFAULT, fresh)
    assert fitted.n == default.n > 1000
    assert fitted.log_loss < default.log_loss


def test_a_learner_who_follows_the_defaults_gets_close_predictions() -> None:
    result = optimize(simulate(DEFAULT, cards=600, days=240, seed=4), DEFAULT, study_day)
    assert result.status in ("adopted", "kept")
    assert result.fitted is not None
    assert result.current_eval is not None and result.fitted_eval is not None
    for evaluation in (result.current_eval, result.fitted_eval):
        assert math.isfinite(evaluation.log_loss) and math.isfinite(evaluation.rmse_bins)
    assert abs(result.fitted_eval.log_loss - result.current_eval.log_loss) < 0.02


def test_optimize_is_deterministic(
    learner_log: list[ReviewEvent], learner_result: OptimizeResult
) -> None:
    again = optimize(learner_log, DEFAULT, study_day)
    assert (again.status, again.parameters, again.fitted) == (
        learner_result.status,
        learner_result.parameters,
        learner_result.fitted,
    )
    # fsrs-rs sums RMSE bins in hash-map order, so the last float bits may differ from run to run.
    assert again.fitted_eval is not None and learner_result.fitted_eval is not None
    assert again.fitted_eval.log_loss == pytest.approx(learner_result.fitted_eval.log_loss)
    assert again.fitted_eval.rmse_bins == pytest.approx(learner_result.fitted_eval.rmse_bins)


def test_fitting_and_evaluation_are_fsrs_rs_pythons_own_to_4_decimals() -> None:
    """A simulated log of a few thousand reviews: the project's figures and fsrs-rs's own
    functions on the same items agree (the default, exact fit: no refinement)."""
    events = simulate(TRUE, cards=400, days=200, seed=5)
    assert 3000 < len(events) < 6000
    items = build_items(events, study_day)
    result = optimize(events, DEFAULT, study_day)
    assert result.status == "adopted", result.message
    card_ids = [item.card_id for item in items]
    # Fitting: fsrs-rs's compute_parameters on every item.
    theirs = fsrs_rs_python.FSRS(fsrs_rs_python.DEFAULT_PARAMETERS).compute_parameters(
        fsrs_items(items), card_ids=card_ids, num_relearning_steps=1
    )
    assert result.fitted == pytest.approx(tuple(theirs), abs=1e-4)
    # Cross-validation: fsrs-rs's time-series split, every held-out prediction pooled.
    split = fsrs_rs_python.evaluate_with_time_series_splits(
        fsrs_items(items), card_ids=card_ids, num_relearning_steps=1
    )
    assert result.fitted_eval is not None and result.current_eval is not None
    assert round(result.fitted_eval.log_loss, 4) == round(split.log_loss, 4)
    assert round(result.fitted_eval.rmse_bins, 4) == round(split.rmse_bins, 4)
    # The project's own scorer (which scores the current parameters on the held-out items)
    # gives the same figures from the fold fits: fsrs-rs's bins and pooling, reproduced.
    folds = fold_training_sets(items)
    assert [len(test) for _, test in folds][:4] == [len(items) // 6] * 4
    pooled = pooled_evaluation([(fit(train), test) for train, test in folds])  # type: ignore[misc]
    assert round(pooled.log_loss, 4) == round(split.log_loss, 4)
    assert round(pooled.rmse_bins, 4) == round(split.rmse_bins, 4)
    assert pooled.n == result.fitted_eval.n == result.current_eval.n == len(held_out(items))
    # The plain evaluation is fsrs-rs's FSRS.evaluate.
    plain = evaluate(DEFAULT, items)
    reference = fsrs_rs_python.FSRS(list(DEFAULT)).evaluate(fsrs_items(items))
    assert round(plain.log_loss, 4) == round(reference.log_loss, 4)
    assert round(plain.rmse_bins, 4) == round(reference.rmse_bins, 4)
    # Fitting helps this learner, and the figures say so.
    assert result.fitted_eval.log_loss < result.current_eval.log_loss


def test_parameters_a_hair_past_their_bounds_are_clamped_and_accepted() -> None:
    edge = list(DEFAULT)
    edge[9], edge[19], edge[20] = -1.5e-9, 0.800000011920929, 0.800000011920929
    with pytest.raises(ValueError):
        fsrs.Scheduler(parameters=tuple(edge))
    clamped = clamp(edge)
    assert (clamped[9], clamped[19], clamped[20]) == (0.0, 0.8, 0.8)
    fsrs.Scheduler(parameters=clamped)


def test_evaluate_needs_items() -> None:
    with pytest.raises(ValueError, match="no reviews"):
        evaluate(DEFAULT, [])
    assert isinstance(cross_validated([], 1), optimize_module._Failure)


def test_invalid_arguments_raise(learner_log: list[ReviewEvent]) -> None:
    with pytest.raises(ValueError, match="21 parameters, got 19"):
        optimize(learner_log, DEFAULT[:19], study_day)
    with pytest.raises(ValueError, match="21 parameters, got 0"):
        optimize(learner_log, (), study_day)
    with pytest.raises(ValueError, match="finite"):
        optimize(learner_log, (math.nan, *DEFAULT[1:]), study_day)
    with pytest.raises(ValueError, match="min_items"):
        optimize(learner_log, DEFAULT, study_day, min_items=0)
    with pytest.raises(ValueError, match="21 parameters"):
        evaluate(DEFAULT[:17], [])


class _FakeFSRS:
    """fsrs_rs_python.FSRS with compute_parameters replaced."""

    fitted: Exception | list[float] = ValueError("NotEnoughData")

    def __init__(self, parameters: Sequence[float]) -> None:
        self._real = fsrs_rs_python.FSRS(parameters)

    def compute_parameters(self, items: Sequence[FSRSItem], **_options: object) -> list[float]:
        if isinstance(self.fitted, Exception):
            raise self.fitted
        return self.fitted

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)


def test_a_fit_a_hair_past_the_bounds_is_adopted(
    learner_log: list[ReviewEvent], learner_result: OptimizeResult, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert learner_result.fitted is not None
    edge = list(learner_result.fitted)
    edge[20] = 0.800000011920929
    monkeypatch.setattr(optimize_module, "FSRS", _FakeFSRS)
    monkeypatch.setattr(_FakeFSRS, "fitted", edge)
    result = optimize(learner_log, DEFAULT, study_day)
    assert result.fitted is not None and result.fitted[20] == 0.8
    assert "out of range" not in result.message


def test_a_failing_fit_keeps_the_current_parameters(
    learner_log: list[ReviewEvent], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(optimize_module, "FSRS", _FakeFSRS)
    monkeypatch.setattr(_FakeFSRS, "fitted", ValueError("NotEnoughData"))
    result = optimize(learner_log, TRUE, study_day)
    assert result.status == "kept"
    assert result.parameters == TRUE and result.fitted is None
    assert result.message == "Kept the current parameters: fitting failed: NotEnoughData"


def test_a_fit_that_falls_back_to_the_defaults_is_not_adopted(
    learner_log: list[ReviewEvent], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(optimize_module, "FSRS", _FakeFSRS)
    monkeypatch.setattr(_FakeFSRS, "fitted", list(fsrs_rs_python.DEFAULT_PARAMETERS))
    result = optimize(learner_log, TRUE, study_day)
    assert result.status == "kept"
    assert result.parameters == TRUE
    assert "fell back to the default parameters" in result.message


def test_parameters_fitted_before_are_replaced_when_more_reviews_fit_better(
    learner_log: list[ReviewEvent], learner_result: OptimizeResult
) -> None:
    # A month earlier: fitted on the reviews known then, and adopted.
    cut = learner_log[-1].reviewed_at - timedelta(days=30)
    earlier = optimize([e for e in learner_log if e.reviewed_at < cut], DEFAULT, study_day)
    assert earlier.status == "adopted"
    # Now those parameters have seen most held-out reviews; the new fit still replaces them,
    # because it predicts every review better (as Anki decides).
    later = optimize(learner_log, earlier.parameters, study_day)
    assert later.status == "adopted", later.message
    assert later.in_sample_fitted is not None and later.in_sample_current is not None
    assert later.in_sample_fitted.log_loss < later.in_sample_current.log_loss
    # Fitting the same reviews again finds the same parameters: nothing to gain, kept.
    again = optimize(learner_log, learner_result.parameters, study_day)
    assert again.status == "kept"
    assert again.message.startswith("Kept the current parameters: fitted parameters predict")
    assert again.parameters == learner_result.parameters


def test_held_out_adoption_also_needs_the_time_series_split_to_prefer_the_fit(
    learner_log: list[ReviewEvent],
) -> None:
    cut = learner_log[-1].reviewed_at - timedelta(days=30)
    earlier = optimize([e for e in learner_log if e.reviewed_at < cut], DEFAULT, study_day)
    for current in (DEFAULT, earlier.parameters):
        plain = optimize(learner_log, current, study_day)
        held = optimize(learner_log, current, study_day, held_out_adoption=True)
        assert plain.current_eval is not None and plain.fitted_eval is not None
        split_prefers = plain.fitted_eval.log_loss < plain.current_eval.log_loss
        wanted = "adopted" if plain.status == "adopted" and split_prefers else "kept"
        assert held.status == wanted, held.message
        if plain.status == "adopted" and not split_prefers:
            assert "held out" in held.message and held.parameters == current
    # The defaults are far from this learner: the split prefers the fit, which is adopted.
    assert optimize(learner_log, DEFAULT, study_day, held_out_adoption=True).status == "adopted"
    # Parameters fitted a month ago have seen most held-out items and predict them better
    # than the split's fold fits do: the new fit, adopted by the in-sample rule, is kept.
    held = optimize(learner_log, earlier.parameters, study_day, held_out_adoption=True)
    assert held.status == "kept" and held.parameters == earlier.parameters
