"""User and article text in widgets: never markup, never a mnemonic, never too wide."""

from __future__ import annotations

import re

#: A card label shows at most this many characters; the rest is elided ("…").
MAX_SHOWN = 5_000

#: Unbroken runs longer than this get a break opportunity every `_CHUNK` characters.
_LONG_RUN = re.compile(r"\S{41,}")
_CHUNK = 20
_ZWSP = "\u200b"


def button_text(text: str) -> str:
    """`text` for a button or a check box: "&" shown as itself, not as a mnemonic marker."""
    return text.replace("&", "&&")


def wrappable(text: str) -> str:
    """`text` for a word-wrapped label, breakable anywhere when it must be.

    Qt's labels wrap at word boundaries only, so one 100,000-character "word" would make
    the label (and the window) that wide; a zero-width space every few characters of an
    over-long run lets it wrap.  Absurdly long text is elided.
    """
    if len(text) > MAX_SHOWN:
        text = text[:MAX_SHOWN] + "…"
    return _LONG_RUN.sub(_break_run, text)


def _break_run(match: re.Match[str]) -> str:
    run = match.group(0)
    return _ZWSP.join(run[i : i + _CHUNK] for i in range(0, len(run), _CHUNK))
