"""Study chosen cards now, due or not (the reader's "Study now"): like Anki's filtered deck
that reschedules by the answers.

FSRS takes an answer at the time it is given: a card reviewed before its due date has a
higher chance of recall than at its due date, and its stability grows less for a right
answer, as the model says.  So an early answer is an ordinary review in the log, at its real
time (its entry keeps the due date it had, `ahead_of_due`): it counts for the card, the
statistics and the optimizer, and nothing pretends the card was due.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from flashcards.records import LogEntry
from flashcards.scheduler.queue import DailyQueue, QueueEntry
from flashcards.services.study import StudySession
from flashcards.store import cards as card_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.types import CardState

_LEARNING = (CardState.LEARNING, CardState.RELEARNING)


class StudyNow(StudySession):
    """A study session of `card_ids` of `deck`, in that order, whether due or not.

    Each card comes once, the daily limits aside; one answered into (re)learning comes back
    at its step, as in today's queue.  Suspended, buried and deleted cards are left out.
    What is still to study is read from the collection (a card with no answer since the
    session began), so an undo from any window brings its card back.
    """

    def __init__(
        self,
        db: Database,
        deck: str,
        card_ids: Sequence[int],
        now: datetime,
        tz: tzinfo | None = None,
    ) -> None:
        super().__init__(db, deck, tz)
        self.card_ids = tuple(dict.fromkeys(card_ids))
        self.began = now

    def refresh(self, now: datetime) -> None:
        """The chosen cards not answered yet, and those answered into learning."""
        day = self._day(now)
        main: list[QueueEntry] = []
        learning: list[QueueEntry] = []
        with self._connection.begin() as session:
            marks = card_store.card_marks(session, self.card_ids)  # type: ignore[arg-type]
            for card_id in self.card_ids:
                buried = (marks.get(card_id) or {}).get("buried_until")
                try:
                    record, memory = store.shown_card(session, card_id)
                except LookupError:
                    continue
                if record.retired or record.suspended or (buried is not None and buried > now):
                    continue
                entry = QueueEntry(
                    card_id,
                    record.deck_id,
                    record.note_key,
                    memory.state,
                    memory.due,
                    memory.stability,
                    memory.last_review,
                )
                answered = memory.last_review is not None and memory.last_review >= self.began
                if not answered:
                    main.append(entry)
                elif memory.state in _LEARNING and memory.due is not None and memory.due < day.end:
                    learning.append(entry)
        self._entries = {e.card_id: e for e in main + learning}
        self._card_decks.update((e.card_id, e.deck_id) for e in main + learning)
        self._queue = DailyQueue(learning, main, day, self.config.learn_ahead)
        self._loads = {}

    def next_due(self, now: datetime) -> datetime | None:
        """When the next chosen card in learning comes back (no other card joins)."""
        return self._ensure(now).next_learning_due()


def ahead_of_due(entry: LogEntry) -> bool:
    """A review answered before the card was due (a review card studied ahead)."""
    before = entry.before
    return (
        entry.kind == "review"
        and before.state is CardState.REVIEW
        and before.due is not None
        and before.due > entry.reviewed_at
    )
