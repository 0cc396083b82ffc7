"""Plain-text rendering of build reports and deck lists for the terminal."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from flashcards.store.cards import DeckInfo
from flashcards.text.languages import language_name
from flashcards.types import Problem

if TYPE_CHECKING:
    from flashcards.services.build import BuildReport

#: Characters that would act on a terminal or break a report line: C0 and C1 controls,
#: DEL, and the bidirectional overrides that reorder what follows them.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe(text: str) -> str:
    """`text` fit to print on one line: escape bytes, line breaks and direction marks are
    shown escaped (\\x1b, \\n, \\u202e) instead of acting on the terminal."""
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def display_path(path: str) -> str:
    """A path relative to the working folder when it lies below it, safely escaped."""
    cwd = Path.cwd()
    for absolute in (os.path.abspath(path), os.path.realpath(path)):  # realpath never raises
        try:
            relative = Path(absolute).relative_to(cwd)
        except ValueError:
            continue
        return safe(str(relative) if str(relative) != "." else path)
    return safe(path)


def _problem_line(problem: Problem) -> str:
    return f"{display_path(problem.path)}: {safe(problem.message)}"


def direction_label(pairs: Sequence[tuple[str, str]]) -> str:
    if not pairs:
        return "no languages"
    source, target = pairs[0]
    label = f"{language_name(source)} → {language_name(target)}"
    return label + (" and back" if len(pairs) > 1 else "")


def render_build(report: BuildReport) -> str:
    lines = [f'Deck "{safe(report.deck)}" ({direction_label(report.directions)})']
    cached = report.files - report.parsed
    read = f"{report.files} files, {report.articles} articles"
    if report.inputs_unchanged:
        read += " (unchanged since the last build)"
    elif report.articles:
        read += f" ({report.parsed} parsed, {cached} from cache)"
    lines.append(f"  read       {read}")
    if report.languages:
        langs = ", ".join(f"{language_name(k)} {v}" for k, v in report.languages.items())
        lines.append(f"  languages  {langs}")
    lines.append(f"  groups     {report.groups}")
    lines.append(
        f"  cards      {report.new} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.retired} retired" + (f", {report.restored} restored" if report.restored else "")
    )
    lines += [f"skipped: {_problem_line(p)}" for p in report.skipped]
    lines += [f"note: {_problem_line(p)}" for p in report.warnings]
    return "\n".join(lines)


def render_decks(decks: Sequence[DeckInfo]) -> str:
    if not decks:
        return "No decks yet: build one with `flashcards build FOLDER`."
    width = max(len(safe(d.name)) for d in decks)
    lines = []
    for d in decks:
        pairs = [(d.source_lang, d.target_lang)]
        if d.both_directions:
            pairs.append((d.target_lang, d.source_lang))
        retired = f", {d.retired_cards} retired" if d.retired_cards else ""
        lines.append(
            f"{safe(d.name):<{width}}  {direction_label(pairs)}  {d.active_cards} "
            f"{'card' if d.active_cards == 1 else 'cards'}{retired}"
        )
    return "\n".join(lines)


def stderr_is_terminal() -> bool:
    return os.isatty(2)


def count(n: int, one: str, many: str) -> str:
    """`n` with the singular or plural noun: "1 card", "2 cards"."""
    return f"{n} {one if n == 1 else many}"
