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
    assert box.text().splitlines()[-1] == "Cards: 74 new, 0 updated, 0 unchanged, 0 retired"
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


def _copy_seed(tmp_path: Path, seed_dir: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in seed_dir.iterdir():
        (folder / article.name).write_bytes(article.read_bytes())
    return folder


def test_every_phase_of_a_build_reports_its_progress(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    seed_dir: Path,
) -> None:
    from flashcards.progress import Phase

    folder = _copy_seed(tmp_path, seed_dir)
    seen: list[tuple[Phase, int, int, str]] = []
    with qtbot.waitSignal(window.builder.built, timeout=30_000):
        op = window.builder.start(str(folder), "articles", "tr", "is", True)
        shown = window.builder.progress
        assert shown is not None
        step = op.progress

        def spy(phase: Phase, done: int, total: int) -> None:
            step(phase, done, total)  # type: ignore[misc]
            seen.append((phase, done, total, shown.dialog.labelText()))

        op.progress = spy
    phases = list(dict.fromkeys(p for p, *_ in seen))
    assert phases == [Phase.READING, Phase.GROUPING, Phase.MAKING, Phase.WRITING]
    assert seen[-1][:3] == (Phase.WRITING, 74, 74)
    assert seen[-1][3] == "Writing cards… 74 of 74"
    assert any(text == "Reading articles… 2 of 2" for *_, text in seen)


def test_cancelling_while_cards_are_made_keeps_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    seed_dir: Path,
    monkeypatch,
) -> None:
    """Cancel pressed while the cards are made: the worker stops at its next report."""
    from flashcards.progress import Phase
    from flashcards.services import actions

    folder = _copy_seed(tmp_path, seed_dir)
    real = actions.build_deck
    pressed: list[Phase] = []

    def build_deck(db, where, *, progress, **options):  # type: ignore[no-untyped-def]
        def report(phase: Phase, done: int, total: int) -> None:
            if phase is Phase.MAKING and not pressed:
                pressed.append(phase)
                op.cancel()  # what the dialog's Cancel button does, at this very moment
            progress(phase, done, total)

        return real(db, where, progress=report, **options)

    monkeypatch.setattr(actions, "build_deck", build_deck)
    gate = threading.Event()
    window.runner.run(Op(lambda _ctx: gate.wait(10)))
    op = window.builder.start(str(folder), "articles", "tr", "is", True)
    gate.set()
    qtbot.waitUntil(lambda: window.builder.summary is not None, timeout=30_000)
    assert pressed == [Phase.MAKING]
    assert window.builder.summary.text() == "The build was cancelled; nothing was changed."
    window.refresh_decks()
    qtbot.waitUntil(lambda: window.deck_list.table.rowCount() == 1, timeout=10_000)


def test_results_on_their_way_back_are_delivered_before_the_worker_stops(
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """The cause of the "bool_dealloc" abort at quit: operations queued behind a busy one
    (the backup at quit) were dropped when the thread was told to quit, and they and
    their results (here False) stayed in Qt's queues until interpreter teardown.  Now
    every queued operation runs and its result is delivered before shutdown returns."""
    from flashcards.gui.ops import OpRunner
    from flashcards.store.database import Database

    runner = OpRunner(lambda: Database(tmp_path / "c.sqlite"))
    delivered: list[object] = []
    gate = threading.Event()
    runner.run(Op(lambda _ctx: gate.wait(10)))
    runner.run(Op(lambda _ctx: False, success=delivered.append))
    runner.run(Op(lambda _ctx: None, success=delivered.append))
    gate.set()
    runner.shutdown()  # no event loop ran in between
    assert delivered == [False, None] and runner.pending == 0
