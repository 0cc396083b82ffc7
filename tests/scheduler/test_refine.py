"""The refined fit: fsrs-rs's own objective minimised further, kept only if clearly better."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import fsrs
import fsrs_rs_python
import numpy as np
import pytest
from learner import DEFAULT, TRUE, simulate, study_day

from flashcards.scheduler import refine
from flashcards.scheduler.history import TrainingItem
from flashcards.scheduler.optimize import ReviewEvent, build_items, clamp, evaluate, fit, optimize


@pytest.fixture(scope="module")
def events() -> list[ReviewEvent]:
    return simulate(TRUE, cards=400, days=200, seed=5)


@pytest.fixture(scope="module")
def items(events: list[ReviewEvent]) -> list[TrainingItem]:
    return build_items(events, study_day)


@pytest.fixture(scope="module")
def fitted(items: list[TrainingItem]) -> tuple[float, ...]:
    result = fit(items)
    assert isinstance(result, tuple), result
    return result


def _fsrs_rs_loss(items: list[TrainingItem]):  # type: ignore[no-untyped-def]
    return lambda w: evaluate(w, items).log_loss


def test_the_objective_is_fsrs_rs_evaluate_of_its_training_items_plus_its_penalty(
    items: list[TrainingItem], fitted: tuple[float, ...]
) -> None:
    train = refine.training_set(items)
    assert 0 < len(train) <= len(items)
    for w in (fitted, DEFAULT, clamp(TRUE)):
        # Centred on w, the penalty is 0: what is left is the weighted log loss fsrs-rs's
        # `evaluate` gives the same items.
        centred = refine.problem(train, w)
        assert refine.objective(centred, [w])[0] == pytest.approx(
            evaluate(w, train).log_loss, abs=1e-6
        )
    # Centred elsewhere, the penalty is fsrs-rs's: sum of ((w - centre) / stddev)^2, weight 1.
    centre = refine.penalty_centre(items)
    p = refine.problem(train, centre)
    penalty = sum(
        ((a - b) / s) ** 2 for a, b, s in zip(fitted, centre, refine.PARAMS_STDDEV, strict=True)
    )
    assert refine.objective(p, [fitted])[0] == pytest.approx(
        evaluate(fitted, train).log_loss + penalty / p.total_weight, abs=1e-6
    )
    # The centre is fsrs-rs's pretrained w0-w3 and the defaults.
    assert centre[4:] == pytest.approx(fsrs_rs_python.DEFAULT_PARAMETERS[4:])


def test_the_outlier_filter_drops_the_rare_first_intervals_of_each_first_rating() -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)

    def item(card: int, first: int, gap: int, second: int = 3) -> TrainingItem:
        return TrainingItem(card, start + timedelta(days=card), ((first, 0), (second, gap)))

    # First rating Good: 30 cards seen again after 1 day, 4 after 7, 3 after 30. fsrs-rs sets
    # aside the smallest groups up to 20 items or 5 %: here the 30-day and the 7-day ones.
    common = [item(n, 3, 1) for n in range(30)]
    rare = [item(100 + n, 3, 7) for n in range(4)] + [item(200 + n, 3, 30) for n in range(3)]
    # A later item of a card whose first long-term interval was set aside goes too.
    later = TrainingItem(200, start + timedelta(days=300), ((3, 0), (3, 30), (3, 40)))
    kept = refine.training_set([*common, *rare, later])
    assert kept == common


def test_on_a_log_where_fsrs_rs_stops_early_the_refined_fit_is_kept(
    events: list[ReviewEvent], items: list[TrainingItem], fitted: tuple[float, ...]
) -> None:
    result = optimize(events, DEFAULT, study_day, refine=True)
    assert result.status == "adopted", result.message
    assert result.fit is not None and result.fit.kept == "refined"
    assert result.fit.fsrs_rs == fitted
    assert result.parameters == result.fitted == result.fit.parameters != fitted
    # fsrs-rs's own evaluation scores the refined fit lower, by the margin at least.
    theirs = fsrs_rs_python.FSRS(list(fitted)).evaluate([i.fsrs_item() for i in items])
    ours = fsrs_rs_python.FSRS(list(result.parameters)).evaluate([i.fsrs_item() for i in items])
    assert ours.log_loss < theirs.log_loss * (1 - refine.MARGIN)
    assert result.fit.fsrs_rs_loss == pytest.approx(theirs.log_loss)
    assert result.fit.refined_loss == pytest.approx(ours.log_loss)
    assert result.in_sample_fitted is not None
    assert result.in_sample_fitted.log_loss == pytest.approx(ours.log_loss)
    assert result.message.endswith(
        f"Fit: refined (log loss on every review {theirs.log_loss:.4f} fsrs-rs's, "
        f"{ours.log_loss:.4f} refined)."
    )


def test_a_refinement_that_is_not_clearly_better_leaves_fsrs_rs_fit_bit_for_bit(
    items: list[TrainingItem], fitted: tuple[float, ...]
) -> None:
    # No time to iterate: the refinement can only offer fsrs-rs's fit itself (clipped).
    choice = refine.choose_fit(items, fitted, _fsrs_rs_loss(items), time_limit=0.0)
    assert choice.kept == "fsrs-rs"
    assert choice.parameters is fitted
    assert choice.refined_loss is not None
    assert choice.refined_loss >= choice.fsrs_rs_loss * (1 - refine.MARGIN)
    assert choice.line().startswith("Fit: fsrs-rs's, the refinement not clearly better (")


def test_by_default_fsrs_rs_fit_is_kept_without_refining(
    events: list[ReviewEvent], items: list[TrainingItem], fitted: tuple[float, ...]
) -> None:
    result = optimize(events, DEFAULT, study_day)
    assert result.fitted == fitted
    assert result.fit is not None and result.fit.kept == "fsrs-rs"
    assert result.fit.refined_loss is None
    assert result.message.endswith(
        f"Fit: fsrs-rs's (exact), log loss {evaluate(fitted, items).log_loss:.4f} on every review."
    )


def test_refined_parameters_stay_within_fsrs_rs_bounds_and_keep_w0_to_w3(
    items: list[TrainingItem], fitted: tuple[float, ...]
) -> None:
    refined = refine.refined_fit(items, fitted)
    assert refined[:4] == fitted[:4]
    low, high = refine._bounds()
    assert all(lo <= w <= hi for w, lo, hi in zip(refined, low, high, strict=True))
    fsrs.Scheduler(parameters=clamp(refined))  # the app's scheduler takes them
    # A start past the bounds is brought inside them.
    wild = list(fitted)
    wild[9], wild[13], wild[20] = -1.0, 3.0, 2.0
    refined = refine.refined_fit(items, tuple(wild), time_limit=0.0)
    assert (refined[9], refined[13], refined[20]) == (0.0, 0.9, 0.8)


def test_clip_is_fsrs_rs_clipper_with_more_than_one_relearning_step() -> None:
    w = list(DEFAULT)
    w[17], w[18] = 2.0, 2.0
    one = refine.clip(w, 1)
    assert (one[17], one[18]) == (2.0, 2.0)
    two = refine.clip(w, 2)
    room = -(np.log(w[11]) + np.log(2.0 ** w[13] - 1.0) + w[14] * 0.3) / 2
    ceiling = min(float(np.sqrt(max(room, 0.01))), 2.0)
    assert two[17] == two[18] == pytest.approx(ceiling)
    assert ceiling < 2.0
