"""Building a deck from a folder with a bad file in it, from the window."""

from __future__ import annotations

import threading
from pathlib import Path

from flashcards.gui.build_dialog import BuildDialog
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import Op


def test_build_reports_the_bad_file_and_builds_the_rest(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    seed_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in seed_dir.iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    (folder / "broken.md").write_text("---\ntitle: [oops\n---\ntext\n", "utf-8")
    dialog = BuildDialog(window, str(folder))
    assert dialog.deck.text() == "articles"
    with qtbot.waitSignal(window.builder.built, timeout=30_000) as built:
        window.builder.start(*dialog.choices())
    report = built.args[0]
    assert report.new == 74 and len(report.skipped) == 1
    box = window.builder.summary
    assert box is not None
    assert "broken.md: broken front matter" in box.detailedText()
    qtbot.waitUntil(lambda: window.deck_list.table.rowCount() == 2, timeout=10_000)
    names = {window.deck_list.table.item(r, 0).text() for r in range(2)}
    assert names == {"sales", "articles"}


def test_empty_collection_offers_to_build(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from flashcards.gui.ops import OpRunner
    from flashcards.store.database import Database

    runner = OpRunner(lambda: Database(tmp_path / "empty.sqlite"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    main = MainWindow(runner, settings)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.decks_shown, timeout=10_000):
        main.show()
        main.refresh_decks()
    assert main.deck_list.stack.currentIndex() == 1
    assert main.deck_list.build_button.isVisible()
    runner.shutdown()


def test_cancelling_a_build_changes_nothing(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    seed_dir: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in seed_dir.iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    gate = threading.Event()  # the worker waits on it: the build cannot start before the cancel
    window.runner.run(Op(lambda _ctx: gate.wait(10)))
    op = window.builder.start(str(folder), "articles", "tr", "is", True)
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: window.builder.summary is not None, timeout=30_000)
    assert window.builder.summary.text() == "The build was cancelled; nothing was changed."
    window.refresh_decks()
    qtbot.waitUntil(lambda: window.deck_list.table.rowCount() == 1, timeout=10_000)
    assert window.deck_list.table.item(0, 0).text() == "sales"
