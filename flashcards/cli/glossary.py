"""The `flashcards import glossary` command: term cards from a CSV or TSV term list."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from flashcards.builder.glossary import SkippedRow
from flashcards.cli.commands import EXIT_FAILED, EXIT_OK, close_collection
from flashcards.cli.report import count, direction_label, safe
from flashcards.services.collection import open_collection
from flashcards.services.glossary import GlossaryReport, import_glossary

#: A reason shared by more rows than this is one line listing the first few of them.
_LISTED = 3


def _skipped_lines(skipped: Sequence[SkippedRow], noun: str = "row") -> list[str]:
    """One line per skipped row, or per reason when many rows share it (in row order)."""
    by_reason: dict[str, list[int]] = {}
    for skip in skipped:
        by_reason.setdefault(skip.reason, []).append(skip.row)
    lines: list[tuple[int, str]] = []
    for reason, rows in by_reason.items():
        if len(rows) <= _LISTED:
            lines += [(row, f"  {noun} {row}: {safe(reason)}") for row in rows]
        else:
            first = ", ".join(str(row) for row in rows[:_LISTED])
            lines.append((rows[0], f"  {len(rows)} {_plural(noun)} ({first} …): {safe(reason)}"))
    return [line for _, line in sorted(lines)]


def _plural(noun: str) -> str:
    return "entries" if noun == "entry" else noun + "s"


def render_glossary(report: GlossaryReport) -> str:
    """The report as the terminal shows it: a summary line, then the skipped rows."""
    noun = report.entry_noun
    kinds = set(report.kinds) or {"term"}
    card = "term card" if kinds == {"term"} else "card"
    parts = [count(report.added, f"{card} added", f"{card}s added")]
    parts.append(f"{report.updated} updated")
    if report.unchanged:
        parts.append(f"{report.unchanged} unchanged")
    if report.restored:
        parts.append(f"{report.restored} restored")
    if report.retired:
        parts.append(f"{report.retired} retired ({_plural(noun)} no longer in the file)")
    parts.append(count(len(report.skipped), f"{noun} skipped", f"{_plural(noun)} skipped"))
    lines = [f'Deck "{safe(report.deck)}" ({direction_label(report.directions)})']
    lines.append(f"{safe(str(report.path))}: " + ", ".join(parts))
    lines += _skipped_lines(report.skipped, noun)
    if not report.ok:
        usable = "two columns: term, translation" if noun == "row" else "both languages"
        lines.append(f"{safe(str(report.path))}: no usable {_plural(noun)} ({usable})")
    return "\n".join(lines)


def cmd_import_glossary(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db, seed=False)
    try:
        report = import_glossary(
            db,
            args.file,
            args.source,
            args.target,
            deck=args.deck,
            both_directions=args.both_directions,
        )
    finally:
        close_collection(db, args)
    print(render_glossary(report))
    return EXIT_OK if report.ok else EXIT_FAILED
