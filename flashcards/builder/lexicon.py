"""Terms that translate each other, learned from the aligned sentences of the translations in
one build: a term and its counterpart are named in the same aligned sentences again and
again, and in few others (Dice's coefficient, each the other's clear best).  Nouns named in
exactly the same sentences as others (a tie: *satıcı*, *teklif* / *seljandi*, *tilboð*) are
told apart by their order when every one of those sentences agrees on it; a tie nothing
tells apart is reported (`Learned.ties`), never guessed."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flashcards.builder.align import unit_pairs
from flashcards.builder.terms import Key, Term, phrase_key
from flashcards.text.analysis import Pos, zipf
from flashcards.types import Article, Group

#: A pair must be named together in at least this many aligned sentences ...
MIN_TOGETHER = 2
#: ... with at least this Dice coefficient ...
MIN_DICE = 0.7
#: ... and this much ahead of the next best candidate, on both sides.
MIN_MARGIN = 0.2
#: Words this common (Zipf scale) are no vocabulary worth a card.
COMMON_ZIPF = 6.0
#: Scores closer than this are equal (1.0 - 0.8 is less than 0.2 in floating point).
EPSILON = 1e-9
#: Nouns named in exactly the same sentences are told apart by order in groups this small.
MAX_TIE = 3


@dataclass(frozen=True)
class Pair:
    """A term and its translation, and how sure the alignment is of them."""

    source: Term
    target: Term
    together: int
    dice: float


@dataclass(frozen=True)
class Tie:
    """Nouns of the two languages named in exactly the same aligned sentences (`together`
    of them), which nothing there tells apart: no pair is made of them."""

    source: tuple[Key, ...]
    target: tuple[Key, ...]
    together: int


@dataclass(frozen=True)
class Learned:
    """What a build's aligned sentences attest: term pairs, and the ties left unresolved."""

    pairs: list[Pair]
    ties: list[Tie]


@dataclass(frozen=True)
class _Place:
    """Where a noun is in one side of an aligned bead: its text, its phrase's first and last
    word, and whether the next word follows with nothing but a space between."""

    unit: int
    first: int
    last: int
    joined: bool


#: Each side of a bead: its one-word noun terms, each with every place it is named.
_Nouns = dict[Key, list[_Place]]
#: A bead's nouns on each side.
_Bead = tuple[_Nouns, _Nouns]


def _zipf(word: str, lang: str) -> float:
    return zipf(word, lang)  # kept between builds: wordfreq's lists load in seconds


def named_terms(article: Article, texts: Iterable[str]) -> dict[Key, str]:
    """The terms named in `texts`: each noun phrase and each shorter phrase it ends in (its
    head noun among them: "satış tekniği" and "teknik" of "ince bir satış tekniği"), by key,
    with the dictionary form of each."""
    found: dict[Key, str] = {}
    for text in texts:
        analysis = article.analysis(text)
        if analysis is None:
            continue
        for phrase in analysis.phrases:
            key = phrase_key(analysis, phrase)
            if not key or analysis.words[phrase.head].ambiguous:
                continue
            words = phrase.lemma.split()
            for n in range(len(key), 0, -1):
                tail = key[-n:]
                form = (
                    " ".join(words[-n:]) if len(words) >= n else analysis.words[phrase.head].lemma
                )
                found.setdefault(tail, form)
    return found


def _worth(key: Key, lang: str) -> bool:
    return all(len(w) >= 3 and _zipf(w, lang) < COMMON_ZIPF for w in key) and any(
        len(w) >= 4 for w in key
    )


def nouns_named(article: Article, texts: Sequence[str]) -> _Nouns:
    """The one-word terms of `texts` that head a noun phrase (never a word that could be a
    verb as well), with where each is named."""
    found: _Nouns = {}
    for unit, text in enumerate(texts):
        analysis = article.analysis(text)
        if analysis is None:
            continue
        for phrase in analysis.phrases:
            head = analysis.words[phrase.head]
            key = phrase_key(analysis, phrase)[-1:]
            if head.pos is not Pos.NOUN or head.ambiguous or key != (head.lemma.lower(),):
                continue
            after = phrase.last + 1
            joined = (
                after < len(analysis.words)
                and not text[analysis.words[phrase.last].end : analysis.words[after].start].strip()
            )
            found.setdefault(key, []).append(_Place(unit, phrase.first, phrase.last, joined))
    return found


def learn(groups: Sequence[Group], source: str, target: str) -> list[Pair]:
    """Term pairs of `source` and `target` that the aligned sentences of `groups` attest."""
    return learned(groups, source, target).pairs


def learned(groups: Sequence[Group], source: str, target: str) -> Learned:
    """Term pairs of `source` and `target` that the aligned sentences of `groups` attest,
    and the ties among their nouns that stay unresolved."""
    beads: list[_Bead] = []
    together: Counter[tuple[Key, Key]] = Counter()
    alone_src: Counter[Key] = Counter()
    alone_tgt: Counter[Key] = Counter()
    forms_src: dict[Key, Counter[str]] = defaultdict(Counter)
    forms_tgt: dict[Key, Counter[str]] = defaultdict(Counter)
    for group in groups:
        src, tgt = group.members.get(source), group.members.get(target)
        if src is None or tgt is None or not src.analyses or not tgt.analyses:
            continue
        for left, right in unit_pairs(src, tgt):
            mine, theirs = named_terms(src, left), named_terms(tgt, right)
            for k, v in mine.items():
                forms_src[k][v] += 1
            for k, v in theirs.items():
                forms_tgt[k][v] += 1
            alone_src.update(mine.keys())
            alone_tgt.update(theirs.keys())
            together.update((a, b) for a in mine for b in theirs)
            beads.append((nouns_named(src, left), nouns_named(tgt, right)))
    dice: dict[Key, dict[Key, float]] = defaultdict(dict)
    back: dict[Key, dict[Key, float]] = defaultdict(dict)
    for (a, b), n in together.items():
        if n < MIN_TOGETHER:
            continue
        score = 2 * n / (alone_src[a] + alone_tgt[b])
        dice[a][b] = score
        back[b][a] = score
    pairs = []
    for a, candidates in dice.items():
        best, score = _clear_best(candidates)
        if best is None or score < MIN_DICE - EPSILON:
            continue
        b = best
        a_back, _ = _clear_best(back[b])
        if a_back != a or not (_worth(a, source) and _worth(b, target)):
            continue
        pairs.append(
            Pair(
                Term(_usual(forms_src[a], a), a, alone_src[a]),
                Term(_usual(forms_tgt[b], b), b, alone_tgt[b]),
                together[(a, b)],
                round(score, 3),
            )
        )
    ties: list[Tie] = []
    for a, b, n in _untied(beads, pairs, ties):
        if _worth(a, source) and _worth(b, target):
            pairs.append(
                Pair(
                    Term(_usual(forms_src[a], a), a, alone_src[a]),
                    Term(_usual(forms_tgt[b], b), b, alone_tgt[b]),
                    n,
                    1.0,
                )
            )
    pairs.sort(key=lambda p: (-p.dice, -p.together, p.source.key))
    return Learned(pairs, ties)


def _known_words(pairs: Sequence[Pair]) -> tuple[set[str], set[str]]:
    """The words of the terms already paired, on each side (*satış* of *yumuşak satış*)."""
    return (
        {w for p in pairs for w in p.source.key},
        {w for p in pairs for w in p.target.key},
    )


def _signatures(beads: Sequence[_Bead], side: int) -> dict[Key, frozenset[int]]:
    found: dict[Key, set[int]] = defaultdict(set)
    for n, bead in enumerate(beads):
        for key in bead[0] if side == 0 else bead[1]:
            found[key].add(n)
    return {key: frozenset(where) for key, where in found.items()}


def _untied(
    beads: Sequence[_Bead], pairs: Sequence[Pair], ties: list[Tie]
) -> list[tuple[Key, Key, int]]:
    """Nouns not yet paired that are named in exactly the same beads (two or more), as many
    on each side: paired in the order every one of those beads names them in, when they all
    agree and name each once, no two side by side (*müşterinin ihtiyaçları* / *þarfir
    viðskiptavinarins* turn the order round); the rest reported in `ties`."""
    known_src, known_tgt = _known_words(pairs)
    groups_src: dict[frozenset[int], list[Key]] = defaultdict(list)
    groups_tgt: dict[frozenset[int], list[Key]] = defaultdict(list)
    for key, where in _signatures(beads, 0).items():
        if key[0] not in known_src:
            groups_src[where].append(key)
    for key, where in _signatures(beads, 1).items():
        if key[0] not in known_tgt:
            groups_tgt[where].append(key)
    found: list[tuple[Key, Key, int]] = []
    for where in sorted(groups_src.keys() & groups_tgt.keys(), key=sorted):
        mine, theirs = sorted(groups_src[where]), sorted(groups_tgt[where])
        if len(where) < MIN_TOGETHER or not 2 <= len(mine) == len(theirs) <= MAX_TIE:
            continue
        order = _agreed_order(beads, where, mine, theirs)
        if order is None:
            ties.append(Tie(tuple(mine), tuple(theirs), len(where)))
        else:
            found.extend((a, b, len(where)) for a, b in order)
    return found


def _agreed_order(
    beads: Sequence[_Bead],
    where: frozenset[int],
    mine: Sequence[Key],
    theirs: Sequence[Key],
) -> list[tuple[Key, Key]] | None:
    """The pairs of `mine` and `theirs` that every bead of `where` names in the same order,
    or None when one bead names a noun twice, two side by side, or another order."""
    agreed: list[tuple[Key, Key]] | None = None
    for n in sorted(where):
        left, right = beads[n]
        first, second = _in_order(left, mine), _in_order(right, theirs)
        if first is None or second is None:
            return None
        order = sorted(zip(first, second, strict=True))
        if agreed is not None and order != agreed:
            return None
        agreed = order
    return agreed


def _in_order(nouns: _Nouns, keys: Sequence[Key]) -> list[Key] | None:
    """`keys` in the order one side of a bead names them, each once and none right after
    another; None otherwise."""
    places = []
    for key in keys:
        if len(nouns.get(key, ())) != 1:
            return None
        places.append((nouns[key][0], key))
    places.sort(key=lambda pk: (pk[0].unit, pk[0].first))
    for (before, _), (after, _) in itertools.pairwise(places):
        if before.unit == after.unit and before.joined and after.first == before.last + 1:
            return None
    return [key for _, key in places]


def _usual(forms: Counter[str], key: Key) -> str:
    """The form a term has most often, the singular at a tie (its last word the head's own
    lemma: "hugsanlegur viðskiptavinur", not "hugsanlegir viðskiptavinir"); a one-word term
    is its lemma (*tilfinning*, though the text says *tilfinningar* each time)."""
    usual = min(
        forms.items(),
        key=lambda kv: (-kv[1], kv[0].split()[-1].lower() != key[-1], len(kv[0]), kv[0]),
    )[0]
    return key[0] if len(key) == 1 and usual.lower() != key[0] else usual


def _clear_best(candidates: dict[Key, float]) -> tuple[Key | None, float]:
    """The best candidate when it leads the next by MIN_MARGIN (a longer phrase containing
    it does not count as a rival: "potansiyel müşteri" beside "müşteri")."""
    # At a tie the longer term: "satış tekniği" for "sölutækni", not "teknik".
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if not ranked:
        return None, 0.0
    best, score = ranked[0]
    rivals = [s for k, s in ranked[1:] if not set(best) <= set(k) and not set(k) <= set(best)]
    if rivals and score - rivals[0] < MIN_MARGIN - EPSILON:
        return None, 0.0
    return best, score
