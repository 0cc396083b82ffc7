"""File ▸ Import glossary from the window: the dialog, its report, the deck list, and errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards.builder.glossary import Skip, SkippedRow
from flashcards.gui.glossary_dialog import GlossaryDialog
from flashcards.gui.main_window import MainWindow
from flashcards.store import cards as store
from flashcards.store.database import Database

GLOSSARY = (
    "Türkçe;Íslenska\n"
    "İhracat;útflutningur\n"
    "ışık;ljós\n"
    "müşteri;viðskiptavinur\n"
    "teşekkür;þakkir\n"
    "değer;verðmæti\n"
    "öğrenci;nemandi\n"
    "boş;\n"
    "çalışma;æfing\n"
)


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "terimler.csv"
    path.write_text(GLOSSARY, "utf-8")
    return path


def _deck_row(window: MainWindow, name: str) -> int | None:
    table = window.deck_list.table
    for row in range(table.rowCount()):
        item = table.item(row, 0)
        if item is not None and item.text() == name:
            return row
    return None


def _open(window: MainWindow, path: Path, monkeypatch: pytest.MonkeyPatch) -> GlossaryDialog:
    monkeypatch.setattr(window, "choose_glossary_file", lambda: str(path))
    window.glossary_action.trigger()
    dialog = window.glossary_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_import_adds_cards_and_reports_the_skipped_row(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    collection: Path,
    glossary: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.deck_list.table.rowCount() == 1
    dialog = _open(window, glossary, monkeypatch)
    assert dialog.file.text() == str(glossary)
    assert dialog.deck_name() == "terimler"
    assert (dialog.source_lang(), dialog.target_lang()) == ("tr", "is")  # the selected deck's
    assert dialog.both.isChecked()
    assert not dialog.report_box.isVisible()
    with qtbot.waitSignals([dialog.imported, window.decks_shown], timeout=30_000):
        dialog.import_button.click()
    report = dialog.report
    assert report is not None and report.created_deck
    assert (report.added, report.updated, report.unchanged) == (14, 0, 0)
    assert dialog.report_box.isVisible()
    assert "Added: 14 · Updated: 0 · Unchanged: 0" in dialog.summary.text()
    assert "terimler" in dialog.summary.text()
    assert dialog.skipped_label.text() == "Skipped rows: 1"
    assert [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())] == [
        "Row 8: empty cell"
    ]
    assert not dialog.error.isVisible()
    # The deck list has the new deck, a new card of each row today (siblings wait a day).
    assert window.deck_list.table.rowCount() == 2
    row = _deck_row(window, "terimler")
    assert row is not None
    assert report.entries == 7
    assert window.deck_list.table.item(row, 2).text() == "7"
    assert window.deck_list.selected_deck() == "terimler"
    db = Database(collection)
    try:
        with db.begin() as session:
            fronts = {card.front for card in store.cards(session, deck="terimler")}
    finally:
        db.close()
    assert {"İhracat", "ışık", "teşekkür", "verðmæti", "þakkir", "æfing"} <= fronts


def test_importing_again_changes_nothing(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    glossary: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(window, glossary, monkeypatch)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert "Added: 0 · Updated: 0 · Unchanged: 14" in dialog.summary.text()


def test_an_existing_deck_brings_its_languages(
    window: MainWindow, glossary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window, glossary, monkeypatch)
    dialog._set_language(dialog.source, "en")
    dialog._set_language(dialog.target, "de")
    dialog.deck.setCurrentText("sales")
    assert (dialog.source_lang(), dialog.target_lang()) == ("tr", "is")
    assert "Türkçe ↔ Íslenska" in dialog.deck_hint.text()


def test_a_missing_file_is_one_line_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(window, tmp_path / "yok.csv", monkeypatch)
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.import_button.click()
    assert failed.args == ["yok.csv: no such file"]
    assert dialog.error.isVisible() and dialog.error.text() == "yok.csv: no such file"
    assert not dialog.report_box.isVisible()
    assert dialog.import_button.isEnabled()


def test_a_header_without_the_languages_is_one_line_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    glossary: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = _open(window, glossary, monkeypatch)
    dialog._set_language(dialog.source, "en")
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.import_button.click()
    assert failed.args == ["terimler.csv: the header (türkçe, íslenska) has no column in English"]


def test_a_deck_in_other_languages_is_one_line_in_the_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    words = tmp_path / "words.tsv"
    words.write_text("customer\tKunde\nvalue\tWert\n", "utf-8")
    dialog = _open(window, words, monkeypatch)
    dialog.deck.setCurrentText("sales")
    dialog._set_language(dialog.source, "en")
    dialog._set_language(dialog.target, "de")
    with qtbot.waitSignal(dialog.failed, timeout=30_000) as failed:
        dialog.import_button.click()
    message = failed.args[0]
    assert message == (
        "The deck “sales” is in Türkçe and Íslenska: choose those languages or another deck."
    )
    assert "\n" not in dialog.error.text()
    assert window.deck_list.table.rowCount() == 1


def test_every_skip_reason_has_its_text_in_the_app(
    window: MainWindow, glossary: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open(window, glossary, monkeypatch)
    for why in Skip:
        values = tuple(str(n) for n in range(why.value.count("{")))
        skip = SkippedRow(7, why, values)
        if why in (Skip.ENCODING, Skip.QUOTING):  # their detail stays in the terminal's report
            assert skip.reason.startswith(dialog.reason_text(skip) + " (")
        else:
            assert dialog.reason_text(skip) == skip.reason  # English: the builder's words


def test_the_dialog_speaks_icelandic(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    glossary: Path,
) -> None:
    from PySide6.QtWidgets import QApplication

    from flashcards.gui.app import install_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "is")
    assert translator is not None
    try:
        dialog = GlossaryDialog(window.runner, window.deck_list.decks, str(glossary), "sales")
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Flytja inn orðalista"
        assert dialog.import_button.text() == "Flytja inn"
        assert dialog.reason_text(SkippedRow(3, Skip.EMPTY_CELL)) == "tómur reitur"
        assert dialog.reason_text(SkippedRow(3, Skip.DUPLICATE, ("2",))) == "tvítekning línu 2"
    finally:
        app.removeTranslator(translator)
