"""Settings: scheduling (in the collection) and the interface (in Qt's settings)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.scheduler.config import SchedulerConfig
from flashcards.services import actions
from flashcards.services.changes import Changes
from flashcards.services.study import DeckDue, load_config
from flashcards.types import StudyMode

# Interface languages besides the system's: code and the language's own name.
LANGUAGES = (("en", "English"), ("tr", "Türkçe"), ("is", "Íslenska"))


@dataclass(frozen=True)
class Interface:
    """The interface settings kept in QSettings."""

    language: str = ""
    theme: str = "system"
    font_size: int = 0  # 0: the platform's default
    answer_mode: StudyMode = StudyMode.FLIP

    @classmethod
    def load(cls, settings: QSettings) -> Interface:
        mode = str(settings.value("study/mode", StudyMode.FLIP.value))
        return cls(
            language=str(settings.value("ui/language", "")),
            theme=str(settings.value("ui/theme", "system")),
            font_size=int(str(settings.value("ui/font_size", 0))),
            answer_mode=StudyMode(mode) if mode in ("flip", "typed", "choice") else StudyMode.FLIP,
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("ui/language", self.language)
        settings.setValue("ui/theme", self.theme)
        settings.setValue("ui/font_size", self.font_size)
        settings.setValue("study/mode", self.answer_mode.value)


class SettingsDialog(QDialog):
    """Edits scheduling options and per-deck limits, and the look of the app."""

    loaded = Signal()
    saved = Signal(object, object)  # old Interface, new Interface

    def __init__(
        self,
        runner: OpRunner,
        settings: QSettings,
        decks: list[DeckDue],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.decks = decks
        self.config = SchedulerConfig()
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)

        study = QGroupBox(self.tr("Scheduling"))
        form = QFormLayout(study)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setAccessibleName(self.tr("Desired retention"))
        form.addRow(self.tr("Desired retention:"), self.retention)
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setAccessibleName(self.tr("Hour the study day starts"))
        form.addRow(self.tr("Next day starts at:"), self.day_start)
        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Deck"))
        for deck in decks:
            self.deck.addItem(deck.name, deck.id)
        self.deck.currentIndexChanged.connect(self._deck_changed)
        form.addRow(self.tr("Deck:"), self.deck)
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setAccessibleName(self.tr("New cards a day"))
        form.addRow(self.tr("New cards a day:"), self.new_per_day)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        self.reviews_per_day.setAccessibleName(self.tr("Reviews a day"))
        form.addRow(self.tr("Reviews a day:"), self.reviews_per_day)
        layout.addWidget(study)

        look = QGroupBox(self.tr("Interface"))
        form = QFormLayout(look)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        form.addRow(self.tr("Language:"), self.language)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        for code, name in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(name, code)
        form.addRow(self.tr("Theme:"), self.theme)
        self.font_size = QSpinBox()
        self.font_size.setRange(0, 32)
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(" pt")
        self.font_size.setAccessibleName(self.tr("Font size"))
        form.addRow(self.tr("Font size:"), self.font_size)
        self.answer_mode = QComboBox()
        self.answer_mode.setAccessibleName(self.tr("Answer mode"))
        for mode, name in (
            (StudyMode.FLIP, self.tr("Flip and grade yourself")),
            (StudyMode.TYPED, self.tr("Type the answer")),
            (StudyMode.CHOICE, self.tr("Multiple choice")),
        ):
            self.answer_mode.addItem(name, mode.value)
        form.addRow(self.tr("Answer mode:"), self.answer_mode)
        layout.addWidget(look)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.interface = Interface.load(settings)
        self._show_interface(self.interface)
        self._deck_changed(self.deck.currentIndex())
        self.runner.run(Op(lambda ctx: load_config(ctx.db), success=self._config_loaded))

    def _show_interface(self, interface: Interface) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(interface.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(interface.theme)))
        self.font_size.setValue(interface.font_size)
        self.answer_mode.setCurrentIndex(max(0, self.answer_mode.findData(interface.answer_mode)))

    def _config_loaded(self, config: SchedulerConfig) -> None:
        self.config = config
        self.retention.setValue(config.desired_retention)
        self.day_start.setValue(config.day_start_hour)
        self.loaded.emit()

    def _deck_changed(self, index: int) -> None:
        if 0 <= index < len(self.decks):
            deck = self.decks[index]
            self.new_per_day.setValue(deck.new_per_day)
            self.reviews_per_day.setValue(deck.reviews_per_day)

    def chosen_interface(self) -> Interface:
        return Interface(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            font_size=self.font_size.value(),
            answer_mode=StudyMode(str(self.answer_mode.currentData())),
        )

    def save(self) -> None:
        """Store everything; the window applies the interface change when `saved` comes."""
        config = self.config.with_changes(
            desired_retention=round(self.retention.value(), 2),
            day_start_hour=self.day_start.value(),
        )
        deck_id = self.deck.currentData()
        limits = (self.new_per_day.value(), self.reviews_per_day.value())

        def run(ctx: OpContext) -> Changes:
            chosen = None if deck_id is None else (int(deck_id), *limits)
            return actions.save_settings(ctx.db, config, chosen)

        old, new = self.interface, self.chosen_interface()
        new.save(self.settings)
        self.runner.run(Op(run, success=lambda _none: self.saved.emit(old, new)))
        self.accept()
