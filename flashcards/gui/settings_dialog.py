"""Settings: scheduling (in the collection) and the interface (in Qt's settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.preset_form import PresetForm
from flashcards.scheduler.config import Preset, SchedulerConfig
from flashcards.services.changes import Changes
from flashcards.services.presets import list_presets, save_options
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
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setAccessibleName(self.tr("Hour the study day starts"))
        form.addRow(self.tr("Next day starts at:"), self.day_start)
        layout.addWidget(study)
        self.options = PresetForm(decks)
        self.deck, self.retention = self.options.deck, self.options.retention
        self.new_per_day, self.reviews_per_day = (
            self.options.new_per_day,
            self.options.reviews_per_day,
        )
        layout.addWidget(self.options)

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

        def load(ctx: OpContext) -> tuple[SchedulerConfig, list[Preset]]:
            return load_config(ctx.db), [use.preset for use in list_presets(ctx.db)]

        self.runner.run(Op(load, success=self._config_loaded))

    def _show_interface(self, interface: Interface) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(interface.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(interface.theme)))
        self.font_size.setValue(interface.font_size)
        self.answer_mode.setCurrentIndex(max(0, self.answer_mode.findData(interface.answer_mode)))

    def _config_loaded(self, loaded: tuple[SchedulerConfig, list[Preset]]) -> None:
        self.config, presets = loaded
        self.day_start.setValue(self.config.day_start_hour)
        self.options.set_presets(presets)
        self.loaded.emit()

    def chosen_interface(self) -> Interface:
        return Interface(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            font_size=self.font_size.value(),
            answer_mode=StudyMode(str(self.answer_mode.currentData())),
        )

    def save(self) -> None:
        """Store everything; the window applies the interface change when `saved` comes."""
        try:
            presets, decks = self.options.chosen()
        except ValueError as error:
            self.options.error.setText(str(error))
            return
        day_start, reschedule, now = (
            self.day_start.value(),
            self.options.reschedule.isChecked(),
            datetime.now().astimezone(),
        )

        def run(ctx: OpContext) -> Changes:
            return save_options(ctx.db, day_start, presets, decks, now=now, reschedule=reschedule)

        old, new = self.interface, self.chosen_interface()
        new.save(self.settings)
        self.runner.run(Op(run, success=lambda _none: self.saved.emit(old, new)))
        self.accept()
