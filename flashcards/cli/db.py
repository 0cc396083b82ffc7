"""`flashcards db copy`: move a collection between SQLite files and PostgreSQL servers."""

from __future__ import annotations

import argparse

from flashcards import paths
from flashcards.store.database import Database
from flashcards.store.dbcopy import copy_collection, open_source

EXIT_OK = 0


def cmd_db_copy(args: argparse.Namespace) -> int:
    source = open_source(args.source or paths.default_database())
    try:
        target = Database(args.target)
        try:
            report = copy_collection(source, target)
        finally:
            target.close()
    finally:
        source.close()
    parts = ", ".join(f"{name} {n}" for name, n in report.rows.items())
    print(f"Copied {report.total} rows from {report.source} to {report.target} ({parts})")
    return EXIT_OK
