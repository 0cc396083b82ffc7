"""The terms an article is about, from its analysed text: its own concept under the name its body
uses most (*mjúk sala*, though the title says *Mjúk selja*), and the concept its comparison
section sets against it (*harðsala*, *sert satış*)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from flashcards.text.analysis import Analysis, Phrase, Pos
from flashcards.types import Article, Role

#: Words a term's key keeps: the ones that carry its meaning (not its article or
#: demonstrative: "bir ürün", "þessi tækni"); an adverb may qualify a noun ("tekrar satış").
_KEY_POS = frozenset({Pos.NOUN, Pos.PROPN, Pos.ADJ, Pos.NUM, Pos.ADV})
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
    return tuple(
        w.lemma.lower() for w in analysis.words[phrase.first : phrase.last + 1] if w.pos in _KEY_POS
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
    words = [(i, w.lemma.lower()) for i, w in enumerate(analysis.words) if w.pos in _KEY_POS]
    found = []
    for start in range(len(words) - len(key) + 1):
        if tuple(lemma for _, lemma in words[start : start + len(key)]) == key:
            first, last = words[start][0], words[start + len(key) - 1][0]
            gap = analysis.words[first : last + 1]
            if all(w.pos in _KEY_POS or w.pos is Pos.DET for w in gap):
                found.append((first, last))
    return found


def occurrences(article: Article, key: Key) -> int:
    """How often the body of `article` names `key`."""
    total = 0
    for text in body_texts(article):
        analysis = article.analysis(text)
        if analysis is not None:
            total += len(key_positions(analysis, key))
    return total


def _phrases(article: Article, text: str) -> list[tuple[Phrase, Key]]:
    analysis = article.analysis(text)
    if analysis is None:
        return []
    return [(p, k) for p in analysis.phrases if (k := phrase_key(analysis, p))]


def _definition_heading(article: Article) -> str:
    section = article.section(Role.DEFINITION)
    return section.heading if section is not None else ""


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
    heading_keys = {k for _, k in _phrases(article, section.heading) if is_rival(k, own)}
    for phrase, key in _phrases(article, section.heading):
        if is_rival(key, own):
            lemmas.setdefault(key, phrase.lemma)
    for text in body_texts(article):
        analysis = article.analysis(text)
        for phrase, key in _phrases(article, text):
            if not is_rival(key, own):
                continue
            lemmas.setdefault(key, phrase.lemma)
            counts[key] += 1
            if text in section.units and analysis is not None and phrase.first == 0:
                subjects[key] += 1
    if not lemmas:
        return None
    best = max(lemmas, key=lambda k: (subjects[k] > 0, counts[k], k in heading_keys, -len(k), k))
    return Term(lemmas[best], best, counts[best])


def is_rival(key: Key, own: Term) -> bool:
    """Whether `key` names another concept of the same kind as `own`: another modifier
    on the same head, or a compound ending in the head."""
    if key == own.key or set(own.key) <= set(key):
        return False
    head = own.head
    if len(key) >= 2 and key[-1] == head:
        return True
    return len(key) == 1 and key[0] != head and key[0].endswith(head) and len(key[0]) > len(head)


def mentions(analysis: Analysis, terms: Sequence[Term]) -> list[tuple[int, int, int]]:
    """Every place in `analysis` one of `terms` is named: (first word, last word, which
    term), in order, the longest at a tie."""
    found = [
        (first, last, n)
        for n, term in enumerate(terms)
        for first, last in key_positions(analysis, term.key)
    ]
    return sorted(found, key=lambda m: (m[0], -(m[1] - m[0])))
