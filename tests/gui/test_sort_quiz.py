"""The sorting quiz window on the seed deck's contrast statements, and its result page."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from flashcards.gui.main_window import MainWindow
from flashcards.services.glossary import import_glossary
from flashcards.store.database import Database

WAIT = 10_000


def _play(qtbot: Any, dialog: Any, wrong_every: int = 3) -> tuple[int, Any]:
    """Answer every statement by key (every `wrong_every`-th wrongly); the result."""
    wrong_on_purpose = 0
    with qtbot.waitSignal(dialog.finished_quiz, timeout=WAIT) as finished:
        for n, item in enumerate(dialog.plan.items):
            labels = dialog.plan.labels(item)
            assert len(labels) == 2 and item.card.back in labels
            assert dialog.feedback.text() == ""  # nothing of the last statement shows here
            assert dialog.instructions.isVisible() == (n == 0)  # the task, on the first one
            right = labels.index(item.card.back)
            choice = right if n % wrong_every else 1 - right
            wrong_on_purpose += choice != right
            with qtbot.waitSignal(dialog.placed, timeout=WAIT):
                qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + choice))
            assert item.card.back in dialog.feedback.text()
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
    return wrong_on_purpose, finished.args[0]


def test_sorting_by_keys_scores_and_explains_mistakes(qtbot: Any, window: MainWindow) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    assert dialog.plan is not None and len(dialog.plan.items) == 10
    wrong_on_purpose, result = _play(qtbot, dialog)
    assert (result.right, result.total) == (10 - wrong_on_purpose, 10)
    assert len(result.wrong) == wrong_on_purpose > 0
    assert dialog.pages.currentIndex() == dialog.RESULT
    assert dialog.score_label.text() == f"Score: {10 - wrong_on_purpose} of 10"
    shown = " ".join(label.text() for label in dialog.mistakes.findChildren(QLabel))
    assert result.wrong[0].explanation in shown.replace("\u200b", "")
    assert dialog.again_button.isVisible() and dialog.close_button.isVisible()


def test_the_result_page_scrolls_in_the_normal_font_and_starts_again(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    dialog.resize(700, 420)
    _play(qtbot, dialog, wrong_every=1)  # all ten wrong: more than the page can show
    qtbot.wait(50)
    assert dialog.score_label.geometry().top() >= 0  # the score is not cut at the top
    assert dialog.mistakes_area.verticalScrollBar().maximum() > 0  # the mistakes scroll
    normal = dialog.font().pointSize()
    for label in dialog.mistakes.findChildren(QLabel):
        assert label.font().pointSize() <= normal + 1  # not the card's big font
    with qtbot.waitSignal(dialog.question_shown, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Again
    assert dialog.pages.currentIndex() == dialog.QUESTION and dialog.index == 0


def test_a_deck_without_statements_says_so(
    qtbot: Any, window: MainWindow, collection: Path, tmp_path: Path
) -> None:
    glossary = tmp_path / "terms.tsv"
    glossary.write_text("satış\tsala\nmüşteri\tviðskiptavinur\n", "utf-8")
    db = Database(collection)
    import_glossary(db, glossary, "tr", "is", deck="terms")
    db.close()
    dialog = window.sort_quiz("terms")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    assert dialog.pages.currentIndex() == dialog.MESSAGE
    assert dialog.message.text().startswith("This deck has no statements to sort.")
    assert dialog.close_button.isVisible() and not dialog.again_button.isEnabled()


def _assert_shown_whole(dialog: Any, n: int) -> None:
    """Statement n, its verdict and the task show all their lines, the verdict in view."""
    for label in (dialog.statement, dialog.feedback, dialog.instructions):
        if label.isVisible():  # each shows all its lines (scrolling if need be)
            needed = label.heightForWidth(label.width())
            assert label.height() >= needed - 2, (n, label.accessibleName())
    _assert_verdict_in_view(dialog, n)


def _assert_verdict_in_view(dialog: Any, n: int) -> None:
    """The verdict under statement n is wholly inside the scrolled area's view."""
    viewport = dialog.statement_area.viewport()
    top = dialog.feedback.mapTo(viewport, dialog.feedback.rect().topLeft()).y()
    bottom, height = top + dialog.feedback.height(), viewport.height()
    assert top >= 0 and bottom <= height + 2, (n, top, bottom, height)


def _place_wrongly(qtbot: Any, dialog: Any, item: Any) -> None:
    """Put `item` under the concept it does not belong to, by its key, and wait for it."""
    wrong = 1 - dialog.plan.labels(item).index(item.card.back)
    with qtbot.waitSignal(dialog.placed, timeout=WAIT):
        qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + wrong))


def test_a_statement_and_its_explanation_are_never_cut_at_14_pt(
    qtbot: Any, window: MainWindow, at_14_pt: None
) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    dialog.resize(760, 520)
    assert dialog.plan is not None
    for n, item in enumerate(dialog.plan.items):
        _place_wrongly(qtbot, dialog, item)  # a wrong placement shows the most text
        # once the layout settles, however late under load
        qtbot.waitUntil(partial(_assert_shown_whole, dialog, n), timeout=WAIT)
        assert dialog.next_button.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == dialog.RESULT


def test_a_round_is_in_one_language_and_l_starts_one_in_the_other(
    qtbot: Any, window: MainWindow
) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    seen: dict[str, set[str]] = {}
    for lang, piles in (("tr", {"Yumuşak satış", "Sert satış"}), ("is", {"Mjúk sala", "Harðsala"})):
        assert dialog.plan is not None and dialog.plan.lang == lang
        assert dialog.language.isVisible() and dialog.language.currentData() == lang
        buttons: set[str] = set()
        for n, item in enumerate(dialog.plan.items):
            assert item.card.source_lang == lang, n  # the statements of one language only
            buttons |= {b.accessibleName() for b in dialog.buttons if b.isVisible()}
            with qtbot.waitSignal(dialog.placed, timeout=WAIT):
                qtbot.keyClick(dialog, Qt.Key.Key_1)
            last = n + 1 == len(dialog.plan.items)
            signal = dialog.finished_quiz if last else dialog.question_shown
            with qtbot.waitSignal(signal, timeout=WAIT):
                qtbot.keyClick(dialog, Qt.Key.Key_Return)
        seen[lang] = buttons
        assert buttons == piles  # and their piles in that language
        assert set(dialog.plan.sort_quiz().labels) <= piles  # the result's too
        if lang == "tr":
            with qtbot.waitSignal(dialog.question_shown, timeout=WAIT):
                qtbot.keyClick(dialog, Qt.Key.Key_L)  # a new round in the other language
            assert dialog.index == 0 and dialog.pages.currentIndex() == dialog.QUESTION
    assert seen["tr"] != seen["is"]


def test_the_verdict_stays_in_view_when_the_window_shrinks_at_14_pt(
    qtbot: Any, window: MainWindow, at_14_pt: None
) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=WAIT).wait()
    dialog.resize(760, 640)
    assert dialog.plan is not None
    for _ in range(5):  # the sixth statement's verdict is long
        with qtbot.waitSignal(dialog.placed, timeout=WAIT):
            qtbot.keyClick(dialog, Qt.Key.Key_1)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    _place_wrongly(qtbot, dialog, dialog.plan.items[dialog.index])
    qtbot.wait(100)
    dialog.resize(760, 420)  # the learner makes the window smaller while reading it
    qtbot.waitUntil(partial(_assert_verdict_in_view, dialog, dialog.index), timeout=2_000)
