"""The one-to-one pairing of highest total score, as SciPy's `linear_sum_assignment` finds it.

The same shortest augmenting path algorithm (Crouse, "On implementing 2D rectangular
assignment algorithms", 2016) in the same order of steps, so that it makes the same choice
among equally good pairings; in plain Python, because the matrices a build meets are a few
articles wide, and importing `scipy.optimize` took longer than a rebuild's whole grouping.
"""

from __future__ import annotations

from collections.abc import Sequence

_INF = float("inf")


def linear_sum_assignment(
    scores: Sequence[Sequence[float]], maximize: bool = True
) -> tuple[list[int], list[int]]:
    """Row and column indices of the best assignment of rows to columns (rows ascending),
    as `scipy.optimize.linear_sum_assignment(scores, maximize)` returns them."""
    nr = len(scores)
    nc = len(scores[0]) if nr else 0
    if nr == 0 or nc == 0:
        return [], []
    transpose = nc < nr
    cost = [list(row) for row in scores]
    if transpose:
        cost = [[cost[i][j] for i in range(nr)] for j in range(nc)]
        nr, nc = nc, nr
    if maximize:
        cost = [[-value for value in row] for row in cost]
    u = [0.0] * nr
    v = [0.0] * nc
    shortest = [_INF] * nc
    path = [-1] * nc
    col4row = [-1] * nr
    row4col = [-1] * nc
    for current in range(nr):
        sink, low, seen_rows, seen_cols = _augmenting_path(
            cost, u, v, path, row4col, shortest, current
        )
        if sink < 0:
            raise ValueError("cost matrix is infeasible")
        u[current] += low
        for i in range(nr):
            if seen_rows[i] and i != current:
                u[i] += low - shortest[col4row[i]]
        for j in range(nc):
            if seen_cols[j]:
                v[j] -= low - shortest[j]
        j = sink
        while True:
            i = path[j]
            row4col[j] = i
            col4row[i], j = j, col4row[i]
            if i == current:
                break
    if transpose:
        order = sorted(range(nr), key=lambda r: col4row[r])
        return [col4row[r] for r in order], order
    return list(range(nr)), col4row


def _augmenting_path(
    cost: list[list[float]],
    u: list[float],
    v: list[float],
    path: list[int],
    row4col: list[int],
    shortest: list[float],
    i: int,
) -> tuple[int, float, list[bool], list[bool]]:
    """The free column that the cheapest alternating path from row `i` reaches, the path's
    cost, and the rows and columns it visited."""
    nr, nc = len(cost), len(cost[0])
    low = 0.0
    remaining = [nc - it - 1 for it in range(nc)]
    left = nc
    seen_rows = [False] * nr
    seen_cols = [False] * nc
    for j in range(nc):
        shortest[j] = _INF
    sink = -1
    while sink == -1:
        index = -1
        lowest = _INF
        seen_rows[i] = True
        row, ui = cost[i], u[i]
        for it in range(left):
            j = remaining[it]
            r = low + row[j] - ui - v[j]
            if r < shortest[j]:
                path[j] = i
                shortest[j] = r
            # At a tie, a column that is still free: the path ends there.
            if shortest[j] < lowest or (shortest[j] == lowest and row4col[j] == -1):
                lowest = shortest[j]
                index = it
        low = lowest
        if low == _INF:
            return -1, low, seen_rows, seen_cols
        j = remaining[index]
        if row4col[j] == -1:
            sink = j
        else:
            i = row4col[j]
        seen_cols[j] = True
        left -= 1
        remaining[index] = remaining[left]
    return sink, low, seen_rows, seen_cols
