"""The reviewer: the card view, the answer widgets, the bottom bar and the page that runs them."""

from flashcards.gui.reviewer.page import MODES, ReviewerPage, Step

__all__ = ["MODES", "ReviewerPage", "Step"]
