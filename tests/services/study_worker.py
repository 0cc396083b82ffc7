"""A real process that studies a deck until told to stop, never waiting long for a lock.

Used by test_build_while_studying.py: it studies while another process builds.  Its
connections wait at most WAIT_MS (or the milliseconds of its fourth argument) for another
client's lock (SQLite's busy timeout, PostgreSQL's lock_timeout) instead of the app's 10 s,
so that a longer wait fails the answer.  Prints "ready" once studying; after the file named
by its third argument appears, "done N SLOWEST_MS", or "failed: MESSAGE" at the first error.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from flashcards.errors import StoreError
from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating

WAIT_MS = 100


def _short_waits(wait_ms: int) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if type(dbapi_connection).__module__.startswith("sqlite3"):
            cursor.execute(f"PRAGMA busy_timeout={wait_ms}")
        else:
            cursor.execute(f"SET lock_timeout = {wait_ms}")
            dbapi_connection.commit()
        cursor.close()

    return on_connect


def main() -> None:
    url, deck, stop = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    wait_ms = int(sys.argv[4]) if len(sys.argv) > 4 else WAIT_MS
    db = Database(url)
    event.listen(db.engine, "connect", _short_waits(wait_ms))
    db.engine.dispose()  # every connection from now on waits briefly
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)
    session = StudySession(db, deck, tz=UTC)
    slowest = 0.0
    answered = 0
    print("ready", flush=True)
    try:
        while not stop.exists():
            started = time.perf_counter()
            card = session.next_card(now)
            if card is None:
                now += timedelta(days=1)
                continue
            session.answer(card.id, Rating.GOOD, now)
            slowest = max(slowest, time.perf_counter() - started)
            answered += 1
            now += timedelta(seconds=30)
            time.sleep(0.002)  # a quick learner, not a busy loop
    except StoreError as exc:
        print(f"failed: {exc}", flush=True)
        return
    session.close()
    print(f"done {answered} {slowest * 1000:.1f}", flush=True)


if __name__ == "__main__":
    main()
