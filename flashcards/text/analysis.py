"""What the language layer knows of a text: its words with lemmas and parts of speech, and its
noun phrases in dictionary form; the analysers of each language, loaded when first needed."""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol


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


@dataclass(frozen=True, slots=True)
class Word:
    """One word of an analysed text, at [start, end).

    `lemma` is the word without its inflection but with its derivation (*tüketicinin →
    tüketici*, *söluna → sala*), lower case unless it is a name; `finite` marks a finite
    verb (*belirleyecektir*, *vísar*); `feats` are the language's own inflection tags
    (case, number, gender), used to make phrases agree; `ambiguous` says the word could as
    well be a verb as a noun (*byrjar*, *verður*), so nothing that must be a noun is asked
    of it.
    """

    start: int
    end: int
    lemma: str
    pos: Pos
    finite: bool = False
    feats: str = ""
    ambiguous: bool = False

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


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase: words `first`..`last` (inclusive) around the noun `head`, and the whole
    phrase in dictionary form (*harða söluna → hörð sala*, *tekrar satışları → tekrar satış*)."""

    first: int
    last: int
    head: int
    lemma: str

    def to_list(self) -> list[Any]:
        return [self.first, self.last, self.head, self.lemma]

    @classmethod
    def from_list(cls, data: Sequence[Any]) -> Phrase:
        return cls(int(data[0]), int(data[1]), int(data[2]), str(data[3]))


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

    def to_dict(self) -> dict[str, Any]:
        return {
            "w": [w.to_list() for w in self.words],
            "p": [p.to_list() for p in self.phrases],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            tuple(Word.from_list(w) for w in data.get("w", ())),
            tuple(Phrase.from_list(p) for p in data.get("p", ())),
        )


class Analyzer(Protocol):
    """What a language's analyser does: words and noun phrases of one text (a sentence, a
    heading, a title) in that language."""

    def analyze(self, text: str) -> Analysis: ...


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


def analyze(text: str, lang: str) -> Analysis | None:
    """The analysis of `text` in `lang`, or None when the language has no analyser."""
    found = analyzer(lang)
    return None if found is None else found.analyze(text)
