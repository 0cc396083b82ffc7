"""Settings: scheduling and deck options (in the collection), study and look (in Qt's settings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashcards.gui.ops import Op, OpContext, OpRunner
from flashcards.gui.preset_form import PresetForm
from flashcards.gui.screen import available, keep_on_screen
from flashcards.gui.texts import number, percent
from flashcards.gui.theme import FONT_SIZES
from flashcards.scheduler.calibrate import MIN_ITEMS
from flashcards.scheduler.config import Preset, SchedulerConfig
from flashcards.services.changes import Changes
from flashcards.services.presets import list_presets, save_options
from flashcards.services.study import DeckDue, load_config
from flashcards.types import StudyMode

# Interface languages besides the system's: code and the language's own name.
LANGUAGES = (("en", "English"), ("tr", "Türkçe"), ("is", "Íslenska"))

#: The answer modes of the reviewer.
ANSWER_MODES = (StudyMode.FLIP, StudyMode.TYPED, StudyMode.CHOICE)


def _flag(settings: QSettings, key: str) -> bool:
    return str(settings.value(key, "false")).lower() in ("true", "1")


@dataclass(frozen=True)
class Interface:
    """The interface and study settings kept in QSettings."""

    language: str = ""
    theme: str = "system"
    font_size: int = 0  # 0: the platform's default
    answer_mode: StudyMode = StudyMode.FLIP
    tolerate_accents: bool = False
    easy_when_fast: bool = False

    @classmethod
    def load(cls, settings: QSettings) -> Interface:
        mode = str(settings.value("study/mode", StudyMode.FLIP.value))
        size = int(str(settings.value("ui/font_size", 0)) or 0)
        return cls(
            language=str(settings.value("ui/language", "")),
            theme=str(settings.value("ui/theme", "system")),
            font_size=size if size in FONT_SIZES else 0,
            answer_mode=StudyMode(mode) if mode in set(ANSWER_MODES) else StudyMode.FLIP,
            tolerate_accents=_flag(settings, "study/tolerate_accents"),
            easy_when_fast=_flag(settings, "study/easy_when_fast"),
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("ui/language", self.language)
        settings.setValue("ui/theme", self.theme)
        settings.setValue("ui/font_size", self.font_size)
        settings.setValue("study/mode", self.answer_mode.value)
        settings.setValue("study/tolerate_accents", self.tolerate_accents)
        settings.setValue("study/easy_when_fast", self.easy_when_fast)


def align_forms(forms: list[QFormLayout]) -> None:
    """One width for the captions of several forms, so their fields line up."""
    labels: list[QLabel] = []
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                labels.append(widget)
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


class SettingsDialog(QDialog):
    """Edits scheduling, one deck's options, how answers are given, and the look of the app."""

    loaded = Signal()
    saved = Signal(object, object)  # old Interface, new Interface

    def __init__(
        self,
        runner: OpRunner,
        settings: QSettings,
        decks: list[DeckDue],
        parent: QWidget | None = None,
        deck: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.decks = decks
        self.config = SchedulerConfig()
        self.setWindowTitle(self.tr("Settings"))
        outer = QVBoxLayout(self)
        # The groups scroll when the screen is too short for them (14-20 pt, a laptop):
        # squeezed, their wrapped notes and buttons were cut.
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        forms: list[QFormLayout] = []

        def group(title: str) -> QFormLayout:
            box = QGroupBox(title)
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.addWidget(box)
            forms.append(form)
            return form

        form = group(self.tr("Scheduling"))
        self.day_start = QSpinBox()
        self.day_start.setRange(0, 23)
        self.day_start.setSuffix(":00")
        self.day_start.setAccessibleName(self.tr("Hour the study day starts"))
        form.addRow(self.tr("Next day starts at:"), self.day_start)
        # The calibrated target (`flashcards config --calibrate on|off`), collection-wide.
        self.calibrate = QCheckBox(self.tr("Schedule for the target calibrated on my reviews"))
        self.calibrate.setToolTip(
            self.tr(
                "Each optimize compares how often you recalled recent reviews with the recall "
                "the app predicted. When on, intervals are computed for the predicted recall "
                "at which you actually recall the desired retention (off by default)."
            )
        )
        form.addRow("", self.calibrate)
        self.calibration_note = QLabel()
        self.calibration_note.setTextFormat(Qt.TextFormat.PlainText)
        self.calibration_note.setWordWrap(True)
        form.addRow("", self.calibration_note)

        # The chosen deck's preset and options (a group of its own).
        self.options = PresetForm(decks, deck)
        layout.addWidget(self.options)
        forms.append(self.options.form)
        self.deck, self.retention = self.options.deck, self.options.retention
        self.new_per_day = self.options.new_per_day
        self.reviews_per_day = self.options.reviews_per_day
        self.deck_box: QWidget = self.options
        self.retention.valueChanged.connect(self._show_calibration)
        self._show_calibration()

        form = group(self.tr("Answers"))
        self.answer_mode = QComboBox()
        self.answer_mode.setAccessibleName(self.tr("Answer mode"))
        for mode, name in zip(
            ANSWER_MODES,
            (
                self.tr("Flip and grade yourself"),
                self.tr("Type the answer"),
                self.tr("Multiple choice"),
            ),
            strict=True,
        ):
            self.answer_mode.addItem(name, mode.value)
        form.addRow(self.tr("Answer mode:"), self.answer_mode)
        self.tolerate_accents = QCheckBox(self.tr("Forgive missing accents in typed answers"))
        form.addRow("", self.tolerate_accents)
        self.easy_when_fast = QCheckBox(self.tr("A right answer within 5 s counts as Easy"))
        form.addRow("", self.easy_when_fast)

        form = group(self.tr("Interface"))
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
        self.font_size = QComboBox()
        self.font_size.setAccessibleName(self.tr("Font size"))
        self.font_size.addItem(self.tr("Default"), 0)
        for size in FONT_SIZES:
            self.font_size.addItem(self.tr("%1 pt").replace("%1", str(size)), size)
        form.addRow(self.tr("Font size:"), self.font_size)
        align_forms(forms)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        wanted = body.sizeHint()
        room = available(self)
        self.resize(
            min(wanted.width() + 40, room.width()),
            # (the window manager's title bar and borders come on top)
            min(wanted.height() + buttons.sizeHint().height() + 40, room.height() - 80),
        )
        self.interface = Interface.load(settings)
        self._show_interface(self.interface)

        def load(ctx: OpContext) -> tuple[SchedulerConfig, list[Preset]]:
            return load_config(ctx.db), [use.preset for use in list_presets(ctx.db)]

        self.runner.run(Op(load, success=self._config_loaded))
        self.screen_bound = keep_on_screen(self)

    def _show_interface(self, interface: Interface) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(interface.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(interface.theme)))
        self.font_size.setCurrentIndex(max(0, self.font_size.findData(interface.font_size)))
        self.answer_mode.setCurrentIndex(
            max(0, self.answer_mode.findData(interface.answer_mode.value))
        )
        self.tolerate_accents.setChecked(interface.tolerate_accents)
        self.easy_when_fast.setChecked(interface.easy_when_fast)

    def _config_loaded(self, loaded: tuple[SchedulerConfig, list[Preset]]) -> None:
        self.config, presets = loaded
        self.day_start.setValue(self.config.day_start_hour)
        self.calibrate.setChecked(self.config.calibrate)
        self.options.set_presets(presets)
        self._show_calibration()
        self.loaded.emit()

    def _show_calibration(self) -> None:
        """What the last optimize's calibration found at the retention shown below."""
        desired = round(self.retention.value(), 2)
        found = self.config.calibration
        if found is None:
            text = self.tr("Not measured yet: optimize in the statistics first.")
        else:
            n, predicted, recalled = found.band(desired)
            if n < MIN_ITEMS:
                text = (
                    self.tr("Too few reviews predicted near %1 (%2 of %3 needed).")
                    .replace("%1", percent(desired))
                    .replace("%2", number(n))
                    .replace("%3", number(MIN_ITEMS))
                )
            else:
                text = (
                    self.tr("At a predicted %1 you recalled %2 (%3 reviews): calibrated target %4.")
                    .replace("%1", percent(predicted))
                    .replace("%2", percent(recalled))
                    .replace("%3", number(n))
                    .replace("%4", percent(found.target(desired), 1))
                )
        self.calibration_note.setText(text)

    def chosen_interface(self) -> Interface:
        return Interface(
            language=str(self.language.currentData()),
            theme=str(self.theme.currentData()),
            font_size=int(self.font_size.currentData()),
            answer_mode=StudyMode(str(self.answer_mode.currentData())),
            tolerate_accents=self.tolerate_accents.isChecked(),
            easy_when_fast=self.easy_when_fast.isChecked(),
        )

    def save(self) -> None:
        """Store everything; the window applies the interface change when `saved` comes."""
        try:
            presets, decks = self.options.chosen()
        except ValueError as error:
            self.options.error.setText(str(error))
            return
        day_start, reschedule = self.day_start.value(), self.options.reschedule.isChecked()
        calibrate = self.calibrate.isChecked()
        now = datetime.now().astimezone()

        def run(ctx: OpContext) -> Changes:
            return save_options(
                ctx.db,
                day_start,
                presets,
                decks,
                now=now,
                reschedule=reschedule,
                calibrate=calibrate,
            )

        old, new = self.interface, self.chosen_interface()
        new.save(self.settings)
        self.runner.run(Op(run, success=lambda _changes: self.saved.emit(old, new)))
        self.accept()
