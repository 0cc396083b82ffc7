"""Time opening an article pair in the parallel reader: the service's layout and the window.

The seed pair's sections are repeated to about N words an article (the sentences stay real
translations, so alignment and card marks behave as on the seed), built into a fresh
collection, then opened: `reading_pair` alone (the layout, the cards of every sentence and
their memory, on the worker) and the window from the request to the table shown (offscreen).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from report import machine, sizes, table  # bench/report.py

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

GOAL_MS = 200.0  # issue 16: a 5,000-word article opens in under 200 ms


def _articles(folder: Path, words: int) -> None:
    """The seed pair, each section's text repeated until the article has about `words`."""
    from flashcards import paths

    for seed in sorted((paths.shipped_decks() / "sales").glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        head, body = text.split("\n## ", 1)
        sections = body.split("\n## ")
        times = max(1, round(words / max(len(text.split()), 1)))
        grown = []
        for section in sections:
            title, _, rest = section.partition("\n")
            grown.append("## " + title + "\n" + "\n\n".join([rest.strip()] * times))
        (folder / seed.name).write_text(head + "\n" + "\n".join(grown), encoding="utf-8")


def measure(words: int, runs: int) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from flashcards.gui.main_window import MainWindow
    from flashcards.gui.ops import OpRunner
    from flashcards.services import reading
    from flashcards.services.build import build
    from flashcards.store.database import Database

    work = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    folder = work / "articles"
    folder.mkdir()
    _articles(folder, words)
    counted = [len(p.read_text(encoding="utf-8").split()) for p in sorted(folder.iterdir())]
    db = Database(work / "collection.sqlite")
    build(db, [folder], deck="big", source="tr", target="is", both_directions=True)
    (choice,) = reading.article_choices(db, "big")
    service = []
    for _ in range(runs):
        start = time.perf_counter()
        pair = reading.reading_pair(db, "big", choice.group_key, "tr", "is", datetime.now(UTC))
        service.append((time.perf_counter() - start) * 1000)
    cards = len({m.card_id for r in pair.rows for c in (r.left, r.right) for m in c.cards})
    db.close()

    app = QApplication.instance() or QApplication([])
    runner = OpRunner(lambda: Database(work / "collection.sqlite"))
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(runner, settings)
    shown = []
    for _ in range(runs):
        loop = QEventLoop()
        start = time.perf_counter()
        reader = window.show_reader("big")
        reader.loaded.connect(loop.quit)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        shown.append((time.perf_counter() - start) * 1000)
        reader.close()
        reader.deleteLater()
        app.processEvents()
    runner.shutdown()
    return [
        f"{min(counted):,}–{max(counted):,}",
        f"{len(pair.rows):,}",
        f"{cards:,}",
        f"{statistics.median(service):.0f}",
        f"{statistics.median(shown):.0f}",
        "yes" if statistics.median(shown) <= GOAL_MS else "no",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--words", type=sizes(100, "words"), default=[5_000], help="article sizes, e.g. 1000,5000"
    )
    parser.add_argument("--runs", type=int, default=5, help="openings measured (median)")
    args = parser.parse_args()
    rows = [["words an article", "rows", "cards", "layout ms", "window ms", f"≤ {GOAL_MS:.0f} ms"]]
    rows += [measure(n, args.runs) for n in args.words]
    print(machine())
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
