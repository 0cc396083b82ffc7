"""File ▸ Import from Anki in the window: a studied Anki deck comes over with its reviews, the
deck list shows it, the report says what came; a file that is no package is one line, in the
interface language, and the dialog grows to show it."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from ankicol import add_note, answer, collection, export_deck, require_anki
from PySide6.QtWidgets import QApplication

from flashcards.gui.anki_import_dialog import AnkiImportDialog
from flashcards.gui.app import install_translator
from flashcards.gui.main_window import MainWindow

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)  # the window's clock (conftest)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    require_anki()
    col = collection(tmp_path / "anki")
    try:
        notes = [
            add_note(col, "Basic", "Türkçe::Satış", [front, back], ["satış"])
            for front, back in (
                ("müşteri", "viðskiptavinur"),
                ("teşekkür", "þakkir"),
                ("<b>değer</b>", "verðmæti"),
            )
        ]
        for n, note in enumerate(notes):
            card = note.cards()[0].id
            answer(col, card, 3, NOW - timedelta(days=5, minutes=n))
            answer(col, card, 3, NOW - timedelta(days=5, minutes=n - 10))
        col.sched.suspend_cards([notes[2].cards()[0].id])
        return export_deck(col, "Türkçe", tmp_path / "turkce.apkg")
    finally:
        col.close()


def _open(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> AnkiImportDialog:
    monkeypatch.setattr(window, "choose_anki_file", lambda: str(path))
    window.anki_import_action.trigger()
    dialog = window.anki_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_a_studied_anki_deck_comes_over_with_its_reviews(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    package: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.anki_import_action.shortcut().toString() == "Ctrl+Shift+I"
    dialog = _open(window, package, monkeypatch)
    assert dialog.file.text() == str(package) and dialog.deck_name() is None
    assert not dialog.summary.isVisible()
    with qtbot.waitSignals([dialog.imported, window.decks_shown], timeout=60_000):
        dialog.import_button.click()
    report = dialog.report
    assert report is not None and report.reviews_added == 6
    text = dialog.summary.toPlainText()
    assert "turkce.apkg: 3 notes, 3 cards" in text
    assert "New deck “Türkçe::Satış”" in text and "added: 3" in text
    assert "Reviews: 6 added · 0 already here" in text
    assert "From Anki: 1 suspended · 0 buried · 0 flagged" in text
    names = [
        window.deck_list.table.item(r, 0).text() for r in range(window.deck_list.table.rowCount())
    ]
    assert "Türkçe::Satış" in names
    # Again: nothing new.
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()
    assert "Reviews: 0 added · 6 already here" in dialog.summary.toPlainText()


def test_a_file_that_is_no_package_is_one_line(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    require_anki()
    bad = tmp_path / "notes.apkg"
    bad.write_text("not a package", "utf-8")
    dialog = _open(window, bad, monkeypatch)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.import_button.click()
    assert failed.args == ["notes.apkg: not an Anki package (not a zip archive)"]
    assert dialog.error.isVisible() and not dialog.summary.isVisible()
    assert dialog.import_button.isEnabled()


def test_the_fields_to_ask_and_answer_can_be_named(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    package: Path,
    collection: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashcards.store import cards as store
    from flashcards.store.database import Database

    dialog = _open(window, package, monkeypatch)
    dialog.fields.setText("Front")
    assert dialog.start() is None
    assert dialog.error.isVisible() and "Front,Back" in dialog.error.text()
    dialog.fields.setText("Word, Meaning")  # no note type has them: said, nothing imported
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.import_button.click()
    assert failed.args == [
        "turkce.apkg: no note type has the fields Word and Meaning (Basic: Front, Back)"
    ]
    dialog.fields.setText("back, front")
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        dialog.import_button.click()
    db = Database(collection)
    try:
        with db.begin() as session:
            fronts = {c.front for c in store.cards(session, "Türkçe::Satış")}
    finally:
        db.close()
    assert fronts == {"viðskiptavinur", "þakkir", "verðmæti"}


@pytest.fixture
def icelandic() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "is")
    assert translator is not None
    yield
    app.removeTranslator(translator)


def test_errors_are_in_the_interface_language_and_nothing_is_squeezed(
    qtbot,  # type: ignore[no-untyped-def]
    icelandic: None,
    window: MainWindow,
    package: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = tmp_path / "texti.apkg"
    text.write_text("ekki pakki", "utf-8")
    empty = tmp_path / "tómur.colpkg"
    with zipfile.ZipFile(empty, "w") as archive:
        archive.writestr("readme.txt", "hæ")
    dialog = _open(window, text, monkeypatch)
    dialog.show()
    qtbot.waitExposed(dialog)
    cases = [
        (text, "", "texti.apkg: ekki Anki-pakki (ekki zip-safn)"),
        (empty, "", "tómur.colpkg: ekki Anki-pakki (ekkert safn í honum)"),
        (tmp_path / "farinn.apkg", "", "farinn.apkg: skráin er ekki til"),
        (
            package,
            "Orð, Merking",
            "turkce.apkg: engin glósutegund hefur reitina Orð og Merking (Basic: Front, Back)",
        ),
    ]
    for path, fields, expected in cases:
        dialog.file.setText(str(path))
        dialog.fields.setText(fields)
        with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
            dialog.import_button.click()
        assert failed.args == [expected]
        assert dialog.error.text() == expected and dialog.error.isVisible()
        # The dialog grew for the error: every row keeps the height it asks for.
        for widget in (dialog.file, dialog.deck, dialog.fields):
            assert widget.height() >= widget.sizeHint().height(), (expected, widget)
        error = dialog.error
        assert error.height() >= error.heightForWidth(error.width()), expected
        assert dialog.height() >= dialog.sizeHint().height()


def test_every_reason_an_anki_import_gives_is_worded_in_each_language(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from PySide6.QtCore import QCoreApplication

    from flashcards.errors import Reason
    from flashcards.gui.messages import _TEMPLATES

    reasons = [
        Reason.NOT_ZIP,
        Reason.NO_COLLECTION,
        Reason.DAMAGED_ARCHIVE,
        Reason.UNPACKS_TOO_MUCH,
        Reason.ANKI_CANNOT_READ,
        Reason.NO_SUCH_FIELDS,
        Reason.TOO_LARGE,
        Reason.FOLDER,
        Reason.NOT_REGULAR,
        Reason.NO_SUCH_FILE,
        Reason.CANNOT_READ,
    ]
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for language in ("tr", "is"):
        translator = install_translator(app, language)
        assert translator is not None
        try:
            for reason in reasons:
                source = _TEMPLATES[reason]
                worded = QCoreApplication.translate("Messages", source)
                assert worded != source, (language, reason)
                placeholders = {p for p in ("%1", "%2", "%3", "%4") if p in source}
                assert {p for p in ("%1", "%2", "%3", "%4") if p in worded} == placeholders
        finally:
            app.removeTranslator(translator)


def test_a_long_import_shows_its_progress_and_cancel_changes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    package: Path,
    collection: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import sqlite3
    import threading

    from flashcards.gui.progress import OpProgress
    from flashcards.progress import Phase
    from flashcards.services import anki_package

    def cards() -> list[tuple[object, ...]]:
        connection = sqlite3.connect(collection)
        try:
            return connection.execute("SELECT * FROM cards ORDER BY id").fetchall()
        finally:
            connection.close()

    before = cards()
    dialog = _open(window, package, monkeypatch)
    # The worker waits, package open, until the window has shown the step and Cancel is
    # pressed: the cancel lands mid-import whatever the machine's speed.
    cancelled = threading.Event()
    read = anki_package._read

    def slow_read(*args: object) -> object:
        assert cancelled.wait(30)
        return read(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(anki_package, "_read", slow_read)
    shown: list[str] = []
    step = OpProgress.step

    def step_and_cancel(self: OpProgress, phase: Phase, done: int, total: int) -> None:
        step(self, phase, done, total)
        shown.append(self.dialog.labelText())
        self.cancel()  # as the progress dialog's Cancel button does
        cancelled.set()

    monkeypatch.setattr(OpProgress, "step", step_and_cancel)
    with qtbot.waitSignal(dialog.failed, timeout=60_000) as failed:
        dialog.import_button.click()
    assert shown[0] == "Reading the Anki package…"
    assert failed.args == ["The import was cancelled; nothing was changed."]
    assert dialog.progress is None and dialog.import_button.isEnabled()
    assert cards() == before
    assert (
        OpProgress(dialog, "").phase_text(Phase.REPLAYING, 200, 3000)
        == "Computing each card's memory from its reviews… \u2007\u2008200 of 3,000"
    )
