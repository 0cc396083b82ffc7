"""Qt's own file dialog (which the build, import and export windows open) speaks the
interface language: Qt's Turkish leaves two of its labels in English, ours fills them in."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel

from flashcards.gui.app import install_qt_translator

EXPECTED = {
    "tr": {"&Konum:", "Dosya &türü:"},
    "is": {"&Leita í:", "Skráar&gerð:"},
}


@pytest.fixture(params=["tr", "is"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_qt_translator(app, request.param)
    assert translator is not None
    yield str(request.param)
    app.removeTranslator(translator)


def test_the_file_dialog_has_no_english_label(qtbot: Any, language: str) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert EXPECTED[language] <= labels, labels
    assert not {"&Look in:", "Files of &type:"} & labels
    # Qt's own Turkish still gives what ours does not hold (the standard buttons).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert cancel == {"tr": "İptal", "is": "Hætta við"}[language]
