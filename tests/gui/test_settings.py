"""Settings: scheduling options reach the collection; the language switch translates the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gui_themes import themed
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLabel
from seed_counts import ONE_WAY_CARDS, SEED_CARDS

from flashcards.gui.app import Shell
from flashcards.gui.main_window import MainWindow
from flashcards.gui.ops import OpRunner
from flashcards.services.study import load_config
from flashcards.store.database import Database


def _title(window: MainWindow) -> str:
    label = window.deck_list.findChild(QLabel, "pageTitle")
    assert label is not None
    return label.text()


def test_scheduling_settings_are_saved(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.show_settings()
    qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
    assert dialog.retention.value() == 0.90 and dialog.day_start.value() == 4
    dialog.retention.setValue(0.85)
    dialog.new_per_day.setValue(5)
    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        dialog.save()
    db = Database(collection)
    assert load_config(db).desired_retention == 0.85
    db.close()
    assert window.deck_list.table.item(0, 2).text() == "5"  # the new-card limit applies at once


def test_language_switch_changes_visible_text(
    qtbot,
    runner: OpRunner,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from PySide6.QtCore import QLocale

    locale = QLocale()  # put back at the end: the shell sets the interface language's
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    shell = Shell(app, runner, settings)  # its windows are closed and deleted by the shell
    with qtbot.waitSignal(shell.window.decks_shown, timeout=10_000):
        shell.window.show()
        shell.window.refresh_decks()
    assert _title(shell.window) == "Decks"
    for language, title, menu in (("tr", "Desteler", "&Dosya"), ("is", "Stokkar", "&Skrá")):
        dialog = shell.window.show_settings()
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        old = shell.window
        dialog.save()
        qtbot.waitUntil(lambda old=old: shell.window is not old, timeout=10_000)
        qtbot.waitUntil(lambda: shell.window.deck_list.table.rowCount() == 1, timeout=10_000)
        assert _title(shell.window) == title
        assert shell.window.menuBar().actions()[0].text() == menu
    assert settings.value("ui/language") == "is"
    for translator in (shell.translator, shell.qt_translator):
        if translator is not None:
            app.removeTranslator(translator)
    shell.window.close()
    shell.window.deleteLater()
    # Delete the replaced windows now, while the application is alive.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QLocale.setDefault(locale)


def test_qt_standard_buttons_follow_the_interface_language(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from flashcards.gui.app import install_qt_translator

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_qt_translator(app, "tr")
    try:
        assert translator is not None
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "İptal"
    finally:
        if translator is not None:
            app.removeTranslator(translator)
    # Qt ships no Icelandic: ours gives the standard buttons their Icelandic names.
    translator = install_qt_translator(app, "is")
    try:
        assert translator is not None
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hætta við"
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Í lagi"
    finally:
        if translator is not None:
            app.removeTranslator(translator)


def _second_deck(collection: Path, seed_dir: Path) -> None:
    from flashcards.services.build import build

    db = Database(collection)
    build(db, [seed_dir], deck="another", source="is", target="tr")
    db.close()


def test_deck_options_open_on_the_chosen_deck_with_aligned_fields(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    collection: Path,
    seed_dir: Path,
) -> None:
    from PySide6.QtWidgets import QFormLayout, QPushButton

    _second_deck(collection, seed_dir)
    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        window.refresh_decks()
    table = window.deck_list.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names == ["another", "sales"]
    assert [table.item(r, window.deck_list.TOTAL).text() for r in range(2)] == [
        str(ONE_WAY_CARDS),
        str(SEED_CARDS),
    ]
    options = table.cellWidget(names.index("sales"), window.deck_list.OPTIONS)
    assert isinstance(options, QPushButton)
    options.click()
    dialog = window.settings_dialog
    assert dialog.deck.currentText() == "sales"  # the deck asked for, not the first one
    lefts = set()
    for form in dialog.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if field is not None and field.widget() is not None:
                lefts.add(field.widget().mapTo(dialog, field.widget().rect().topLeft()).x())
    assert len(lefts) == 1, lefts  # the fields of all groups start at one column
    sizes = [dialog.font_size.itemText(i) for i in range(dialog.font_size.count())]
    assert sizes[0] == "Default" and sizes[1] == "8 pt" and sizes[-1] == "20 pt"


def test_the_font_size_applies_to_card_text(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from flashcards.gui.theme import apply_theme

    with themed(0) as app:
        with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
            window.study("sales")
        sizes = {}
        for size in (8, 14, 20):
            apply_theme(app, "light", size)
            app.processEvents()
            front = window.reviewer.view.front
            sizes[size] = (front.font().pointSize(), window.menuBar().font().pointSize())
        assert sizes[8][0] < sizes[14][0] < sizes[20][0]
        assert sizes[14] == (26, 14) and sizes[20] == (32, 20)


def test_deck_rows_fit_their_buttons_at_14_pt(
    qtbot: Any, window: MainWindow, at_14_pt: None
) -> None:
    with qtbot.waitSignal(window.decks_shown, timeout=10_000):
        window.refresh_decks()
    table = window.deck_list.table
    button = table.cellWidget(0, window.deck_list.STUDY)
    assert table.rowHeight(0) >= button.sizeHint().height()  # nothing cut off


def test_the_calibration_switch_is_the_setting_config_calibrate_sets(
    qtbot,
    window: MainWindow,
    collection: Path,  # type: ignore[no-untyped-def]
) -> None:
    from flashcards.scheduler.calibrate import Calibration
    from flashcards.services.study import save_config

    db = Database(collection)
    answers = [(0.90, True)] * 1_860 + [(0.90, False)] * 140  # 93 % recalled at 90 %
    save_config(db, load_config(db).with_changes(calibration=Calibration.of(answers)))
    db.close()
    for wanted in (True, False):
        dialog = window.show_settings()
        qtbot.waitSignal(dialog.loaded, timeout=10_000).wait()
        assert dialog.calibrate.isChecked() is not wanted  # off by default, then as saved
        assert dialog.calibration_note.text() == (
            "At a predicted 90% you recalled 93% (2,000 reviews): calibrated target 87.3%."
        )
        dialog.calibrate.setChecked(wanted)
        with qtbot.waitSignal(window.decks_shown, timeout=10_000):
            dialog.save()
        db = Database(collection)
        config = load_config(db)
        db.close()
        assert config.calibrate is wanted
        assert config.scheduling_retention == (0.8727 if wanted else 0.90)
