"""A real process that answers cards as fast as it can and prints each acknowledged answer,
and now and then takes one back ("undoing N" before, "undone N" once it is committed).

Used by test_durability.py, which kills it at random moments.  With SQLITE_AUDIT_LOG set,
every SQLite connection it opens is traced into that file (see sqlite_audit.py).
"""

from __future__ import annotations

import os
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

if os.environ.get("SQLITE_AUDIT_LOG"):
    import sqlite_audit

    sqlite_audit.install(os.environ["SQLITE_AUDIT_LOG"])

from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating


def main() -> None:
    path, seed, start_day = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
    undo_share = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
    rng = random.Random(seed)
    db = Database(path)
    now = datetime(2026, 11, 23, 9, tzinfo=UTC) + timedelta(days=start_day)
    session = StudySession(db, tz=UTC)
    print("ready", flush=True)
    answered = 0
    while limit is None or answered < limit:
        card = session.next_card(now)
        if card is None:
            now += timedelta(days=1)
            continue
        result = session.answer(card.id, rng.choice(list(Rating)), now)
        print(f"ack {result.review_id} {card.id}", flush=True)
        answered += 1
        now += timedelta(seconds=rng.randint(1, 120))
        if rng.random() < undo_share:
            print(f"undoing {result.review_id}", flush=True)
            if session.undo(now) is not None:
                print(f"undone {result.review_id}", flush=True)


if __name__ == "__main__":
    main()
