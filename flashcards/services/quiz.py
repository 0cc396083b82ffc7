"""Quizzes on stored cards: choosing what to ask, distractor pools and grading into the schedule."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, tzinfo
from enum import StrEnum

from sqlalchemy.orm import Session

from flashcards.quiz.choices import MultipleChoice, make_choices
from flashcards.quiz.grading import Verdict, rating_for
from flashcards.quiz.models import QuizCard, quiz_card
from flashcards.quiz.sorting import SortQuiz, Statement
from flashcards.records import CardRecord
from flashcards.scheduler.day import study_day
from flashcards.scheduler.queue import build_queue
from flashcards.services.study import StudySession
from flashcards.store import cards as card_store
from flashcards.store import presets as preset_store
from flashcards.store import queue as queue_store
from flashcards.store.database import Database
from flashcards.types import CardKind, Rating, StudyMode

#: An exact answer given within this many milliseconds counts as fast (Easy, when enabled).
FAST_MS = 5000


class QuizMode(StrEnum):
    """How the quiz asks: pick an option, type the answer, fill a blank, or sort a statement."""

    CHOICE = "mc"
    TYPED = "typed"
    CLOZE = "cloze"
    SORT = "sort"

    @property
    def study_mode(self) -> StudyMode:
        """How an answer in this mode is logged in the review log."""
        return _STUDY_MODES[self]

    @property
    def kinds(self) -> frozenset[CardKind]:
        """The kinds of card this mode can ask."""
        if self is QuizMode.CLOZE:
            return frozenset({CardKind.CLOZE})
        if self is QuizMode.SORT:
            return frozenset({CardKind.CONTRAST})
        return frozenset(CardKind) - {CardKind.CONTRAST}


_STUDY_MODES = {
    QuizMode.CHOICE: StudyMode.CHOICE,
    QuizMode.TYPED: StudyMode.TYPED,
    QuizMode.CLOZE: StudyMode.CLOZE,
    QuizMode.SORT: StudyMode.SORT,
}


#: Kinds whose answers look alike, as distractors when a card's own kind has too few.  Not
#: cloze answers (often the concept's own name) nor definitions for summaries and back
#: (both say what the concept is): a distractor must be wrong.
ALIKE: dict[CardKind, frozenset[CardKind]] = {
    CardKind.TERM: frozenset({CardKind.LINKED_TERM}),
    CardKind.LINKED_TERM: frozenset({CardKind.TERM}),
    CardKind.DEFINITION: frozenset({CardKind.TECHNIQUE}),
    CardKind.SUMMARY: frozenset({CardKind.TECHNIQUE}),
    CardKind.TECHNIQUE: frozenset({CardKind.DEFINITION, CardKind.SUMMARY}),
}


@dataclass(frozen=True)
class QuizItem:
    """One question: the card, its deck and extra text, and whether it was due when planned."""

    card: QuizCard
    deck: str
    extra: str
    due: bool

    @property
    def id(self) -> int:
        return self.card.id


@dataclass(frozen=True)
class QuizPlan:
    """The questions of one quiz in order, with each deck's cards to draw options from."""

    mode: QuizMode
    seed: int | str
    items: tuple[QuizItem, ...]
    pools: Mapping[str, tuple[QuizCard, ...]]
    #: The questions' language (None: both directions), and every language the mode could ask in.
    lang: str | None = None
    languages: tuple[str, ...] = ()

    def choices(self, item: QuizItem, n: int = 4) -> MultipleChoice:
        """The multiple-choice question on `item`, options from the same deck.

        Options come from cards of the same kind; when there are too few (a small deck
        has one term card per direction), also from kinds whose answers look alike:
        terms and linked terms, definitions or summaries and technique steps.
        """
        pool = self.pools.get(item.deck, ())
        question = make_choices(item.card, pool, self.seed, n)
        alike = ALIKE.get(item.card.kind, frozenset())
        if len(question.options) >= n or not alike:
            return question
        widened = [
            replace(c, kind=item.card.kind) if c.kind in alike else c
            for c in pool
            if c.kind is item.card.kind or c.kind in alike
        ]
        return make_choices(item.card, widened, self.seed, n)

    def labels(self, item: QuizItem) -> tuple[str, ...]:
        """The piles a contrast statement can go under: its article's labels in its language."""
        return sort_labels(item.card, self.pools.get(item.deck, ()))

    def sort_quiz(self) -> SortQuiz:
        """The items as a sorting quiz (statement i is item i), for `sorting.score`."""
        statements = tuple(Statement(i.card.front, i.card.back, i.extra) for i in self.items)
        return SortQuiz(tuple(dict.fromkeys(s.label for s in statements)), statements)


@dataclass(frozen=True)
class QuizAnswer:
    """A graded answer: its rating, and the review it was saved as (None: practice only)."""

    card_id: int
    verdict: Verdict
    rating: Rating
    review_id: int | None = None
    next_due: datetime | None = None

    @property
    def recorded(self) -> bool:
        return self.review_id is not None


def sort_labels(card: QuizCard, pool: Iterable[QuizCard]) -> tuple[str, ...]:
    """Distinct labels of the contrast cards of `card`'s article in its language, in card order.

    When its article gives fewer than two, those of the deck's contrast cards in that
    language; the card's own label is always among them.
    """
    contrast = sorted(
        (c for c in pool if c.kind is CardKind.CONTRAST and c.source_lang == card.source_lang),
        key=lambda c: c.id,
    )
    labels = list(dict.fromkeys(c.back for c in contrast if c.group_key == card.group_key))
    if len(labels) < 2:
        labels = list(dict.fromkeys(c.back for c in contrast))
    if card.back not in labels:
        labels.append(card.back)
    return tuple(labels)


def _card_keywords(
    record: CardRecord, articles: Mapping[str, tuple[str, tuple[str, ...]]]
) -> tuple[str, ...]:
    """The keywords of the card's articles in its answer language (else of all of them)."""
    known = [articles[p] for p in record.source_files if p in articles]
    chosen = [kw for lang, kw in known if lang == record.target_lang] or [kw for _, kw in known]
    return tuple(dict.fromkeys(k for keywords in chosen for k in keywords))


@dataclass(frozen=True)
class _Snapshot:
    due: list[int]
    records: list[CardRecord]
    suspended: frozenset[int]
    articles: dict[str, tuple[str, tuple[str, ...]]]
    source_lang: str | None  # the deck's source side (of most decks, for every deck)


def round_language(
    mode: QuizMode, asked: str | None, languages: Iterable[str], source: str | None
) -> str | None:
    """The one language a round asks in: the one asked for, else (sorting, which always keeps
    to one) the deck's source side when it has statements, else the first language known."""
    known = sorted(set(languages))
    if asked is not None:
        return asked
    if mode is not QuizMode.SORT or not known:
        return None
    return source if source in known else known[0]


class QuizSession:
    """Quizzes on one deck (or all decks); answers to cards due today go into the schedule."""

    def __init__(self, db: Database, deck: str | None = None, tz: tzinfo | None = None) -> None:
        self.db = db
        self.deck = deck
        self.study = StudySession(db, deck, tz)

    def _queue(self, session: Session, now: datetime) -> list[int]:
        study = self.study
        day = study_day(now, study.config.day_start_hour, study.tz)
        entries = queue_store.queue_entries(session, study.deck_ids, now, day.end)
        done = queue_store.done_today(session, study.deck_ids, day.start, day.end)
        queue = build_queue(entries, now, day, study.limits, done, study.config.learn_ahead)
        order: list[int] = []
        while (entry := queue.next(now)) is not None:
            order.append(entry.card_id)
            queue.remove(entry.card_id)
        return order

    def due_ids(self, now: datetime) -> list[int]:
        """Today's queue in the order `StudySession.next_card` would show it at `now`."""
        with self.db.begin() as session:
            return self._queue(session, now)

    def _load(self, now: datetime) -> _Snapshot:
        """Today's queue, the active cards and their articles' keywords, in one transaction."""
        with self.db.begin() as session:
            due = self._queue(session, now)
            records = card_store.cards(session, self.deck)
            suspended = queue_store.suspended_ids(session, self.study.deck_ids)
            paths = {p for r in records for p in r.source_files}
            keywords = card_store.article_keywords(session, paths)
            sources = Counter(preset_store.source_languages(session, self.deck))
        source = min(sources, key=lambda lang: (-sources[lang], lang)) if sources else None
        return _Snapshot(due, records, frozenset(suspended), keywords, source)

    def plan(
        self,
        mode: QuizMode,
        now: datetime,
        *,
        count: int = 10,
        seed: int | str = 0,
        lang: str | None = None,
    ) -> QuizPlan:
        """Up to `count` questions: today's due cards first (in queue order), then others.

        The others are the deck's active (not retired, not suspended) cards of the mode's
        kinds, shuffled by `seed`, one card of a note before any second one.  Only questions
        in `lang` when given; a sorting round is always in one language, statements and
        piles alike (by default the deck's source side: `round_language`).
        """
        if count < 1:
            raise ValueError(f"a quiz needs at least one question, not {count}")
        snapshot = self._load(now)
        records, articles = snapshot.records, snapshot.articles
        quiz_cards = {r.id: quiz_card(r, _card_keywords(r, articles)) for r in records}
        pools: dict[str, list[QuizCard]] = {}
        for r in records:
            pools.setdefault(r.deck, []).append(quiz_cards[r.id])
        skip = snapshot.suspended
        by_id = {r.id: r for r in records if r.kind in mode.kinds and r.id not in skip}
        languages = tuple(sorted({r.source_lang for r in by_id.values()}))
        lang = round_language(mode, lang, languages, snapshot.source_lang)
        if lang is not None:
            by_id = {i: r for i, r in by_id.items() if r.source_lang == lang}
        due = [card_id for card_id in snapshot.due if card_id in by_id][:count]
        chosen = set(due)
        notes = {by_id[card_id].note_key for card_id in due}
        rest = [by_id[card_id] for card_id in sorted(by_id) if card_id not in chosen]
        rng = random.Random(f"quiz:{mode.value}:{seed}")
        rng.shuffle(rest)
        # Stable sort: notes not asked yet first, so siblings do not give each other away.
        ordered: list[CardRecord] = []
        later: list[CardRecord] = []
        for r in rest:
            (later if r.note_key in notes else ordered).append(r)
            notes.add(r.note_key)
        extra = [r.id for r in ordered + later][: count - len(due)]
        items = tuple(
            QuizItem(quiz_cards[i], by_id[i].deck, by_id[i].extra, due=i in chosen)
            for i in due + extra
        )
        pooled = {d: tuple(cs) for d, cs in pools.items()}
        return QuizPlan(mode, seed, items, pooled, lang, languages)

    def record(
        self,
        card_id: int,
        verdict: Verdict,
        mode: QuizMode,
        now: datetime,
        *,
        duration_ms: int | None = None,
        easy_when_fast: bool = False,
    ) -> QuizAnswer:
        """Grade a card into the schedule if it is in today's queue; otherwise practice only.

        exact → Good (Easy when answered within FAST_MS and the learner enabled that),
        near miss → Hard, wrong → Again; logged with the mode's study mode.
        """
        fast = duration_ms is not None and duration_ms <= FAST_MS
        rating = rating_for(verdict, fast=fast, easy_when_fast=easy_when_fast)
        if card_id not in self.due_ids(now):
            return QuizAnswer(card_id, verdict, rating)
        answered = self.study.answer(
            card_id, rating, now, duration_ms=duration_ms, mode=mode.study_mode
        )
        return QuizAnswer(card_id, verdict, rating, answered.review_id, answered.memory.due)
