"""Building a deck from a folder with a bad file in it, from the window."""

from __future__ import annotations

import threading
from pathlib import Path

from seed_counts import SEED_CARDS

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
    assert report.new == SEED_CARDS and len(report.skipped) == 1
    box = window.builder.summary
    assert box is not None
    assert "broken.md: broken front matter" in box.detailedText()
    assert box.text().splitlines()[-1] == (
        f"Cards: {SEED_CARDS} new, 0 updated, 0 unchanged, 0 retired"
    )
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
    seen: list[tuple[Phase, int, int]] = []
    labels: list[str] = []
    with qtbot.waitSignal(window.builder.built, timeout=30_000):
        op = window.builder.start(str(folder), "articles", "tr", "is", True)
        shown = window.builder.progress
        assert shown is not None
        step = op.progress
        # The modal dialog's setValue processes events: later steps (and the build's end)
        # may arrive inside a step, so each is noted as it arrives, the label after it.

        def spy(phase: Phase, done: int, total: int) -> None:
            seen.append((phase, done, total))
            step(phase, done, total)  # type: ignore[misc]
            labels.append(shown.dialog.labelText())

        op.progress = spy
        window.builder.built.connect(lambda _report: labels.append(shown.dialog.labelText()))
    phases = list(dict.fromkeys(p for p, *_ in seen))
    assert phases == [Phase.READING, Phase.GROUPING, Phase.MAKING, Phase.WRITING]
    assert seen[-1] == (Phase.WRITING, SEED_CARDS, SEED_CARDS)
    writing = f"Writing cards… {SEED_CARDS} of {SEED_CARDS}"
    assert labels[-1] == writing  # what the dialog said last, when the build ended
    assert "Reading articles… 2 of 2" in labels


def test_a_step_arriving_inside_a_step_is_shown_and_not_overwritten(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtWidgets import QWidget

    from flashcards.gui.progress import OpProgress
    from flashcards.progress import Phase

    parent = QWidget()
    qtbot.addWidget(parent)
    progress = OpProgress(parent, "Building", delay_ms=0)
    original = progress.dialog.setValue
    nested = [(Phase.WRITING, 10, 10)]

    def value_that_processes_events(value: int) -> None:
        original(value)
        while nested:  # what a modal dialog's processEvents may deliver
            progress.step(*nested.pop())

    progress.dialog.setValue = value_that_processes_events  # type: ignore[method-assign]
    progress.step(Phase.WRITING, 0, 10)
    assert progress.dialog.labelText() == "Writing cards… 10 of 10"
    assert progress.dialog.value() == 10


def test_the_progress_dialog_keeps_its_width_as_the_count_grows(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    # Seen in a real window at 14 pt: the dialog widened twice while 5,000 groups' cards
    # were made ("250 of 5.000", then "3.900 of 5.000"), as Qt grows it to its label.
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QWidget

    from flashcards.gui.progress import OpProgress
    from flashcards.progress import Phase

    parent = QWidget()
    qtbot.addWidget(parent)
    progress = OpProgress(parent, "Building", delay_ms=0)
    progress.dialog.setFont(QFont(parent.font().family(), 14))  # as the app's 14 pt does
    progress.dialog.setMinimumWidth(100)  # so that the label alone sets the width
    progress.dialog.show()
    widths = []
    for done in (0, 9, 250, 3_900, 5_000):
        progress.step(Phase.MAKING, done, 5_000)
        widths.append(progress.dialog.width())
    assert len(set(widths)) == 1, widths
    assert progress.dialog.labelText().endswith("5,000 of 5,000 article groups")


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
