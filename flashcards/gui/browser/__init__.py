"""The card browser: the table of cards, the detail pane, and the window that joins them."""

from flashcards.gui.browser.table import PAGE_SIZE, CardTableModel
from flashcards.gui.browser.window import BrowserWindow

__all__ = ["PAGE_SIZE", "BrowserWindow", "CardTableModel"]
