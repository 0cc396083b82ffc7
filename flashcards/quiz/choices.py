"""Multiple choice: a card's answer among plausible distractors drawn from other cards."""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass

from flashcards.quiz.models import QuizCard
from flashcards.text.fold import normalize

#: Width of a length band, in doublings: answers within ~1.4x of each other share band 0.
_LENGTH_BAND = 0.5


@dataclass(frozen=True)
class MultipleChoice:
    """A question, its options in display order, and which one is right.

    `option_card_ids[i]` is the card whose answer `options[i]` is, so a front end can
    show what a wrongly chosen option actually means.
    """

    card_id: int
    question: str
    options: tuple[str, ...]
    answer_index: int
    option_card_ids: tuple[int, ...]

    @property
    def answer(self) -> str:
        return self.options[self.answer_index]

    def is_correct(self, index: int) -> bool:
        return index == self.answer_index


def _key(text: str, lang: str) -> str:
    """Two options this close would be the same option: compare accent-free."""
    return normalize(text, lang, tolerate_diacritics=True)


def _keywords(card: QuizCard) -> frozenset[str]:
    return frozenset(normalize(k, card.target_lang) for k in card.keywords) - {""}


def _length_band(candidate: str, answer: str) -> int:
    ratio = (len(candidate) + 1) / (len(answer) + 1)
    return int(abs(math.log2(ratio)) / _LENGTH_BAND)


def eligible(card: QuizCard, candidate: QuizCard) -> bool:
    """Could `candidate`'s answer stand as a distractor for `card`?

    Same kind of card and same answer language; never the card itself nor a sibling
    (the other direction of the same note, whose answer would give this one away).
    """
    return (
        candidate.id != card.id
        and candidate.note_key != card.note_key
        and candidate.kind == card.kind
        and candidate.target_lang == card.target_lang
    )


def distractors(
    card: QuizCard, pool: Iterable[QuizCard], rng: random.Random, count: int
) -> list[QuizCard]:
    """Up to `count` cards whose answers make good wrong options for `card`, best first.

    Preference, in order: sharing more topic keywords, the same article family
    (`group_key`), an answer of similar length; ties are broken by `rng`.  No two
    answers (nor any answer and the card's own) are equal once normalised.
    """
    unique = {c.id: c for c in pool if eligible(card, c)}
    wanted = _keywords(card)
    ranked = sorted(
        (
            (
                -len(wanted & _keywords(c)),
                0 if c.group_key == card.group_key else 1,
                _length_band(c.back, card.back),
                rng.random(),
                c.id,
            ),
            c,
        )
        for c in sorted(unique.values(), key=lambda c: c.id)
    )
    seen = {_key(card.back, card.target_lang)}
    chosen: list[QuizCard] = []
    for _, candidate in ranked:
        if len(chosen) >= count:
            break
        key = _key(candidate.back, card.target_lang)
        if not key or key in seen:
            continue
        seen.add(key)
        chosen.append(candidate)
    return chosen


def make_choices(
    card: QuizCard, pool: Iterable[QuizCard], seed: int | str, n: int = 4
) -> MultipleChoice:
    """A multiple-choice question on `card` with up to `n` options (fewer if the pool is small).

    Deterministic: the same card, pool (in any order) and seed give the same question.
    A card with no usable distractors gets a single option, its own answer.
    """
    if n < 1:
        raise ValueError(f"a multiple-choice question needs at least one option, not {n}")
    rng = random.Random(f"{seed}:{card.id}")
    options = [(card.back, card.id), *((c.back, c.id) for c in distractors(card, pool, rng, n - 1))]
    rng.shuffle(options)
    return MultipleChoice(
        card_id=card.id,
        question=card.front,
        options=tuple(text for text, _ in options),
        answer_index=next(i for i, (_, cid) in enumerate(options) if cid == card.id),
        option_card_ids=tuple(cid for _, cid in options),
    )
