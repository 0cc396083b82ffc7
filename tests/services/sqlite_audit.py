"""Record what every SQLite connection of a process runs, for the durability tests.

`install(log)` wraps `sqlite3.connect`: each connection the process opens (the app's
engine, a backup's raw connections, anything) gets a trace callback that appends its
pragmas and its first write to `log`, one flushed line each, so it survives a SIGKILL.
`writers_without_durability(log)` then names every connection that wrote without
`journal_mode=WAL` and `synchronous=FULL` set first.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sqlite3
import sqlite3.dbapi2
from pathlib import Path
from typing import Any

_PRAGMA = re.compile(r"^\s*PRAGMA\s+(journal_mode|synchronous)\s*=\s*(\w+)", re.I)
_WRITE = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)
_ids = itertools.count(1)
_originals: list[Any] = []


def install(log: str | Path) -> None:
    """Trace every SQLite connection opened from now on into `log` (this process only).

    `sqlite3.connect` is wrapped (and `sqlite3.dbapi2.connect`, which SQLAlchemy looks up
    at each connect): the app's engine, backups and read-only openings all go through it.
    """
    out = open(log, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 (lives with the process)
    pid = os.getpid()
    original = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        connection = original(database, *args, **kwargs)
        ident = f"{pid}-{next(_ids)}"
        seen = {"write": False}

        def trace(statement: str) -> None:
            pragma = _PRAGMA.match(statement)
            if pragma:
                _line(out, ident, str(database), pragma.group(1).lower(), pragma.group(2).lower())
            elif not seen["write"] and _WRITE.match(statement):
                seen["write"] = True
                _line(out, ident, str(database), "write", statement.split()[0].upper())

        connection.set_trace_callback(trace)
        _line(out, ident, str(database), "open", "")
        return connection

    _originals.append(original)
    sqlite3.connect = connect  # type: ignore[assignment]
    sqlite3.dbapi2.connect = connect  # type: ignore[assignment]  # what SQLAlchemy imports


def uninstall() -> None:
    """Stop tracing: `sqlite3.connect` is itself again."""
    if _originals:
        sqlite3.connect = sqlite3.dbapi2.connect = _originals[0]
        _originals.clear()


def _line(out: Any, ident: str, database: str, what: str, value: str) -> None:
    out.write(json.dumps([ident, database, what, value]) + "\n")


def connections(log: str | Path) -> dict[str, dict[str, str]]:
    """Per connection: its database and, in order seen, journal_mode, synchronous, write."""
    found: dict[str, dict[str, str]] = {}
    for line in Path(log).read_text("utf-8").splitlines():
        try:
            ident, database, what, value = json.loads(line)
        except ValueError:
            continue  # a line cut by a kill
        record = found.setdefault(ident, {"database": database})
        if what == "write":
            record.setdefault("write", value)
            record.setdefault("durable_at_write", _durable(record))
        elif what != "open":
            record[what] = value
    return found


def _durable(record: dict[str, str]) -> str:
    return str(record.get("journal_mode") == "wal" and record.get("synchronous") == "full")


def writers_without_durability(log: str | Path, collection: Path) -> list[dict[str, str]]:
    """The connections to `collection` that wrote before WAL and synchronous=FULL were set."""
    name = str(collection)
    return [
        record
        for record in connections(log).values()
        if name in record["database"]
        and "write" in record
        and record.get("durable_at_write") != "True"
    ]
