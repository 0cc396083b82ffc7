"""The sorting quiz window on the seed deck's contrast statements."""

from __future__ import annotations

from PySide6.QtCore import Qt

from flashcards.gui.main_window import MainWindow


def test_sorting_by_keys_scores_and_explains_mistakes(
    qtbot,
    window: MainWindow,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.sort_quiz("sales")
    qtbot.waitSignal(dialog.question_shown, timeout=10_000).wait()
    assert dialog.plan is not None and len(dialog.plan.items) == 10
    wrong_on_purpose = 0
    with qtbot.waitSignal(dialog.finished_quiz, timeout=10_000) as finished:
        for n, item in enumerate(dialog.plan.items):
            labels = dialog.plan.labels(item)
            assert len(labels) == 2 and item.card.back in labels
            right = labels.index(item.card.back)
            choice = right if n % 3 else 1 - right
            wrong_on_purpose += choice != right
            qtbot.keyClick(dialog, Qt.Key(Qt.Key.Key_1 + choice))
    result = finished.args[0]
    assert (result.right, result.total) == (10 - wrong_on_purpose, 10)
    assert len(result.wrong) == wrong_on_purpose > 0
    text = dialog.statement.text()
    assert text.startswith(f"Score: {10 - wrong_on_purpose} of 10")
    assert result.wrong[0].explanation in text
