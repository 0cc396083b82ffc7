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
