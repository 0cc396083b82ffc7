"""Words the screens share, in the interface language: ratings, flags, undo steps, numbers."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from flashcards.quiz.grading import Verdict
from flashcards.services.undo import UndoAction, UndoStep
from flashcards.types import CardKind, CardState, Rating

_CONTEXT = "Texts"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for Qt's lupdate (which looks for this name); translated when shown."""
    del context
    return text


_RATINGS = {
    Rating.AGAIN: QT_TRANSLATE_NOOP("Texts", "Again"),
    Rating.HARD: QT_TRANSLATE_NOOP("Texts", "Hard"),
    Rating.GOOD: QT_TRANSLATE_NOOP("Texts", "Good"),
    Rating.EASY: QT_TRANSLATE_NOOP("Texts", "Easy"),
}

#: Anki's flag colours (1 red, 2 orange, 3 green, 4 blue, then pink, turquoise, purple).
FLAG_COLORS = ("", "#e03131", "#f08c00", "#2f9e44", "#1971c2", "#e64980", "#0ca678", "#7048e8")
_FLAGS = (
    "",
    QT_TRANSLATE_NOOP("Texts", "Red"),
    QT_TRANSLATE_NOOP("Texts", "Orange"),
    QT_TRANSLATE_NOOP("Texts", "Green"),
    QT_TRANSLATE_NOOP("Texts", "Blue"),
    QT_TRANSLATE_NOOP("Texts", "Pink"),
    QT_TRANSLATE_NOOP("Texts", "Turquoise"),
    QT_TRANSLATE_NOOP("Texts", "Purple"),
)
_STATES = {
    CardState.NEW: QT_TRANSLATE_NOOP("Texts", "new"),
    CardState.LEARNING: QT_TRANSLATE_NOOP("Texts", "learning"),
    CardState.REVIEW: QT_TRANSLATE_NOOP("Texts", "review"),
    CardState.RELEARNING: QT_TRANSLATE_NOOP("Texts", "relearning"),
}
_KINDS = {
    CardKind.TERM: QT_TRANSLATE_NOOP("Texts", "term"),
    CardKind.DEFINITION: QT_TRANSLATE_NOOP("Texts", "definition"),
    CardKind.TECHNIQUE: QT_TRANSLATE_NOOP("Texts", "technique"),
    CardKind.LINKED_TERM: QT_TRANSLATE_NOOP("Texts", "linked term"),
    CardKind.CLOZE: QT_TRANSLATE_NOOP("Texts", "cloze"),
    CardKind.CONTRAST: QT_TRANSLATE_NOOP("Texts", "contrast"),
    CardKind.SUMMARY: QT_TRANSLATE_NOOP("Texts", "summary"),
    CardKind.FACT: QT_TRANSLATE_NOOP("Texts", "fact"),
}
_ACTIONS = {
    UndoAction.BURY: QT_TRANSLATE_NOOP("Texts", "Bury"),
    UndoAction.SUSPEND: QT_TRANSLATE_NOOP("Texts", "Suspend"),
    UndoAction.UNSUSPEND: QT_TRANSLATE_NOOP("Texts", "Unsuspend"),
    UndoAction.FLAG: QT_TRANSLATE_NOOP("Texts", "Flag"),
    UndoAction.EDIT: QT_TRANSLATE_NOOP("Texts", "Edit card"),
    UndoAction.RESET: QT_TRANSLATE_NOOP("Texts", "Reset"),
    UndoAction.DELETE: QT_TRANSLATE_NOOP("Texts", "Delete"),
    UndoAction.MARK_BAD: QT_TRANSLATE_NOOP("Texts", "Mark bad"),
    UndoAction.UNMARK_BAD: QT_TRANSLATE_NOOP("Texts", "Unmark bad"),
    UndoAction.ADD: QT_TRANSLATE_NOOP("Texts", "Add card"),
}


def rating_name(rating: Rating) -> str:
    return _t(_RATINGS[rating])


def flag_name(flag: int) -> str:
    return _t(_FLAGS[flag]) if 0 < flag < len(_FLAGS) else ""


def state_name(state: CardState) -> str:
    return _t(_STATES[state])


def kind_name(kind: CardKind) -> str:
    return _t(_KINDS[kind])


def verdict_text(verdict: Verdict, rating: Rating) -> str:
    """What the reviewer says of a typed answer; a verdict it does not know by name is
    described by the rating it gives."""
    known = {
        Verdict.EXACT: _t(QT_TRANSLATE_NOOP("Texts", "Correct")),
        Verdict.NEAR_MISS: _t(QT_TRANSLATE_NOOP("Texts", "Almost")),
        Verdict.WRONG_FORM: _t(QT_TRANSLATE_NOOP("Texts", "Right word, wrong form")),
        Verdict.WRONG: _t(QT_TRANSLATE_NOOP("Texts", "Not quite")),
    }
    if verdict in known:
        return known[verdict]
    by_rating = {
        Rating.AGAIN: _t(QT_TRANSLATE_NOOP("Texts", "Not quite")),
        Rating.HARD: _t(QT_TRANSLATE_NOOP("Texts", "Almost")),
    }
    return by_rating.get(rating, _t(QT_TRANSLATE_NOOP("Texts", "Correct")))


def action_name(step: UndoStep) -> str:
    """The name of what a step undoes: the rating for an answer, else the action."""
    if step.action is UndoAction.ANSWER and step.rating is not None:
        return rating_name(step.rating)
    return _t(_ACTIONS.get(step.action, QT_TRANSLATE_NOOP("Texts", "Change")))


def undo_label(step: UndoStep | None) -> str:
    """The Undo menu item: "Undo Good", "Undo Bury"; plain "Undo" with nothing to undo."""
    if step is None:
        return _t(QT_TRANSLATE_NOOP("Texts", "&Undo"))
    return _t(QT_TRANSLATE_NOOP("Texts", "&Undo %1")).replace("%1", action_name(step))


def undone_notice(step: UndoStep) -> str:
    return _t(QT_TRANSLATE_NOOP("Texts", "Undid %1")).replace("%1", action_name(step))


# -- numbers, in the interface's locale (QLocale.setDefault follows the language) ----------


def locale() -> QLocale:
    """The interface's locale; English where the system's is the bare "C" locale."""
    current = QLocale()
    return (
        QLocale(QLocale.Language.English) if current.language() == QLocale.Language.C else current
    )


def number(value: int) -> str:
    """A whole number with the locale's digit grouping: 86,384 / 86.384."""
    return locale().toString(value)


def decimal(value: float, places: int = 2) -> str:
    """A number with `places` decimals and the locale's separator: 0.90 / 0,90."""
    return locale().toString(float(value), "f", places)


def percent(value: float, places: int = 0) -> str:
    """A share as a percentage: 87% (Turkish writes %87)."""
    text = decimal(value * 100, places)
    return _t(QT_TRANSLATE_NOOP("Texts", "%1%")).replace("%1", text)


def singular(count: int) -> bool:
    """Whether the interface language puts a noun after `count` in the singular: Icelandic
    does after 1, 21, 31… but not 11 (CLDR: i % 10 = 1 and i % 100 != 11), English and
    Turkish after 1 only."""
    if locale().language() == QLocale.Language.Icelandic:
        return count % 10 == 1 and count % 100 != 11
    return count == 1


def count_text(count: int, one: str, many: str) -> str:
    """`one` or `many` (with %1) for `count` as the interface language says it ("21
    upprifjun", "21 reviews"), the number written the locale's way."""
    return (one if singular(count) else many).replace("%1", number(count))


def interval(delta: timedelta) -> str:
    """A short interval for an answer button: 1m, 10m, 3h, 4d, 2.5mo, 1.2y (localised)."""
    seconds = delta.total_seconds()
    if seconds < 3600:
        return _t(QT_TRANSLATE_NOOP("Texts", "%1m")).replace(
            "%1", number(max(1, round(seconds / 60)))
        )
    if seconds < 86400:
        return _t(QT_TRANSLATE_NOOP("Texts", "%1h")).replace("%1", number(round(seconds / 3600)))
    days = seconds / 86400
    if days < 30:
        return _t(QT_TRANSLATE_NOOP("Texts", "%1d")).replace("%1", number(round(days)))
    if days < 365:
        months = round(days / 30, 1)
        text = number(int(months)) if months.is_integer() else decimal(months, 1)
        return _t(QT_TRANSLATE_NOOP("Texts", "%1mo")).replace("%1", text)
    years = round(days / 365, 1)
    text = number(int(years)) if years.is_integer() else decimal(years, 1)
    return _t(QT_TRANSLATE_NOOP("Texts", "%1y")).replace("%1", text)


def short_date(moment: datetime) -> str:
    """A date in the locale's short format, in local time."""
    from PySide6.QtCore import QDate

    local = moment.astimezone()
    return locale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )


def date_time(moment: datetime) -> str:
    """A date and time in the locale's short format, in local time."""
    from PySide6.QtCore import QDateTime

    local = moment.astimezone()
    value = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
    return locale().toString(value, QLocale.FormatType.ShortFormat)


def compact_date(moment: datetime, this_year: int, with_time: bool = False) -> str:
    """A date as short as the locale writes it: without the year in `this_year` ("2.12" in
    Icelandic and Turkish, "12/2" in English), with the short time when asked."""
    from PySide6.QtCore import QDate, QTime

    local = moment.astimezone()
    pattern = locale().dateFormat(QLocale.FormatType.ShortFormat)
    if local.year == this_year:
        # The year and the separator that joins it to the day or month.
        pattern = re.sub(r"^y+[^dMy]*|[^dMy]*y+$|y+[^dMy]*", "", pattern).strip(" ,/-")
    text = locale().toString(QDate(local.year, local.month, local.day), pattern)
    if with_time:
        time = QTime(local.hour, local.minute)
        text += " " + locale().toString(time, QLocale.FormatType.ShortFormat)
    return text
