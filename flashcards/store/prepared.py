"""Core statements compiled once per dialect and run on the driver's own connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import ColumnElement, Connection
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable
from sqlalchemy.types import TypeEngine

from flashcards.store.models import UTCDateTime

Processor = Callable[[Any], Any]


#: The text of times read and written lately: an answer writes the same few times (now, due
#: dates at the start of a day) and compares the ones it read, and `isoformat` takes ten
#: times a lookup.
_TEXTS: dict[datetime, str] = {}
_KEPT_TEXTS = 1024


def _sqlite_utc(value: str) -> datetime:
    try:  # SQLAlchemy's naive UTC text: read with its zone (a third of the time of replace)
        moment = datetime.fromisoformat(value + "+00:00")
    except ValueError:  # text with a zone of its own, or a date alone
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    if len(value) == 26 and value[4] + value[7] + value[10] + value[19] == "-- .":
        # the text `_sqlite_utc_text` makes of it: an answer compares and writes it again
        if len(_TEXTS) >= _KEPT_TEXTS:
            _TEXTS.clear()
        _TEXTS[moment] = value
    return moment


def _sqlite_utc_text(value: datetime) -> str:
    text = _TEXTS.get(value)
    if text is not None:
        return text
    zone = value.tzinfo
    if zone is UTC:  # the text of any other zone's, less its "+00:00"
        text = value.isoformat(" ", "microseconds")[:-6]
    elif zone is None:
        raise ValueError("naive datetime given to a UTC column")
    else:
        text = value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    if len(_TEXTS) >= _KEPT_TEXTS:
        _TEXTS.clear()
    _TEXTS[value] = text
    return text


def _bind_processor(type_: TypeEngine[Any], dialect: Dialect) -> Processor | None:
    """How a parameter's value is converted for the driver.  A UTC time on SQLite becomes
    the text SQLAlchemy's chain makes of it (the column's UTC conversion, then SQLite's
    DATETIME storage format), in one call instead of three."""
    if dialect.name == "sqlite" and isinstance(type_, UTCDateTime):
        return _sqlite_utc_text
    processor: Processor | None = type_.dialect_impl(dialect).bind_processor(dialect)
    return processor


class Prepared:
    """One statement of the study path, compiled for one dialect when first used.

    SQLAlchemy's own execution rebuilds an execution context, a result object and the
    parameters on every call (about 40 µs a statement, more than SQLite takes to run it);
    the study path runs a handful of fixed statements a thousand times a session.  Here
    the SQL text, the order of the parameters and each parameter's and column's type
    conversions are worked out once, by SQLAlchemy, and each call only converts the values
    and hands them to the driver's cursor.  Every parameter must be a named `bindparam`
    given at each call.
    """

    def __init__(self, statement: Executable, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)  # type: ignore[attr-defined]
        self.sql = str(compiled)
        binds = {name: bind for bind, name in compiled.bind_names.items()}
        self._positional = compiled.positiontup is not None
        names = list(compiled.positiontup) if self._positional else list(binds)
        self._binds: list[tuple[str, Processor | None]] = [
            (name, _bind_processor(binds[name].type, dialect)) for name in names
        ]
        self._names = tuple(names)
        #: Whether the driver takes the parameters in a list (else a dict by name).
        self.positional = self._positional
        #: The parameters that need converting, by position: only those are visited.
        self._bind_converting = [(i, p) for i, (_, p) in enumerate(self._binds) if p is not None]
        # A parameter given its value in the statement (bindparam("x", 2)) may be left out.
        self._defaults = {name: bind.value for name, bind in binds.items() if not bind.required}
        found: Any = getattr(statement, "selected_columns", None)
        self._columns: list[ColumnElement[Any]] = list(
            found or getattr(statement, "_returning", ())
        )
        self._dialect = dialect
        # Made at the first row: a driver's conversions depend on the type codes it reports.
        self._results: list[Processor | None] | None = None
        self._converting: list[tuple[int, Processor]] = []

    @property
    def binds(self) -> list[tuple[str, Processor | None]]:
        """Each parameter's name and conversion (None: none), in the driver's order."""
        return self._binds

    def parameters(self, values: Mapping[str, Any]) -> list[Any] | dict[str, Any]:
        """`values` (by parameter name) converted for the driver, in its order."""
        return self._parameters(values)

    def set(self, parameters: list[Any] | dict[str, Any], name: str, value: Any) -> None:
        """Change one value of converted `parameters` (one that needs no conversion)."""
        if isinstance(parameters, dict):
            parameters[name] = value
        else:
            parameters[[n for n, _ in self._binds].index(name)] = value

    def many(self, cursor: Any, parameters: Sequence[list[Any] | dict[str, Any]]) -> None:
        """Execute it once for each of `parameters`, converted already."""
        if parameters:
            cursor.executemany(self.sql, parameters)

    def _parameters(self, values: Mapping[str, Any]) -> list[Any] | dict[str, Any]:
        try:
            converted = [values[name] for name in self._names]
        except KeyError:  # one left to its default (or missing: KeyError names it)
            defaults = self._defaults
            converted = [values[n] if n in values else defaults[n] for n in self._names]
        for index, processor in self._bind_converting:
            value = converted[index]
            if value is not None:
                converted[index] = processor(value)
        if self._positional:
            return converted
        return dict(zip(self._names, converted, strict=True))

    def _processor(self, column: ColumnElement[Any], type_code: Any) -> Processor | None:
        dialect = self._dialect
        if dialect.name == "sqlite" and isinstance(column.type, UTCDateTime):
            # What SQLAlchemy's chain for it does (its SQLite DATETIME reads the text with
            # `fromisoformat`, the column makes it UTC), in one call instead of three.
            return _sqlite_utc
        processor: Processor | None = column.type.dialect_impl(dialect).result_processor(
            dialect, type_code
        )
        return processor

    def _row(self, row: Sequence[Any], description: Sequence[Any]) -> tuple[Any, ...]:
        if self._results is None:
            self._results = [
                self._processor(column, described[1])
                for column, described in zip(self._columns, description, strict=True)
            ]
            # Only the columns that need converting are visited for each row.
            self._converting = [(i, p) for i, p in enumerate(self._results) if p is not None]
        if not self._converting:
            return tuple(row)
        values = list(row)
        for index, processor in self._converting:
            value = values[index]
            if value is not None:
                values[index] = processor(value)
        return tuple(values)

    def run(self, cursor: Any, values: Mapping[str, Any]) -> int:
        """Execute it; the number of rows it changed."""
        cursor.execute(self.sql, self._parameters(values))
        return int(cursor.rowcount)

    def one(self, cursor: Any, values: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Execute it; its first row (converted to Python values), or None."""
        cursor.execute(self.sql, self._parameters(values))
        row = cursor.fetchone()
        return None if row is None else self._row(row, cursor.description)

    def all(self, cursor: Any, values: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Execute it; all its rows (converted to Python values)."""
        cursor.execute(self.sql, self._parameters(values))
        return [self._row(row, cursor.description) for row in cursor.fetchall()]


class Executor(Protocol):
    """Runs the study path's statements: a driver cursor in a transaction, or SQLAlchemy."""

    def one(self, statement: Executable, values: Mapping[str, Any]) -> Sequence[Any] | None: ...

    def all(self, statement: Executable, values: Mapping[str, Any]) -> list[Sequence[Any]]: ...

    def run(self, statement: Executable, values: Mapping[str, Any]) -> int: ...


class OnCursor:
    """An `Executor` on a driver cursor inside a transaction, with statements prepared once
    (kept in `prepared`, one per statement, for the cursor's dialect)."""

    def __init__(self, cursor: Any, dialect: Dialect, prepared: dict[int, Prepared]) -> None:
        self._cursor = cursor
        self._dialect = dialect
        self._prepared = prepared

    def _get(self, statement: Executable) -> Prepared:
        found = self._prepared.get(id(statement))
        if found is None:
            found = self._prepared[id(statement)] = Prepared(statement, self._dialect)
        return found

    def one(self, statement: Executable, values: Mapping[str, Any]) -> Sequence[Any] | None:
        return self._get(statement).one(self._cursor, values)

    def all(self, statement: Executable, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        return list(self._get(statement).all(self._cursor, values))

    def run(self, statement: Executable, values: Mapping[str, Any]) -> int:
        return self._get(statement).run(self._cursor, values)


class OnSqlAlchemy:
    """An `Executor` on an ORM session or a Core connection (the same statements, run the
    usual way: for the callers outside the study path)."""

    def __init__(self, runner: Session | Connection) -> None:
        self._runner = runner

    def one(self, statement: Executable, values: Mapping[str, Any]) -> Sequence[Any] | None:
        return self._runner.execute(statement, dict(values)).first()

    def all(self, statement: Executable, values: Mapping[str, Any]) -> list[Sequence[Any]]:
        return list(self._runner.execute(statement, dict(values)).all())

    def run(self, statement: Executable, values: Mapping[str, Any]) -> int:
        result = self._runner.execute(statement, dict(values))
        return int(result.rowcount)  # type: ignore[attr-defined]


#: Statements prepared for `in_transaction`, per dialect and driver (one compile each).
_SHARED: dict[tuple[str, str], dict[int, Prepared]] = {}


#: The study path's statements, compiled when a collection opens (`warm`).
_STUDY_PATH: list[Executable] = []


def study_path(*statements: Executable) -> None:
    """Mark `statements` as the study path's: compiled when a collection opens, so the
    first queue, card and answer do not wait for SQLAlchemy's compiler."""
    _STUDY_PATH.extend(statements)


def warm(dialect: Dialect) -> None:
    """Compile the study path's statements for `dialect` (once a process)."""
    prepared = shared(dialect)
    for statement in _STUDY_PATH:
        if id(statement) not in prepared:
            prepared[id(statement)] = Prepared(statement, dialect)


def shared(dialect: Dialect) -> dict[int, Prepared]:
    """The statements prepared for `dialect` (and its driver) so far, kept for the process:
    each is compiled once, whichever connection or session runs it."""
    return _SHARED.setdefault((dialect.name, dialect.driver), {})


@contextmanager
def in_transaction(runner: Session | Connection | OnCursor) -> Iterator[OnCursor]:
    """An `Executor` on the driver cursor of `runner`'s connection, inside the transaction
    `runner` has begun (or begins now): the study path's prepared statements for callers
    that hold an ORM session or a Core connection, with its locking and its commit (an
    `OnCursor` already is one)."""
    if isinstance(runner, OnCursor):
        yield runner
        return
    connection = runner.connection() if isinstance(runner, Session) else runner
    dialect = connection.dialect
    prepared = shared(dialect)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        yield OnCursor(cursor, dialect, prepared)
    finally:
        cursor.close()
