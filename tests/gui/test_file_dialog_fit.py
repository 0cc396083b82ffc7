"""Qt's own file dialog sized for its font: at 14 pt its places and columns are not cut."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QListView, QTreeView

from flashcards.gui.file_dialog import fit


def test_at_14_pt_the_places_and_the_columns_fit_their_text(qtbot: Any, tmp_path: Path) -> None:
    (tmp_path / "glossary.csv").write_text("a,b\n", encoding="utf-8")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    font = QFont(before)
    font.setPointSize(14)
    app.setFont(font)
    try:
        dialog = QFileDialog(None, "Import a glossary", str(tmp_path), "Glossaries (*.csv)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        default = dialog.size()
        fit(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        metrics = dialog.fontMetrics()
        assert dialog.width() > default.width()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        sidebar = dialog.findChild(QListView, "sidebar")
        model = sidebar.model()
        for row in range(model.rowCount()):
            name = str(model.index(row, 0).data())
            assert sidebar.width() >= metrics.horizontalAdvance(name) + 20
        header = dialog.findChild(QTreeView, "treeView").header()
        for column in range(1, header.count()):
            title = str(header.model().headerData(column, header.orientation()))
            assert header.sectionSize(column) >= metrics.horizontalAdvance(title)
    finally:
        app.setFont(before)
