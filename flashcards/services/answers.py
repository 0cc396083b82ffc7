"""The reviewer's answer rules: multiple-choice options, verdicts on typed or chosen answers."""

from __future__ import annotations

from dataclasses import dataclass

from flashcards.quiz.choices import MultipleChoice
from flashcards.quiz.grading import Grade, Verdict, grade, rating_for
from flashcards.quiz.models import QuizCard, quiz_card
from flashcards.records import CardRecord
from flashcards.services.quiz import ALIKE, FAST_MS, QuizItem, QuizMode, QuizPlan
from flashcards.store import cards as card_store
from flashcards.store.database import Database
from flashcards.types import Rating

#: Besides the cards of its own article family, this many others of the deck are weighed as
#: options for a question: enough for good distractors, few enough for a 100,000-card deck.
SAMPLE = 400


@dataclass(frozen=True)
class Verdicted:
    """What an answer was judged, the rating it gives, and (typed answers) the graded diff."""

    verdict: Verdict
    rating: Rating
    grade: Grade | None = None
    fast: bool = False


def _rating(verdict: Verdict, duration_ms: int | None, easy_when_fast: bool) -> Verdicted:
    fast = duration_ms is not None and duration_ms <= FAST_MS
    return Verdicted(
        verdict, rating_for(verdict, fast=fast, easy_when_fast=easy_when_fast), fast=fast
    )


class AnswerRules:
    """Judges answers given in the reviewer by the quizzes' rules (one deck's cards at a time).

    Options come from the deck's cards answered in the same language, loaded once per
    deck and language; typed answers are graded letter by letter; a right answer given
    within `FAST_MS` counts as Easy when the learner asked for that, as in the quizzes.
    """

    def __init__(self, db: Database, seed: int | str = "review") -> None:
        self.db = db
        self.seed = seed
        self._keywords: dict[str, tuple[str, tuple[str, ...]]] = {}

    def _candidates(self, card: CardRecord) -> list[CardRecord]:
        kinds = {card.kind} | set(ALIKE.get(card.kind, frozenset()))
        with self.db.begin() as session:
            return card_store.choice_candidates(
                session, card.deck_id, card.target_lang, kinds, card.group_key, SAMPLE, card.id
            )

    def _quiz_cards(self, records: list[CardRecord]) -> list[QuizCard]:
        missing = {p for r in records for p in r.source_files if p not in self._keywords}
        if missing:
            with self.db.begin() as session:
                self._keywords.update(card_store.article_keywords(session, missing))
        cards = []
        for record in records:
            known = [self._keywords[p] for p in record.source_files if p in self._keywords]
            chosen = [kw for lang, kw in known if lang == record.target_lang] or [
                kw for _, kw in known
            ]
            keywords = dict.fromkeys(k for words in chosen for k in words)
            cards.append(quiz_card(record, keywords))
        return cards

    def choices(self, card: CardRecord, n: int = 4) -> MultipleChoice:
        """The question on `card` with up to `n` options: its answer and other cards' answers
        of the same kind (or a kind that looks alike), never a sibling's."""
        others = [r for r in self._candidates(card) if r.id != card.id]
        candidates = self._quiz_cards([card, *others])
        plan = QuizPlan(QuizMode.CHOICE, self.seed, (), {card.deck: tuple(candidates[1:])})
        return plan.choices(QuizItem(candidates[0], card.deck, card.extra, True), n)

    def typed(
        self,
        card: CardRecord,
        answer: str,
        *,
        duration_ms: int | None = None,
        tolerate_accents: bool = False,
        easy_when_fast: bool = False,
    ) -> Verdicted:
        """A typed answer graded against the card's answer, in the answer's language."""
        result = grade(
            answer,
            card.back,
            card.target_lang,
            alternatives=card.alternatives,
            lemma=card.answer_lemma,
            tolerate_diacritics=tolerate_accents,
        )
        rated = _rating(result.verdict, duration_ms, easy_when_fast)
        return Verdicted(rated.verdict, rated.rating, result, rated.fast)

    def chosen(
        self,
        question: MultipleChoice,
        index: int,
        *,
        duration_ms: int | None = None,
        easy_when_fast: bool = False,
    ) -> Verdicted:
        """Option `index` picked: right (Good, or Easy when fast and asked for) or wrong."""
        verdict = Verdict.EXACT if question.is_correct(index) else Verdict.WRONG
        return _rating(verdict, duration_ms, easy_when_fast)


def _is_link(text: str) -> bool:
    """A bare link target ("/repeat-sales", "https://…", "other.md"): no context to a reader."""
    return not any(c.isspace() for c in text) and (
        text.startswith(("/", "#", "./", "../")) or "://" in text or text.endswith(".md")
    )


def context_of(card: CardRecord) -> str:
    """What a card's extra text adds under its answer, or "" when it adds nothing.

    A definition's paragraph starts with the answer sentence: only the rest is shown
    (when the answer is a whole sentence; a cloze's blank may begin its sentence).
    A bare link target, or text the question or answer already holds, is not shown.
    """
    extra, back = card.extra.strip(), card.back.strip()
    if not extra or _is_link(extra) or extra in back or extra in card.front:
        return ""
    if back and back[-1] in ".!?…" and extra.startswith(back):
        return extra[len(back) :].strip()
    return extra
