"""Terms that translate each other, learned from the aligned sentences of the translations in
one build: a term and its counterpart are named in the same aligned sentences again and
again, and in few others (Dice's coefficient, each the other's clear best)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from flashcards.builder.align import unit_pairs
from flashcards.builder.terms import Key, Term, phrase_key
from flashcards.text.analysis import zipf
from flashcards.types import Article, Group

#: A pair must be named together in at least this many aligned sentences ...
MIN_TOGETHER = 2
#: ... with at least this Dice coefficient ...
MIN_DICE = 0.7
#: ... and this much ahead of the next best candidate, on both sides.
MIN_MARGIN = 0.2
#: Words this common (Zipf scale) are no vocabulary worth a card.
COMMON_ZIPF = 6.0


@dataclass(frozen=True)
class Pair:
    """A term and its translation, and how sure the alignment is of them."""

    source: Term
    target: Term
    together: int
    dice: float


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


def learn(groups: Sequence[Group], source: str, target: str) -> list[Pair]:
    """Term pairs of `source` and `target` that the aligned sentences of `groups` attest."""
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
        if best is None or score < MIN_DICE:
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
    return sorted(pairs, key=lambda p: (-p.dice, -p.together, p.source.key))


def _usual(forms: Counter[str], key: Key) -> str:
    """The form a term has most often, the singular at a tie (its last word the head's own
    lemma: "hugsanlegur viðskiptavinur", not "hugsanlegir viðskiptavinir")."""
    return min(
        forms.items(),
        key=lambda kv: (-kv[1], kv[0].split()[-1].lower() != key[-1], len(kv[0]), kv[0]),
    )[0]


def _clear_best(candidates: dict[Key, float]) -> tuple[Key | None, float]:
    """The best candidate when it leads the next by MIN_MARGIN (a longer phrase containing
    it does not count as a rival: "potansiyel müşteri" beside "müşteri")."""
    # At a tie the longer term: "satış tekniği" for "sölutækni", not "teknik".
    ranked = sorted(candidates.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))
    if not ranked:
        return None, 0.0
    best, score = ranked[0]
    rivals = [s for k, s in ranked[1:] if not set(best) <= set(k) and not set(k) <= set(best)]
    if rivals and score - rivals[0] < MIN_MARGIN:
        return None, 0.0
    return best, score
