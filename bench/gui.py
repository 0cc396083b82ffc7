"""Time the desktop app: start-up to the deck list, opening a deck to its first card painted
(flip and multiple choice), and a grade key to the next card painted."""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from report import machine, sizes, table  # bench/report.py
from scheduler import build_collection  # bench/scheduler.py

GOAL_START_S = 1.0  # issue 14: start-up to the deck list at 100,000 cards
GOAL_NEXT_MS = 16.0  # issue 14: a grade key to the next card painted, one frame


def start_up(path: Path, runs: int) -> list[float]:
    """Seconds from process start to the deck list shown, each run a fresh process."""
    times = []
    env = {**os.environ, "FLASHCARDS_GUI_SMOKE": "0", "XDG_CONFIG_HOME": str(path.parent / "cfg")}
    for _ in range(runs):
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "flashcards", "--db", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("deck list shown"):
                times.append(time.perf_counter() - started)
                break
        process.wait(60)
    return times


def next_card(
    path: Path, presses: int, opens: int = 3
) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds from opening the deck to its first card painted (flip, then multiple
    choice, `opens` times each) and from a grade key press to the next card painted."""
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from flashcards.gui.main_window import MainWindow
    from flashcards.gui.ops import OpRunner
    from flashcards.store.database import Database
    from flashcards.types import StudyMode

    app = QApplication.instance() or QApplication([])
    app.setApplicationName("flashcards-bench")
    now = datetime.now(UTC)
    runner = OpRunner(lambda: Database(path))
    settings = QSettings(str(path.parent / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings, clock=lambda: now)
    window.show()

    def wait(signal: object) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()

    window.refresh_decks()
    wait(window.decks_shown)
    deck = window.deck_list.decks[0].name
    reviewer = window.reviewer
    opened: dict[str, list[float]] = {"flip": [], "choice": []}
    for mode in ("choice", "flip"):
        reviewer.set_mode(StudyMode(mode))
        for _ in range(opens):
            started = time.perf_counter()
            window.study(deck)
            wait(reviewer.step_shown)
            if mode == "choice" and reviewer.card is not None:
                while not reviewer.choice.buttons:
                    app.processEvents()
            reviewer.repaint()
            opened[mode].append((time.perf_counter() - started) * 1000)
            window.show_decks()
            wait(window.decks_shown)
    window.study(deck)
    wait(reviewer.step_shown)
    times = []
    for _ in range(presses):
        if reviewer.card is None:
            break
        QTest.keyClick(reviewer, Qt.Key.Key_Space)
        started = time.perf_counter()
        QTest.keyClick(reviewer, Qt.Key.Key_3)
        wait(reviewer.step_shown)
        reviewer.repaint()  # painted, not only queued
        times.append((time.perf_counter() - started) * 1000)
    window.close()
    runner.shutdown()
    return opened["flip"], opened["choice"], times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        type=sizes(2, "cards"),
        default=[1_000, 100_000],
        help="comma-separated numbers of cards (default: 1000,100000)",
    )
    parser.add_argument("--runs", type=int, default=5, help="start-ups per size")
    parser.add_argument("--presses", type=int, default=60, help="grade presses per size")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"c{size}.sqlite"
            print(f"[{size:,} cards] building the collection…", file=sys.stderr, flush=True)
            build_collection(path, size)
            starts = start_up(path, args.runs)
            flip, choice, presses = next_card(path, args.presses)
            results.append((size, starts, flip, choice, presses))
    rows = [["cards", "start-up median s", "start-up max s", "open flip ms", "open choice ms"]]
    rows[0] += ["next card median ms", "next card p95 ms"]
    for size, starts, flip, choice, presses in results:
        p95 = sorted(presses)[max(0, int(len(presses) * 0.95) - 1)] if presses else float("nan")
        median = statistics.median(presses) if presses else float("nan")
        rows.append(
            [
                f"{size:,}",
                f"{statistics.median(starts):.2f}",
                f"{max(starts):.2f}",
                f"{statistics.median(flip):.0f}",
                f"{statistics.median(choice):.0f}",
                f"{median:.1f}",
                f"{p95:.1f}",
            ]
        )
    print(machine())
    print()
    print(table(rows))
    print()
    print(
        f"goals: the deck list shown within {GOAL_START_S} s; a grade key to the next card "
        f"painted within {GOAL_NEXT_MS:.0f} ms, median (one frame; opening a deck shows a "
        "loading page at once)"
    )
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 can crash while collecting Qt objects


if __name__ == "__main__":
    raise SystemExit(main())
