"""The terms an article is about, from its analysed text: its own concept under the name its body
uses most (*mjúk sala*, though the title says *Mjúk selja*), and the concept its comparison
section sets against it (*harðsala*, *sert satış*)."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, TypeVar

from flashcards.text.analysis import TERM_POS, Analysis, Phrase, Pos
from flashcards.types import Article, Role

_KEY_POS = TERM_POS
#: What joins the two names in a comparison heading ("Yumuşak Satış ve Sert Satış",
#: "Mjúk sala vs. erfitt að selja", "Soft Sell vs. Hard Sell").
_JOINERS = re.compile(r"\s+(?:vs\.?|versus|ve|ile|og|gegen|und|and|or|veya|eða)\s+", re.I)

Key = tuple[str, ...]


@dataclass(frozen=True)
class Term:
    """A term as the article uses it: `lemma` its dictionary form (*mjúk sala*), `key` the
    lemmas of its words that carry meaning, `count` how often the body uses it."""

    lemma: str
    key: Key
    count: int = 0

    @property
    def label(self) -> str:
        """The term as a heading or a card shows it: its first letter a capital."""
        return self.lemma[:1].upper() + self.lemma[1:]

    @property
    def head(self) -> str:
        return self.key[-1] if self.key else ""


def phrase_key(analysis: Analysis, phrase: Phrase) -> Key:
    """The lemmas of the words of `phrase` that carry its meaning."""
    try:
        return analysis.keys[analysis.phrases.index(phrase)]
    except ValueError:  # a part of one of its phrases
        return tuple(
            w.lemma.lower()
            for w in analysis.words[phrase.first : phrase.last + 1]
            if w.pos in _KEY_POS
        )


def body_texts(article: Article) -> Iterator[str]:
    """The article's sentences and list items, in order."""
    for section in article.sections:
        yield from section.units


def key_positions(analysis: Analysis, key: Key) -> list[tuple[int, int]]:
    """Where the words of `key` follow each other in `analysis` (word indices, inclusive),
    skipping articles and numbers between them ("yumuşak bir satış")."""
    if not key:
        return []
    index = analysis.term_words
    starts = index.starts.get(key[0])
    if starts is None:
        return []
    n, lemmas, places = len(key), index.lemmas, index.places
    if n == 1:
        return [(places[start], places[start]) for start in starts]
    found = []
    for start in starts:
        if start + n > len(lemmas):
            break
        if lemmas[start : start + n] == key:
            first, last = places[start], places[start + n - 1]
            gap = analysis.words[first : last + 1]
            if all(w.pos in _KEY_POS or w.pos is Pos.DET for w in gap):
                found.append((first, last))
    return found


#: The shortest last part two compounds share to be rivals (*sala* of *krosssala*, *uppsala*).
_MIN_LAST_PART = 4


class _Body:
    """The words of an article's body that a term may be made of: the lemmas of the runs of
    words a term may span (see `_runs`), one text after the other, and where each lemma is.
    A key is named where its lemmas follow each other in a run, as `key_positions` finds it."""

    __slots__ = ("ends", "lemmas", "starts", "texts")

    def __init__(self, article: Article) -> None:
        lemmas: list[str | None] = []
        texts: list[str] = []  # the texts analysed
        ends: list[int] = []  # of each, where its lemmas end in `lemmas`
        analysed = article.analyses.get  # `article.analysis`
        for section in article.sections:  # `body_texts(article)`
            for text in section.units:
                analysis = analysed(text)
                if analysis is None:
                    continue
                lemmas += _runs(analysis)
                texts.append(text)
                ends.append(len(lemmas))
        # Where each lemma is, in one loop over all the texts' (not a defaultdict's
        # `__missing__` and an `append` looked up for each word: 0.6x the time).
        starts: dict[str, list[int]] = {}
        at = starts.get
        for offset, lemma in enumerate(lemmas):
            if lemma is not None:
                places = at(lemma)
                if places is None:
                    starts[lemma] = [offset]
                else:
                    places.append(offset)
        self.lemmas, self.starts, self.texts, self.ends = lemmas, starts, texts, ends

    def places(self, key: Key) -> list[int]:
        """Where the runs' stretches of words that are `key` start, in order."""
        starts = self.starts.get(key[0]) if key else None
        if starts is None:
            return []
        n, lemmas = len(key), self.lemmas
        if n == 1:
            return starts
        if n == 2:  # most: no slice (a run's last lemma is followed by its None)
            second = key[1]
            return [i for i in starts if lemmas[i + 1] == second]
        rest = list(key[1:])
        return [i for i in starts if lemmas[i + 1 : i + n] == rest]

    def count(self, key: Key) -> int:
        """How many runs' stretches of words are `key`."""
        return len(self.places(key))

    def first(self, key: Key) -> str | None:
        """The first text naming `key`: where `key_positions` first finds it (the same words
        in a row, articles and demonstratives between them skipped)."""
        places = self.places(key)
        return self.text_at(places[0]) if places else None

    def text_at(self, place: int) -> str:
        """The text the word at `place` (one of `places`') is in."""
        return self.texts[bisect.bisect_right(self.ends, place)]


_COUNTS: dict[tuple[str, str, int], _Body] = {}
#: Every memo by article (see `forget`).
_MEMOS: list[dict[Any, Any]] = [_COUNTS]


_Memo = TypeVar("_Memo", bound=dict[Any, Any])


def forgotten_with_articles(memo: _Memo) -> _Memo:
    """`memo`, emptied by `forget` with the memos by article (one of what a build's pieces
    of work share, made again after)."""
    _MEMOS.append(memo)
    return memo


def forget() -> None:
    """Let go of what was worked out of the articles seen so far (a card worker, given other
    groups next, need not keep them: one memo holds its articles)."""
    for memo in _MEMOS:
        memo.clear()


def _ident(article: Article) -> tuple[str, str, int]:
    """What tells one parse of an article from another: its file, its bytes, its reader."""
    return article.path, article.content_hash, article.parser


_Result = TypeVar("_Result")
#: What a memo holds for what is not in it yet (a value may be None).
_MISSING: Any = object()


def _per_article(function: Callable[[Article], _Result]) -> Callable[[Article], _Result]:
    """`function` of an article, computed once per parse (a build asks again and again)."""
    memo: dict[tuple[str, str, int], _Result] = {}
    _MEMOS.append(memo)

    @functools.wraps(function)
    def cached(article: Article) -> _Result:
        ident = _ident(article)
        if ident not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[ident] = function(article)
        return memo[ident]

    return cached


def per_analysis(function: Callable[[Analysis], _Result]) -> Callable[[Analysis], _Result]:
    """`function` of an analysis, kept on the analysis itself (as `functools.cached_property`
    keeps `Analysis.keys`): the articles of a build share one analysis of each text they
    hold alike (see `pipeline.Analyses`), and the cards of each ask again.  What is kept
    goes with the analysis; it is not sent to a worker (see `workers.dumps`)."""
    name = f"_{function.__module__}.{function.__qualname__}"

    @functools.wraps(function)
    def cached(analysis: Analysis) -> _Result:
        kept = analysis.__dict__
        found = kept.get(name, _MISSING)  # not `try`: a miss raised (and a third miss)
        if found is _MISSING:
            found = kept[name] = function(analysis)
        return found  # type: ignore[no-any-return]

    return cached


@per_analysis
def _runs(analysis: Analysis) -> list[str | None]:
    """The lemmas (lower case) of the runs of words of a text that a term may span, each
    run followed by a None: its words in `TERM_POS`, articles and demonstratives between
    them left out, any other word ending the run."""
    lemmas: list[str | None] = []
    key_pos, det = _KEY_POS, Pos.DET
    for word in analysis.words:
        pos = word.pos
        if pos in key_pos:
            lemmas.append(word.lemma.lower())
        elif pos is not det and lemmas and lemmas[-1] is not None:
            lemmas.append(None)
    if lemmas and lemmas[-1] is not None:
        lemmas.append(None)
    return lemmas


_Arg = TypeVar("_Arg")


def per_article_and(
    function: Callable[[Article, _Arg], _Result],
) -> Callable[[Article, _Arg], _Result]:
    """`function` of an article and a hashable argument, computed once per parse and
    argument (a build asks of the same link or term in both directions and several kinds)."""
    memo: dict[tuple[tuple[str, str, int], _Arg], _Result] = {}
    _MEMOS.append(memo)

    @functools.wraps(function)
    def cached(article: Article, arg: _Arg) -> _Result:
        key = (_ident(article), arg)
        found = memo.get(key, _MISSING)  # not `try`: about half are misses, each raised
        if found is _MISSING:
            if len(memo) > 200_000:
                memo.clear()
            found = memo[key] = function(article, arg)
        return found  # type: ignore[no-any-return]

    return cached


def counter(article: Article) -> Callable[[Key], int]:
    """`occurrences` in `article` of any key (for many keys)."""
    return _body(article).count


def occurrences(article: Article, key: Key) -> int:
    """How often the body of `article` names `key`: where `key_positions` finds it in its
    sentences and list items (counted once per article and kept: a build asks for
    thousands of terms)."""
    return _body(article).count(key)


def body_lemmas(article: Article) -> AbstractSet[str]:
    """The lemmas (lower case) of the body's words that a term may be made of: a key whose
    first is not among them is not named (`occurrences` is 0)."""
    return _body(article).starts.keys()


def first_naming(article: Article, key: Key) -> str | None:
    """The first sentence or list item of the body naming `key`, if any (one that
    `key_positions` finds it in)."""
    return _body(article).first(key)


def body_words(article: Article) -> _Body:
    """The words of the body as `occurrences`, `body_lemmas` and `first_naming` see them
    (for a caller asking all three of many keys)."""
    return _body(article)


def _body(article: Article) -> _Body:
    """The body's words as `occurrences` counts them (once per article and kept: a build
    asks for thousands of terms)."""
    ident = _ident(article)
    body = _COUNTS.get(ident)
    if body is None:
        if len(_COUNTS) > 50_000:
            _COUNTS.clear()
        body = _COUNTS[ident] = _Body(article)
    return body


def _phrases(article: Article, text: str) -> list[tuple[Phrase, Key]]:
    analysis = article.analysis(text)
    if analysis is None:
        return []
    return [(p, k) for p, k in zip(analysis.phrases, analysis.keys, strict=True) if k]


def _definition_heading(article: Article) -> str:
    section = article.section(Role.DEFINITION)
    return section.heading if section is not None else ""


@_per_article
def concept(article: Article) -> Term | None:
    """The article's own concept, named as its body names it most often.

    Candidates are the noun phrases of its definition heading and its title; a candidate
    that only shares its last word with the body's usage loses to the one the body uses
    (the Icelandic seed's title *Mjúk selja* — "to sell" — against *mjúk sala*, 15 times).
    """
    candidates: dict[Key, str] = {}
    for text in (_definition_heading(article), article.title):
        for phrase, key in _phrases(article, text):
            candidates.setdefault(key, phrase.lemma)
    if not candidates:
        return None
    counted = [Term(lemma, key, occurrences(article, key)) for key, lemma in candidates.items()]
    # The most used; at a tie the heading's before the title's, then the longer name.
    return max(counted, key=lambda t: (t.count, len(t.key)))


@_per_article
def title_term(article: Article) -> Term | None:
    """The term the article's title names (its first noun phrase)."""
    found = _phrases(article, article.title)
    if not found:
        return None
    phrase, key = max(found, key=lambda pk: len(pk[1]))
    return Term(phrase.lemma, key, occurrences(article, key))


def comparison_names(article: Article) -> list[str]:
    """The names a comparison heading sets side by side."""
    section = article.section(Role.COMPARISON)
    if section is None:
        return []
    return [p.strip(" ?!.:;,") for p in _JOINERS.split(section.heading) if p.strip(" ?!.:;,")]


def other_concept(article: Article, own: Term) -> Term | None:
    """The concept the comparison section sets against `own` (see `_other_concept`)."""
    return _others(article).get(own)


@_per_article
def _others(article: Article) -> _OtherMemo:
    return _OtherMemo(article)


class _OtherMemo:
    """`_other_concept` of one article, by own concept."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.found: dict[Term, Term | None] = {}

    def get(self, own: Term) -> Term | None:
        if own not in self.found:
            self.found[own] = _other_concept(self.article, own)
        return self.found[own]


def _other_concept(article: Article, own: Term) -> Term | None:
    """The concept the comparison section sets against `own`, named as the article names it:
    a phrase with `own`'s head and another modifier (*sert satış*, *zor satış*) or a
    compound ending in it (*harðsala*).  The name a sentence of the comparison starts with
    (its subject: "Harðsala er hönnuð …") counts most, then how often each is used, then
    the heading's own name."""
    section = article.section(Role.COMPARISON)
    if section is None or not own.key:
        return None
    counts: Counter[Key] = Counter()
    subjects: Counter[Key] = Counter()
    lemmas: dict[Key, str] = {}
    rivals: dict[Key, bool] = {}  # is_rival(key, own), by key: the body repeats its keys
    own_key = own.key

    def rival(key: Key) -> bool:
        found = rivals.get(key)
        if found is None:
            found = rivals[key] = _is_rival(key, own_key)
        return found

    heading = _phrases(article, section.heading)
    heading_keys = {k for _, k in heading if rival(k)}
    for phrase, key in heading:
        if rival(key):
            lemmas.setdefault(key, phrase.lemma)
    units = set(section.units)
    analysed = article.analyses.get  # `article.analysis`
    for part in article.sections:  # `body_texts(article)`
        for text in part.units:
            analysis = analysed(text)
            if analysis is None:
                continue
            for key, lemma, first in _rivals_in(analysis, own_key):
                lemmas.setdefault(key, lemma)
                counts[key] += 1
                if first and text in units:
                    subjects[key] += 1
    if not lemmas:
        return None
    best = max(lemmas, key=lambda k: (subjects[k] > 0, counts[k], k in heading_keys, -len(k), k))
    return Term(lemmas[best], best, counts[best])


def _rivals_in(analysis: Analysis, own_key: Key) -> list[tuple[Key, str, bool]]:
    """The phrases of a sentence whose keys are rivals of `own_key` (see `is_rival`), in
    order: each one's key, its lemma and whether it starts the sentence; worked out once
    for each sentence and concept (the articles of a deck share sentences, three or so
    each, and those sharing one mostly share their concept)."""
    kept = _kept_rivals(analysis)
    found = kept.get(own_key)
    if found is None:
        tails = _rival_tails(own_key)
        found = kept[own_key] = [
            (key, phrase.lemma, phrase.first == 0)
            for phrase, key in zip(analysis.phrases, analysis.keys, strict=True)
            if key and (tails is None or key[-1][-1:] in tails) and _is_rival(key, own_key)
        ]
    return found


def _rival_tails(own_key: Key) -> tuple[str, str] | None:
    """How the last word of a rival of `own_key` may end (see `_is_rival`): in the last
    letter of `own_key`'s head (its head, a compound ending in it or in what it ends in, a
    part of it), or with no letter at all; None: in anything (an empty head).  Most keys of a
    sentence are told apart by it, without `_is_rival`'s look-up."""
    last = own_key[-1][-1:] if own_key else ""
    return (last, "") if last else None


@per_analysis
def _kept_rivals(analysis: Analysis) -> dict[Key, list[tuple[Key, str, bool]]]:
    """Where `_rivals_in` keeps what it found of an analysis, by concept."""
    return {}


def is_rival(key: Key, own: Term) -> bool:
    """Whether `key` names another concept of the same kind as `own`: another modifier
    on the same head, a compound ending in the head, or, for a compound `own`
    (*harðsala*), a phrase on the compound's last part (*mjúk sala*)."""
    return _is_rival(key, own.key)


@functools.lru_cache(maxsize=65_536)
def _is_rival(key: Key, own_key: Key) -> bool:
    """`is_rival` of the two keys (all it looks at), worked out once for each: the articles
    of a deck share their concepts and their sentences' phrases."""
    if key == own_key:
        return False
    if len(own_key) == 1:  # most are: `all` below, without its generator
        if own_key[0] in key:
            return False
    elif all(w in key for w in own_key):  # set(own.key) <= set(key)
        return False
    head = own_key[-1] if own_key else ""  # own.head
    if len(key) >= 2:
        return key[-1] == head or (len(own_key) == 1 and ends_compound(head, key[-1]))
    if len(key) != 1 or key[0] == head:
        return False
    word = key[0]
    if len(own_key) == 1:
        # Two compounds of one last part: *krosssala* and *uppsala*, *harðsala*.
        shared = _shared_ending(word, head)
        if len(shared) >= _MIN_LAST_PART and ends_compound(head, shared):
            return ends_compound(word, shared)
    return word.endswith(head) and len(word) > len(head)


def _shared_ending(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return a[len(a) - n :]


def ends_compound(word: str, part: str) -> bool:
    """Whether `word` is a compound whose last part is `part` (*harðsala*, *sala*)."""
    return len(word) > len(part) + 2 and word.endswith(part)


def mentions(analysis: Analysis, terms: Sequence[Term]) -> list[tuple[int, int, int]]:
    """Every place in `analysis` one of `terms` is named: (first word, last word, which
    term), in order, the longest at a tie."""
    found = [
        (first, last, n)
        for n, term in enumerate(terms)
        for first, last in key_positions(analysis, term.key)
    ]
    return sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))
