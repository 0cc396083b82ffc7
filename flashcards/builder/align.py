"""Length-based sentence alignment (Gale & Church, 1993) for translations of unequal length."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from flashcards.types import Article, Role, Section

#: A bead: the indices of the source units and of the target units that translate each other.
Bead = tuple[tuple[int, ...], tuple[int, ...]]

# Prior probabilities of the bead shapes, from Gale & Church's hand-aligned corpus.
_PRIORS: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099,
    (0, 1): 0.0099,
    (2, 1): 0.089,
    (1, 2): 0.089,
    (2, 2): 0.011,
}
_VARIANCE = 6.8  # s^2: variance of target length per source character
_LOG_PRIORS = {shape: -math.log(p) for shape, p in _PRIORS.items()}
_SQRT2 = math.sqrt(2.0)


def align(source: Sequence[str], target: Sequence[str]) -> list[Bead]:
    """Align two sequences of sentences (or list items) by their lengths in characters.

    Returns beads in order; a bead with one side empty is a sentence with no counterpart.
    The expected length ratio is taken from the two texts themselves, so languages that
    need more characters for the same meaning align as well as those that need fewer.
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return [((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)]
    src_sum = [0]
    for s in source:
        src_sum.append(src_sum[-1] + len(s))
    tgt_sum = [0]
    for t in target:
        tgt_sum.append(tgt_sum[-1] + len(t))
    ratio = max(tgt_sum[-1], 1) / max(src_sum[-1], 1)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # A bead's cost is -log(prior) - log(P(|z|)), z the length difference in standard
    # deviations (Gale & Church), worked out inline: n × m × 6 costs a section, the
    # shapes in `_PRIORS` order so that ties go to the same shape.
    shapes = [(di, dj, _LOG_PRIORS[di, dj], (di, dj)) for di, dj in _PRIORS]
    erfc, log, sqrt = math.erfc, math.log, math.sqrt
    for i in range(n + 1):
        row, back_row = cost[i], back[i]
        for j in range(m + 1):
            if i == 0 and j == 0:
                continue
            best, best_shape = inf, None
            for di, dj, prior, shape in shapes:
                if di > i or dj > j:
                    continue
                previous = cost[i - di][j - dj]
                if previous == inf:
                    continue
                len_src = src_sum[i] - src_sum[i - di]
                len_tgt = tgt_sum[j] - tgt_sum[j - dj]
                if len_src == 0 and len_tgt == 0:
                    total = previous + 0.0
                else:
                    mean = (len_src + len_tgt / ratio) / 2.0
                    z = (ratio * len_src - len_tgt) / sqrt(max(mean, 1.0) * _VARIANCE)
                    probability = max(erfc(abs(z) / _SQRT2), 1e-12)
                    total = previous + (prior - log(probability))
                if total < best:
                    best, best_shape = total, shape
            row[j] = best
            back_row[j] = best_shape
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        found = back[i][j]
        assert found is not None
        di, dj = found
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


Units = tuple[str, ...]


def align_sections(src: Section, tgt: Section) -> list[tuple[str, str]]:
    """Aligned (source, target) sentences or items of two sections, block by block when the
    blocks agree; two units that translate one are joined."""
    return [(" ".join(left), " ".join(right)) for left, right in aligned_units(src, tgt)]


def aligned_units(src: Section, tgt: Section) -> list[tuple[Units, Units]]:
    """The units of two sections that translate each other, as beads of one or two units.

    Both directions of a pair need the same alignment: it is computed once, for the two
    sections in a fixed order, and mirrored.
    """
    if (src.heading, src.units) <= (tgt.heading, tgt.units):
        return list(_aligned(src, tgt))
    return [(b, a) for a, b in _aligned(tgt, src)]


@functools.lru_cache(maxsize=1024)
def _aligned(src: Section, tgt: Section) -> tuple[tuple[Units, Units], ...]:
    if len(src.blocks) == len(tgt.blocks):
        units = [(b1.units, b2.units) for b1, b2 in zip(src.blocks, tgt.blocks, strict=True)]
    else:
        units = [(src.units, tgt.units)]
    pairs: list[tuple[Units, Units]] = []
    for left, right in units:
        for li, ri in align(left, right):
            if li and ri:
                pairs.append((tuple(left[i] for i in li), tuple(right[j] for j in ri)))
    return tuple(pairs)


def matched_sections(src: Article, tgt: Article) -> list[tuple[Section, Section]]:
    """The sections of two translations that translate each other: those of the same role,
    in order (the n-th techniques section with the n-th)."""
    pairs: list[tuple[Section, Section]] = []
    for role in Role:
        mine = [s for s in src.sections if s.role is role and s.units]
        theirs = [s for s in tgt.sections if s.role is role and s.units]
        pairs.extend(zip(mine, theirs, strict=False))
    return pairs


def unit_pairs(src: Article, tgt: Article) -> list[tuple[Units, Units]]:
    """Every aligned bead of sentences or list items of two translations, with their titles
    and the headings of their matched sections."""
    pairs: list[tuple[Units, Units]] = [((src.title,), (tgt.title,))]
    for s_sec, t_sec in matched_sections(src, tgt):
        pairs.append(((s_sec.heading,), (t_sec.heading,)))
        pairs.extend(aligned_units(s_sec, t_sec))
    return pairs
