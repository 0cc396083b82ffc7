"""Editing the card on screen; a rebuild from the article keeps the edit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow
from flashcards.services.build import build
from flashcards.store.database import Database


def test_edit_is_shown_stored_and_survives_a_rebuild(
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    collection: Path,
    seed_dir: Path,
    tmp_path: Path,
) -> None:
    with qtbot.waitSignal(window.reviewer.step_shown, timeout=10_000):
        window.study("sales")
    reviewer = window.reviewer
    qtbot.keyClick(reviewer, Qt.Key.Key_E)
    dialog = reviewer.edit_dialog
    assert dialog.back.toPlainText() == "Mjúk sala"
    dialog.back.setPlainText("Mjúk sala")
    with qtbot.waitSignal(reviewer.edited, timeout=10_000):
        dialog.accept()
    assert reviewer.view.back.text() == "Mjúk sala"
    card_id = reviewer.card.id  # type: ignore[union-attr]
    # The article changes (and moves): the rebuild updates the card, but keeps the edit.
    folder = tmp_path / "sales"
    folder.mkdir()
    for article in seed_dir.iterdir():
        text = article.read_text("utf-8").replace("title: Mjúk selja", "title: Mjúk sölumennska")
        (folder / article.name).write_text(text, "utf-8")
    db = Database(collection)
    report = build(db, [folder], deck="sales")
    db.close()
    assert report.ok and not report.inputs_unchanged and report.updated > 0
    connection = sqlite3.connect(collection)
    back, edited = connection.execute(
        "SELECT back, edited FROM cards WHERE id = ?", (card_id,)
    ).fetchone()
    connection.close()
    assert (back, edited) == ("Mjúk sala", 1)
