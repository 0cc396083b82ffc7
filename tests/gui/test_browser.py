"""The card browser, offscreen: first page, search, details, shortcuts, undo, lazy loading."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from seed_counts import SEED_CARDS
from sqlalchemy import insert, select

from flashcards.gui.browser import PAGE_SIZE, BrowserWindow
from flashcards.gui.main_window import MainWindow
from flashcards.gui.theme import apply_theme
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.store.models import Card, ReviewLog
from flashcards.types import Rating

NOW = datetime(2026, 11, 23, 9, tzinfo=UTC)
WAIT = 10_000


def _open(qtbot: Any, window: MainWindow) -> BrowserWindow:
    window.activateWindow()
    qtbot.keyClick(window.deck_list.table, Qt.Key.Key_B)  # Tools ▸ Browse cards
    browser = window.browser_window
    qtbot.waitSignal(browser.loaded, timeout=WAIT).wait()
    qtbot.waitUntil(browser.isActiveWindow, timeout=WAIT)
    return browser


def _cards(collection: Path) -> list[Any]:
    db = Database(collection)
    with db.begin() as session:
        rows = list(session.execute(select(Card.__table__).order_by(Card.id)))
        log = list(session.execute(select(ReviewLog.__table__).order_by(ReviewLog.id)))
    db.close()
    return [tuple(r) for r in rows] + [tuple(r) for r in log]


def _add_cards(collection: Path, fronts: list[str]) -> None:
    """Cards for the seed deck, inserted in one go with SQLAlchemy Core."""
    db = Database(collection)
    with db.begin() as session:
        session.execute(
            insert(Card),
            [
                dict(uid=f"extra-{i}", deck_id=1, note_key=f"extra-{i}", kind="term")
                | dict(source_lang="tr", target_lang="is", front=front, back=f"svar {i}")
                | dict(extra="", group_key="g", source_files="[]", content_hash="h")
                for i, front in enumerate(fronts)
            ],
        )
    db.close()


def _row_texts(browser: BrowserWindow, row: int) -> list[str]:
    model = browser.model
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def test_opens_with_the_first_page_and_the_search_box_focused(
    qtbot: Any, window: MainWindow
) -> None:
    browser = _open(qtbot, window)
    assert browser.windowTitle() == "Browse cards"
    assert (
        browser.model.rowCount() == SEED_CARDS
        and browser.total_label.text() == f"{SEED_CARDS} cards"
    )
    assert browser.focusWidget() is browser.search
    headers = [browser.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)]
    assert headers == ["Question", "Answer", "Deck", "Kind", "State", "Due", "Interval", "Flag"]
    first = ["Yumuşak satış", "Mjúk sala", "sales", "term", "new", "", "", ""]
    assert _row_texts(browser, 0) == first
    assert all(isinstance(t, str) for r in range(SEED_CARDS) for t in _row_texts(browser, r))
    names = [browser.search, browser.table, browser.history, *browser.combos, *browser.buttons]
    assert all(w.accessibleName() for w in names)
    assert not browser.suspend_button.isEnabled() and not browser.undo_button.isEnabled()
    for expected in (browser.deck_box, browser.pair_box, browser.kind_box):
        qtbot.keyClick(browser.focusWidget(), Qt.Key.Key_Tab)
        assert browser.focusWidget() is expected


def test_search_shows_only_matching_cards(qtbot: Any, window: MainWindow, collection: Path) -> None:
    browser = _open(qtbot, window)
    db = Database(collection)
    with db.begin() as session:
        texts = session.execute(select(Card.id, Card.front, Card.back, Card.extra)).all()
    db.close()
    expected = {i for i, *text in texts if "mjúk" in " ".join(text).lower()}
    loads: list[int] = []
    browser.loaded.connect(lambda: loads.append(browser.model.total))
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        qtbot.keyClicks(browser.search, "Mj")
        browser.search.insert("úk")  # (QTest types ASCII only)
    qtbot.wait(500)
    assert loads == [len(expected)]  # one search, once the typing paused
    assert {r.id for r in browser.model.rows} == expected
    assert browser.total_label.text() == f"{len(expected)} cards"
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.kind_box.setCurrentIndex(browser.kind_box.findData("cloze"))
    assert browser.model.rows and {r.kind.value for r in browser.model.rows} == {"cloze"}
    # Cards that name it (a cloze cut to the clauses around its blank may name it only in
    # its whole sentence, the extra text).
    assert {r.id for r in browser.model.rows} <= expected
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.search.clear()
        browser.kind_box.setCurrentIndex(0)
    assert browser.model.total == SEED_CARDS


def test_selecting_a_card_shows_its_details_and_history(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    db = Database(collection)
    session = StudySession(db, tz=UTC)
    card = session.next_card(NOW)
    assert card is not None and card.id == 1
    session.answer(card.id, Rating.GOOD, NOW, duration_ms=3500)
    db.close()
    browser = _open(qtbot, window)
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT) as shown:
        browser.table.selectRow(0)
    assert shown.args == [1]
    text = browser.card_text.toPlainText()
    assert "Yumuşak satış" in text and "Mjúk sala" in text and card.content.extra in text
    assert "000_fcc629ea91eeff91.txt" in text and "004_ce7c295c5b1b5ae6.txt" in text
    info = browser.schedule_info.text()
    assert "State: learning" in info and "Stability:" in info and "Retrievability: " in info
    assert browser.history.rowCount() == 1
    history = [browser.history.item(0, c).text() for c in range(6)]
    assert history[1:4] == ["review", "Good", "new → learning"] and history[5] == "3.5 s"
    assert _row_texts(browser, 0)[4] == "learning" and _row_texts(browser, 0)[6] == "10m"


def test_suspend_by_shortcut_and_undo_with_ctrl_z(
    qtbot: Any, window: MainWindow, collection: Path
) -> None:
    browser = _open(qtbot, window)
    before = _cards(collection)
    browser.table.setFocus()
    browser.table.selectRow(1)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    browser.table.selectionModel().select(browser.model.index(2, 0), flags)
    assert [r.id for r in browser.selected_rows()] == [2, 3]
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:
        qtbot.keyClick(browser.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert acted.args == ["suspend"]
    assert [r.suspended for r in browser.model.rows[:4]] == [False, True, True, False]
    assert _row_texts(browser, 1)[4] == "new, suspended"
    assert browser.suspend_button.text() == "Unsuspend (Ctrl+J)"
    assert _cards(collection) != before
    with qtbot.waitSignal(browser.acted, timeout=WAIT) as acted:
        qtbot.keyClick(browser.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert acted.args == ["undo"] and browser.message.text() == "Undid Suspend"
    assert not any(r.suspended for r in browser.model.rows)
    assert _cards(collection) == before
    assert not browser.undo_button.isEnabled()


def test_delete_asks_first_then_retires_and_undo_brings_back(
    qtbot: Any, window: MainWindow, collection: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    browser = _open(qtbot, window)
    before = _cards(collection)
    browser.table.selectRow(0)
    asked: list[str] = []

    def no(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    browser.search.setFocus()
    qtbot.keyClicks(browser.search, "ab")
    qtbot.keyClick(browser.search, Qt.Key.Key_Home)
    qtbot.keyClick(browser.search, Qt.Key.Key_Delete)  # in the search box: edits the text
    assert browser.search.text() == "b" and asked == []
    browser.search.clear()
    browser.apply_filters()  # (the same search: nothing to load)
    qtbot.keyClick(browser.table, Qt.Key.Key_Delete)
    assert asked and asked[0].startswith("Delete 1 card?") and not browser.busy
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):  # the search runs again
        browser.delete_selected(confirm=False)
    assert browser.model.total == SEED_CARDS - 1 and browser.model.rows[0].id == 2
    assert len(_cards(collection)) == len(before)  # retired, not deleted
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.undo_button.click()
    assert browser.model.total == SEED_CARDS and _cards(collection) == before


def test_reset_to_new_and_undo(qtbot: Any, window: MainWindow, collection: Path) -> None:
    db = Database(collection)
    session = StudySession(db, tz=UTC)
    session.answer(1, Rating.EASY, NOW)
    db.close()
    browser = _open(qtbot, window)
    before = _cards(collection)
    browser.table.selectRow(0)
    assert _row_texts(browser, 0)[4] == "review"
    with qtbot.waitSignal(browser.acted, timeout=WAIT):
        qtbot.keyClick(
            browser.table,
            Qt.Key.Key_N,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
        )
    assert _row_texts(browser, 0)[4:7] == ["new", "", ""]
    with qtbot.waitSignal(browser.acted, timeout=WAIT):
        browser.undo()
    assert _row_texts(browser, 0)[4] == "review" and _cards(collection) == before


def test_pages_load_lazily(qtbot: Any, window: MainWindow, collection: Path) -> None:
    _add_cards(collection, [f"kort {i}" for i in range(1000)])
    browser = _open(qtbot, window)
    model = browser.model
    assert model.total == 1000 + SEED_CARDS and model.rowCount() == PAGE_SIZE
    assert browser.total_label.text() == f"{1000 + SEED_CARDS:,} cards"
    assert model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    assert [r.id for r in model.rows] == list(range(1, 2 * PAGE_SIZE + 1))
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.table.scrollToBottom()  # the view asks for more at the end
    assert model.rowCount() == 3 * PAGE_SIZE
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):  # sorting starts again from the top
        browser.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    fronts = [r.front for r in model.rows]
    assert model.rowCount() == PAGE_SIZE and fronts == sorted(fronts, reverse=True)


def test_screenshot_light_theme(qtbot: Any, window: MainWindow, collection: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    style, palette, sheet = app.style().name(), app.palette(), app.styleSheet()
    apply_theme(app, "light")
    try:
        _add_cards(collection, ["İstanbul ılık: şğ ðþ æö — İı Şş Ğğ Ðð Þþ Ææ Öö"])
        db = Database(collection)
        session = StudySession(db, tz=UTC)
        for card_id, rating in (
            (SEED_CARDS + 1, Rating.GOOD),
            (SEED_CARDS + 1, Rating.AGAIN),
            (2, Rating.EASY),
        ):
            session.answer(card_id, rating, NOW)
        db.close()
        browser = _open(qtbot, window)
        browser.resize(1280, 760)
        with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
            browser.table.selectRow(SEED_CARDS)
        assert "İstanbul ılık" in browser.card_text.toPlainText()
        assert browser.history.rowCount() == 2
        qtbot.wait(100)  # the layout takes in the details
        assert "Retrievability" in browser.schedule_info.text()
        assert browser.grab().save("/tmp/browser.png")
    finally:
        app.setStyle(style)
        app.setPalette(palette)
        app.setStyleSheet(sheet)


def test_a_search_clears_the_details_of_a_card_it_no_longer_lists(
    qtbot: Any, window: MainWindow
) -> None:
    browser = _open(qtbot, window)
    with qtbot.waitSignal(browser.details_shown, timeout=WAIT):
        browser.table.selectRow(0)
    assert "Yumuşak satış" in browser.card_text.toPlainText()
    with qtbot.waitSignal(browser.loaded, timeout=WAIT):
        browser.search.setText("rafrænum")
        browser.apply_filters()
    assert all(r.id != 1 for r in browser.model.rows) and browser.model.rows
    assert browser.card_text.toPlainText() == "" and browser.details.card_id is None
    assert browser.history.rowCount() == 0 and browser.schedule_info.text() == ""
    assert browser.card_text.placeholderText() == "Select a card to see its details."


def test_dark_theme_disabled_buttons_look_disabled(qtbot: Any, window: MainWindow) -> None:
    from PySide6.QtGui import QPalette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, sheet = app.palette(), app.styleSheet()
    try:
        apply_theme(app, "dark")
        dark = app.palette()
        role = QPalette.ColorRole.ButtonText
        enabled = dark.color(QPalette.ColorGroup.Active, role)
        disabled = dark.color(QPalette.ColorGroup.Disabled, role)
        assert abs(enabled.lightness() - disabled.lightness()) > 60
        browser = _open(qtbot, window)
        assert not browser.suspend_button.isEnabled()
        image = browser.suspend_button.grab().toImage()
        texts = {
            image.pixelColor(x, y).lightness()
            for x in range(image.width())
            for y in range(image.height())
        }
        assert max(texts) < enabled.lightness() - 40  # no bright, enabled-looking text
    finally:
        app.setPalette(palette)
        app.setStyleSheet(sheet)


def test_tab_into_the_table_selects_the_row_whose_details_it_shows(
    qtbot: Any, window: MainWindow
) -> None:
    """Tab from the filters into the table made a row current, its details shown, with
    nothing selected: every button stayed disabled under the card's details."""
    browser = _open(qtbot, window)
    browser.activateWindow()
    qtbot.waitUntil(browser.isActiveWindow, timeout=10_000)
    browser.table.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(browser.details_shown, timeout=10_000):
        browser.table.selectionModel().setCurrentIndex(  # what focusing in does
            browser.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate
        )
    assert [r.id for r in browser.selected_rows()] == [browser.model.rows[0].id]
    assert browser.suspend_button.isEnabled()
