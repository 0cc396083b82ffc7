"""Cloze cards: a target-language sentence with a noun or a domain term blanked — a whole noun
phrase, never half of one, never a verb — the aligned source sentence as the hint."""

from __future__ import annotations

import functools
import itertools
from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from flashcards.builder import terms as t
from flashcards.builder.statements import breaks, clause_span, gloss_after, shown, without_dangling
from flashcards.text.analysis import Analysis, Phrase, Pos, zipf
from flashcards.types import Article, made

#: The blank shown in place of the term.
BLANK = "____"
#: At most this many blanks (separate sibling cards) per sentence: a second only when it is
#: as good a question as the first.
MAX_BLANKS = 2
#: A blank needs at least this score (see `candidates`) to be asked at all.
MIN_SCORE = 2.0
#: A sentence longer than this shows only the clauses around its blank (all of it as context).
MAX_FRONT_WORDS = 28
#: Words at least this common (Zipf scale) are too plain to be worth asking for.
COMMON_ZIPF = 5.3
#: Words rarer than this are the article's own vocabulary.
RARE_ZIPF = 4.3
#: The parts of speech of a head worth blanking.
_NOUNS = frozenset({Pos.NOUN, Pos.PROPN})
#: No translations.
_NONE: frozenset[t.Key] = frozenset()


@dataclass(frozen=True)
class Blank:
    """A noun phrase of a sentence, at [start, end), worth asking for, and why."""

    start: int
    end: int
    lemma: str
    key: t.Key
    score: float
    reason: str  # "aligned", "headword", "key word" or "rare word"

    def apply(self, sentence: str) -> str:
        return sentence[: self.start] + BLANK + sentence[self.end :]

    def term(self, sentence: str) -> str:
        return sentence[self.start : self.end]


def key_counts(article: Article) -> Counter[t.Key]:
    """How many sentences of the body name each noun phrase and each head noun."""
    analysed = article.analyses.get  # `article.analysis` of each of `t.body_texts(article)`
    analyses = [analysed(text) for section in article.sections for text in section.units]
    return Counter(
        itertools.chain.from_iterable([phrase_keys(a) for a in analyses if a is not None])
    )


@t.per_analysis
def phrase_keys(analysis: Analysis) -> frozenset[t.Key]:
    """The keys of a sentence's noun phrases and of their head nouns."""
    keys = set()
    words = analysis.words
    for phrase, key in zip(analysis.phrases, analysis.keys, strict=True):
        if key:
            keys.add(key)
            keys.add((words[phrase.head].lemma.lower(),))
    return frozenset(keys)


def candidates(
    sentence: str,
    analysis: Analysis,
    lang: str,
    *,
    counts: Counter[t.Key],
    translations: Mapping[t.Key, set[t.Key]],
    hint_keys: AbstractSet[t.Key],
    headword: t.Key | None,
) -> list[Blank]:
    """The noun phrases of `sentence` worth blanking, best first.

    A phrase scores for being the translation of a term the hint names (the learner can
    get from the hint to it: *tüketici* in the hint, *neytanda* blanked), for being the
    article's headword, for recurring in the article (its key words), and for being rare;
    it loses for being a plain everyday word.  A head that could be a verb as well as a
    noun (*byrjar*, *verður*) is never asked for, nor is a phrase inside a longer one.
    """
    in_hint, none, get, count = hint_keys, _NONE, translations.get, counts.get
    scored = _SCORED
    found: list[Blank] = []
    for phrase, key, head_key, first, start, end, rarity in _blankable(analysis, sentence, lang):
        if in_hint:
            if (
                first is not None
                and key not in translations
                and not in_hint.isdisjoint(get(first, none))
            ):
                continue  # "alıcı sözleşmeyi": the hint names the first word as a term of its own
            aligned = not in_hint.isdisjoint(get(key, none)) or not in_hint.isdisjoint(
                get(head_key, none)
            )
        else:
            aligned = False
        score = scored[
            aligned,
            key == headword,
            count(key, 0) >= 2 or count(head_key, 0) >= 2,
            rarity,
            first is not None,
        ]
        if score is not None:
            found.append(
                made(
                    Blank,
                    start=start,
                    end=end,
                    lemma=phrase.lemma,
                    key=key,
                    score=score[0],
                    reason=score[1],
                )
            )
    return sorted(found, key=_best_first)


def _score(
    aligned: bool, headword: bool, key_word: bool, rarity: int, several: bool
) -> tuple[float, str] | None:
    """A phrase's score and reason (see `candidates`), None below `MIN_SCORE`: for being
    the translation of a term the hint names, the article's headword, one of its key words
    (its key or head named by two sentences or more), rare (`rarity` 1) or plain (-1), a
    key of several words."""
    score, reason = 0.0, ""
    if aligned:
        score, reason = 3.0, "aligned"
    if headword:
        score, reason = max(score, 2.5), reason or "headword"
    if key_word:
        score += 1.5
        reason = reason or "key word"
    if rarity > 0:
        score += 1.0
        reason = reason or "rare word"
    elif rarity < 0 and reason != "aligned":
        score -= 2.0
    if several:
        score += 0.3
    return (round(score, 2), reason) if score >= MIN_SCORE else None


#: `_score` of each of its arguments' values, worked out once (a build scores each phrase
#: of each sentence blanked, both directions).
_SCORED = {
    flags: _score(*flags)
    for flags in itertools.product(
        (False, True), (False, True), (False, True), (-1, 0, 1), (False, True)
    )
}


#: A phrase `candidates` may blank, with what it asks of it that depends on the sentence and
#: its language alone: the phrase, its key, its head's key, the first word's key (None for
#: a key of one word), its place [start, end), and how common its head is (1: rare, -1:
#: plain, 0: neither).
_Blankable = tuple[Phrase, t.Key, t.Key, "t.Key | None", int, int, int]


def _blankable(analysis: Analysis, sentence: str, lang: str) -> list[_Blankable]:
    """`_nouns` of the sentence worth a look at all (four letters or more, one a letter), with
    what `candidates` asks of each alike whatever the article: worked out once per analysis
    (the sentences of a build's articles repeat, and a sentence is blanked in each direction)."""
    kept = _kept_blankable(analysis)
    known = kept.get((lang, sentence))  # not `try`: half of them are misses, each raised
    if known is not None:
        return known
    found: list[_Blankable] = []
    for phrase, key, head_key, head_lemma, start, end in _nouns(analysis):
        text = sentence[start:end]
        if len(text) < 4 or not (text[0].isalpha() or any(ch.isalpha() for ch in text)):
            continue
        common = _zipf(head_lemma, lang)
        rarity = 1 if common < RARE_ZIPF else -1 if common >= COMMON_ZIPF else 0
        first = key[:1] if len(key) > 1 else None
        found.append((phrase, key, head_key, first, start, end, rarity))
    kept[lang, sentence] = found
    return found


@functools.lru_cache(maxsize=65_536)
def _zipf(word: str, lang: str) -> float:
    """`zipf(word, lang)` (kept between builds: wordfreq's lists load in seconds), asked of
    wordfreq once a word in a process (`zipf` asks it each time for a word its memos of
    earlier builds do not hold, as in a card worker)."""
    return zipf(word, lang)


@t.per_analysis
def _kept_blankable(analysis: Analysis) -> dict[tuple[str, str], list[_Blankable]]:
    """Where `_blankable` keeps what it found of an analysis, by language and sentence."""
    return {}


def _best_first(blank: Blank) -> tuple[float, int]:
    return -blank.score, blank.start


@t.per_analysis
def _nouns(analysis: Analysis) -> list[tuple[Phrase, t.Key, t.Key, str, int, int]]:
    """The phrases of a sentence that may be blanked at all (a noun for head that is surely
    one, and a key), each with its key, its head's key and lemma, and its place [start, end)."""
    words = analysis.words
    found: list[tuple[Phrase, t.Key, t.Key, str, int, int]] = []
    for phrase, key in zip(analysis.phrases, analysis.keys, strict=True):
        head = words[phrase.head]
        if head.pos in _NOUNS and not head.ambiguous and key:
            start, end = words[phrase.first].start, words[phrase.last].end  # analysis.span
            found.append((phrase, key, (head.lemma.lower(),), head.lemma, start, end))
    return found


def choose(
    found: Iterable[Blank], headword: t.Key | None, headword_used: bool
) -> tuple[list[Blank], bool]:
    """The blanks to make cards of: the best, and a second as good as an aligned term; the
    headword at most once in the whole article (the hint would give it away each time).
    Returns them and whether the headword is used now."""
    chosen: list[Blank] = []
    for blank in found:
        is_headword = headword is not None and blank.key == headword
        if is_headword and headword_used:
            continue
        if chosen and (blank.score < 3.0 or len(chosen) >= MAX_BLANKS):
            break
        headword_used = headword_used or is_headword
        chosen.append(blank)
    return chosen, headword_used


def front(sentence: str, analysis: Analysis, blank: Blank, hint: str) -> str:
    """The blanked sentence (cut to the clauses around the blank when long) over the hint."""
    return hinted_front(sentence, analysis, blank, without_dangling(hint))


def hinted_front(sentence: str, analysis: Analysis, blank: Blank, hint: str) -> str:
    """`front` with its hint as shown (`without_dangling` of it: the same for each blank of
    the sentences it is the hint of)."""
    lo, hi = clause_span(sentence, blank.start, blank.end, MAX_FRONT_WORDS, breaks(analysis))
    after = gloss_after(sentence, blank.end) if blank.end < hi else blank.end
    head = sentence[: blank.start] + BLANK + sentence[min(after, hi) : hi]
    blanked = shown(head + sentence[hi:], lo, len(head))
    return f"{blanked}\n{hint}" if hint else blanked
