"""The plain-Python assignment pairs exactly as SciPy's `linear_sum_assignment` does."""

from __future__ import annotations

import random

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment as scipy_assignment

from flashcards.builder import grouping
from flashcards.builder.assignment import linear_sum_assignment


def _matrix(rng: random.Random, rows: int, cols: int, kind: int) -> list[list[float]]:
    def value() -> float:
        if kind == 0:
            return rng.random()
        if kind == 1:  # few values, many ties (most pairs are no candidates: 0)
            return rng.choice([0.0, 0.0, 0.6, 0.7, 0.8])
        if kind == 2:
            return float(rng.randint(0, 3))
        return rng.choice([0.0, round(rng.uniform(0.55, 1.0), 2)])

    return [[value() for _ in range(cols)] for _ in range(rows)]


def test_it_chooses_as_scipy_does_even_among_equal_pairings() -> None:
    rng = random.Random(20261202)
    for trial in range(3000):
        size = 40 if trial % 100 == 0 else 8
        rows, cols = rng.randint(1, size), rng.randint(1, size)
        matrix = _matrix(rng, rows, cols, trial % 4)
        expected_rows, expected_cols = scipy_assignment(np.array(matrix), maximize=True)
        assert linear_sum_assignment(matrix) == (list(expected_rows), list(expected_cols)), matrix


def test_a_square_choice_takes_the_best_total() -> None:
    # Row 0 prefers column 0, but the total is higher with row 1 there.
    assert linear_sum_assignment([[0.9, 0.8], [0.9, 0.1]]) == ([0, 1], [1, 0])
    assert linear_sum_assignment([[0.9, 0.8], [0.9, 0.1]], maximize=False) == ([0, 1], [0, 1])
    assert linear_sum_assignment([]) == ([], [])


def test_grouping_pairs_the_same_with_scipy_for_large_choices(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Above `PLAIN_UP_TO` articles a side, grouping asks SciPy: the same pairs either way."""
    rng = random.Random(7)
    scores = {
        (i, j): round(rng.uniform(0.55, 1.0), 2)
        for i in range(12)
        for j in range(12)
        if rng.random() < 0.3
    }
    plain = grouping._assign(scores)
    monkeypatch.setattr(grouping, "PLAIN_UP_TO", 0)
    assert grouping._assign(scores) == plain
    assert len(plain) > 5
