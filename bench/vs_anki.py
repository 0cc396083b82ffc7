"""The project beside Anki's own engine on collections of the same shape, in one run."""

from __future__ import annotations

import argparse
import json
import math
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import machine, sizes, table  # bench/report.py
from scheduler import (  # bench/scheduler.py
    DECK,
    SEED,
    STUDY_WEIGHTS,
    _migrate_kept,
    build_collection,
    peak_mib,
)

#: Bump when either generated collection changes, so kept builds (--keep) are rebuilt.
BUILD_VERSION = 1
#: The day starts at 04:00 in both apps (local time, as Anki's default rollover).
ROLLOVER_HOUR = 4
#: Answers timed per process and durability setting: under one day's queue (20 new cards,
#: 200 reviews and their learning steps), since Anki's clock cannot be moved on.
SAMPLES = 100
COUNT_RUNS = 20
#: Anki's FSRS-6 decay (w20) for the cards' memory; the same default as the fsrs package.
DECAY = 0.1542

#: key, label, unit, whether the p95 is a goal of its own.
METRICS: tuple[tuple[str, str, str], ...] = (
    ("open", "open (collection + first query)", "ms"),
    ("reopen", "open again in the same process", "ms"),
    ("first_queue", "first queue", "ms"),
    ("next_card", "next card (text, memory, 4 previews)", "µs"),
    ("answer_durable", "answer, synchronous=FULL", "µs"),
    ("answer_cpu", "answer CPU, synchronous=NORMAL", "µs"),
    ("deck_counts", "deck counts", "ms"),
    ("peak_rss", "peak RSS (VmHWM)", "MiB"),
)
#: The goal of each ratio project / Anki (issue 14).
GOALS = {
    "open": 1.5,
    "reopen": 1.5,
    "first_queue": 1.0,
    "next_card": 1.0,
    "answer_durable": 1.2,
    "answer_cpu": 1.5,
    "deck_counts": 1.0,
    "peak_rss": 1.0,
}


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def today_start(now: datetime | None = None) -> datetime:
    """The start of the current study day (local time), when both histories end."""
    local = (now or datetime.now(UTC)).astimezone()
    start = local.replace(hour=ROLLOVER_HOUR, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    return start.astimezone(UTC)


# --- the Anki collection, made from the project's -------------------------------------------


def _anki_day(moment: datetime, crt_day: datetime) -> int:
    """Anki's day number of `moment`: whole study days since the collection's first."""
    return math.floor((moment - crt_day).total_seconds() / 86400)


def to_anki(project: Path, target: Path, today: datetime) -> None:
    """An Anki collection with the same notes, cards, memory and review log as `project`.

    A project note is one Anki note of "Basic (and reversed card)" (odd card ids are the
    forward card, ord 0); FSRS is on, with Anki's default deck options (20 new cards and
    200 reviews a day, steps 1m 10m, relearning 10m, as the project's).
    """
    import sqlite3

    from anki.collection import AddNoteRequest, Collection

    from flashcards.types import CardState

    for old in target.parent.glob(target.name + "*"):
        old.unlink()
    with closing(sqlite3.connect(project)) as source:
        cards = source.execute(
            "SELECT id, front, back, state, step, stability, difficulty, due, last_review, "
            "reps, lapses FROM cards ORDER BY id"
        ).fetchall()
        log = source.execute(
            "SELECT card_id, reviewed_at, rating, duration_ms, state_before, state_after, "
            "due_after FROM review_log ORDER BY id"
        ).fetchall()
    crt_day = today - timedelta(days=400)
    col = Collection(str(target))
    try:
        col.db.execute("UPDATE col SET crt = ?", int(crt_day.timestamp()))
    finally:
        col.close()
    col = Collection(str(target))
    try:
        col.set_config("fsrs", True)
        deck_id = col.decks.id(DECK)
        assert deck_id is not None
        notetype = col.models.by_name("Basic (and reversed card)")
        requests = []
        for card_id, front, back, *_ in cards[::2]:
            assert card_id % 2 == 1
            note = col.new_note(notetype)
            note["Front"], note["Back"] = front, back
            requests.append(AddNoteRequest(note=note, deck_id=deck_id))
        col.add_notes(requests)
        anki_ids = col.db.list("SELECT id FROM cards ORDER BY nid, ord")
        assert len(anki_ids) == len(cards)

        def stamp(text: str | None) -> datetime:
            assert text is not None
            return datetime.fromisoformat(text).replace(tzinfo=UTC)

        updates = []
        for (_id, _f, _b, state, _step, s, d, due, last, reps, lapses), anki_id in zip(
            cards, anki_ids, strict=True
        ):
            if state == CardState.NEW:
                continue
            due_at, last_at = stamp(due), stamp(last)
            data = json.dumps(
                {"s": round(s, 4), "d": round(d, 4), "dr": 0.9, "decay": DECAY,
                 "lrt": int(last_at.timestamp())},
                separators=(",", ":"),
            )  # fmt: skip
            ivl = max(1, round((due_at - last_at).total_seconds() / 86400))
            if state == CardState.REVIEW:
                row = (2, 2, _anki_day(due_at, crt_day), ivl, 0)
            elif state == CardState.LEARNING:
                row = (1, 1, int(due_at.timestamp()), 0, 1)
            else:  # relearning
                row = (3, 1, int(due_at.timestamp()), ivl, 1)
            updates.append((*row, reps, lapses, data, anki_id))
        col.db.executemany(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, left = ?, factor = 2500, "
            "reps = ?, lapses = ?, data = ? WHERE id = ?",
            updates,
        )
        revlog = []
        used: set[int] = set()
        kinds = {0: 0, 1: 0, 2: 1, 3: 2}  # the project's state before → Anki's revlog type
        for card_id, at, rating, ms, before, after, due_after in log:
            moment = stamp(at)
            revlog_id = int(moment.timestamp() * 1000)
            while revlog_id in used:
                revlog_id += 1
            used.add(revlog_id)
            seconds = (stamp(due_after) - moment).total_seconds() if due_after else 0
            ivl = round(seconds / 86400) if after == CardState.REVIEW else -int(seconds)
            revlog.append((revlog_id, anki_ids[card_id - 1], rating, ivl, ms or 0, kinds[before]))
        col.db.executemany(
            "INSERT INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) "
            "VALUES (?, ?, -1, ?, ?, 0, 2500, ?, ?)",
            revlog,
        )
    finally:
        col.close()


# --- measuring, each in a fresh process -----------------------------------------------------


def _grades() -> Iterator[int]:
    rng = random.Random(SEED)
    while True:
        yield rng.choices((1, 2, 3, 4), STUDY_WEIGHTS)[0]


def _us(start: float) -> float:
    return (time.perf_counter() - start) * 1e6


def measure_project(path: Path, samples: int, durable: bool) -> dict[str, Any]:
    """Open, first queue, next card and answer (at FULL or NORMAL), deck counts, reopen,
    peak RSS."""
    from sqlalchemy import event

    from flashcards.scheduler.memory import format_interval
    from flashcards.services.study import StudySession, due_counts
    from flashcards.store import schedule as store
    from flashcards.store.database import Database
    from flashcards.types import Rating

    out: dict[str, Any] = {}
    start = time.perf_counter()
    db = Database(path)
    with db.begin() as session:
        store.load_config(session)
    out["open"] = [_us(start) / 1e3]
    if not durable:

        def normal(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.execute("PRAGMA synchronous=NORMAL")

        event.listen(db.engine, "connect", normal)
        db.engine.dispose()
    start = time.perf_counter()
    study = StudySession(db, DECK)
    study.refresh(datetime.now(UTC))
    out["first_queue"] = [_us(start) / 1e3]
    grades = _grades()
    nexts: list[float] = []
    answers: list[float] = []
    while len(answers) < samples:
        start = time.perf_counter()
        card = study.next_card(datetime.now(UTC))
        if card is not None:
            [format_interval(i) for i in card.intervals.values()]
        elapsed = _us(start)
        if card is None:
            break
        nexts.append(elapsed)
        rating = Rating(next(grades))
        start = time.perf_counter()
        study.answer(card.id, rating, datetime.now(UTC))
        answers.append(_us(start))
    out["answer_durable" if durable else "answer_cpu"] = answers
    out["next_card"] = nexts
    getattr(study, "close", lambda: None)()
    counts = []
    for _ in range(COUNT_RUNS + 1):
        start = time.perf_counter()
        due_counts(db, datetime.now(UTC))
        counts.append(_us(start) / 1e3)
    out["deck_counts"] = counts[1:]
    db.close()
    start = time.perf_counter()
    db = Database(path)
    with db.begin() as session:
        store.load_config(session)
    out["reopen"] = [_us(start) / 1e3]
    db.close()
    out["peak_rss"] = [peak_mib()]
    return out


def measure_anki(path: Path, samples: int, durable: bool) -> dict[str, Any]:
    """The same work through Anki's Python library and its Rust backend."""
    from anki.collection import Collection  # first: anki.cards imports it circularly

    from anki.cards import Card  # isort: skip
    from anki.scheduler.v3 import CardAnswer

    ratings = {1: CardAnswer.AGAIN, 2: CardAnswer.HARD, 3: CardAnswer.GOOD, 4: CardAnswer.EASY}
    out: dict[str, Any] = {}
    start = time.perf_counter()
    col = Collection(str(path))
    deck_id = col.decks.id_for_name(DECK)
    out["open"] = [_us(start) / 1e3]
    assert deck_id is not None
    assert col.db.scalar("PRAGMA synchronous") == 2  # FULL: Anki's own setting
    if not durable:
        col.db.execute("PRAGMA synchronous = NORMAL")
        assert col.db.scalar("PRAGMA synchronous") == 1
    start = time.perf_counter()
    col.decks.select(deck_id)
    col.sched.get_queued_cards()
    out["first_queue"] = [_us(start) / 1e3]
    grades = _grades()
    nexts: list[float] = []
    answers: list[float] = []
    while len(answers) < samples:
        # What the reviewer does to show a card: the queue's next card with its four next
        # states, the card's text (rendered question and answer), the buttons' labels.
        start = time.perf_counter()
        queued = col.sched.get_queued_cards(fetch_limit=1)
        if not queued.cards:
            break
        top = queued.cards[0]
        card = Card(col, backend_card=top.card)
        card.start_timer()
        card.question()
        card.answer()
        col.sched.describe_next_states(top.states)
        nexts.append(_us(start))
        start = time.perf_counter()
        answer = col.sched.build_answer(card=card, states=top.states, rating=ratings[next(grades)])
        col.sched.answer_card(answer)
        answers.append(_us(start))
    out["answer_durable" if durable else "answer_cpu"] = answers
    out["next_card"] = nexts
    counts = []
    for _ in range(COUNT_RUNS + 1):
        start = time.perf_counter()
        col.sched.deck_due_tree()
        counts.append(_us(start) / 1e3)
    out["deck_counts"] = counts[1:]
    col.close()
    start = time.perf_counter()
    col = Collection(str(path))
    col.decks.id_for_name(DECK)
    out["reopen"] = [_us(start) / 1e3]
    col.close()
    out["peak_rss"] = [peak_mib()]
    return out


# --- driving the rounds ---------------------------------------------------------------------


def _remove(path: Path) -> None:
    for old in path.parent.glob(path.stem + "*"):  # the file, -wal, -shm, Anki's .media
        if old.is_dir():
            shutil.rmtree(old)
        else:
            old.unlink()


@contextmanager
def _copy_of(source: Path, name: str) -> Iterator[Path]:
    """A scratch copy, so each round starts from the same pristine collection."""
    target = source.with_name(name)
    _remove(target)
    shutil.copyfile(source, target)
    try:
        yield target
    finally:
        _remove(target)


def _child(app: str, mode: str, path: Path, samples: int) -> dict[str, Any] | None:
    with tempfile.TemporaryDirectory(prefix="flashcards-vs-anki-") as tmp:
        out = Path(tmp) / "result.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--measure", app, mode, str(path)]
        command += ["--samples", str(samples), "--result", str(out)]
        done = subprocess.run(command, check=False)
        if done.returncode != 0 or not out.exists():
            _log(f"{app} {mode} {path}: failed (exit status {done.returncode})")
            return None
        data: dict[str, Any] = json.loads(out.read_text("utf-8"))
        return data


def prepare(size: int, root: Path, rebuild: bool) -> tuple[Path, Path]:
    """The project's and Anki's collections of `size` cards, built now or kept from today."""
    folder = root / f"vs-anki-{size}"
    project, anki = folder / "project.sqlite", folder / "anki.anki2"
    today = today_start()
    stamp = {"size": size, "seed": SEED, "version": BUILD_VERSION, "today": today.isoformat()}
    info = folder / "build.json"
    if not rebuild and info.exists() and json.loads(info.read_text("utf-8")) == stamp:
        _log(f"[{size:,} cards] reusing {folder}")
        _migrate_kept(project, size)  # so that no round times a migration
        return project, anki
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    _log(f"[{size:,} cards] building both collections (history until {today:%Y-%m-%d %H:%M}) …")
    shape = build_collection(project, size, today)
    to_anki(project, anki, today)
    _log(
        f"[{size:,} cards] built in {time.perf_counter() - started:.0f} s: {shape.log_rows:,} "
        f"log rows, {shape.by_state}, due today {shape.due_today:,}"
    )
    info.write_text(json.dumps(stamp), "utf-8")
    return project, anki


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


def summarise(samples: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
    """Per metric: each side's median and p95 over every sample of every round, and the
    ratios project / Anki."""
    result: dict[str, dict[str, float]] = {}
    for key, _label, _unit in METRICS:
        ours, theirs = samples["project"].get(key, []), samples["anki"].get(key, [])
        if not ours or not theirs:
            continue
        figures = {
            "project": statistics.median(ours),
            "anki": statistics.median(theirs),
            "project_p95": _p95(ours),
            "anki_p95": _p95(theirs),
        }
        figures["ratio"] = figures["project"] / figures["anki"]
        figures["p95_ratio"] = figures["project_p95"] / figures["anki_p95"]
        result[key] = figures
    return result


def _figure(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def report(results: dict[int, dict[str, dict[str, float]]], rounds: int) -> str:
    rows = [["metric", "cards", "project", "Anki", "ratio", "p95 project", "p95 Anki"]]
    rows[0] += ["p95 ratio", "goal"]
    for key, label, unit in METRICS:
        for size, figures in results.items():
            f = figures.get(key)
            if f is None:
                continue
            ratio = f["ratio"]
            rows.append(
                [
                    f"{label} ({unit})",
                    f"{size:,}",
                    _figure(f["project"]),
                    _figure(f["anki"]),
                    f"{ratio:.2f}x",
                    _figure(f["project_p95"]),
                    _figure(f["anki_p95"]),
                    f"{f['p95_ratio']:.2f}x",
                    f"<= {GOALS[key]:.1f}x " + ("met" if ratio <= GOALS[key] else "NOT MET"),
                ]
            )
    lines = [
        machine(),
        f"{rounds} rounds; each round two fresh processes per app and size (one answering "
        "at synchronous=FULL, one at NORMAL), the apps in alternating order, each on a fresh "
        "copy of the same collection; medians and p95 over all rounds' samples (up to "
        f"{SAMPLES} answers a process, today's queue; deck counts: {COUNT_RUNS} calls after "
        "a first; open: the first in a fresh process, open again: a second one)",
        "",
        table(rows, left=2),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=sizes(100, "cards"),
        default=[10_000, 100_000],
        help="comma-separated numbers of cards (default: 10000,100000)",
    )
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5, at least 5)")
    parser.add_argument("--samples", type=int, default=SAMPLES, help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument(
        "--keep",
        type=Path,
        metavar="DIR",
        help="build into DIR and keep the collections; reuse them later the same day",
    )
    parser.add_argument("--rebuild", action="store_true", help="rebuild kept collections")
    parser.add_argument("--measure", nargs=3, help=argparse.SUPPRESS)  # app, mode, path
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure is not None:  # a child: one app, one collection, measured cold
        app, mode, path = args.measure
        measure: Callable[[Path, int, bool], dict[str, Any]] = (
            measure_project if app == "project" else measure_anki
        )
        data = measure(Path(path), args.samples, mode == "full")
        args.result.write_text(json.dumps(data), "utf-8")
        return 0
    if args.rounds < 5:
        parser.error("at least 5 rounds")

    root = args.keep.expanduser().resolve() if args.keep else Path(tempfile.mkdtemp())
    results: dict[int, dict[str, dict[str, float]]] = {}
    try:
        for size in args.sizes:
            project, anki = prepare(size, root, args.rebuild)
            samples: dict[str, dict[str, list[float]]] = {"project": {}, "anki": {}}
            for n in range(args.rounds):
                order = ("project", "anki") if n % 2 == 0 else ("anki", "project")
                for mode in ("full", "normal"):
                    for app in order:
                        source = project if app == "project" else anki
                        with _copy_of(source, "measure" + source.suffix) as copy:
                            data = _child(app, mode, copy, args.samples)
                        if data is None:
                            return 1
                        for key, values in data.items():
                            samples[app].setdefault(key, []).extend(values)
                _log(f"[{size:,} cards] round {n + 1}/{args.rounds} done")
            results[size] = summarise(samples)
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    if args.json:
        largest = max(results)
        joined: dict[str, Any] = {}
        for key, figures in results[largest].items():
            joined[key] = {
                **figures,
                "sizes": {str(size): results[size].get(key, {}) for size in results},
            }
        _log(machine())
        print(json.dumps(joined, indent=1))
    else:
        print(report(results, args.rounds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
