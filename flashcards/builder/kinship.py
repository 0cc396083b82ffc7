"""Evidence that two articles translate each other without a link or number in common: the
words they use translate each other (as the pairs already made in the folder attest), their
sections and sentences line up, and their lengths keep the folder's usual ratio."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from flashcards.builder.lexicon import learn, named_terms
from flashcards.builder.terms import Key, body_texts
from flashcards.types import Article, Group

#: At least this many of an article's terms must have a known translation to judge by them.
MIN_KNOWN = 3
#: Below this share of its known terms found translated in the other, no pair.
MIN_LEXICAL = 0.4
#: Below this score (lexical, layout and length together), no pair.
MIN_SCORE = 0.6
#: A rival this close to the best candidate makes the pairing a guess: not made.
MARGIN = 0.1


@dataclass(frozen=True)
class Lexicon:
    """Which term of one language translates which of another, learned from the groups
    already made, and the ratio of their lengths there."""

    source: str
    target: str
    forward: Mapping[Key, Key]
    backward: Mapping[Key, Key]
    ratio: float  # target length / source length, the median over the groups

    @classmethod
    def learned(cls, groups: Sequence[Group], source: str, target: str) -> Lexicon | None:
        pairs = learn(groups, source, target)
        ratios = [
            _length(g.members[target]) / max(_length(g.members[source]), 1)
            for g in groups
            if source in g.members and target in g.members
        ]
        if not pairs or not ratios:
            return None
        return cls(
            source,
            target,
            {p.source.key: p.target.key for p in pairs},
            {p.target.key: p.source.key for p in pairs},
            statistics.median(ratios),
        )


def _length(article: Article) -> int:
    return sum(len(u) for u in body_texts(article))


def terms_of(article: Article) -> set[Key]:
    """Every term (noun phrase, shorter phrase it ends in, head noun) the article names."""
    return set(named_terms(article, list(body_texts(article))))


def _covered(mine: set[Key], theirs: set[Key], lexicon: Mapping[Key, Key]) -> float | None:
    known = [k for k in mine if k in lexicon]
    if len(known) < MIN_KNOWN:
        return None
    return sum(1 for k in known if lexicon[k] in theirs) / len(known)


def _layout(a: Article, b: Article) -> float:
    roles = SequenceMatcher(
        None, [s.role.value for s in a.sections], [s.role.value for s in b.sections]
    ).ratio()
    counts_a = [len(s.units) for s in a.sections]
    counts_b = [len(s.units) for s in b.sections]
    if len(counts_a) != len(counts_b):
        return roles / 2
    closeness = [min(x, y) / max(x, y, 1) for x, y in zip(counts_a, counts_b, strict=True)]
    return (roles + sum(closeness) / len(closeness)) / 2 if closeness else roles


def kinship(
    a: Article,
    b: Article,
    lexicon: Lexicon,
    terms: Mapping[str, set[Key]],
) -> float:
    """How surely `b` (in the lexicon's target language) translates `a` (0..1; 0 when the
    words say it does not, or too little is known to say)."""
    forward = _covered(terms[a.path], terms[b.path], lexicon.forward)
    backward = _covered(terms[b.path], terms[a.path], lexicon.backward)
    known = [v for v in (forward, backward) if v is not None]
    if not known:
        return 0.0
    lexical = sum(known) / len(known)
    if lexical < MIN_LEXICAL:
        return 0.0
    ratio = _length(b) / max(_length(a), 1)
    length = min(ratio, lexicon.ratio) / max(ratio, lexicon.ratio)
    score = 0.6 * lexical + 0.25 * _layout(a, b) + 0.15 * length
    return score if score >= MIN_SCORE else 0.0
