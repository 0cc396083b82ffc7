"""The `flashcards` command: argument parsing, dispatch and one-line error reporting."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from flashcards import __version__, paths
from flashcards.errors import FlashcardsError
from flashcards.types import BadReason, CardKind

EXIT_USAGE, EXIT_INTERNAL = 2, 70

Handler = Callable[[argparse.Namespace], int]


def _kinds(value: str) -> list[CardKind]:
    try:
        return [CardKind(part.strip()) for part in value.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown kind in {value!r}; choose from {', '.join(CardKind)}"
        ) from None


def _megabytes(value: str) -> int:
    try:
        size = float(value)
    except ValueError:
        size = -1.0
    if not 0 < size <= 1000:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size in MB between 0 and 1000")
    return int(size * 1_000_000)


def _parser() -> argparse.ArgumentParser:
    # The commands' modules (the builder, exports, Anki's files) are imported only for a
    # command: the desktop app starts without them.
    from flashcards.builder.decode import MAX_BYTES
    from flashcards.cli import anki, commands, exchange, quiz, scheduling
    from flashcards.cli.db import cmd_db_copy
    from flashcards.cli.glossary import cmd_import_glossary
    from flashcards.services.export import FORMATS

    parser = argparse.ArgumentParser(
        prog="flashcards",
        description="Bilingual flashcards from business articles, scheduled with FSRS.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the collection to use (default: ${paths.DB_ENV} or {paths.default_database()})",
    )
    parser.add_argument("--now", help=argparse.SUPPRESS)  # a fixed time, for tests and demos
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(handler=handler)
        return p

    p = command("build", commands.cmd_build, "build decks from article files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--deck", metavar="NAME", help="deck name (default: the folder's name)")
    p.add_argument("--source", metavar="L", help="question language, e.g. tr")
    p.add_argument("--target", metavar="L", help="answer language, e.g. is")
    p.add_argument("--both-directions", action="store_true", help="also make target → source cards")
    p.add_argument(
        "--kinds",
        metavar="K,K",
        type=_kinds,
        help="kinds of card to make (default: the deck's, or all): " + ",".join(CardKind),
    )
    p.add_argument(
        "--max-size",
        metavar="MB",
        type=_megabytes,
        default=MAX_BYTES,
        help=f"skip files larger than this, unread (default {MAX_BYTES // 1_000_000} MB)",
    )
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = command(
        "export",
        commands.cmd_export,
        "write cards as JSON Lines, CSV, an Anki package (apkg), a translation memory (tmx)"
        " or a termbase (tbx)",
    )
    p.add_argument("--format", choices=(*FORMATS, "apkg", "tmx", "tbx"), default="jsonl")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of stdout (apkg: required)"
    )

    command("decks", commands.cmd_decks, "list the decks in the collection")

    p = command("due", commands.cmd_due, "new, learning and review cards left today, per deck")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")

    p = command("study", commands.cmd_study, "study today's cards in the terminal")
    p.add_argument("--deck", metavar="NAME", help="only this deck")

    p = command("quiz", quiz.cmd_quiz, "quiz yourself: multiple choice, typed, cloze or sorting")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("--mode", choices=("mc", "typed", "cloze", "sort"), default="mc")
    p.add_argument("--count", type=int, default=10, metavar="N", help="questions (default 10)")
    p.add_argument("--seed", type=int, metavar="S", help="repeat a quiz (default: from the clock)")
    p.add_argument(
        "--lang",
        metavar="CODE",
        help="only questions in this language, e.g. tr (sorting: one always, the deck's source)",
    )
    p.add_argument("--tolerate-accents", action="store_true", help="accent slips are near misses")
    p.add_argument(
        "--easy-when-fast", action="store_true", help="a right answer within 5 s counts as Easy"
    )

    p = command("stats", commands.cmd_stats, "reviews, retention, cards by state, due forecast")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("--json", action="store_true", help="print the statistics as JSON")

    p = command(
        "bad", commands.cmd_bad, "mark a generated card bad: retired, and never built again"
    )
    p.add_argument(
        "card", nargs="?", metavar="CARD", help="the card's uid (the id in `export`) or number"
    )
    p.add_argument("--reason", choices=[r.value for r in BadReason], help="what is wrong")
    p.add_argument("--note", default="", metavar="TEXT", help="a short remark (200 characters)")
    p.add_argument(
        "--list", action="store_true", help="list the cards marked bad, with their reasons"
    )
    p.add_argument(
        "--unmark", action="store_true", help="take the card's report back: it is active again"
    )
    p.add_argument("--deck", metavar="NAME", help="with --list: only this deck")
    p.add_argument("--json", action="store_true", help="with --list: one JSON object a line")

    scheduling.add_commands(command)

    p = command("config", commands.cmd_config, "show or change scheduling settings")
    p.add_argument("--retention", type=float, metavar="R", help="desired retention, 0.70–0.99")
    p.add_argument("--day-start", type=int, metavar="H", help="hour the study day starts, 0–23")
    p.add_argument(
        "--calibrate",
        choices=("on", "off"),
        help="schedule for the target calibrated on your recent reviews at each optimize "
        "(default off)",
    )
    p.add_argument("--deck", metavar="NAME", help="the deck whose limits to change")
    p.add_argument("--new-per-day", type=int, metavar="N", help="new cards a day (with --deck)")
    p.add_argument("--reviews-per-day", type=int, metavar="N", help="reviews a day (with --deck)")

    command("backup", commands.cmd_backup, "copy the collection to its backups folder")
    p = command("restore", commands.cmd_restore, "replace the collection by a backup")
    p.add_argument("file", metavar="FILE", help="a backup (the replaced collection is kept)")

    p = command("import", cmd_import_glossary, "import cards from other files")
    formats = p.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    help_text = "term cards from a glossary: a CSV or TSV file of terms and translations"
    p = formats.add_parser("glossary", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_import_glossary)
    p.add_argument("file", metavar="FILE", help="a .csv or .tsv file: term, translation")
    p.add_argument("--source", metavar="L", required=True, help="language of the terms, e.g. tr")
    p.add_argument("--target", metavar="L", required=True, help="language of the translations")
    p.add_argument("--deck", metavar="NAME", help="deck name (default: the file's name)")
    p.add_argument("--both-directions", action="store_true", help="also make target → source cards")
    anki.add_parser(formats)
    exchange.add_parsers(formats)

    p = command("db", cmd_db_copy, "copy a collection between SQLite and PostgreSQL")
    actions = p.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    help_text = "copy a whole collection (cards, history, settings) into an empty database"
    p = actions.add_parser("copy", help=help_text, description=help_text)
    p.set_defaults(handler=cmd_db_copy)
    p.add_argument(
        "--from",
        dest="source",
        metavar="URL",
        help="a file path or postgresql:// URL (default: the collection in use)",
    )
    p.add_argument(
        "--to", dest="target", metavar="URL", required=True, help="an empty database or new file"
    )
    return parser


def _start_gui(args: argparse.Namespace) -> int:
    """With no subcommand the desktop app starts (when there is a screen to show it on)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise FlashcardsError(
            "no display to show the app on; in a terminal use `flashcards study` "
            "(see `flashcards --help`)"
        )
    from flashcards.gui.platform_check import wants_xcb, xcb_problem

    problem = xcb_problem() if wants_xcb() else None
    if problem is not None:
        raise FlashcardsError(problem)
    from flashcards.gui.app import run

    return run(sys.argv[:1], database=args.db)


def _check_chosen_database(location: str | None, where: str) -> None:
    """A collection named with --db or FLASHCARDS_DB must be in a folder that exists: a typo
    in the path is an error, not a new collection filled with the shipped deck.  (The
    default data folder is made when needed.)"""
    if not location or "://" in location:
        return
    folder = Path(location).expanduser().parent
    if not folder.is_dir():
        raise FlashcardsError(
            f"{location}: the folder {folder} does not exist (check the {where} path, "
            "or create the folder first)"
        )


def _log_internal_error() -> Path | None:
    try:
        log_dir = paths.log_dir()
        log_dir.mkdir(parents=True, exist_ok=True)
        log = log_dir / "errors.log"
        with log.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now(UTC).isoformat()} flashcards {__version__}\n")
            f.write(traceback.format_exc())
        return log
    except OSError:
        return None


def _app_only(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when they name no command, only the collection (`--db PATH`): the
    desktop app starts without building the commands' parser (nor importing them)."""
    args = argparse.Namespace(db=None, now=None, command=None)
    rest = list(argv)
    if rest[:1] == ["--db"] and len(rest) == 2 and not rest[1].startswith("-"):
        args.db = rest[1]
    elif len(rest) == 1 and rest[0].startswith("--db=") and len(rest[0]) > len("--db="):
        args.db = rest[0].removeprefix("--db=")
    elif rest:
        return None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="flashcards: %(message)s")
    given = sys.argv[1:] if argv is None else list(argv)
    args = _app_only(given) or _parser().parse_args(given)
    if args.db:
        os.environ[paths.DB_ENV] = args.db
    try:
        _check_chosen_database(
            args.db or os.environ.get(paths.DB_ENV), "--db" if args.db else paths.DB_ENV
        )
        if args.command is None:
            return _start_gui(args)
        handler: Handler = args.handler
        return handler(args)
    except FlashcardsError as exc:
        from flashcards.cli.report import safe

        print(f"flashcards: error: {safe(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("flashcards: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        log = _log_internal_error()
        where = f" (details in {log})" if log else ""
        from flashcards.cli.report import safe

        message = safe(f"{type(exc).__name__}: {exc}")
        print(f"flashcards: internal error: {message}{where}", file=sys.stderr)
        return EXIT_INTERNAL
