"""File ▸ Export to Anki from the window: a real .apkg, its counts, and a file it cannot write."""

from __future__ import annotations

import sqlite3
import threading
import zipfile
from pathlib import Path

import pytest

from flashcards.gui.anki_export_dialog import AnkiExportDialog, default_file_name
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import Op
from flashcards.store import cards as store
from flashcards.store.database import Database


def _active_cards(collection: Path, deck: str | None) -> int:
    db = Database(collection)
    try:
        with db.begin() as session:
            return len(store.cards(session, deck=deck))
    finally:
        db.close()


def _notes_in(package: Path, scratch: Path) -> int:
    with zipfile.ZipFile(package) as archive:
        assert "collection.anki2" in archive.namelist()
        archive.extract("collection.anki2", scratch)
    connection = sqlite3.connect(scratch / "collection.anki2")
    try:
        (count,) = connection.execute("select count(*) from notes").fetchone()
    finally:
        connection.close()
    return int(count)


def test_export_writes_a_package_and_says_what_it_holds(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    collection: Path,
    tmp_path: Path,
) -> None:
    out = tmp_path / "Satış ve þjónusta.apkg"
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as exported:
        window.export_to_anki(str(out), "sales")
    written, message = exported.args
    expected = _active_cards(collection, "sales")
    assert expected > 0
    assert (written.cards, written.notes) == (expected, expected)
    assert message == f"{expected} cards ({expected} notes) written to {out}"
    assert zipfile.is_zipfile(out)
    assert _notes_in(out, tmp_path / "unpacked") == expected
    box = window.exporter.summary
    assert box is not None and box.text() == message
    assert window.statusBar().currentMessage() == message


def test_the_menu_asks_for_the_deck_then_the_file(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = window.export_dialog()
    assert dialog.deck() == "sales"  # the deck selected in the deck list
    dialog.decks.setCurrentIndex(0)
    assert dialog.deck() is None  # all decks
    asked: list[str | None] = []

    def choose(deck: str | None) -> str:
        asked.append(deck)
        return str(tmp_path / "all.apkg")

    monkeypatch.setattr(AnkiExportDialog, "exec", lambda self: AnkiExportDialog.DialogCode.Accepted)
    monkeypatch.setattr(window, "choose_export_file", choose)
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000) as exported:
        window.export_action.trigger()
    assert asked == ["sales"]
    assert exported.args[1].endswith(f"written to {tmp_path / 'all.apkg'}")
    assert zipfile.is_zipfile(tmp_path / "all.apkg")
    assert window.settings.value("files/export_folder") == str(tmp_path)


def test_default_file_names() -> None:
    assert default_file_name(None) == "flashcards.apkg"
    assert default_file_name("sales") == "sales.apkg"
    assert default_file_name("Satış/2026: Q1") == "Satış_2026_ Q1.apkg"
    assert default_file_name("///") == "flashcards.apkg"


def test_a_file_it_cannot_write_is_one_line(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", "utf-8")
    out = blocker / "sales.apkg"
    window.export_to_anki(str(out), "sales")
    qtbot.waitUntil(lambda: window.exporter.summary is not None, timeout=30_000)
    box = window.exporter.summary
    assert box is not None
    assert box.text().startswith(f"Cannot write {out} (")
    assert "\n" not in box.text() and "Traceback" not in box.text()
    assert not out.exists()


def test_an_export_shows_its_phases_and_a_cancel_writes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flashcards.services.anki_export as anki_export
    from flashcards.progress import Phase

    seen: list[Phase] = []
    with qtbot.waitSignal(window.exporter.exported, timeout=30_000):
        op = window.export_to_anki(str(tmp_path / "all.apkg"))
        step = op.progress

        def spy(phase: Phase, done: int, total: int) -> None:
            step(phase, done, total)  # type: ignore[misc]
            seen.append(phase)

        op.progress = spy
    assert list(dict.fromkeys(seen)) == [Phase.LOADING, Phase.PACKING, Phase.SAVING]

    real = anki_export.export_apkg

    def export_apkg(*args, progress, **options):  # type: ignore[no-untyped-def]
        def report(phase: Phase, done: int, total: int) -> None:
            if phase is Phase.PACKING:
                later.cancel()  # Cancel, pressed while the cards are packed
            progress(phase, done, total)

        return real(*args, progress=report, **options)

    monkeypatch.setattr(anki_export, "export_apkg", export_apkg)
    target = tmp_path / "cancelled.apkg"
    gate = threading.Event()  # the export starts once `later` is known
    window.runner.run(Op(lambda _ctx: gate.wait(10)))
    later = window.export_to_anki(str(target))
    gate.set()
    qtbot.waitUntil(lambda: "cancelled" in window.exporter.message, timeout=30_000)
    assert window.exporter.message == "The export was cancelled; no file was written."
    assert not target.exists() and not list(tmp_path.glob(".cancelled*"))
