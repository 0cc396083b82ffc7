"""`flashcards import tmx|tbx`: translation memories and termbases as cards, with a report."""

from __future__ import annotations

import argparse

from flashcards.cli.commands import EXIT_FAILED, EXIT_OK, close_collection
from flashcards.cli.glossary import render_glossary
from flashcards.services.collection import open_collection


def cmd_import_exchange(args: argparse.Namespace) -> int:
    from flashcards.builder.tmx import ExchangeFormat  # translate-toolkit: loaded when needed
    from flashcards.services.exchange import import_exchange

    db, _ = open_collection(args.db, seed=False)
    try:
        report = import_exchange(
            db,
            args.file,
            ExchangeFormat(args.import_format),
            args.source,
            args.target,
            deck=args.deck,
            both_directions=args.both_directions,
        )
    finally:
        close_collection(db, args)
    print(render_glossary(report))
    return EXIT_OK if report.ok else EXIT_FAILED


def add_parsers(formats: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`import tmx FILE` and `import tbx FILE`: their options."""
    for name, what in (
        ("tmx", "sentence and term cards from a TMX translation memory (OmegaT, Trados …)"),
        ("tbx", "term cards from a TBX termbase"),
    ):
        p = formats.add_parser(name, help=what, description=what)
        p.set_defaults(handler=cmd_import_exchange)
        p.add_argument("file", metavar="FILE", help=f"a .{name} file")
        p.add_argument("--source", metavar="L", required=True, help="question language, e.g. tr")
        p.add_argument("--target", metavar="L", required=True, help="answer language, e.g. is")
        p.add_argument("--deck", metavar="NAME", help="deck name (default: the file's name)")
        p.add_argument(
            "--both-directions", action="store_true", help="also make target → source cards"
        )
