"""Length-based sentence alignment (Gale & Church, 1993) for translations of unequal length."""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence

from flashcards.builder.terms import forgotten_with_articles
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
    return list(_by_lengths(tuple(map(len, source)), tuple(map(len, target))))


@functools.lru_cache(maxsize=16384)
def _by_lengths(source: tuple[int, ...], target: tuple[int, ...]) -> tuple[Bead, ...]:
    """`align` of units of these lengths (all it looks at): the sections of a deck's
    articles repeat their lengths (at 5,000 article pairs, 9,558 distinct of 22,985)."""
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        return tuple([((i,), ()) for i in range(n)] + [((), (j,)) for j in range(m)])
    src_sum = [0]
    for length in source:
        src_sum.append(src_sum[-1] + length)
    tgt_sum = [0]
    for length in target:
        tgt_sum.append(tgt_sum[-1] + length)
    ratio = max(tgt_sum[-1], 1) / max(src_sum[-1], 1)
    inf = float("inf")
    erfc, log, sqrt = math.erfc, math.log, math.sqrt

    def term(prior: float, len_src: int, len_tgt: int) -> float:
        # A bead's cost is -log(prior) - log(P(|z|)), z the length difference in standard
        # deviations (Gale & Church).
        if len_src == 0 and len_tgt == 0:
            return 0.0
        mean = (len_src + len_tgt / ratio) / 2.0
        z = (ratio * len_src - len_tgt) / sqrt(max(mean, 1.0) * _VARIANCE)
        return prior - log(max(erfc(abs(z) / _SQRT2), 1e-12))

    p11, p10, p01 = _LOG_PRIORS[1, 1], _LOG_PRIORS[1, 0], _LOG_PRIORS[0, 1]
    p21, p12, p22 = _LOG_PRIORS[2, 1], _LOG_PRIORS[1, 2], _LOG_PRIORS[2, 2]
    # The costs of a unit left out, on each side (the same wherever the bead falls).
    left_out = [0.0] + [term(p10, source[i - 1], 0) for i in range(1, n + 1)]
    right_out = [0.0] + [term(p01, 0, target[j - 1]) for j in range(1, m + 1)]
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    row = cost[0]
    row[0] = 0.0
    for j in range(1, m + 1):  # nothing of the source yet: target units left out
        row[j] = row[j - 1] + right_out[j]
        back[0][j] = (0, 1)
    # Each cell's best bead, the shapes tried in `_PRIORS` order so that ties go to the
    # same shape; a shape whose prior alone reaches the best so far cannot beat it (its
    # cost is never below its prior, but for two empty sides), so its length cost is not
    # worked out.  The costs are `term`'s, written out (a call a cost was most of the time).
    variance, floor = _VARIANCE, 1e-12
    over = [0.0] + [t / ratio for t in target]  # lengths in the source's scale
    over2 = [0.0, 0.0] + [(target[j - 1] + target[j - 2]) / ratio for j in range(2, m + 1)]
    for i in range(1, n + 1):
        row, up, back_row = cost[i], cost[i - 1], back[i]
        up2 = cost[i - 2] if i >= 2 else None
        one = source[i - 1]
        two = one + source[i - 2] if i >= 2 else 0
        scaled_one, scaled_two = ratio * one, ratio * two
        best = up[0] + left_out[i]
        row[0], back_row[0] = best, (1, 0)
        for j in range(1, m + 1):
            tgt_one = target[j - 1]
            if one or tgt_one:
                mean = (one + over[j]) / 2.0
                z = (scaled_one - tgt_one) / sqrt((mean if mean > 1.0 else 1.0) * variance)
                p = erfc(abs(z) / _SQRT2)
                best, shape = up[j - 1] + (p11 - log(p if p > floor else floor)), (1, 1)
            else:
                best, shape = up[j - 1] + 0.0, (1, 1)
            total = up[j] + left_out[i]
            if total < best:
                best, shape = total, (1, 0)
            total = row[j - 1] + right_out[j]
            if total < best:
                best, shape = total, (0, 1)
            if up2 is not None:
                previous = up2[j - 1]
                if not (two or tgt_one):
                    if previous < best:
                        best, shape = previous, (2, 1)
                elif previous + p21 < best:
                    mean = (two + over[j]) / 2.0
                    z = (scaled_two - tgt_one) / sqrt((mean if mean > 1.0 else 1.0) * variance)
                    p = erfc(abs(z) / _SQRT2)
                    total = previous + (p21 - log(p if p > floor else floor))
                    if total < best:
                        best, shape = total, (2, 1)
            if j >= 2:
                tgt_two = tgt_one + target[j - 2]
                previous = up[j - 2]
                if not (one or tgt_two):
                    if previous < best:
                        best, shape = previous, (1, 2)
                elif previous + p12 < best:
                    mean = (one + over2[j]) / 2.0
                    z = (scaled_one - tgt_two) / sqrt((mean if mean > 1.0 else 1.0) * variance)
                    p = erfc(abs(z) / _SQRT2)
                    total = previous + (p12 - log(p if p > floor else floor))
                    if total < best:
                        best, shape = total, (1, 2)
                if up2 is not None:
                    previous = up2[j - 2]
                    if not (two or tgt_two):
                        if previous < best:
                            best, shape = previous, (2, 2)
                    elif previous + p22 < best:
                        mean = (two + over2[j]) / 2.0
                        z = (scaled_two - tgt_two) / sqrt((mean if mean > 1.0 else 1.0) * variance)
                        p = erfc(abs(z) / _SQRT2)
                        total = previous + (p22 - log(p if p > floor else floor))
                        if total < best:
                            best, shape = total, (2, 2)
            row[j] = best
            back_row[j] = shape
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        found = back[i][j]
        assert found is not None
        di, dj = found
        beads.append((tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return tuple(beads)


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
    key = (id(src), id(tgt))
    found = _BY_SECTIONS.get(key)
    if found is None or found[0] is not src or found[1] is not tgt:
        mine, theirs = (src.heading, src.units), (tgt.heading, tgt.units)
        other = _BY_SECTIONS.get((id(tgt), id(src)))
        if other is not None and other[0] is tgt and other[1] is src:
            # The other direction's, asked first (not `_aligned` again: its cache hashes
            # both sections' every block and unit): mirrored, or for two equal sections
            # (`_aligned` of the same), the same.
            beads = other[2] if mine == theirs else tuple([(b, a) for a, b in other[2]])
        elif mine <= theirs:
            beads = _aligned(src, tgt)
        else:
            beads = tuple([(b, a) for a, b in _aligned(tgt, src)])
        if len(_BY_SECTIONS) > 50_000:
            _BY_SECTIONS.clear()
        found = _BY_SECTIONS[key] = (src, tgt, beads)
    return list(found[2])


#: `aligned_units` of the sections met since `terms.forget`, by the two objects: the
#: cards of a pairing ask for each section's beads several times, in both directions, and
#: `_aligned`'s cache hashes both sections' every block and sentence each time it is asked.
_BY_SECTIONS: dict[tuple[int, int], tuple[Section, Section, tuple[tuple[Units, Units], ...]]] = (
    forgotten_with_articles({})
)


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
