"""Spreadsheet cells: formula triggers neutralised on export (OWASP), restored on import."""

from __future__ import annotations

#: A cell starting with one of these is a formula to Excel, LibreOffice Calc and Google
#: Sheets (OWASP's CSV injection list, with the full-width forms Calc also reads).
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")

_QUOTE = "'"


def _needs_quote(text: str) -> bool:
    rest = text.lstrip(_QUOTE)
    # A cell that already starts with quotes before a trigger gets one more, so that
    # restoring takes exactly one away: the round trip keeps every text as it was.
    return bool(rest) and rest[0] in FORMULA_TRIGGERS


def neutralise_cell(text: str) -> str:
    """`text` safe to open in a spreadsheet: a leading formula trigger is quoted with "'".

    "=HYPERLINK(…)" becomes "'=HYPERLINK(…)", which a spreadsheet shows as the text it
    is; `restore_cell` takes the quote away again.
    """
    return _QUOTE + text if _needs_quote(text) else text


def restore_cell(text: str) -> str:
    """The text `neutralise_cell` was given: one quote before a formula trigger removed."""
    if text.startswith(_QUOTE) and _needs_quote(text[1:]):
        return text[1:]
    return text
