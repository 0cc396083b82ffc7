"""How long `flashcards import anki` takes for a large studied collection, and again.

An Anki collection of N notes, each card with R reviews a few days apart, is made with
Anki's own library (notes through its API; the review log written through its database
interface, as answering 500,000 times through the scheduler would take an hour) and
exported as an .apkg.  Each size is imported into a new collection (read, merge, replay
through FSRS, write), then imported again (which finds every review already there).

    python bench/anki_import.py [--sizes 1000,10000,50000] [--reviews 10] [--engine sqlite]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from report import machine, sizes, table  # noqa: E402

from flashcards.services.anki_import import import_anki  # noqa: E402
from flashcards.services.anki_package import read_package  # noqa: E402
from flashcards.store.database import Database  # noqa: E402

T = TypeVar("T")
START = datetime(2024, 1, 1, 8, tzinfo=UTC)
DAY_MS = 86_400_000


def make_package(folder: Path, notes: int, reviews: int) -> Path:
    """A studied Anki collection of `notes` Basic notes, exported with scheduling."""
    from anki.collection import AddNoteRequest, Collection, ExportAnkiPackageOptions

    col = Collection(str(folder / "collection.anki2"))
    try:
        notetype = col.models.by_name("Basic")
        deck = col.decks.id("Bench::Words")
        requests = []
        for n in range(notes):
            note = col.new_note(notetype)
            note["Front"], note["Back"] = f"kelime {n}", f"orð {n}"
            requests.append(AddNoteRequest(note=note, deck_id=deck))
        col.add_notes(requests)
        start = int(START.timestamp() * 1000)
        rows = []
        for k, card_id in enumerate(col.find_cards("")):
            for r in range(reviews):
                at = start + k * 7 + r * r * DAY_MS  # widening gaps, as a learner's reviews
                ease = 1 if r == 3 else 3
                kind = 0 if r < 2 else 1
                rows.append([at, card_id, -1, ease, r, max(r - 1, 0), 2500, 4000, kind])
        col.db.executemany(
            "insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
            " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        out = folder / "bench.apkg"
        options = ExportAnkiPackageOptions(
            with_scheduling=True, with_deck_configs=False, with_media=False, legacy=False
        )
        col.export_anki_package(out_path=str(out), options=options, limit=None)
        return out
    finally:
        col.close()


def timed(function: Callable[..., T], *args: Any) -> tuple[float, T]:
    """Seconds `function(*args)` took, and what it returned."""
    began = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - began, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=sizes(10, "notes"), default=[1000, 10000, 50000])
    parser.add_argument("--reviews", type=int, default=10, help="reviews per card")
    args = parser.parse_args()
    print(machine())
    print(f"each card has {args.reviews} reviews; times in seconds")
    rows = [["notes", "reviews", "read package", "import", "per 1k reviews", "again", "ratio"]]
    for notes in args.sizes:
        with tempfile.TemporaryDirectory(prefix="bench-anki-") as scratch:
            folder = Path(scratch)
            (folder / "anki").mkdir()
            package = make_package(folder / "anki", notes, args.reviews)
            read, _ = timed(read_package, package)
            db = Database(folder / "collection.sqlite")
            try:
                first, report = timed(import_anki, db, package)
                again, second = timed(import_anki, db, package)
            finally:
                db.close()
            total = notes * args.reviews
            assert report.reviews_added == total and second.reviews_added == 0
            rows.append(
                [
                    f"{notes:,}",
                    f"{total:,}",
                    f"{read:.1f}",
                    f"{first:.1f}",
                    f"{first / total * 1000:.2f}",
                    f"{again:.1f}",
                    f"{first / again:.1f}×",
                ]
            )
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
