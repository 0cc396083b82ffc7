"""Study sessions: today's queue, answering with durable logging, undo and card actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy.orm import Session

from flashcards.errors import FlashcardsError
from flashcards.scheduler.balance import BALANCED_DAYS, DayLoad
from flashcards.scheduler.config import LeechAction, Limits, ReviewOrder, SchedulerConfig
from flashcards.scheduler.day import StudyDay, day_of, study_day
from flashcards.scheduler.leech import became_leech
from flashcards.scheduler.memory import MemoryModel
from flashcards.scheduler.queue import (
    Counts,
    DailyQueue,
    DoneToday,
    QueueEntry,
    QueueOptions,
    build_queue,
)
from flashcards.store import cards as card_store
from flashcards.store import leeches, presets
from flashcards.store import schedule as store
from flashcards.store.cards import CardRecord
from flashcards.store.database import Database
from flashcards.store.models import Deck
from flashcards.types import CardState, Memory, Rating, StudyMode


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
    leech: bool = False  # this answer made the card a leech (it is tagged "leech")
    suspended: bool = False  # ... and suspended it (the preset's leech action)
    #: The card's marks (tags, suspension) before this answer made it a leech, for undo.
    marks_before: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class DeckDue:
    """A deck's name, languages and what is left of it today."""

    id: int
    name: str
    source_lang: str
    target_lang: str
    both_directions: bool
    counts: Counts
    new_per_day: int = 20  # the limits in force: the deck's own, else its preset's
    reviews_per_day: int = 200
    preset_id: int = presets.DEFAULT_PRESET_ID
    own_limits: bool = False  # the deck sets its own limits instead of its preset's


def load_config(db: Database) -> SchedulerConfig:
    """The collection's scheduling settings with the Default preset's values."""
    with db.begin() as session:
        return store.load_config(session)


def save_config(db: Database, config: SchedulerConfig) -> None:
    """Store the collection's settings and the Default preset's values."""
    with db.begin() as session:
        store.save_config(session, config)


@dataclass(frozen=True)
class _Rules:
    """What scheduling the decks of a study needs: their configs, limits and queue options."""

    config: SchedulerConfig  # the collection's, with the Default preset
    configs: dict[int, SchedulerConfig]  # each deck's, with its preset
    preset_ids: dict[int, int]
    limits: dict[int, Limits]

    @classmethod
    def load(cls, session: Session, deck_ids: Sequence[int]) -> _Rules:
        config = store.load_config(session)
        by_deck = presets.deck_presets(session, deck_ids)
        return cls(
            config,
            {deck: config.with_preset(preset) for deck, preset in by_deck.items()},
            {deck: preset.id or presets.DEFAULT_PRESET_ID for deck, preset in by_deck.items()},
            presets.deck_limits(session, deck_ids),
        )

    def order(self, deck_ids: Sequence[int]) -> ReviewOrder:
        """One deck's own review order; several decks take the Default preset's."""
        if len(deck_ids) == 1 and deck_ids[0] in self.configs:
            return self.configs[deck_ids[0]].review_order
        return self.config.review_order

    def build(
        self,
        entries: list[QueueEntry],
        now: datetime,
        day: StudyDay,
        done: DoneToday,
        deck_ids: Sequence[int],
    ) -> DailyQueue:
        return build_queue(
            entries,
            now,
            day,
            self.limits,
            done,
            self.config.learn_ahead,
            options={deck: QueueOptions.of(c) for deck, c in self.configs.items()},
            order=self.order(deck_ids),
            new_ignores_review_limit=self.config.new_ignores_review_limit,
        )

    def new_rooms(self, done: DoneToday) -> dict[int, int]:
        return {
            deck: max(0, limits.new_per_day - done.new_by_deck.get(deck, 0))
            for deck, limits in self.limits.items()
        }


def due_counts(db: Database, now: datetime, tz: tzinfo | None = None) -> list[DeckDue]:
    """Per deck: new / learning / review cards left today, as its study session counts them."""
    with db.begin() as session:
        rows = session.execute(Deck.__table__.select().order_by(Deck.name)).mappings().all()
        ids = [r["id"] for r in rows]
        rules = _Rules.load(session, ids)
        day = study_day(now, rules.config.day_start_hour, tz)
        done = store.done_today(session, ids, day.start, day.end)
        rooms = rules.new_rooms(done)
        counts = {}
        for deck_id in ids:
            entries = store.queue_entries(session, [deck_id], now, day.end, rooms, done.note_keys)
            counts[deck_id] = rules.build(entries, now, day, done, [deck_id]).counts()
    return [
        DeckDue(
            id=r["id"],
            name=r["name"],
            source_lang=r["source_lang"],
            target_lang=r["target_lang"],
            both_directions=r["both_directions"],
            counts=counts[r["id"]],
            new_per_day=rules.limits[r["id"]].new_per_day,
            reviews_per_day=rules.limits[r["id"]].reviews_per_day,
            preset_id=rules.preset_ids[r["id"]],
            own_limits=r["new_per_day"] is not None or r["reviews_per_day"] is not None,
        )
        for r in rows
    ]


class StudySession:
    """One learner's pass through today's queue of one deck (or all decks).

    Every method takes the time as an argument.  Answers are committed (with the log
    entry, in one transaction) before the method returns: what it acknowledges is kept.
    Each deck is scheduled with its preset's options.
    """

    def __init__(self, db: Database, deck: str | None = None, tz: tzinfo | None = None) -> None:
        self.db = db
        self.tz = tz
        with db.begin() as session:
            self.deck_ids = store.deck_ids(session, deck)
            if deck is not None and not self.deck_ids:
                raise FlashcardsError(f"no deck named {deck!r}")
            self._rules = _Rules.load(session, self.deck_ids)
            self._preset_decks = {
                preset_id: presets.decks_using(session, preset_id)
                for preset_id in set(self._rules.preset_ids.values())
            }
        self.config = self._rules.config
        self.limits = self._rules.limits
        self.model = MemoryModel(self.config, tz)
        self._models = {
            deck: MemoryModel(config, tz) for deck, config in self._rules.configs.items()
        }
        self._queue: DailyQueue | None = None
        self._entries: dict[int, QueueEntry] = {}
        self._loads: dict[int, DayLoad] = {}
        self._card_decks: dict[int, int] = {}
        self._siblings: dict[int, tuple[date, frozenset[int]]] = {}
        self.answered: list[Answered] = []

    def _day(self, now: datetime) -> StudyDay:
        return study_day(now, self.config.day_start_hour, self.tz)

    def refresh(self, now: datetime) -> None:
        """Build today's queue afresh from the database."""
        day = self._day(now)
        with self.db.begin() as session:
            done = store.done_today(session, self.deck_ids, day.start, day.end)
            entries = store.queue_entries(
                session, self.deck_ids, now, day.end, self._rules.new_rooms(done), done.note_keys
            )
        self._entries = {e.card_id: e for e in entries}
        self._card_decks.update((e.card_id, e.deck_id) for e in entries)
        self._queue = self._rules.build(entries, now, day, done, self.deck_ids)
        self._loads = {}

    def _deck_of(self, session: Session, card_id: int) -> int:
        deck = self._card_decks.get(card_id)
        if deck is None:
            deck = presets.card_deck(session, card_id)
            self._card_decks[card_id] = deck
        return deck

    def _model(self, deck_id: int) -> MemoryModel:
        return self._models.get(deck_id, self.model)

    def _day_load(self, session: Session, deck_id: int, day: StudyDay) -> DayLoad | None:
        """Review cards due on each coming day in the decks of this deck's preset."""
        if not self.config.load_balance:
            return None
        preset_id = self._rules.preset_ids.get(deck_id, presets.DEFAULT_PRESET_ID)
        if preset_id not in self._loads:
            model = self._model(deck_id)
            end = model.due_on(day.date + timedelta(days=BALANCED_DAYS + 1))
            decks = self._preset_decks.get(preset_id, [deck_id])
            counts: dict[int, int] = {}
            for due, count in store.due_review_counts(session, decks, day.end, end):
                offset = (model.day(due) - day.date).days
                counts[offset] = counts.get(offset, 0) + count
            self._loads[preset_id] = DayLoad(day.date, counts, model.config.easy_days)
        return self._loads[preset_id]

    def _sibling_days(self, session: Session, card_id: int, now: datetime) -> frozenset[int]:
        """Days from today on which a sibling of the card is due (for the load balancer);
        read once per card shown and reused by its answer."""
        if not self.config.load_balance:
            return frozenset()
        today = self.model.day(now)
        cached = self._siblings.get(card_id)
        if cached is not None and cached[0] == today:
            return cached[1]
        entry = self._entries.get(card_id)
        dues = store.sibling_dues(session, card_id, entry.note_key if entry else None)
        days = frozenset((self.model.day(due) - today).days for due in dues)
        self._siblings = {card_id: (today, days)}
        return days

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
        with self.db.begin() as session:
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
        queue = self._ensure(now)
        with self.db.begin() as session:
            content = store.content_of(session, card_id)
            memory = store.memory_of(session, card_id)
            deck = self._deck_of(session, card_id)
            load = self._day_load(session, deck, queue.day)
            siblings = self._sibling_days(session, card_id, now)
        model = self._model(deck)
        return StudyCard(
            content=content,
            memory=memory,
            intervals=model.preview(card_id, memory, now, load, siblings),
            retrievability=model.retrievability(memory, now),
        )

    def interval_to(self, memory: Memory, now: datetime) -> timedelta:
        """How far away a card's due date is, as the buttons show it."""
        return self.model.interval_to(memory, now)

    def answer(
        self,
        card_id: int,
        rating: Rating,
        now: datetime,
        *,
        duration_ms: int | None = None,
        mode: StudyMode = StudyMode.FLIP,
    ) -> Answered:
        """Grade a card; the new state and its log entry are committed together.

        A lapse that makes the card a leech tags it (and suspends it if its preset says so)
        in the same transaction.
        """
        queue = self._ensure(now)
        with self.db.begin() as session:
            before = store.memory_of(session, card_id)
            deck = self._deck_of(session, card_id)
            model = self._model(deck)
            load = self._day_load(session, deck, queue.day)
            siblings = self._sibling_days(session, card_id, now)
            after = model.answer(card_id, before, rating, now, load, siblings)
            review_id = store.write_answer(
                session,
                card_id,
                before,
                after,
                now,
                rating=rating,
                mode=mode,
                duration_ms=duration_ms,
            )
            leech = became_leech(before, after, model.config.leech_threshold)
            suspend = leech and model.config.leech_action is LeechAction.SUSPEND
            marks = leeches.tag_leech(session, card_id, suspend=suspend) if leech else {}
        queue.remove(card_id)
        self._siblings = {}  # this card's due date changed: its siblings' caches are stale
        if load is not None and after.due is not None and after.state is CardState.REVIEW:
            preset_id = self._rules.preset_ids.get(deck, presets.DEFAULT_PRESET_ID)
            self._loads[preset_id] = load.with_card((model.day(after.due) - queue.day.date).days)
        entry = self._entries.get(card_id)
        if entry is not None and after.state in (CardState.LEARNING, CardState.RELEARNING):
            updated = QueueEntry(
                card_id,
                entry.deck_id,
                entry.note_key,
                after.state,
                after.due,
                after.stability,
                after.last_review,
            )
            self._entries[card_id] = updated
            if not suspend:
                queue.schedule_learning(updated)
        done = Answered(card_id, review_id, rating, after, leech, suspend, marks)
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
        last = self.answered.pop()
        with self.db.begin() as session:
            history = store.history(session, last.card_id)
            entry = history[-1] if history else None
            if entry is None or entry.id != last.review_id:
                return None
            store.undo_entry(session, entry)
            leeches.restore_marks(session, last.card_id, last.marks_before)
        self._loads = {}
        old = self._entries.get(entry.card_id)
        if old is not None:
            restored = QueueEntry(
                old.card_id,
                old.deck_id,
                old.note_key,
                entry.before.state,
                entry.before.due,
                entry.before.stability,
                entry.before.last_review,
            )
            self._entries[entry.card_id] = restored
            queue.push_front(restored)  # shown again at once
        else:
            self.refresh(now)
        return self.card(entry.card_id, now)

    def bury(self, card_id: int, now: datetime) -> None:
        """Hide a card until the next study day."""
        with self.db.begin() as session:
            store.set_flags(session, [card_id], buried_until=self._day(now).end)
        self._ensure(now).remove(card_id)

    def suspend(self, card_id: int, now: datetime) -> None:
        with self.db.begin() as session:
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


def set_deck_limits(
    db: Database, deck_id: int, new_per_day: int | None, reviews_per_day: int | None
) -> None:
    """A deck's own daily limits of new cards and reviews (None: its preset's)."""
    if (new_per_day or 0) < 0 or (reviews_per_day or 0) < 0:
        raise FlashcardsError("daily limits cannot be negative")
    with db.begin() as session:
        deck = session.get(Deck, deck_id)
        if deck is None:
            raise FlashcardsError(f"no deck with id {deck_id}")
        deck.new_per_day, deck.reviews_per_day = new_per_day, reviews_per_day


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
