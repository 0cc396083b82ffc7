"""The card as the quizzes see it: a small frozen record, made from a stored card."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from flashcards.types import CardKind


class StoredCard(Protocol):
    """What a quiz needs of a stored card (`flashcards.records.CardRecord` has it)."""

    @property
    def id(self) -> int: ...
    @property
    def note_key(self) -> str: ...
    @property
    def kind(self) -> CardKind: ...
    @property
    def source_lang(self) -> str: ...
    @property
    def target_lang(self) -> str: ...
    @property
    def front(self) -> str: ...
    @property
    def back(self) -> str: ...
    @property
    def group_key(self) -> str: ...
    @property
    def alternatives(self) -> tuple[str, ...]: ...
    @property
    def answer_lemma(self) -> str: ...


@dataclass(frozen=True)
class QuizCard:
    """One card to quiz on or to draw distractors from.

    `note_key` is shared by siblings (the two directions of one fact), `group_key` by
    the cards of one article family; `keywords` are topic words (an article's keywords,
    say) used to pick distractors on the same subject.
    """

    id: int
    note_key: str
    kind: CardKind
    source_lang: str
    target_lang: str
    front: str
    back: str
    group_key: str
    keywords: tuple[str, ...] = ()
    #: Other answers taken as right, and the answer in dictionary form (for typed answers).
    alternatives: tuple[str, ...] = ()
    answer_lemma: str = ""

    def is_sibling_of(self, other: QuizCard) -> bool:
        """Another card of the same note: its answer gives this card's away."""
        return self.id != other.id and self.note_key == other.note_key


def quiz_card(card: StoredCard, keywords: Iterable[str] = ()) -> QuizCard:
    """A stored card as a quiz card, with the topic keywords of its article."""
    return QuizCard(
        id=card.id,
        note_key=card.note_key,
        kind=card.kind,
        source_lang=card.source_lang,
        target_lang=card.target_lang,
        front=card.front,
        back=card.back,
        group_key=card.group_key,
        keywords=tuple(keywords),
        alternatives=tuple(card.alternatives),
        answer_lemma=card.answer_lemma,
    )
