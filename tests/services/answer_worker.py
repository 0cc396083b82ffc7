"""A real process that answers cards as fast as it can and prints each acknowledged answer.

Used by test_durability.py, which kills it at random moments.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta

from flashcards.services.study import StudySession
from flashcards.store.database import Database
from flashcards.types import Rating


def main() -> None:
    path, seed, start_day = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    limit = int(sys.argv[4]) if len(sys.argv) > 4 else None
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


if __name__ == "__main__":
    main()
