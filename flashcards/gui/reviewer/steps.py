"""What the reviewer shows next, fetched on the worker: the card, the counts, its options."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flashcards.quiz.choices import MultipleChoice
from flashcards.scheduler.queue import Counts
from flashcards.services.answers import AnswerRules
from flashcards.services.study import StudyCard, StudySession
from flashcards.types import StudyMode

#: The answer modes of the reviewer, in the order of its mode box.
MODES = (StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE)


@dataclass(frozen=True)
class Step:
    """What the reviewer shows next: a card (or none), counts, when more comes, and the
    card's multiple-choice question when it is asked that way."""

    card: StudyCard | None
    counts: Counts
    next_due: datetime | None
    question: MultipleChoice | None = None


def next_step(session: StudySession, rules: AnswerRules, now: datetime, mode: StudyMode) -> Step:
    """The next card of `session` at `now` (on the worker), with its options in `mode`."""
    card = session.next_card(now)
    question = rules.choices(card.content) if card and mode is StudyMode.CHOICE else None
    return Step(
        card=card,
        counts=session.counts(now),
        next_due=None if card else session.next_due(now),
        question=question,
    )
