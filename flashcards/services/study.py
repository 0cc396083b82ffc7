"""Study sessions: today's queue, answering with durable logging, undo and card actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import TypedDict

from flashcards.errors import FlashcardsError
from flashcards.scheduler.balance import BALANCED_DAYS, DayLoad
from flashcards.scheduler.config import Limits, SchedulerConfig
from flashcards.scheduler.day import StudyDay, day_of, study_day
from flashcards.scheduler.memory import MemoryModel
from flashcards.scheduler.queue import Counts, DailyQueue, QueueEntry, build_queue
from flashcards.store import cards as card_store
from flashcards.store import schedule as store
from flashcards.store.cards import CardRecord
from flashcards.store.database import Database
from flashcards.store.kept import KeptConnection
from flashcards.store.prepared import Executor
from flashcards.types import CardState, Memory, Rating, StudyMode


class _LogFields(TypedDict):
    """What an answer's log entry records besides the card's states."""

    rating: Rating | None
    mode: StudyMode
    duration_ms: int | None


@dataclass(frozen=True)
class StudyCard:
    """A card ready to show: its text, its memory and what each answer would do."""

    content: CardRecord
    memory: Memory
    intervals: dict[Rating, timedelta]
    retrievability: float | None

    @property
    def id(self) -> int:
        return self.content.id


@dataclass(frozen=True)
class Answered:
    """An answer the database has durably stored."""

    card_id: int
    review_id: int
    rating: Rating
    memory: Memory


@dataclass(frozen=True)
class DeckDue:
    """A deck's name, languages and what is left of it today."""

    id: int
    name: str
    source_lang: str
    target_lang: str
    both_directions: bool
    counts: Counts
    new_per_day: int = 20
    reviews_per_day: int = 200


def load_config(db: Database) -> SchedulerConfig:
    with db.begin() as session:
        return store.load_config(session)


def save_config(db: Database, config: SchedulerConfig) -> None:
    with db.begin() as session:
        store.save_config(session, config)


def due_counts(db: Database, now: datetime, tz: tzinfo | None = None) -> list[DeckDue]:
    """Per deck: new / learning / review cards left today, within the daily limits."""
    with db.begin() as session:
        config = store.load_config(session)
        day = study_day(now, config.day_start_hour, tz)
        rows = store.all_decks(session)
        ids = [r["id"] for r in rows]
        done = store.done_today(session, ids, day.start, day.end)
        rooms = {
            r["id"]: (
                max(0, r["new_per_day"] - done.new_by_deck.get(r["id"], 0)),
                max(0, r["reviews_per_day"] - done.reviews_by_deck.get(r["id"], 0)),
            )
            for r in rows
        }
        raw = store.deck_counts(session, rooms, now, day.end, done.note_keys)
    result = []
    for r in rows:
        new, learning, review = raw.get(r["id"], (0, 0, 0))
        result.append(
            DeckDue(
                id=r["id"],
                name=r["name"],
                source_lang=r["source_lang"],
                target_lang=r["target_lang"],
                both_directions=r["both_directions"],
                counts=Counts(new, learning, review),
                new_per_day=r["new_per_day"],
                reviews_per_day=r["reviews_per_day"],
            )
        )
    return result


class StudySession:
    """One learner's pass through today's queue of one deck (or all decks).

    Every method takes the time as an argument.  Answers are committed (with the log
    entry, in one transaction) before the method returns: what it acknowledges is kept.
    The session keeps one database connection for its pre-built statements (`close`
    gives it back; so does dropping the session).
    """

    def __init__(self, db: Database, deck: str | None = None, tz: tzinfo | None = None) -> None:
        self.db = db
        self.tz = tz
        self._connection = KeptConnection(db)
        # What was read to show a card (its memory, its siblings' due days): its answer
        # starts from the same, so it gets the interval its button showed.
        self._shown: dict[int, tuple[Memory, frozenset[int]]] = {}
        with self._connection.begin() as session:
            self.deck_ids = store.deck_ids(session, deck)
            if deck is not None and not self.deck_ids:
                raise FlashcardsError(f"no deck named {deck!r}")
            self.config = store.load_config(session)
            self.limits = store.deck_limits(session, self.deck_ids)
        self.model = MemoryModel(self.config, tz)
        self._queue: DailyQueue | None = None
        self._entries: dict[int, QueueEntry] = {}
        self._load: DayLoad | None = None
        self.answered: list[Answered] = []

    def close(self) -> None:
        """Give back the session's database connection (a later call opens another)."""
        self._connection.close()

    def _day(self, now: datetime) -> StudyDay:
        return study_day(now, self.config.day_start_hour, self.tz)

    def refresh(self, now: datetime) -> None:
        """Build today's queue afresh from the database."""
        day = self._day(now)
        with self._connection.begin() as session:
            done = store.done_today(session, self.deck_ids, day.start, day.end)
            rooms = {
                deck: max(0, limits.new_per_day - done.new_by_deck.get(deck, 0))
                for deck, limits in self.limits.items()
            }
            entries = store.queue_entries(
                session, self.deck_ids, now, day.end, rooms, done.note_keys
            )
        self._entries = {e.card_id: e for e in entries}
        self._queue = build_queue(entries, now, day, self.limits, done, self.config.learn_ahead)
        self._load = self._day_load(day) if self.config.load_balance else None

    def _day_load(self, day: StudyDay) -> DayLoad:
        """How many review cards are due on each of the coming days, for the load balancer."""
        end = self.model.due_on(day.date + timedelta(days=BALANCED_DAYS + 1))
        with self._connection.begin() as session:
            rows = store.due_review_counts(session, self.deck_ids, day.end, end)
        counts: dict[int, int] = {}
        for due, count in rows:
            offset = (self.model.day(due) - day.date).days
            counts[offset] = counts.get(offset, 0) + count
        return DayLoad(day.date, counts, self.config.easy_days)

    def _sibling_days(
        self, runner: Executor, note_key: str, card_id: int, now: datetime
    ) -> frozenset[int]:
        """In how many days from today each other review card of the card's note is due."""
        if self._load is None:
            return frozenset()
        today = self.model.day(now)
        dues = store.sibling_dues(runner, note_key, card_id)
        return frozenset((self.model.day(due) - today).days for due in dues)

    def _ensure(self, now: datetime) -> DailyQueue:
        if self._queue is None or not self._queue.day.contains(now):
            self.refresh(now)
        assert self._queue is not None
        return self._queue

    def counts(self, now: datetime) -> Counts:
        return self._ensure(now).counts()

    def next_due(self, now: datetime) -> datetime | None:
        """When the next card comes, once nothing is left to show now."""
        queue = self._ensure(now)
        soon = queue.next_learning_due()
        if soon is not None:
            return soon
        with self._connection.begin() as session:
            return store.next_due_after(session, self.deck_ids, queue.day.end)

    def next_card(self, now: datetime) -> StudyCard | None:
        """The card to show now, with the interval each rating would give."""
        entry = self._ensure(now).next(now)
        if entry is None:
            return None
        return self.card(entry.card_id, now)

    def show_first(self, card_id: int, now: datetime) -> bool:
        """Show `card_id` next if it is still to be studied today (after an undo, or when
        the queue is built again under the card on screen); False when it is not."""
        queue = self._ensure(now)
        entry = self._entries.get(card_id)
        if entry is None:
            return False
        queue.push_front(entry)
        return True

    def card(self, card_id: int, now: datetime) -> StudyCard:
        self._ensure(now)
        with self._connection.fast(write=False) as cursor:
            content, memory = store.shown_card(cursor, card_id)
            siblings = self._sibling_days(cursor, content.note_key, card_id, now)
        self._shown = {card_id: (memory, siblings)}
        return StudyCard(
            content=content,
            memory=memory,
            intervals=self.model.preview(card_id, memory, now, self._load, siblings),
            retrievability=self.model.retrievability(memory, now),
        )

    def answer(
        self,
        card_id: int,
        rating: Rating,
        now: datetime,
        *,
        duration_ms: int | None = None,
        mode: StudyMode = StudyMode.FLIP,
    ) -> Answered:
        """Grade a card; the new state and its log entry are committed together."""
        queue = self._ensure(now)
        shown = self._shown.pop(card_id, None)
        log: _LogFields = {"rating": rating, "mode": mode, "duration_ms": duration_ms}
        with self._connection.fast() as cursor:
            review_id = None
            if shown is not None:  # what was read to show it, unless changed since
                before, siblings = shown
                after = self.model.answer(card_id, before, rating, now, self._load, siblings)
                review_id = store.write_answer_if_unchanged(
                    cursor, card_id, before, after, now, **log
                )
            if review_id is None:
                record, before = store.shown_card(cursor, card_id)
                siblings = self._sibling_days(cursor, record.note_key, card_id, now)
                after = self.model.answer(card_id, before, rating, now, self._load, siblings)
                review_id = store.write_answer(cursor, card_id, before, after, now, **log)
        queue.remove(card_id)
        if self._load is not None and after.due is not None and after.state is CardState.REVIEW:
            self._load = self._load.with_card((self.model.day(after.due) - queue.day.date).days)
        entry = self._entries.get(card_id)
        if entry is not None and after.state in (CardState.LEARNING, CardState.RELEARNING):
            updated = QueueEntry(
                card_id, entry.deck_id, entry.note_key, after.state, after.due, after.stability
            )
            self._entries[card_id] = updated
            queue.schedule_learning(updated)
        done = Answered(card_id, review_id, rating, after)
        self.answered.append(done)
        return done

    def undo(self, now: datetime) -> StudyCard | None:
        """Take back this session's last answer: the card returns exactly as it was.

        Only answers given in this session are undone, never older history; and only while
        the answer is still the card's last entry (another window may have answered since).
        """
        queue = self._ensure(now)
        if not self.answered:
            return None
        last = self.answered[-1]
        with self._connection.begin() as session:
            history = store.history(session, last.card_id)
            entry = history[-1] if history else None
            if entry is None or entry.id != last.review_id:
                self.answered.pop()
                return None
            store.undo_entry(session, entry)
        self.answered.pop()
        self._load = None if self._load is None else self._day_load(queue.day)
        old = self._entries.get(entry.card_id)
        if old is not None:
            restored = QueueEntry(
                old.card_id,
                old.deck_id,
                old.note_key,
                entry.before.state,
                entry.before.due,
                entry.before.stability,
            )
            self._entries[entry.card_id] = restored
            queue.push_front(restored)  # shown again at once
        else:
            self.refresh(now)
        return self.card(entry.card_id, now)

    def bury(self, card_id: int, now: datetime) -> None:
        """Hide a card until the next study day."""
        self._shown.pop(card_id, None)
        with self._connection.begin() as session:
            store.set_flags(session, [card_id], buried_until=self._day(now).end)
        self._ensure(now).remove(card_id)

    def suspend(self, card_id: int, now: datetime) -> None:
        self._shown.pop(card_id, None)
        with self._connection.begin() as session:
            store.set_flags(session, [card_id], suspended=True)
        self._ensure(now).remove(card_id)


def edit_card(db: Database, card_id: int, front: str, back: str, extra: str = "") -> None:
    """Change a card's text; a rebuild from its article keeps the edit."""
    if not front.strip() or not back.strip():
        raise FlashcardsError("a card needs a question and an answer")
    with db.begin() as session:
        try:
            card_store.edit_card(session, card_id, front.strip(), back.strip(), extra.strip())
        except LookupError:
            raise FlashcardsError(f"no card with id {card_id}") from None


def set_deck_limits(db: Database, deck_id: int, new_per_day: int, reviews_per_day: int) -> None:
    """A deck's daily limits of new cards and reviews."""
    if new_per_day < 0 or reviews_per_day < 0:
        raise FlashcardsError("daily limits cannot be negative")
    with db.begin() as session:
        if not store.set_deck_limits(session, deck_id, Limits(new_per_day, reviews_per_day)):
            raise FlashcardsError(f"no deck with id {deck_id}")


def set_suspended(db: Database, card_ids: Sequence[int], suspended: bool) -> None:
    with db.begin() as session:
        store.set_flags(session, card_ids, suspended=suspended)


def set_flag(db: Database, card_ids: Sequence[int], flag: int) -> None:
    if not 0 <= flag <= 7:
        raise FlashcardsError("a flag is a number from 0 (none) to 7")
    with db.begin() as session:
        store.set_flags(session, card_ids, flag=flag)


def reset(db: Database, card_ids: Sequence[int], now: datetime) -> None:
    """Make cards new again; the review log keeps their history and an entry for undo."""
    with db.begin() as session:
        for card_id in card_ids:
            before = store.memory_of(session, card_id)
            store.write_answer(session, card_id, before, Memory(), now, rating=None, kind="manual")


def set_due(
    db: Database, card_ids: Sequence[int], days: int, now: datetime, tz: tzinfo | None = None
) -> None:
    """Make cards due `days` study days from today (as reviews, keeping their memory)."""
    if days < 0:
        raise FlashcardsError("the due date must be today or later")
    with db.begin() as session:
        config = store.load_config(session)
        due = MemoryModel(config, tz).due_on(
            day_of(now, config.day_start_hour, tz) + timedelta(days)
        )
        for card_id in card_ids:
            before = store.memory_of(session, card_id)
            state = before.state if before.state is not CardState.NEW else CardState.REVIEW
            after = Memory(
                state=state,
                step=before.step,
                stability=before.stability or 1.0,
                difficulty=before.difficulty or 5.0,
                due=due,
                last_review=before.last_review or now,
                reps=before.reps,
                lapses=before.lapses,
            )
            store.write_answer(session, card_id, before, after, now, rating=None, kind="manual")
