"""The browser's detail pane: the selected card's text, sources, schedule and review history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.browser.table import local_time, state_text
from flashcards.gui.texts import decimal, kind_name, percent, rating_name, state_name
from flashcards.gui.theme import native_language
from flashcards.services.browse import CardDetails
from flashcards.services.study_now import ahead_of_due


class DetailsPane(QWidget):
    """Everything about one card; empty (saying so) when no card of the list is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_id: int | None = None
        self.card_text = QPlainTextEdit(readOnly=True, tabChangesFocus=True)
        self.card_text.setAccessibleName(self.tr("Card text and sources"))
        self.schedule_info = QLabel(textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        self.schedule_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schedule_info.setAccessibleName(self.tr("Scheduling"))
        self.history = QTableWidget(0, 6)
        self.history.setAccessibleName(self.tr("Review history"))
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Type"),
                self.tr("Rating"),
                self.tr("State"),
                self.tr("Due"),
                self.tr("Time"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().hide()
        self.history.horizontalHeader().setStretchLastSection(True)
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
        lines.append((self.tr("Due"), local_time(memory.due, with_time=True) or "—"))
        if memory.stability is not None and memory.difficulty is not None:
            days = self.tr("%1 d").replace("%1", decimal(memory.stability, 1))
            lines.append((self.tr("Stability"), days))
            lines.append((self.tr("Difficulty"), decimal(memory.difficulty, 2)))
        if details.retrievability is not None:
            lines.append((self.tr("Retrievability"), percent(details.retrievability)))
        lines.append((self.tr("Reviews, lapses"), f"{memory.reps}, {memory.lapses}"))
        self.schedule_info.setText("\n".join(f"{name}: {value}" for name, value in lines))
        self.history.setRowCount(len(details.history))
        for i, entry in enumerate(reversed(details.history)):
            seconds = self.tr("%1 s").replace("%1", decimal((entry.duration_ms or 0) / 1000, 1))
            cells = (
                local_time(entry.reviewed_at, with_time=True),
                self.tr("early review") if ahead_of_due(entry) else self.log_kind(entry.kind),
                rating_name(entry.rating) if entry.rating else "—",
                f"{state_name(entry.state_before)} → {state_name(entry.state_after)}",
                local_time(entry.due_after),
                seconds if entry.duration_ms else "",
            )
            for column, text in enumerate(cells):
                self.history.setItem(i, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()
