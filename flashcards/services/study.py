"""Study sessions: today's queue, answering with durable logging, undo and card actions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import Any, TypedDict

from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.scheduler.balance import BALANCED_DAYS, DayLoad
from flashcards.scheduler.config import LeechAction, Limits, ReviewOrder, SchedulerConfig
from flashcards.scheduler.day import StudyDay, day_of, study_day
from flashcards.scheduler.leech import became_leech
from flashcards.scheduler.memory import MemoryModel, Shown
from flashcards.scheduler.queue import (
    Counts,
    DailyQueue,
    DoneToday,
    QueueEntry,
    QueueOptions,
    build_queue,
)
from flashcards.store import answers as answers_store
from flashcards.store import cards as card_store
from flashcards.store import leeches, presets
from flashcards.store import queue as queue_store
from flashcards.store import schedule as store
from flashcards.store.database import Database
from flashcards.store.kept import KeptConnection
from flashcards.store.models import Deck
from flashcards.store.prepared import Executor, in_transaction
from flashcards.types import CardState, Memory, Rating, StudyMode, made

_REVIEW = CardState.REVIEW
_LEARNING_STATES = frozenset((CardState.LEARNING, CardState.RELEARNING))


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
    def of(cls, settings: presets.DeckSettings, deck_ids: Sequence[int]) -> _Rules:
        config = settings.config
        by_deck = {deck: settings.presets[deck] for deck in deck_ids if deck in settings.presets}
        return cls(
            config,
            {deck: config.with_preset(preset) for deck, preset in by_deck.items()},
            {deck: preset.id or presets.DEFAULT_PRESET_ID for deck, preset in by_deck.items()},
            {deck: settings.limits[deck] for deck in by_deck},
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
    """Per deck: new / learning / review cards left today, as its study session counts them
    (read in one snapshot that takes no lock: the deck list never waits for a writer)."""
    with db.read() as session, in_transaction(session) as executor:
        settings = presets.deck_settings(executor)
        rows = settings.decks
        ids = [r["id"] for r in rows]
        rules = _Rules.of(settings, ids)
        day = study_day(now, rules.config.day_start_hour, tz)
        done = queue_store.done_today(executor, ids, day.start, day.end)
        rooms = rules.new_rooms(done)
        counts = {}
        for deck_id in ids:
            entries = queue_store.queue_entries(
                executor, [deck_id], now, day.end, rooms, done.note_keys
            )
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
    Each deck is scheduled with its preset's options.  The session keeps one database
    connection for its pre-built statements (`close` gives it back; so does dropping it).
    """

    def __init__(self, db: Database, deck: str | None = None, tz: tzinfo | None = None) -> None:
        self.db = db
        self.tz = tz
        self._connection = KeptConnection(db)
        # What was read and worked out to show a card (its memory, its siblings' due days,
        # the day load, each rating's outcome): its answer starts from the same, so it gets
        # the interval its button showed, without working the outcomes out again.
        self._shown: dict[int, tuple[Shown, frozenset[int], DayLoad | None]] = {}
        with self._connection.fast(write=False, snapshot=True) as cursor:
            settings = presets.deck_settings(cursor)
        self.deck_ids = settings.ids_named(deck)
        if deck is not None and not self.deck_ids:
            raise FlashcardsError(f"no deck named {deck!r}")
        self._rules = _Rules.of(settings, self.deck_ids)
        self._preset_decks = {
            preset_id: settings.decks_using(preset_id)
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
        self.answered: list[Answered] = []

    def close(self) -> None:
        """Give back the session's database connection (a later call opens another)."""
        self._connection.close()

    def _day(self, now: datetime) -> StudyDay:
        return study_day(now, self.config.day_start_hour, self.tz)

    def refresh(self, now: datetime) -> None:
        """Build today's queue afresh from the database."""
        day = self._day(now)
        with self._connection.fast(write=False, snapshot=True) as cursor:
            done = queue_store.done_today(cursor, self.deck_ids, day.start, day.end)
            entries = queue_store.queue_entries(
                cursor, self.deck_ids, now, day.end, self._rules.new_rooms(done), done.note_keys
            )
        self._entries = {e.card_id: e for e in entries}
        self._card_decks.update((e.card_id, e.deck_id) for e in entries)
        self._queue = self._rules.build(entries, now, day, done, self.deck_ids)
        self._loads = {}

    def _deck_of(self, card_id: int) -> int:
        deck = self._card_decks.get(card_id)
        if deck is None:
            with self._connection.begin() as session:
                deck = presets.card_deck(session, card_id)  # type: ignore[arg-type]
            self._card_decks[card_id] = deck
        return deck

    def _model(self, deck_id: int) -> MemoryModel:
        return self._models.get(deck_id, self.model)

    def _day_load(self, deck_id: int, day: StudyDay) -> DayLoad | None:
        """Review cards due on each coming day in the decks of this deck's preset."""
        if not self.config.load_balance:
            return None
        preset_id = self._rules.preset_ids.get(deck_id, presets.DEFAULT_PRESET_ID)
        if preset_id not in self._loads:
            model = self._model(deck_id)
            decks = self._preset_decks.get(preset_id, [deck_id])
            # Day k of the coming days runs from its start to the next one's (DST-correct).
            bounds = [day.end]
            bounds += [
                model.due_on(day.date + timedelta(days=k)) for k in range(2, BALANCED_DAYS + 2)
            ]
            with self._connection.fast(write=False, snapshot=True) as cursor:
                found = queue_store.reviews_due_between(cursor, decks, bounds)
            counts = {offset: n for offset, n in enumerate(found, start=1) if n}
            self._loads[preset_id] = DayLoad(day.date, counts, model.config.easy_days)
        return self._loads[preset_id]

    def _sibling_days(
        self, runner: store.Runner | Executor, note_key: str, card_id: int, now: datetime
    ) -> frozenset[int]:
        """In how many days from today each other review card of the card's note is due."""
        if not self.config.load_balance:
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
            return queue_store.next_due_after(session, self.deck_ids, queue.day.end)

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
        with self._connection.fast(write=False) as cursor:  # one statement, no lock
            if self.config.load_balance:
                content, memory, dues = store.shown_card_and_siblings(cursor, card_id)
                today = self.model.day(now)
                siblings = frozenset((self.model.day(due) - today).days for due in dues)
            else:
                content, memory = store.shown_card(cursor, card_id)
                siblings = frozenset()
        deck = self._card_decks[card_id] = content.deck_id
        load = self._day_load(deck, queue.day)
        model = self._model(deck)
        shown = model.show(card_id, memory, now, load, siblings)
        self._shown = {card_id: (shown, siblings, load)}
        return made(
            StudyCard,
            content=content,
            memory=memory,
            intervals=dict(shown.intervals),
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
        shown = self._shown.pop(card_id, None)
        deck = self._deck_of(card_id)
        model = self._model(deck)
        load = self._day_load(deck, queue.day)
        log: _LogFields = {"rating": rating, "mode": mode, "duration_ms": duration_ms}
        review_id = None
        leech = suspend = False
        marks: dict[str, Any] = {}
        if shown is not None:  # from what was read to show it, unless changed since
            outcomes, siblings, shown_load = shown
            before = outcomes.memory
            reused = model.answer_shown(outcomes, rating, now) if shown_load is load else None
            # ... worked out again on another day, or once the day load changed since
            after = reused or model.answer(card_id, before, rating, now, load, siblings)
            if not became_leech(before, after, model.config.leech_threshold):
                with self._connection.fast() as cursor:
                    review_id = answers_store.write_answer_if_unchanged(
                        cursor, card_id, before, after, now, **log
                    )
        if review_id is None:  # read afresh (and a leech tagged) in one transaction
            with self._connection.begin() as session:
                record, before = store.shown_card(session, card_id)
                siblings = self._sibling_days(session, record.note_key, card_id, now)
                after = model.answer(card_id, before, rating, now, load, siblings)
                review_id = answers_store.write_answer(session, card_id, before, after, now, **log)
                leech = became_leech(before, after, model.config.leech_threshold)
                suspend = leech and model.config.leech_action is LeechAction.SUSPEND
                if leech:
                    marks = leeches.tag_leech(session, card_id, suspend=suspend)  # type: ignore[arg-type]
        queue.remove(card_id)
        if load is not None and after.due is not None and after.state is _REVIEW:
            preset_id = self._rules.preset_ids.get(deck, presets.DEFAULT_PRESET_ID)
            self._loads[preset_id] = load.with_card((model.day(after.due) - queue.day.date).days)
        entry = self._entries.get(card_id)
        if entry is not None and after.state in _LEARNING_STATES:
            updated = made(
                QueueEntry,
                card_id=card_id,
                deck_id=entry.deck_id,
                note_key=entry.note_key,
                state=after.state,
                due=after.due,
                stability=after.stability,
                last_review=after.last_review,
            )
            self._entries[card_id] = updated
            if not suspend:
                queue.schedule_learning(updated)
        done = made(
            Answered,
            card_id=card_id,
            review_id=review_id,
            rating=rating,
            memory=after,
            leech=leech,
            suspended=suspend,
            marks_before=marks,
        )
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
        with self._connection.begin() as session:
            history = answers_store.history(session, last.card_id)
            entry = history[-1] if history else None
            if entry is None or entry.id != last.review_id:
                return None
            answers_store.undo_entry(session, entry)
            leeches.restore_marks(session, last.card_id, last.marks_before)  # type: ignore[arg-type]
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
        self._shown.pop(card_id, None)
        with self._connection.begin() as session:
            store.set_flags(session, [card_id], buried_until=self._day(now).end)
        self._ensure(now).remove(card_id)

    def suspend(self, card_id: int, now: datetime) -> None:
        self._shown.pop(card_id, None)
        with self._connection.begin() as session:
            store.set_flags(session, [card_id], suspended=True)
        self._ensure(now).remove(card_id)

    def drop(self, card_id: int, now: datetime) -> None:
        """Take a card that was retired meanwhile (marked bad) out of today's queue."""
        self._shown.pop(card_id, None)
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
            answers_store.write_answer(
                session, card_id, before, Memory(), now, rating=None, kind="manual"
            )


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
            answers_store.write_answer(
                session, card_id, before, after, now, rating=None, kind="manual"
            )
