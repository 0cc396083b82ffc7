"""The browser's detail pane: the selected card's text, sources, schedule and review history."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from flashcards.gui.bad_card_dialog import reason_name
from flashcards.gui.browser.history import HistoryTable
from flashcards.gui.browser.table import local_time, state_text
from flashcards.gui.texts import decimal, kind_name, percent
from flashcards.gui.theme import native_language
from flashcards.services.browse import CardDetails


class DetailsPane(QWidget):
    """Everything about one card; empty (saying so) when no card of the list is selected."""

    def __init__(
        self, today: Callable[[], datetime] = datetime.now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.card_id: int | None = None
        self.card_text = QPlainTextEdit(readOnly=True, tabChangesFocus=True)
        self.card_text.setAccessibleName(self.tr("Card text and sources"))
        self.schedule_info = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.schedule_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schedule_info.setAccessibleName(self.tr("Scheduling"))
        self.history = HistoryTable(self.log_kind)
        self.history.today = today  # dates of this year are written without it
        self.history.setAccessibleName(self.tr("Review history"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.card_text, 3)
        column.addWidget(self.schedule_info)
        column.addWidget(self.history, 2)
        self.clear()

    def clear(self) -> None:
        """No card selected: nothing of a card that may have left the list stays on screen."""
        self.card_id = None
        self.card_text.setPlainText("")
        self.card_text.setPlaceholderText(self.tr("Select a card to see its details."))
        self.schedule_info.setText("")
        self.history.setRowCount(0)

    def log_kind(self, kind: str) -> str:
        return {
            "review": self.tr("review"),
            "manual": self.tr("manual"),
        }.get(kind, kind)

    def show_details(self, details: CardDetails) -> None:
        row, memory = details.row, details.memory
        self.card_id = row.id
        languages = f"{native_language(row.source_lang)} → {native_language(row.target_lang)}"
        sections = [
            (self.tr("Question"), row.front),
            (self.tr("Answer"), row.back),
            (self.tr("Context"), details.extra),
            (self.tr("Card"), f"{row.deck} · {kind_name(row.kind)} · {languages} · #{row.id}"),
            (self.tr("Source files"), "\n".join(details.source_files) or "—"),
        ]
        self.card_text.setPlainText("\n\n".join(f"{t}\n{text}" for t, text in sections if text))
        lines = [(self.tr("State"), state_text(row))]
        if details.bad is not None:  # why, when and the learner's note
            why = [reason_name(details.bad.reason), local_time(details.bad.reported_at)]
            note = [f"“{details.bad.note}”"] if details.bad.note else []
            lines.insert(0, (self.tr("Marked bad"), " · ".join([*why, *note])))
        lines.append((self.tr("Due"), local_time(memory.due, with_time=True) or "—"))
        if memory.stability is not None and memory.difficulty is not None:
            days = self.tr("%1 d").replace("%1", decimal(memory.stability, 1))
            lines.append((self.tr("Stability"), days))
            lines.append((self.tr("Difficulty"), decimal(memory.difficulty, 2)))
        if details.retrievability is not None:
            lines.append((self.tr("Retrievability"), percent(details.retrievability)))
        lines.append((self.tr("Reviews, lapses"), f"{memory.reps}, {memory.lapses}"))
        self.schedule_info.setText("\n".join(f"{name}: {value}" for name, value in lines))
        self.history.show_entries(details.history)
