"""Deck options in the settings: each deck's preset and its values (Anki's deck options)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from flashcards.gui.texts import locale
from flashcards.scheduler.config import LeechAction, Preset, ReviewOrder
from flashcards.services.presets import DeckChoice
from flashcards.services.study import DeckDue

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def steps_text(steps: tuple[timedelta, ...]) -> str:
    """Steps as the user types them: "1m 10m", "1h", "1d"."""

    def one(step: timedelta) -> str:
        seconds = step.total_seconds()
        for unit in ("d", "h", "m"):
            if seconds >= _UNITS[unit] and seconds % _UNITS[unit] == 0:
                return f"{seconds / _UNITS[unit]:g}{unit}"
        return f"{seconds:g}s"

    return " ".join(one(step) for step in steps)


def parse_steps(text: str) -> tuple[timedelta, ...] | None:
    """Steps from "1m 10m" (s, m, h, d; minutes when bare), or None if not understood."""
    found = []
    for part in re.split(r"[\s,]+", text.strip()):
        if not part:
            continue
        match = re.fullmatch(r"(\d+(?:[.,]\d+)?)([smhd]?)", part.lower())
        if match is None:
            return None
        value = float(match.group(1).replace(",", "."))
        if value <= 0:
            return None
        found.append(timedelta(seconds=value * _UNITS[match.group(2) or "m"]))
    return tuple(found)


class PresetForm(QGroupBox):
    """The chosen deck's preset and options; edits are kept per preset until saved."""

    def __init__(
        self, decks: list[DeckDue], deck: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Deck options"))
        self.decks = decks
        self.presets: list[Preset] = [Preset(id=0)]
        self.deck_preset = {deck.id: deck.preset_id for deck in decks}  # deck -> preset index
        self.own_limits = {
            deck.id: (deck.new_per_day, deck.reviews_per_day) if deck.own_limits else None
            for deck in decks
        }
        self.changed: set[int] = set()  # indexes of presets edited here
        self._current_deck: int | None = None
        self._current_preset = -1
        self._loading = False
        form = self.form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.deck = QComboBox()
        self.deck.setAccessibleName(self.tr("Deck"))
        for known in decks:
            self.deck.addItem(known.name, known.id)
        chosen = self.deck.findText(deck) if deck is not None else -1
        self.deck.setCurrentIndex(max(0, chosen))
        self.deck.currentIndexChanged.connect(self._deck_changed)
        form.addRow(self.tr("Deck:"), self.deck)
        self.preset = QComboBox()
        self.preset.setAccessibleName(self.tr("Preset"))
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.add_preset = QPushButton(self.tr("Add preset…"))
        self.add_preset.clicked.connect(self.ask_new_preset)
        row = QHBoxLayout()
        row.addWidget(self.preset, 1)
        row.addWidget(self.add_preset)
        form.addRow(self.tr("Preset:"), row)
        self.retention = QDoubleSpinBox()
        self.retention.setRange(0.70, 0.99)
        self.retention.setSingleStep(0.01)
        self.retention.setDecimals(2)
        self.retention.setAccessibleName(self.tr("Desired retention"))
        form.addRow(self.tr("Desired retention:"), self.retention)
        self.new_per_day = QSpinBox()
        self.new_per_day.setRange(0, 9999)
        self.new_per_day.setAccessibleName(self.tr("New cards a day"))
        form.addRow(self.tr("New cards a day:"), self.new_per_day)
        self.reviews_per_day = QSpinBox()
        self.reviews_per_day.setRange(0, 99999)
        self.reviews_per_day.setAccessibleName(self.tr("Reviews a day"))
        form.addRow(self.tr("Reviews a day:"), self.reviews_per_day)
        hint = QLabel(self.tr("New cards count against the review limit, as in Anki."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.deck_only = QCheckBox(self.tr("These limits for this deck only"))
        form.addRow("", self.deck_only)
        self.learning_steps = QLineEdit()
        self.learning_steps.setAccessibleName(self.tr("Learning steps"))
        self.learning_steps.setPlaceholderText("1m 10m")
        form.addRow(self.tr("Learning steps:"), self.learning_steps)
        self.relearning_steps = QLineEdit()
        self.relearning_steps.setAccessibleName(self.tr("Relearning steps"))
        self.relearning_steps.setPlaceholderText("10m")
        form.addRow(self.tr("Relearning steps:"), self.relearning_steps)
        self.maximum_interval = QSpinBox()
        self.maximum_interval.setRange(1, 36500)
        self.maximum_interval.setSuffix(self.tr(" days"))
        self.maximum_interval.setAccessibleName(self.tr("Maximum interval"))
        form.addRow(self.tr("Maximum interval:"), self.maximum_interval)
        self.bury_new = QCheckBox(self.tr("new"))
        self.bury_reviews = QCheckBox(self.tr("review"))
        self.bury_interday = QCheckBox(self.tr("interday learning"))
        bury = QHBoxLayout()
        for box in (self.bury_new, self.bury_reviews, self.bury_interday):
            bury.addWidget(box)
        form.addRow(self.tr("Bury siblings:"), bury)
        self.review_order = QComboBox()
        self.review_order.setAccessibleName(self.tr("Review order"))
        for order, name in (
            (ReviewOrder.OVERDUENESS, self.tr("Most faded first (relative overdueness)")),
            (ReviewOrder.DUE, self.tr("Due date, then random (Anki's default)")),
            (ReviewOrder.RETRIEVABILITY, self.tr("Lowest retrievability first")),
            (ReviewOrder.INTERVALS_ASCENDING, self.tr("Shortest intervals first")),
            (ReviewOrder.INTERVALS_DESCENDING, self.tr("Longest intervals first")),
            (ReviewOrder.RANDOM, self.tr("Random")),
        ):
            self.review_order.addItem(name, order.value)
        form.addRow(self.tr("Review order:"), self.review_order)
        self.leech_threshold = QSpinBox()
        self.leech_threshold.setRange(0, 99)
        self.leech_threshold.setSpecialValueText(self.tr("never"))
        self.leech_threshold.setAccessibleName(self.tr("Leech threshold"))
        self.leech_action = QComboBox()
        self.leech_action.setAccessibleName(self.tr("Leech action"))
        self.leech_action.addItem(self.tr("Tag only"), LeechAction.TAG.value)
        self.leech_action.addItem(self.tr("Suspend"), LeechAction.SUSPEND.value)
        leech = QHBoxLayout()
        leech.addWidget(self.leech_threshold)
        then = QLabel(self.tr("lapses, then"))
        then.setTextFormat(Qt.TextFormat.PlainText)
        leech.addWidget(then)
        leech.addWidget(self.leech_action, 1)
        form.addRow(self.tr("Leech after:"), leech)
        # Easy days: weekdays with fewer reviews (the load balancer moves cards off them).
        self.easy_days: list[QComboBox] = []
        week = QHBoxLayout()
        for weekday in range(7):
            day_box = QComboBox()
            name = locale().standaloneDayName(weekday + 1, QLocale.FormatType.ShortFormat)
            day_box.setAccessibleName(self.tr("Load on %1").replace("%1", name))
            for load, label in ((1.0, name), (0.5, f"{name} ½"), (0.0, f"{name} –")):
                day_box.addItem(label, load)
            day_box.setToolTip(self.tr("Normal, reduced (½) or almost no reviews (–)"))
            week.addWidget(day_box)
            self.easy_days.append(day_box)
        form.addRow(self.tr("Easy days:"), week)
        # What the marks on the days mean, in view (a tooltip alone left them cryptic).
        self.easy_legend = QLabel(self.tr("½ fewer reviews · – almost none"))
        self.easy_legend.setTextFormat(Qt.TextFormat.PlainText)
        self.easy_legend.setWordWrap(True)
        form.addRow("", self.easy_legend)
        self.reschedule = QCheckBox(self.tr("Reschedule cards on change"))
        self.reschedule.setToolTip(
            self.tr(
                "Move due dates to the new retention's intervals "
                "(otherwise only new answers use it)"
            )
        )
        form.addRow("", self.reschedule)
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("error")
        form.addRow("", self.error)

    # -- loading and showing --------------------------------------------------------------

    def set_presets(self, presets: list[Preset]) -> None:
        """The stored presets (Default first), once loaded."""
        self.presets = list(presets)
        ids = [p.id or 0 for p in presets]
        self.deck_preset = {
            deck: ids.index(preset_id) if preset_id in ids else 0
            for deck, preset_id in self.deck_preset.items()
        }
        self._loading = True
        self.preset.clear()
        for preset in self.presets:
            self.preset.addItem(self.tr("Default") if preset.id == 0 else preset.name)
        self._loading = False
        self._current_deck, self._current_preset = None, -1  # nothing shown yet to keep
        self._deck_changed(self.deck.currentIndex())

    def _deck_changed(self, index: int) -> None:
        self._keep_form()
        deck_id = self.deck.itemData(index)
        self._current_deck = None if deck_id is None else int(deck_id)
        chosen = 0 if self._current_deck is None else self.deck_preset.get(self._current_deck, 0)
        self._loading = True
        self.preset.setCurrentIndex(chosen)
        self._loading = False
        self._current_preset = chosen
        self._show_preset(chosen)

    def _preset_changed(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self._keep_form()
        if self._current_deck is not None:
            self.deck_preset[self._current_deck] = index
        self._current_preset = index
        self._show_preset(index)

    def _show_preset(self, index: int) -> None:
        if not 0 <= index < len(self.presets):
            return
        preset = self.presets[index]
        self.retention.setValue(preset.desired_retention)
        own = None if self._current_deck is None else self.own_limits.get(self._current_deck)
        new, reviews = own if own else (preset.new_per_day, preset.reviews_per_day)
        self.new_per_day.setValue(new)
        self.reviews_per_day.setValue(reviews)
        self.deck_only.setChecked(own is not None)
        self.learning_steps.setText(steps_text(preset.learning_steps))
        self.relearning_steps.setText(steps_text(preset.relearning_steps))
        self.maximum_interval.setValue(preset.maximum_interval)
        self.bury_new.setChecked(preset.bury_new)
        self.bury_reviews.setChecked(preset.bury_reviews)
        self.bury_interday.setChecked(preset.bury_interday)
        self.review_order.setCurrentIndex(
            max(0, self.review_order.findData(preset.review_order.value))
        )
        self.leech_threshold.setValue(preset.leech_threshold)
        self.leech_action.setCurrentIndex(
            max(0, self.leech_action.findData(preset.leech_action.value))
        )
        for box, load in zip(self.easy_days, preset.easy_days, strict=True):
            box.setCurrentIndex(0 if load >= 1 else 1 if load > 0 else 2)

    # -- editing ----------------------------------------------------------------------------

    def _form_preset(self, preset: Preset, deck_only: bool) -> Preset:
        learning = parse_steps(self.learning_steps.text())
        relearning = parse_steps(self.relearning_steps.text())
        if learning is None or relearning is None:
            raise ValueError(self.tr("Steps are numbers with m, h or d, like “1m 10m”."))
        values: dict[str, Any] = {
            "desired_retention": round(self.retention.value(), 2),
            "learning_steps": learning,
            "relearning_steps": relearning,
            "maximum_interval": self.maximum_interval.value(),
            "bury_new": self.bury_new.isChecked(),
            "bury_reviews": self.bury_reviews.isChecked(),
            "bury_interday": self.bury_interday.isChecked(),
            "review_order": ReviewOrder(str(self.review_order.currentData())),
            "leech_threshold": self.leech_threshold.value(),
            "leech_action": LeechAction(str(self.leech_action.currentData())),
            "easy_days": tuple(float(box.currentData()) for box in self.easy_days),
        }
        if not deck_only:
            values["new_per_day"] = self.new_per_day.value()
            values["reviews_per_day"] = self.reviews_per_day.value()
        return replace(preset, **values)

    def _keep_form(self) -> None:
        """What the form shows, kept for the preset and deck it shows (before switching)."""
        index = self._current_preset
        if not 0 <= index < len(self.presets) or self._loading:
            return
        deck_only = self.deck_only.isChecked()
        try:
            edited = self._form_preset(self.presets[index], deck_only)
        except ValueError:
            return  # shown again when saving
        if edited != self.presets[index]:
            self.presets[index] = edited
            self.changed.add(index)
        if self._current_deck is not None:
            limits = (self.new_per_day.value(), self.reviews_per_day.value())
            self.own_limits[self._current_deck] = limits if deck_only else None

    def ask_new_preset(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add preset"), self.tr("Name:"))
        if ok:
            self.new_preset(name)

    def new_preset(self, name: str) -> None:
        """A new preset with the shown values, given to the shown deck."""
        name = name.strip()
        if not name or any(p.name.casefold() == name.casefold() for p in self.presets):
            self.error.setText(self.tr("Choose a name no other preset has."))
            return
        self._keep_form()
        base = self.presets[self._current_preset]
        self.presets.append(replace(base, name=name, id=None))
        self.changed.add(len(self.presets) - 1)
        self.preset.addItem(name)
        self.preset.setCurrentIndex(len(self.presets) - 1)

    def chosen(self) -> tuple[list[Preset], list[DeckChoice]]:
        """The presets changed here and every deck's choice; ValueError for bad steps."""
        index = self._current_preset
        if 0 <= index < len(self.presets):
            edited = self._form_preset(self.presets[index], self.deck_only.isChecked())
            if edited != self.presets[index]:
                self.presets[index] = edited
                self.changed.add(index)
        self._keep_form()
        presets = [self.presets[i] for i in sorted(self.changed)]
        decks = [
            DeckChoice(
                deck.id,
                self.presets[self.deck_preset.get(deck.id, 0)].name,
                self.own_limits.get(deck.id),
            )
            for deck in self.decks
        ]
        return presets, decks
