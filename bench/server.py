"""Time the study path on SQLite and on a local PostgreSQL server, and `db copy` both ways."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from pgserver import HOW_TO_ENABLE, PostgresServer, find_bin_dir  # noqa: E402
from report import machine, sizes, table  # noqa: E402
from scheduler import DECK, NOW, _clock, _study, build_collection  # noqa: E402

from flashcards.services.study import StudySession, due_counts  # noqa: E402
from flashcards.store.database import Database  # noqa: E402
from flashcards.store.dbcopy import copy_collection  # noqa: E402

SAMPLES = 200
COUNT_RUNS = 10
WORKER = HERE.parent / "tests" / "services" / "answer_worker.py"


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:.1f}"


def study_path(location: str) -> dict[str, float]:
    """Open, today's queue, next card and answer (medians), deck counts: seconds each."""
    timings: dict[str, float] = {}
    start = time.perf_counter()
    db = Database(location)
    with db.begin():
        pass
    timings["open"] = time.perf_counter() - start
    start = time.perf_counter()
    session = StudySession(db, DECK, tz=UTC)
    session.refresh(NOW)
    timings["queue"] = time.perf_counter() - start
    nexts, answers, _ = _study(session, SAMPLES, _clock)
    timings["next card"] = statistics.median(nexts)
    timings["answer"] = statistics.median(answers)
    counts = []
    for _ in range(COUNT_RUNS):
        start = time.perf_counter()
        due_counts(db, NOW, UTC)
        counts.append(time.perf_counter() - start)
    timings["deck counts"] = statistics.median(counts)
    db.close()
    return timings


def two_clients(location: str, answers: int) -> float:
    """Answers per second while two processes answer the same deck at once (from the moment
    both are ready, so their start-up is not counted)."""
    workers = [
        subprocess.Popen(
            [sys.executable, str(WORKER), location, str(seed), "0", str(answers)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for seed in (1, 2)
    ]
    ready: list[float] = []
    acks: list[float] = []

    def read(worker: subprocess.Popen[str]) -> None:
        assert worker.stdout is not None
        for line in worker.stdout:
            (ready if line.startswith("ready") else acks).append(time.perf_counter())

    readers = [threading.Thread(target=read, args=(w,)) for w in workers]
    for reader in readers:
        reader.start()
    for worker, reader in zip(workers, readers, strict=True):
        reader.join(timeout=600)
        if worker.wait(timeout=600) != 0:
            raise RuntimeError("an answering process failed")
    both = max(ready)
    counted = [t for t in acks if t >= both]
    return len(counted) / (max(counted) - both)


def copy_time(source: str, target: str) -> tuple[float, int]:
    src, dst = Database(source), Database(target)
    start = time.perf_counter()
    report = copy_collection(src, dst)
    seconds = time.perf_counter() - start
    src.close()
    dst.close()
    return seconds, report.total


def run(size: int, server: PostgresServer, root: Path) -> list[list[str]]:
    sqlite = root / f"bench-{size}.sqlite"
    build_collection(sqlite, size)
    url = server.create_database()
    to_server, rows = copy_time(str(sqlite), url)
    home = root / f"home-{size}.sqlite"
    to_file, _ = copy_time(url, str(home))
    local, remote = study_path(str(sqlite)), study_path(url)
    rows_out = [[f"{size:,}", name, _ms(local[name]), _ms(remote[name])] for name in local]
    rows_out.append([f"{size:,}", "2 clients, answers/s", "", ""])
    rows_out[-1][2] = f"{two_clients(str(home), 300):.0f}"
    rows_out[-1][3] = f"{two_clients(url, 300):.0f}"
    rows_out.append([f"{size:,}", f"db copy of {rows:,} rows into it, s", f"{to_file:.1f}", ""])
    rows_out[-1][3] = f"{to_server:.1f}"
    server.drop_database(url)
    return rows_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=sizes(2, "cards"),
        default=[10_000],
        help="comma-separated numbers of cards (default: 10000)",
    )
    args = parser.parse_args(argv)
    bin_dir = find_bin_dir()
    if bin_dir is None:
        print(HOW_TO_ENABLE, file=sys.stderr)
        return 1
    server = PostgresServer(bin_dir, durable=True)
    server.start()
    rows: list[list[str]] = [["cards", "measure (ms unless said)", "SQLite file", "PostgreSQL"]]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for size in args.sizes:
                rows += run(size, server, Path(tmp))
    finally:
        server.stop()
    print(machine())
    print("PostgreSQL: local server on a Unix socket, default durability (fsync on)")
    print()
    print(table(rows, left=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
