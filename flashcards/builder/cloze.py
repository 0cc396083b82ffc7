"""Cloze cards: a target-language sentence with a key term blanked, the source sentence as hint."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from flashcards.builder.align import align_sections
from flashcards.builder.roles import heading_words
from flashcards.text.fold import fold
from flashcards.types import Article, Role, Section

#: The blank shown in place of the term.
BLANK = "____"
#: At most this many blanks (separate sibling cards) per sentence.
MAX_BLANKS = 2
#: Words at least this frequent (Zipf scale) are too common to be worth asking for.
COMMON_ZIPF = 4.5
_WORD = re.compile(r"\w[\w-]*", re.UNICODE)


@dataclass(frozen=True)
class Blank:
    """One term of a sentence, found at [start, end)."""

    start: int
    end: int
    reason: str  # "title", "link" or "rare word"

    def apply(self, sentence: str) -> str:
        return sentence[: self.start] + BLANK + sentence[self.end :]

    def term(self, sentence: str) -> str:
        return sentence[self.start : self.end]


@functools.lru_cache(maxsize=65536)
def _zipf(word: str, lang: str) -> float:
    from wordfreq import zipf_frequency  # imported when first needed: it loads word lists

    return float(zipf_frequency(word, lang))


def concept_name(article: Article) -> str:
    """The article's subject as named in its definition heading ("Hvað er mjúk sala?" → "mjúk
    sala"), or its title."""
    section = article.section(Role.DEFINITION)
    if section is None or not section.heading:
        return article.title
    folded = fold(section.heading)
    words = heading_words().get(article.lang, {}).get(Role.DEFINITION, ())
    text = section.heading
    for keyword in words:
        index = folded.find(keyword)
        if index >= 0:
            text = (text[:index] + text[index + len(keyword) :]).strip()
            folded = fold(text)
    name = text.strip(" ?!.:;,-–")
    return name or article.title


def _stem(word: str) -> str:
    folded = fold(word)
    return folded[: max(3, len(folded) - 3)]


def _find_phrase(sentence: str, phrase: str) -> tuple[int, int] | None:
    """Where the words of `phrase` occur in a row, matching inflected forms by their stems."""
    stems = [_stem(w) for w in _WORD.findall(phrase)]
    words = list(_WORD.finditer(sentence))
    if not stems:
        return None
    for i in range(len(words) - len(stems) + 1):
        if all(fold(words[i + k].group()).startswith(s) for k, s in enumerate(stems)):
            return words[i].start(), words[i + len(stems) - 1].end()
    return None


def find_blanks(
    sentence: str, article: Article, names: tuple[str, ...] | None = None
) -> list[Blank]:
    """Terms worth asking for in `sentence`: the concept's name, link anchors, rare words.

    `names` are the article's names for its concept (computed once per article when
    given; by default its definition heading's subject and its title).
    """
    found: list[Blank] = []

    def add(span: tuple[int, int] | None, reason: str) -> None:
        if span is None or any(b.start < span[1] and span[0] < b.end for b in found):
            return
        found.append(Blank(span[0], span[1], reason))

    for name in names if names is not None else (concept_name(article), article.title):
        add(_find_phrase(sentence, name), "title")
    for link in article.links:
        index = sentence.find(link.text)
        if index >= 0 and len(link.text) >= 4:
            add((index, index + len(link.text)), "link")
    rare = sorted(
        (
            (_zipf(fold(m.group()), article.lang), -len(m.group()), m.start(), m.end())
            for m in _WORD.finditer(sentence)
            if len(m.group()) >= 5 and not any(ch.isdigit() for ch in m.group())
        ),
    )
    for zipf, _, start, end in rare:
        if zipf < COMMON_ZIPF:
            add((start, end), "rare word")
            break
    return found[:MAX_BLANKS]


def sentence_pairs(src: Section | None, tgt: Section) -> list[tuple[str, str]]:
    """(hint, sentence) pairs: each target sentence with the source sentence it translates."""
    if src is None:
        return [("", sentence) for sentence in tgt.units]
    return align_sections(src, tgt)


def cloze_front(blanked: str, hint: str) -> str:
    return f"{blanked}\n{hint}" if hint else blanked
