"""The `flashcards` command: argument parsing, dispatch and one-line error reporting."""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from flashcards import __version__, paths
from flashcards.errors import FlashcardsError

EXIT_USAGE, EXIT_INTERNAL = 2, 70

Handler = Callable[[argparse.Namespace], int]


def _handler(name: str) -> Handler:
    """The function a subcommand names ("module:function" in flashcards.cli), imported now
    that it runs."""
    module, _, function = name.partition(":")
    found: Handler = getattr(importlib.import_module(f"flashcards.cli.{module}"), function)
    return found


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


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    from flashcards.cli.parser import build_parser  # not needed when the desktop app starts

    return build_parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="flashcards: %(message)s")
    given = sys.argv[1:] if argv is None else list(argv)
    args = _app_only(given) or _parse(given)
    if args.db:
        os.environ[paths.DB_ENV] = args.db
    try:
        _check_chosen_database(
            args.db or os.environ.get(paths.DB_ENV), "--db" if args.db else paths.DB_ENV
        )
        if args.command is None:
            return _start_gui(args)
        return _handler(args.handler)(args)
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
