"""Copy a whole collection between databases: SQLite to PostgreSQL and back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select, text

from flashcards.errors import FlashcardsError
from flashcards.store.database import Database
from flashcards.store.models import Base

#: Rows read and written per statement.
BATCH = 2_000

Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class CopyReport:
    """Rows copied per table, in the order they were copied."""

    source: str
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def _tables() -> list[Table]:
    """Every table of the collection, parents before the tables that refer to them."""
    return list(Base.metadata.sorted_tables)


def _key(table: Table) -> list[Any]:
    return list(table.primary_key.columns)


def _batches(connection: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    result = connection.execution_options(stream_results=True, yield_per=BATCH).execute(
        select(table).order_by(*_key(table))
    )
    for part in result.mappings().partitions(BATCH):
        yield [dict(row) for row in part]


def row_counts(db: Database) -> dict[str, int]:
    """How many rows each table of the collection holds."""
    with db.begin() as session:
        return {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in _tables()
        }


def _advance_sequences(connection: Connection, tables: list[Table]) -> None:
    """PostgreSQL hands out ids from sequences: move each past the ids just copied."""
    for table in tables:
        (column,) = _key(table)
        if not (column.autoincrement is True or column.autoincrement == "auto"):
            continue
        if column.type.python_type is not int:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'),"
                f" COALESCE((SELECT max({column.name}) FROM {table.name}), 0) + 1, false)"
            )
        )


def open_source(location: str) -> Database:
    """The collection to copy from, which must exist (a file is never created for it)."""
    db = Database(location, upgrade=False)
    if db.path is not None and not db.path.is_file():
        db.close()
        raise FlashcardsError(f"{db.path}: no such collection")
    if db.current_revision() is None:
        db.close()
        raise FlashcardsError(f"{db.label}: holds no flashcards collection")
    db.upgrade()
    return db


def copy_collection(
    source: Database, target: Database, progress: Progress | None = None
) -> CopyReport:
    """Copy every row of `source` into the empty collection `target`, in one transaction.

    Ids are kept, so review history, undo entries and settings point where they did.  The
    target must hold no decks, cards, reviews or settings: nothing there is overwritten.
    Either everything is copied or, on any error, nothing is.
    """
    if source.url == target.url:
        raise FlashcardsError(f"{target.label}: the source and the target are the same")
    filled = {name: n for name, n in row_counts(target).items() if n}
    if filled:
        what = ", ".join(f"{n} {name}" for name, n in filled.items())
        raise FlashcardsError(
            f"{target.label}: not empty ({what}); copy into a new database or file"
        )
    tables = _tables()
    rows: dict[str, int] = {}
    with source.begin() as reading, target.begin() as writing:
        read, write = reading.connection(), writing.connection()
        for table in tables:
            copied = 0
            for batch in _batches(read, table):
                write.execute(insert(table), batch)
                copied += len(batch)
                if progress is not None:
                    progress(table.name, copied)
            rows[table.name] = copied
        if target.is_postgresql:
            _advance_sequences(write, tables)
            write.execute(text("ANALYZE"))  # the planner's statistics of the new rows
    report = CopyReport(source.label, target.label, rows)
    found = row_counts(target)
    if found != rows:
        raise FlashcardsError(f"{target.label}: copied {rows} but found {found}")
    return report
