"""The sorting quiz: place each statement under the concept it describes (soft vs hard sell)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from flashcards.text.fold import normalize
from flashcards.types import Article, Role

#: A word as written, hyphenated and apostrophised words whole ("E-ticarette", "İstanbul'da").
_WORD = re.compile(r"\w[\w\u0300-\u036f]*(?:[-'’]\w[\w\u0300-\u036f]*)*")

#: The sections that describe the article's own concept (A), and the one that sets it off.
_CONCEPT_ROLES = (Role.DEFINITION, Role.TECHNIQUES)


class Side(StrEnum):
    """Which of the two concepts a sentence is about."""

    A = "a"
    B = "b"


@dataclass(frozen=True)
class Concept:
    """A concept to sort under: its label and the word stems that name it in one language.

    A term is one or more stems, each matching the start of a word, in order: "sert sat"
    matches "Sert satış" and "sert satıştan", "harð" matches "harða söluna" and "Harðsala".
    """

    label: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class Statement:
    """A sentence to sort, the label it belongs under, and why."""

    text: str
    label: str
    explanation: str


@dataclass(frozen=True)
class SortQuiz:
    """Statements in quiz order; `labels` are the piles, in the order to show them."""

    labels: tuple[str, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Misplacement:
    """A statement put under the wrong label (`given`)."""

    index: int
    statement: Statement
    given: str

    @property
    def expected(self) -> str:
        return self.statement.label

    @property
    def explanation(self) -> str:
        return self.statement.explanation


@dataclass(frozen=True)
class SortResult:
    """How a sorting quiz went: right out of total, the misplaced and the unplaced ones."""

    right: int
    total: int
    wrong: tuple[Misplacement, ...]
    unanswered: tuple[int, ...]

    @property
    def all_right(self) -> bool:
        return self.right == self.total


@dataclass(frozen=True)
class _Mention:
    side: Side
    word: int  # index of its first word
    words: int  # how many words it spans
    span: tuple[int, int]  # character offsets in the sentence


def _words(sentence: str, lang: str) -> list[tuple[str, int, int]]:
    """The sentence's words, folded, with their character offsets."""
    return [(normalize(m.group(), lang), m.start(), m.end()) for m in _WORD.finditer(sentence)]


def _stems(terms: Iterable[str], lang: str) -> list[tuple[str, ...]]:
    return [stems for term in terms if (stems := tuple(normalize(term, lang).split()))]


def _mentions(sentence: str, lang: str, sides: Mapping[Side, Sequence[str]]) -> list[_Mention]:
    """Every place a term of either concept occurs, in order (longest first at a tie)."""
    words = _words(sentence, lang)
    found: list[_Mention] = []
    for side, terms in sides.items():
        for stems in _stems(terms, lang):
            for i in range(len(words) - len(stems) + 1):
                if all(words[i + k][0].startswith(stem) for k, stem in enumerate(stems)):
                    span = (words[i][1], words[i + len(stems) - 1][2])
                    found.append(_Mention(side, i, len(stems), span))
    return sorted(found, key=lambda m: (m.word, -m.words, m.side))


def mentioned_concept(
    sentence: str, lang: str, concept_a_terms: Sequence[str], concept_b_terms: Sequence[str]
) -> Side | None:
    """The concept a sentence is about: the one it names first (None if neither, or a tie)."""
    mentions = _mentions(sentence, lang, {Side.A: concept_a_terms, Side.B: concept_b_terms})
    if not mentions:
        return None
    first = mentions[0]
    rivals = [m for m in mentions if (m.word, m.words) == (first.word, first.words)]
    return None if any(m.side is not first.side for m in rivals) else first.side


def label_comparison_sentences(
    sentences: Sequence[str],
    lang: str,
    concept_a_terms: Sequence[str],
    concept_b_terms: Sequence[str],
    *,
    carry_over: bool = False,
) -> list[Side | None]:
    """Label each sentence by the concept it names first (its subject, in these articles).

    Matching is case-folded (Turkish-aware) on word stems, so inflected forms match:
    "sert sat" finds "Sert satış" and "zor sat" "Zor satışı"; "harð" finds "Harðsala" and
    "harða söluna".  A sentence naming neither gets None, or with `carry_over` the label
    of the sentence before it ("Það er álitin…": "it" is the concept just named).
    """
    labels: list[Side | None] = []
    previous: Side | None = None
    for sentence in sentences:
        side = mentioned_concept(sentence, lang, concept_a_terms, concept_b_terms)
        if side is None and carry_over:
            side = previous
        labels.append(side)
        previous = side
    return labels


def mask_mentions(sentence: str, lang: str, terms: Sequence[str], blank: str = "…") -> str:
    """The sentence with every mention of `terms` replaced by `blank`, whole words."""
    spans = [m.span for m in _mentions(sentence, lang, {Side.A: terms})]
    out: list[str] = []
    position = 0
    for start, end in sorted(spans, key=lambda span: (span[0], -span[1])):
        if start < position:
            continue  # inside a longer mention already blanked
        out += [sentence[position:start], blank]
        position = end
    return "".join([*out, sentence[position:]])


def statements_from_comparison(
    concept_a_sentences: Sequence[str],
    concept_b_sentences: Sequence[str],
    *,
    a_label: str,
    b_label: str,
    a_explanation: str | None = None,
    b_explanation: str | None = None,
) -> list[Statement]:
    """Labelled statements from the sentences describing each concept, A's first.

    Repeated sentences appear once; a sentence given for both concepts is left out, as
    it cannot be sorted.  Explanations default to "This describes <label>."
    """
    a_keys = {normalize(s, "") for s in concept_a_sentences}
    b_keys = {normalize(s, "") for s in concept_b_sentences}
    statements: list[Statement] = []
    seen: set[str] = set()
    for sentences, label, explanation, other in (
        (concept_a_sentences, a_label, a_explanation, b_keys),
        (concept_b_sentences, b_label, b_explanation, a_keys),
    ):
        for sentence in sentences:
            key = normalize(sentence, "")
            if not key or key in seen or key in other:
                continue
            seen.add(key)
            why = explanation if explanation is not None else f"This describes {label}."
            statements.append(Statement(sentence, label, why))
    return statements


def article_statements(
    article: Article,
    concept_a: Concept,
    concept_b: Concept,
    *,
    blank: str | None = "…",
    max_length: int | None = 200,
) -> list[Statement]:
    """Statements for sorting from one article about concept A that compares it with B.

    A's come from the definition and techniques sections (sentences not naming B first);
    each concept's also from the comparison section, labelled by the concept each names
    first, a sentence naming neither taking its predecessor's label.  With `blank`, a
    statement's own concept is blanked out so the wording does not give the answer away;
    the explanation quotes the sentence whole.  Sentences over `max_length` characters
    are left out: too long to sort at a glance.
    """
    terms = {Side.A: concept_a.terms, Side.B: concept_b.terms}
    found: dict[Side, list[tuple[str, str]]] = {Side.A: [], Side.B: []}
    for section in article.sections:
        units = section.units
        if section.role is Role.COMPARISON:
            sides = label_comparison_sentences(
                units, article.lang, concept_a.terms, concept_b.terms, carry_over=True
            )
        elif section.role in _CONCEPT_ROLES:
            sides = [
                Side.A if s is not Side.B else None
                for s in label_comparison_sentences(
                    units, article.lang, concept_a.terms, concept_b.terms
                )
            ]
        else:
            continue
        for sentence, side in zip(units, sides, strict=True):
            if side is not None and (max_length is None or len(sentence) <= max_length):
                found[side].append((sentence, section.heading))
    statements: list[Statement] = []
    for side, concept in ((Side.A, concept_a), (Side.B, concept_b)):
        for sentence, heading in found[side]:
            text = (
                sentence
                if blank is None
                else mask_mentions(sentence, article.lang, terms[side], blank)
            )
            why = f"{concept.label}: “{sentence}” ({heading})"
            statements.append(Statement(text, concept.label, why))
    return statements


def make_sort_quiz(
    statements: Sequence[Statement], seed: int | str, *, per_label: int | None = None
) -> SortQuiz:
    """The statements shuffled by `seed`, optionally at most `per_label` of each label.

    Labels keep the order in which they first appear in `statements`.
    """
    rng = random.Random(f"sort:{seed}")
    labels = tuple(dict.fromkeys(s.label for s in statements))
    chosen: list[Statement] = []
    for label in labels:
        mine = [s for s in statements if s.label == label]
        if per_label is not None and len(mine) > per_label:
            mine = rng.sample(mine, per_label)
        chosen.extend(mine)
    rng.shuffle(chosen)
    return SortQuiz(labels=labels, statements=tuple(chosen))


def _label_key(label: str) -> str:
    return normalize(label, "", tolerate_diacritics=True)


def score(quiz: SortQuiz, answers: Mapping[int, str]) -> SortResult:
    """Mark the placements `answers` (statement index → label given) against the quiz.

    Labels match ignoring case, accents and spacing.  Statements with no answer are
    listed as unanswered; an index outside the quiz is an error.
    """
    total = len(quiz.statements)
    outside = sorted(i for i in answers if not 0 <= i < total)
    if outside:
        raise ValueError(f"no statement {outside[0]} in a quiz of {total}")
    right = 0
    wrong: list[Misplacement] = []
    unanswered: list[int] = []
    for index, statement in enumerate(quiz.statements):
        given = answers.get(index)
        if given is None:
            unanswered.append(index)
        elif _label_key(given) == _label_key(statement.label):
            right += 1
        else:
            wrong.append(Misplacement(index, statement, given))
    return SortResult(right, total, tuple(wrong), tuple(unanswered))
