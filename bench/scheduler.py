"""Time the study path (open, today's queue, next card, answer, deck counts) at 1k to 100k cards."""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import io
import json
import math
import os
import pstats
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from report import machine, sizes, table  # bench/report.py

if TYPE_CHECKING:
    from flashcards.scheduler.memory import MemoryModel
    from flashcards.types import Memory, Rating

#: Fixed seed: the same size always generates the same collection.
SEED = 20_261_123
#: Bump when the generated collection changes, so kept builds (--keep) are not reused.
BUILD_VERSION = 1
DEFAULT_SIZES = (1_000, 10_000, 100_000)
DECK = "bench"
#: The benchmark's clock: a morning; the simulated history ends when this study day starts.
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
#: 04:00 UTC, the default day start (the benchmark runs its study days in UTC).
TODAY_START = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
HISTORY_DAYS = 365
#: Share of cards never studied (the newest notes).
NEW_SHARE = 0.20
#: Share of reviews done one to three days late.
LATE_SHARE = 0.15
#: Rows per bulk insert.
CHUNK = 5_000
DEFAULT_SAMPLES = 200
COUNT_RUNS = 20

# The learner of the history: recalls with FSRS's own forgetting curve, and grades a new card
# and a remembered one in these proportions.  A learner who often finds cards easy, so that a
# year of reviews on schedule comes to about 3 review-state answers per studied card.
NEW_WEIGHTS = (0.05, 0.05, 0.40, 0.50)  # again, hard, good, easy
RECALLED_WEIGHTS = (0.05, 0.45, 0.50)  # hard, good, easy
# Grades in the timed study loop (fixed proportions, so every size does the same work).
STUDY_WEIGHTS = (0.10, 0.10, 0.70, 0.10)

TR_WORDS = (
    "satış", "müşteri", "pazarlama", "ürün", "fiyat", "teklif", "güven", "ilişki", "strateji",
    "reklam", "kampanya", "hedef", "değer", "tüketici", "marka", "sadakat", "indirim",
    "sözleşme", "tedarik", "talep", "rekabet", "kalite", "hizmet", "satıcı", "bütçe", "kâr",
    "yatırım", "pazar", "analiz", "süreç", "yaklaşım", "ikna", "görüşme", "sipariş", "fatura",
    "çevrimiçi", "mağaza", "perakende", "toptan", "ihracat", "danışman", "yönetici", "ekip",
    "ve", "bir", "için", "ile", "daha", "çok", "olarak", "her", "bu", "ama", "gibi",
)  # fmt: skip
IS_WORDS = (
    "sala", "viðskiptavinur", "markaðssetning", "vara", "verð", "tilboð", "traust",
    "samband", "stefna", "auglýsing", "herferð", "markmið", "virði", "neytandi", "vörumerki",
    "tryggð", "afsláttur", "samningur", "framboð", "eftirspurn", "samkeppni", "gæði",
    "þjónusta", "sölumaður", "fjárhagsáætlun", "hagnaður", "fjárfesting", "markaður",
    "greining", "ferli", "nálgun", "sannfæring", "fundur", "pöntun", "reikningur", "netverslun",
    "verslun", "smásala", "heildsala", "útflutningur", "ráðgjafi", "stjórnandi", "teymi",
    "og", "einn", "fyrir", "með", "meira", "mjög", "sem", "hver", "þetta", "en", "eins",
)  # fmt: skip
KINDS = ("term", "definition", "technique", "linked_term")


@dataclass(frozen=True)
class Bar:
    """Anki's figure for a metric, measured on this machine on the same shapes of collection."""

    text: str
    high: float | None = None  # the upper end, in the metric's unit, for the ratio column


#: key, label, unit, Anki's bar.
METRICS: tuple[tuple[str, str, str, Bar], ...] = (
    ("open_ms", "open: Database() + first query", "ms", Bar("5 ms", 5.0)),
    ("queue_ms", "first queue: StudySession() + refresh", "ms", Bar("70-110 ms @100k", 110.0)),
    ("next_median_us", "next_card median", "µs", Bar("20-60 µs", 60.0)),
    ("next_p95_us", "next_card p95", "µs", Bar("")),
    ("floor_read_us", "  floor: the card's row, raw sqlite3", "µs", Bar("")),
    ("answer_median_us", "answer median (fsync)", "µs", Bar("250-380 µs", 380.0)),
    ("answer_p95_us", "answer p95 (fsync)", "µs", Bar("")),
    ("floor_write_us", "  floor: same writes, raw sqlite3", "µs", Bar("", 380.0)),
    ("counts_median_ms", "deck counts (due_counts) median", "ms", Bar("24 ms @100k", 24.0)),
    ("file_mib", "file size", "MiB", Bar("")),
    ("peak_mib", "peak memory (VmHWM)", "MiB", Bar("79 MiB @100k", 79.0)),
)


# --- the collection ------------------------------------------------------------------------


@dataclass
class Shape:
    """What a generated collection holds."""

    cards: int
    notes: int
    log_rows: int
    review_answers: int  # log rows of cards answered in the review state
    by_state: dict[str, int]
    due_today: int  # studied cards due before today's study day ends
    overdue: int  # studied cards due before today's study day started
    build_s: float = 0.0
    history_s: float = 0.0
    file_mib: float = 0.0
    seed: int = SEED
    version: int = BUILD_VERSION


Answer = tuple[datetime, "Rating", "Memory", "Memory"]  # when, grade, before, after


def _sentence(rng: random.Random, words: tuple[str, ...], length: int) -> str:
    parts: list[str] = []
    size = -1
    while size < length:
        word = rng.choice(words)
        parts.append(word)
        size += len(word) + 1
    text = " ".join(parts)
    return text[0].upper() + text[1:] + "."


def _texts(rng: random.Random) -> tuple[str, str]:
    """A Turkish and an Icelandic text of the same note, each 60 to 200 characters long."""
    length = rng.randint(58, 190)
    return _sentence(rng, TR_WORDS, length), _sentence(rng, IS_WORDS, length)


def _retrievability(model: MemoryModel, memory: Memory, moment: datetime) -> float:
    """The learner's true recall probability: FSRS's forgetting curve in continuous time."""
    assert memory.last_review is not None and memory.stability is not None
    decay = -model.config.parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    elapsed = max(0.0, (moment - memory.last_review).total_seconds() / 86400)
    return float((1 + factor * elapsed / memory.stability) ** decay)


def _simulate(
    card_id: int, model: MemoryModel, rng: random.Random, first: datetime, today: datetime
) -> list[Answer]:
    """A card's answers from its introduction at `first` until today's study day starts
    (`today`): studied when due (on its due day, at some hour, now and then a few days late)."""
    from flashcards.types import CardState, Memory, Rating

    memory = Memory()
    moment = first
    answers: list[Answer] = []
    while moment < today:
        if memory.state is CardState.NEW:
            rating = rng.choices(list(Rating), NEW_WEIGHTS)[0]
        elif rng.random() >= _retrievability(model, memory, moment):
            rating = Rating.AGAIN
        else:
            rating = rng.choices((Rating.HARD, Rating.GOOD, Rating.EASY), RECALLED_WEIGHTS)[0]
        after = model.answer(card_id, memory, rating, moment)
        answers.append((moment, rating, memory, after))
        memory = after
        assert after.due is not None
        if after.state in (CardState.LEARNING, CardState.RELEARNING):
            moment = after.due + timedelta(seconds=rng.uniform(0, 90))
            continue
        day = datetime(after.due.year, after.due.month, after.due.day, tzinfo=UTC)
        moment = day + timedelta(hours=rng.uniform(7, 23))
        if rng.random() < LATE_SHARE:
            moment += timedelta(days=rng.randint(1, 3))
        moment = max(moment, answers[-1][0] + timedelta(hours=1))
    return answers


def build_collection(path: Path, size: int, today: datetime = TODAY_START) -> Shape:
    """A collection of `size` cards in one deck (sibling pairs), 80% with a year of history
    that ends when the study day `today` starts."""
    from sqlalchemy import Table, insert

    from flashcards.scheduler.config import SchedulerConfig
    from flashcards.scheduler.memory import MemoryModel
    from flashcards.store.database import Database
    from flashcards.store.models import Card, Deck, ReviewLog
    from flashcards.types import CardState, Memory

    for old in path.parent.glob(path.name + "*"):
        old.unlink()
    started = time.perf_counter()
    rng = random.Random(SEED + size)
    model = MemoryModel(SchedulerConfig())
    studied = int(size * (1 - NEW_SHARE)) // 2 * 2  # whole notes
    histories: dict[int, list[Answer]] = {}
    year_start = today - timedelta(days=HISTORY_DAYS)
    for card_id in range(1, studied + 1):
        # Introduced in order of id (as the queue does), siblings on different days.
        day = HISTORY_DAYS * (card_id - 1) // studied + (card_id + 1) % 2
        first = year_start + timedelta(days=day, hours=rng.uniform(7, 23))
        if first < today:
            histories[card_id] = _simulate(card_id, model, rng, first, today)
    history_s = time.perf_counter() - started

    created = today - timedelta(days=HISTORY_DAYS + 1)
    cards_table: Table = Card.__table__  # type: ignore[assignment]
    log_table: Table = ReviewLog.__table__  # type: ignore[assignment]
    db = Database(path)
    by_state: Counter[str] = Counter()
    due_today = overdue = 0
    try:
        with db.engine.begin() as connection:
            connection.execute(
                insert(Deck.__table__),  # type: ignore[arg-type]
                [
                    {
                        "id": 1,
                        "name": DECK,
                        "source_lang": "tr",
                        "target_lang": "is",
                        "both_directions": True,
                        "build_fingerprint": None,
                        "build_report": "{}",
                        "new_per_day": 20,
                        "reviews_per_day": 200,
                        "created_at": created,
                        "updated_at": created,
                    }
                ],
            )
            rows: list[dict[str, Any]] = []
            texts: tuple[str, str] = ("", "")
            for card_id in range(1, size + 1):
                note = (card_id - 1) // 2
                forward = card_id % 2 == 1
                if forward:
                    texts = _texts(rng)
                front, back = texts if forward else texts[::-1]
                source, target = ("tr", "is") if forward else ("is", "tr")
                history = histories.get(card_id)
                memory = Memory()
                if history is not None:
                    memory = history[-1][3]
                    assert memory.due is not None
                    due_today += memory.due < today + timedelta(days=1)
                    overdue += memory.due < today
                by_state[memory.state.name.lower()] += 1
                group = f"bench/group-{note // 4:06d}"
                rows.append(
                    {
                        "id": card_id,
                        "uid": f"{group}/note-{note:06d}/{source}-{target}",
                        "deck_id": 1,
                        "note_key": f"{group}/note-{note:06d}",
                        "kind": KINDS[note % len(KINDS)],
                        "source_lang": source,
                        "target_lang": target,
                        "front": front,
                        "back": back,
                        "extra": "",
                        "group_key": group,
                        "source_files": json.dumps(
                            [f"articles/{note // 4:06d}-tr.md", f"articles/{note // 4:06d}-is.md"]
                        ),
                        "content_hash": hashlib.blake2b(
                            f"{front}\0{back}".encode(), digest_size=12
                        ).hexdigest(),
                        "retired": False,
                        "created_at": created,
                        "updated_at": created,
                        "state": int(memory.state),
                        "step": memory.step,
                        "stability": memory.stability,
                        "difficulty": memory.difficulty,
                        "due": memory.due,
                        "last_review": memory.last_review,
                        "reps": memory.reps,
                        "lapses": memory.lapses,
                        "suspended": False,
                        "buried_until": None,
                        "flag": 0,
                    }
                )
                if len(rows) == CHUNK:
                    connection.execute(insert(cards_table), rows)
                    rows = []
            if rows:
                connection.execute(insert(cards_table), rows)

            # The review log in the order the answers were given, as write_answer stores it.
            log: list[tuple[datetime, int, Rating, Memory, Memory]] = []
            for card_id, history in histories.items():
                log.extend((when, card_id, rating, old, new) for when, rating, old, new in history)
            histories.clear()
            log.sort(key=lambda entry: (entry[0], entry[1]))
            log_rows = len(log)
            review_answers = sum(1 for entry in log if entry[3].state is CardState.REVIEW)
            for start in range(0, len(log), CHUNK):
                connection.execute(
                    insert(log_table),
                    [
                        {
                            "card_id": card_id,
                            "reviewed_at": moment,
                            "kind": "review",
                            "rating": int(rating),
                            "mode": "flip",
                            "duration_ms": rng.randint(1500, 20000),
                            "state_before": int(before.state),
                            "state_after": int(after.state),
                            "stability_after": after.stability,
                            "difficulty_after": after.difficulty,
                            "due_after": after.due,
                            "before": json.dumps(before.to_dict()),
                        }
                        for moment, card_id, rating, before, after in log[start : start + CHUNK]
                    ],
                )
        raw = db.engine.raw_connection()  # outside a transaction, where checkpoints run
        try:
            raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    finally:
        db.close()
    for state in CardState:
        by_state.setdefault(state.name.lower(), 0)
    return Shape(
        cards=size,
        notes=(size + 1) // 2,
        log_rows=log_rows,
        review_answers=review_answers,
        by_state=dict(by_state),
        due_today=due_today,
        overdue=overdue,
        build_s=time.perf_counter() - started,
        history_s=history_s,
        file_mib=path.stat().st_size / 2**20,
    )


# --- measuring (in a fresh process per size) -----------------------------------------------


def peak_mib() -> float:
    """This process's peak resident memory.

    On Linux this is VmHWM: ru_maxrss survives fork and exec, so a child started by a big
    parent would report the parent's peak; VmHWM belongs to the new address space only.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # ru_maxrss is in kilobytes on Linux and in bytes on macOS.
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 1024


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Measured:
    """One size's figures, from one fresh process."""

    import_ms: float = 0.0
    baseline_mib: float = 0.0  # peak memory after the imports, before opening anything
    open_db_ms: float = 0.0
    first_query_ms: float = 0.0
    open_ms: float = 0.0
    session_ms: float = 0.0
    refresh_ms: float = 0.0
    queue_ms: float = 0.0
    queue: tuple[int, int, int] = (0, 0, 0)  # new, learning, review
    refresh_warm_ms: float = 0.0
    next_first_us: float = 0.0
    next_median_us: float = 0.0
    next_p95_us: float = 0.0
    answer_first_us: float = 0.0
    answer_median_us: float = 0.0
    answer_p95_us: float = 0.0
    answers: int = 0
    floor_read_us: float = 0.0  # raw sqlite3: the card's row with its deck (median)
    floor_write_us: float = 0.0  # raw sqlite3: an answer's writes with fsync (median)
    study_days: int = 1
    counts_first_ms: float = 0.0
    counts_median_ms: float = 0.0
    counts: tuple[int, int, int] = (0, 0, 0)
    peak_mib: float = 0.0
    others_cpu: float = 0.0  # CPUs kept busy by other processes while measuring, on average
    runs: int = 1
    profile: str = ""


def best(runs: list[Measured]) -> Measured:
    """Each time and size the lowest of several fresh runs (noise from other processes only
    ever adds); how busy other processes were in the noisiest run."""
    if len(runs) == 1:
        return runs[0]
    first = runs[0]
    fields = {
        name: min(getattr(r, name) for r in runs)
        for name, value in asdict(first).items()
        if isinstance(value, float) and name != "others_cpu"
    }
    return Measured(
        **{
            **{name: getattr(first, name) for name in ("queue", "counts", "answers")},
            "study_days": first.study_days,
            **fields,
            "others_cpu": max(r.others_cpu for r in runs),
            "runs": len(runs),
        }
    )


def _cpu_busy() -> tuple[float, float, float]:
    """(wall clock, CPU seconds of all processes, CPU seconds of this one), from /proc/stat."""
    total = 0.0
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
        ticks = os.sysconf("SC_CLK_TCK")
        # user nice system idle iowait irq softirq steal: all but idle and iowait
        total = sum(int(v) for i, v in enumerate(fields[:8]) if i not in (3, 4)) / ticks
    except (OSError, ValueError, IndexError):
        pass
    own = os.times()
    return time.monotonic(), total, own.user + own.system


def _others(before: tuple[float, float, float], after: tuple[float, float, float]) -> float:
    wall = after[0] - before[0]
    if wall <= 0 or after[1] == 0:
        return 0.0
    return max(0.0, (after[1] - before[1]) - (after[2] - before[2])) / wall


def _study(
    session: Any,
    samples: int,
    timed: Callable[[Callable[[], Any]], tuple[Any, float]],
    after: Callable[[int], None] | None = None,
) -> tuple[list[float], list[float], int]:
    """Show and answer `samples` cards as a learner would, moving to the next day when
    today's queue is done; returns the next_card and answer times (s) and the days used.
    `after` is called with each answered card's id, untimed."""
    from flashcards.scheduler.day import study_day
    from flashcards.types import Rating

    rng = random.Random(SEED)
    now = NOW
    next_times: list[float] = []
    answer_times: list[float] = []
    days = 1
    while len(answer_times) < samples:
        card, seconds = timed(partial(session.next_card, now))
        if card is None:
            end = study_day(now, 4, UTC).end
            soon = session.next_due(now)
            if soon is not None and now < soon < end:
                now = soon
            else:
                now = end + timedelta(hours=5)
                session.refresh(now)
                days += 1
            continue
        next_times.append(seconds)
        rating = rng.choices(list(Rating), STUDY_WEIGHTS)[0]
        _, seconds = timed(partial(session.answer, card.id, rating, now))
        answer_times.append(seconds)
        if after is not None:
            after(card.id)
        now += timedelta(seconds=rng.uniform(3, 15))
    return next_times, answer_times, days


class Floor:
    """What SQLite alone needs for the same work, timed between the app's own calls (so the
    disk is in the same state): the read of a card with its deck and memory, and an answer's
    writes (read the memory, update the card, insert a log row, commit with fsync)."""

    READ = (
        "SELECT c.id, c.uid, c.deck_id, d.name, c.note_key, c.kind, c.source_lang, "
        "c.target_lang, c.front, c.back, c.extra, c.flag, c.suspended, c.state, c.step, "
        "c.stability, c.difficulty, c.due, c.last_review, c.reps, c.lapses "
        "FROM cards c JOIN decks d ON d.id = c.deck_id WHERE c.id = ?"
    )
    MEMORY = (
        "SELECT state, step, stability, difficulty, due, last_review, reps, lapses "
        "FROM cards WHERE id = ?"
    )
    # The bookkeeping card (the newest, never reached) gets a real change and a manual log
    # row, which today's counts ignore.
    UPDATE = (
        "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?, "
        "last_review = ?, reps = reps + 1, lapses = ? WHERE id = ?"
    )
    INSERT = (
        "INSERT INTO review_log (card_id, reviewed_at, kind, rating, mode, duration_ms, "
        "state_before, state_after, stability_after, difficulty_after, due_after, before) "
        "VALUES (?, ?, 'manual', NULL, 'flip', NULL, ?, ?, ?, ?, ?, ?)"
    )

    def __init__(self, path: Path) -> None:
        import sqlite3

        self.connection = sqlite3.connect(path, isolation_level=None)
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute(f"PRAGMA busy_timeout={10_000}")
        (self.card,) = self.connection.execute("SELECT max(id) FROM cards").fetchone()
        self.reads: list[float] = []
        self.writes: list[float] = []

    def run(self, card_id: int) -> None:
        db = self.connection
        start = time.perf_counter()
        db.execute(self.READ, (card_id,)).fetchone()
        self.reads.append(time.perf_counter() - start)
        start = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        state, step, stability, difficulty, due, last, _, lapses = db.execute(
            self.MEMORY, (self.card,)
        ).fetchone()
        db.execute(self.UPDATE, (state, step, stability, difficulty, due, last, lapses, self.card))
        stamp = NOW.replace(tzinfo=None).isoformat(" ")
        db.execute(self.INSERT, (self.card, stamp, state, state, stability, difficulty, due, "{}"))
        db.execute("COMMIT")
        self.writes.append(time.perf_counter() - start)

    def close(self) -> None:
        self.connection.close()


def _clock(call: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def measure(path: Path, samples: int) -> Measured:
    """Open the collection cold in this (fresh) process and time the study path."""
    started = time.perf_counter()
    from sqlalchemy import select

    from flashcards.services.study import StudySession, due_counts
    from flashcards.store import schedule as store
    from flashcards.store.database import Database
    from flashcards.store.models import Card

    m = Measured()
    busy_before = _cpu_busy()
    m.import_ms = (time.perf_counter() - started) * 1e3
    m.baseline_mib = peak_mib()

    start = time.perf_counter()
    db = Database(path)
    m.open_db_ms = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    with db.begin() as session:
        store.load_config(session)
    m.first_query_ms = (time.perf_counter() - start) * 1e3
    m.open_ms = m.open_db_ms + m.first_query_ms

    start = time.perf_counter()
    study = StudySession(db, DECK, tz=UTC)
    m.session_ms = (time.perf_counter() - start) * 1e3
    start = time.perf_counter()
    study.refresh(NOW)
    m.refresh_ms = (time.perf_counter() - start) * 1e3
    m.queue_ms = m.session_ms + m.refresh_ms
    counts = study.counts(NOW)
    m.queue = (counts.new, counts.learning, counts.review)
    start = time.perf_counter()
    study.refresh(NOW)
    m.refresh_warm_ms = (time.perf_counter() - start) * 1e3

    floor = Floor(path)
    next_times, answer_times, m.study_days = _study(study, samples, _clock, floor.run)
    floor.close()
    m.floor_read_us = statistics.median(floor.reads) * 1e6
    m.floor_write_us = statistics.median(floor.writes) * 1e6
    m.answers = len(answer_times)
    m.next_first_us = next_times[0] * 1e6
    m.next_median_us = statistics.median(next_times) * 1e6
    m.next_p95_us = _p95(next_times) * 1e6
    m.answer_first_us = answer_times[0] * 1e6
    m.answer_median_us = statistics.median(answer_times) * 1e6
    m.answer_p95_us = _p95(answer_times) * 1e6

    # The deck list at the benchmark's "now" (today's answers above are on later days).
    times = []
    for _ in range(COUNT_RUNS + 1):
        start = time.perf_counter()
        (deck,) = due_counts(db, NOW, UTC)
        times.append(time.perf_counter() - start)
    m.counts = (deck.counts.new, deck.counts.learning, deck.counts.review)
    m.counts_first_ms = times[0] * 1e3
    m.counts_median_ms = statistics.median(times[1:]) * 1e3
    with db.begin() as session:  # the answers really are in the file
        assert session.scalar(select(Card.id).where(Card.reps > 0).limit(1)) is not None
    db.close()
    m.peak_mib = peak_mib()
    m.others_cpu = _others(busy_before, _cpu_busy())
    return m


def profile(path: Path, samples: int) -> str:
    """cProfile of next_card, answer and due_counts (each its own profile), top 20 each."""
    from flashcards.services.study import StudySession, due_counts
    from flashcards.store.database import Database

    db = Database(path)
    study = StudySession(db, DECK, tz=UTC)
    study.refresh(NOW)
    profilers = {"next_card": cProfile.Profile(), "answer": cProfile.Profile()}
    calls = Counter[str]()

    def timed(call: Callable[[], Any]) -> tuple[Any, float]:
        # The study loop calls next_card, then answer: tell them apart by the call order.
        name = "next_card" if calls["next_card"] == calls["answer"] else "answer"
        profiler = profilers[name]
        start = time.perf_counter()
        profiler.enable()
        result = call()
        profiler.disable()
        seconds = time.perf_counter() - start
        if name == "next_card" and result is None:
            return result, seconds  # the loop asks again for the same slot
        calls[name] += 1
        return result, seconds

    _study(study, samples, timed)
    counts_profiler = cProfile.Profile()
    counts_profiler.enable()
    for _ in range(COUNT_RUNS):
        due_counts(db, NOW, UTC)
    counts_profiler.disable()
    db.close()

    out = io.StringIO()
    for name, profiler, n in (
        ("StudySession.next_card", profilers["next_card"], calls["next_card"]),
        ("StudySession.answer", profilers["answer"], calls["answer"]),
        ("due_counts", counts_profiler, COUNT_RUNS),
    ):
        out.write(f"\n=== cProfile: {n} calls of {name}, top 20 by cumulative time ===\n")
        stats = pstats.Stats(profiler, stream=out)
        stats.strip_dirs().sort_stats("cumulative").print_stats(20)
    return out.getvalue()


# --- driving the sizes ---------------------------------------------------------------------


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _remove(path: Path) -> None:
    for old in path.parent.glob(path.name + "*"):  # the file, its -wal and -shm
        old.unlink()


@contextmanager
def _copy_of(source: Path, name: str) -> Iterator[Path]:
    """A scratch copy of a built collection, so measuring (which answers cards) keeps the
    build pristine; the copy is made by the driver, so the OS already caches the file."""
    target = source.with_name(name)
    _remove(target)
    shutil.copyfile(source, target)
    try:
        yield target
    finally:
        _remove(target)


def _child(flag: str, path: Path, samples: int) -> dict[str, Any] | None:
    """Run this script with `flag` on `path` in a fresh interpreter; its JSON result."""
    with tempfile.TemporaryDirectory(prefix="flashcards-bench-result-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, str(Path(__file__).resolve()), flag, str(path)]
        command += ["--samples", str(samples), "--result", str(out)]
        done = subprocess.run(command, check=False)
        if done.returncode != 0 or not out.exists():
            _log(f"{flag} {path}: failed (exit status {done.returncode})")
            return None
        data: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return data


def _migrate_kept(path: Path, size: int) -> None:
    """Bring a kept collection to the newest schema (unmeasured), so that measuring never
    times a migration; the backup the migration makes is dropped."""
    import sqlite3
    from contextlib import closing

    from flashcards.store.database import Database, head_revision

    with closing(sqlite3.connect(path)) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if revision == head_revision():
        return
    _log(f"[{size:,} cards] migrating the kept collection from {revision} to {head_revision()}")
    before = set(path.parent.iterdir())
    Database(path).close()
    for made in set(path.parent.iterdir()) - before:
        if made.name.startswith(f"{path.stem}.before-"):
            made.unlink()


def prepare(size: int, root: Path, rebuild: bool) -> tuple[Path, Shape]:
    """The collection of `size` cards under `root`, built now or kept from an earlier run."""
    path = root / f"cards-{size}" / "bench.sqlite"
    info = path.with_name("build.json")
    if not rebuild and path.exists() and info.exists():
        shape = Shape(**json.loads(info.read_text("utf-8")))
        if (shape.cards, shape.seed, shape.version) == (size, SEED, BUILD_VERSION):
            _log(f"[{size:,} cards] reusing {path}")
            _migrate_kept(path, size)
            shape.file_mib = path.stat().st_size / 2**20
            return path, shape
    path.parent.mkdir(parents=True, exist_ok=True)
    _log(f"[{size:,} cards] building {path} ...")
    shape = build_collection(path, size)
    info.write_text(json.dumps(asdict(shape), indent=1), "utf-8")
    _log(
        f"[{size:,} cards] built in {shape.build_s:.1f} s (history {shape.history_s:.1f} s): "
        f"{shape.log_rows:,} log rows, {shape.by_state}, due today {shape.due_today:,}, "
        f"overdue {shape.overdue:,}, {shape.file_mib:.1f} MiB"
    )
    return path, shape


@dataclass
class Result:
    size: int
    shape: Shape
    measured: Measured
    profile: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


# --- reporting -----------------------------------------------------------------------------


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def print_report(results: list[Result]) -> None:
    largest = results[-1]
    header = ["metric", *(f"{r.size:,} cards" for r in results), "Anki (bar)"]
    header.append(f"x bar @{largest.size:,}")
    rows = [header]
    for key, label, unit, bar in METRICS:
        values = [
            r.shape.file_mib if key == "file_mib" else float(getattr(r.measured, key))
            for r in results
        ]
        ratio = ""
        if bar.high:
            ratio = f"{values[-1] / bar.high:.1f}x"
        rows.append([f"{label} ({unit})", *(_number(v) for v in values), bar.text, ratio])
    print()
    print(machine())
    runs = largest.measured.runs
    print(
        "each size measured in a fresh process (cold open, first queue, then the study loop)"
        + (f", best of {runs} such processes per figure" if runs > 1 else "")
        + f"; next_card/answer: median and p95 of {largest.measured.answers} each; deck counts: "
        f"median of {COUNT_RUNS} after a first call"
    )
    others = ", ".join(f"{r.size:,}: {r.measured.others_cpu:.2f}" for r in results)
    print(f"CPUs kept busy by other processes while measuring (of {os.cpu_count()}): {others}")
    if any(r.measured.others_cpu > 0.2 for r in results):
        print("WARNING: other processes were busy while measuring; the figures may be inflated")
    print()
    print(table(rows))
    print()
    shape_rows = [
        [
            "collection",
            "log rows",
            "per studied card",
            "in review state",
            "new",
            "learning",
            "review",
            "relearning",
            "due today",
            "overdue",
            "queue n/l/r",
            "build s",
        ]
    ]
    for r in results:
        s, m = r.shape, r.measured
        shape_rows.append(
            [
                f"{r.size:,} cards",
                f"{s.log_rows:,}",
                f"{s.log_rows / max(1, s.cards - s.by_state.get('new', 0)):.2f}",
                f"{s.review_answers / max(1, s.cards - s.by_state.get('new', 0)):.2f}",
                f"{s.by_state.get('new', 0):,}",
                f"{s.by_state.get('learning', 0):,}",
                f"{s.by_state.get('review', 0):,}",
                f"{s.by_state.get('relearning', 0):,}",
                f"{s.due_today:,}",
                f"{s.overdue:,}",
                "/".join(str(n) for n in m.queue),
                f"{s.build_s:.1f}",
            ]
        )
    print(table(shape_rows))
    print()
    detail_rows = [
        [
            "details (ms unless µs)",
            "imports",
            "Database()",
            "1st query",
            "StudySession()",
            "refresh",
            "refresh again",
            "1st next µs",
            "1st answer µs",
            "1st counts",
            "baseline MiB",
            "study days",
        ]
    ]
    for r in results:
        m = r.measured
        detail_rows.append(
            [
                f"{r.size:,} cards",
                _number(m.import_ms),
                _number(m.open_db_ms),
                _number(m.first_query_ms),
                _number(m.session_ms),
                _number(m.refresh_ms),
                _number(m.refresh_warm_ms),
                _number(m.next_first_us),
                _number(m.answer_first_us),
                _number(m.counts_first_ms),
                _number(m.baseline_mib),
                str(m.study_days),
            ]
        )
    print(table(detail_rows))
    for r in results:
        if r.profile:
            print()
            print(f"cProfile at {r.size:,} cards (in a separate fresh process; times inflated):")
            print(r.profile)


# --- command line --------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=sizes(2, "cards"),
        default=list(DEFAULT_SIZES),
        help="comma-separated numbers of cards (default: 1000,10000,100000)",
    )
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build into DIR/cards-N and keep the collections; reuse them on later runs",
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild kept collections")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="cProfile next_card, answer and due_counts at the largest size (top 20 each)",
    )
    parser.add_argument(
        "--samples",
        type=int,
        default=DEFAULT_SAMPLES,
        help=f"next_card and answer calls to time (default {DEFAULT_SAMPLES})",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="measure each size in this many fresh processes and keep the best of each figure",
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--profile-one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure is not None:  # a child: one size, measured cold
        result = asdict(measure(args.measure, args.samples))
        args.result.write_text(json.dumps(result), "utf-8")
        return 0
    if args.profile_one is not None:
        args.result.write_text(json.dumps({"profile": profile(args.profile_one, args.samples)}))
        return 0

    root = args.keep.expanduser().resolve() if args.keep else Path(tempfile.mkdtemp())
    results: list[Result] = []
    try:
        for size in args.sizes:
            path, shape = prepare(size, root, args.rebuild)
            runs: list[Measured] = []
            for _ in range(args.repeat):
                with _copy_of(path, "measure.sqlite") as copy:
                    data = _child("--measure", copy, args.samples)
                if data is not None:
                    data["queue"] = tuple(data["queue"])
                    data["counts"] = tuple(data["counts"])
                    runs.append(Measured(**data))
            if not runs:
                continue
            measured = best(runs)
            _log(
                f"[{size:,} cards] open {measured.open_ms:.1f} ms, queue {measured.queue_ms:.1f}"
                f" ms, next {measured.next_median_us:.0f} µs, answer "
                f"{measured.answer_median_us:.0f} µs, counts {measured.counts_median_ms:.1f} ms,"
                f" peak {measured.peak_mib:.0f} MiB"
            )
            text = ""
            if args.profile and size == args.sizes[-1]:
                with _copy_of(path, "profile.sqlite") as copy:
                    profiled = _child("--profile-one", copy, args.samples)
                text = "" if profiled is None else str(profiled["profile"])
            results.append(Result(size, shape, measured, text))
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if results:
        print_report(results)
    return 0 if len(results) == len(args.sizes) else 1


if __name__ == "__main__":
    sys.exit(main())
