"""The `flashcards import anki` command: an Anki package with its history, and its report."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from flashcards.cli.commands import EXIT_FAILED, EXIT_OK, clock, close_collection
from flashcards.cli.report import count, display_path, safe
from flashcards.progress import Phase, Progress
from flashcards.services.anki_import import UNKNOWN_LANG, AnkiImportReport, DeckReport
from flashcards.services.collection import open_collection
from flashcards.text.languages import language_name

#: Fronts listed for notes added in Anki or cards missing from the package.
_LISTED = 5


def _language(code: str) -> str:
    return "unknown language" if code == UNKNOWN_LANG else language_name(code)


def _deck_line(deck: DeckReport) -> str:
    languages = f"{_language(deck.source_lang)} → {_language(deck.target_lang)}"
    if deck.detected:
        languages += ", detected"
    parts = [count(deck.added, "card added", "cards added")]
    for number, what in ((deck.updated, "updated"), (deck.restored, "restored")):
        if number:
            parts.append(f"{number} {what}")
    if deck.unchanged:
        parts.append(f"{deck.unchanged} unchanged")
    made = " (new deck)" if deck.created else ""
    return f'  Deck "{safe(deck.name)}"{made} ({languages}): ' + ", ".join(parts)


def _listed(fronts: list[str]) -> str:
    shown = ", ".join(f'"{safe(front)}"' for front in fronts[:_LISTED])
    return shown + (f" and {len(fronts) - _LISTED} more" if len(fronts) > _LISTED else "")


def render_anki(report: AnkiImportReport) -> str:
    """The report as the terminal shows it."""
    notes, cards = count(report.notes, "note", "notes"), count(report.cards, "card", "cards")
    lines = [f"{display_path(report.path)}: Anki package, {notes}, {cards}"]
    lines += [_deck_line(deck) for deck in report.decks]
    if report.matched:
        lines.append(
            f"  {count(report.matched, 'card', 'cards')} of this app found again by their GUID"
        )
    reviews = f"  reviews: {report.reviews_added} added, {report.reviews_known} already here"
    if report.replayed:
        reviews += f"; {count(report.replayed, 'card', 'cards')} replayed through FSRS"
    lines.append(reviews)
    states = [
        f"{number} {what}"
        for number, what in (
            (report.suspended, "suspended"),
            (report.buried, "buried"),
            (report.flagged, "flagged"),
        )
        if number
    ]
    if states:
        lines.append("  from Anki: " + ", ".join(states))
    if report.no_history:
        lines.append(
            f"  {count(report.no_history, 'card was', 'cards were')} studied in Anki but "
            "came without review history: new here"
        )
    if report.media_notes:
        files = count(report.media_files, "media file", "media files")
        lines.append(
            f"  {count(report.media_notes, 'note refers', 'notes refer')} to {files} "
            "(images, sounds): named in the card text, not imported"
        )
    if report.added_in_anki:
        what = count(len(report.added_in_anki), "note", "notes")
        if report.added_imported:
            lines.append(f"  {what} added in Anki, imported: {_listed(report.added_in_anki)}")
        else:
            lines.append(
                f"  {what} added in Anki, not imported (--include-added imports them): "
                + _listed(report.added_in_anki)
            )
    if report.missing:
        what = count(len(report.missing), "card", "cards")
        if report.missing_retired:
            lines.append(f"  {what} not in the package (deleted in Anki), retired: ")
            lines[-1] += _listed(report.missing)
        else:
            lines.append(
                f"  {what} not in the package (deleted in Anki?), kept "
                f"(--retire-missing retires them): {_listed(report.missing)}"
            )
    if report.edited_in_anki:
        what = count(len(report.edited_in_anki), "card", "cards")
        lines.append(
            f"  {what} edited in Anki, kept as they are here (edit them here): "
            + _listed(report.edited_in_anki)
        )
    for card, reason in report.skipped[:20]:
        lines.append(f"  skipped {safe(card)}: {reason}")
    if len(report.skipped) > 20:
        lines.append(f"  skipped {len(report.skipped) - 20} more cards")
    if not report.ok:
        lines.append(f"{display_path(report.path)}: nothing to import")
    return "\n".join(lines)


_PHASES = {
    Phase.UNPACKING: "reading the package",
    Phase.REPLAYING: "computing each card's memory from its reviews",
    Phase.WRITING: "writing",
}


def terminal_progress(stream: TextIO) -> Progress | None:
    """A one-line progress report rewritten in place, on a terminal only (never in a pipe
    or a log)."""
    if not stream.isatty():
        return None

    def show(phase: Phase, done: int, total: int) -> None:
        counted = f" {done:,} of {total:,}" if total else ""
        stream.write(f"\r\x1b[K{_PHASES.get(phase, phase.value)}…{counted}")
        stream.flush()

    return show


def cmd_import_anki(args: argparse.Namespace) -> int:
    from flashcards.services.anki_import import import_anki
    from flashcards.services.anki_package import FieldMapping

    mapping = FieldMapping.parse(args.fields) if args.fields else None
    db, _ = open_collection(args.db, seed=False)
    progress = terminal_progress(sys.stderr)
    try:
        report = import_anki(
            db,
            args.file,
            deck=args.deck,
            fields=mapping,
            source=args.source,
            target=args.target,
            include_added=args.include_added,
            retire_missing=args.retire_missing,
            now=clock(args),
            progress=progress,
        )
    finally:
        if progress is not None:
            sys.stderr.write("\r\x1b[K")  # the progress line cleared
            sys.stderr.flush()
        close_collection(db, args)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_anki(report))
    return EXIT_OK if report.ok else EXIT_FAILED
