"""Settings: scheduling options reach the collection; the language switch translates the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QLabel

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
    assert install_qt_translator(app, "is") is None  # Qt ships no Icelandic: English stays
