"""File and folder choosers sized for their font: Qt's own dialog (where the platform has no
native one) opens at its fixed default size, which cut its places and columns at 14 pt."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QHeaderView, QListView, QTreeView, QWidget

from flashcards.gui.screen import available


def fit(dialog: QFileDialog) -> None:
    """Size Qt's file dialog for its font, within the screen: the places list as wide as its
    names, the file list's name column taking the room left, the other columns their text."""
    metrics = dialog.fontMetrics()
    room = available(dialog)
    width = min(metrics.averageCharWidth() * 100, int(room.width() * 0.9))
    height = min(metrics.lineSpacing() * 30, int(room.height() * 0.9))
    dialog.resize(max(width, dialog.width()), max(height, dialog.height()))
    sidebar = dialog.findChild(QListView, "sidebar")
    if sidebar is not None:
        names = [sidebar.model().index(r, 0).data() for r in range(sidebar.model().rowCount())]
        widest = max((metrics.horizontalAdvance(str(n)) for n in names if n), default=0)
        sidebar.setMinimumWidth(min(widest + metrics.averageCharWidth() * 6, width // 3))
    files = dialog.findChild(QTreeView, "treeView")
    if files is not None:
        header = files.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def open_file(parent: QWidget | None, title: str, start: str, filters: str) -> str:
    """The path of a file to open, chosen by the user; "" when none is chosen."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    fit(dialog)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def existing_folder(parent: QWidget | None, title: str, start: str = "") -> str:
    """The path of a folder, chosen by the user; "" when none is chosen."""
    dialog = QFileDialog(parent, title, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    fit(dialog)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
