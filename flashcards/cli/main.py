"""The `flashcards` command: argument parsing and one-line error reporting."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from flashcards import __version__, paths
from flashcards.cli.report import database_label, render_build, render_decks
from flashcards.errors import FlashcardsError
from flashcards.services import export as export_service
from flashcards.services.build import build
from flashcards.services.collection import open_collection
from flashcards.store import cards as store

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 70


def _parser() -> argparse.ArgumentParser:
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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("build", help="build decks from article files and folders")
    p.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    p.add_argument("--deck", metavar="NAME", help="deck name (default: the folder's name)")
    p.add_argument("--source", metavar="L", help="question language, e.g. tr")
    p.add_argument("--target", metavar="L", help="answer language, e.g. is")
    p.add_argument("--both-directions", action="store_true", help="also make target → source cards")
    p.add_argument("--json", action="store_true", help="print the report as JSON")

    p = sub.add_parser("export", help="write cards as JSON Lines or CSV")
    p.add_argument("--format", choices=export_service.FORMATS, default="jsonl")
    p.add_argument("--deck", metavar="NAME", help="only this deck")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")

    sub.add_parser("decks", help="list the decks in the collection")
    return parser


def _cmd_build(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db, seed=False)
    try:
        report = build(
            db,
            args.paths,
            deck=args.deck,
            source=args.source,
            target=args.target,
            both_directions=args.both_directions,
        )
    finally:
        db.close()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(render_build(report))
    return EXIT_OK if report.ok else EXIT_FAILED


def _cmd_export(args: argparse.Namespace) -> int:
    db, _ = open_collection(args.db)
    try:
        if args.deck is not None:
            with db.begin() as session:
                if store.get_deck(session, args.deck) is None:
                    raise FlashcardsError(f"no deck named {args.deck!r}")
        text, count = export_service.export_cards(db, args.format, args.deck)
    finally:
        db.close()
    if args.output:
        out = Path(args.output)
        try:
            out.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise FlashcardsError(f"{out}: cannot write ({exc.strerror})") from None
        print(f"{count} cards written to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _cmd_decks(args: argparse.Namespace) -> int:
    db, reports = open_collection(args.db)
    try:
        for report in reports:
            print(render_build(report))
        with db.begin() as session:
            decks = store.list_decks(session)
    finally:
        db.close()
    print(f"Collection: {database_label(db.url)}")
    print(render_decks(decks))
    return EXIT_OK


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


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="flashcards: %(message)s")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.db:
        import os

        os.environ[paths.DB_ENV] = args.db
    commands = {"build": _cmd_build, "export": _cmd_export, "decks": _cmd_decks}
    try:
        if args.command is None:
            code = _cmd_decks(args)
            print()
            parser.print_help()
            return code
        return commands[args.command](args)
    except FlashcardsError as exc:
        print(f"flashcards: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("flashcards: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:
        log = _log_internal_error()
        where = f" (details in {log})" if log else ""
        print(f"flashcards: internal error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
        return EXIT_INTERNAL
