"""Spreadsheet formula cells: neutralised on export, restored on import, exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flashcards.cells import neutralise_cell, restore_cell

HOSTILE = (
    '=HYPERLINK("http://x.example","click")',
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "+1",
    "-2+3",
    "\t=1",
    "\r=1",
    "＝1+1",
)


def test_every_formula_trigger_is_quoted() -> None:
    for text in HOSTILE:
        assert neutralise_cell(text) == "'" + text


def test_plain_text_is_left_alone() -> None:
    for text in ("Yumuşak Satış", "Mjúk selja", "", "'quoted", "a=b", "e-posta"):
        assert neutralise_cell(text) == text


@given(st.text(alphabet=st.sampled_from("'=+-@\tab\r ")))
def test_restore_gives_back_what_was_neutralised(text: str) -> None:
    safe = neutralise_cell(text)
    assert restore_cell(safe) == text
    assert not safe or safe[0] not in "=+-@\t\r"
