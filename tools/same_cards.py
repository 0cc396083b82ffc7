"""Build bench/build.py's generated deck and dump or compare every column of every card."""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))


def dump(pairs: int, where: Path) -> list[list[object]]:
    """Every column of every `cards` row (and every article's group), of a full build in
    `where` (always the same folder: the cards name their files' paths)."""
    import build as bench  # bench/build.py: the generated corpus

    from flashcards.services.build import build
    from flashcards.store.database import Database

    shutil.rmtree(where, ignore_errors=True)
    where.mkdir(parents=True)
    try:
        root = where
        bench.generate(root / "articles", pairs, bench.SEED)
        db = Database(root / "deck.sqlite")
        try:
            build(
                db,
                [root / "articles"],
                deck="bench",
                source="tr",
                target="is",
                both_directions=True,
            )
        finally:
            db.close()
        with closing(sqlite3.connect(root / "deck.sqlite")) as connection:
            connection.row_factory = None
            columns = [r[1] for r in connection.execute("PRAGMA table_info(cards)")]
            skip = {"id", "created_at", "updated_at", "deck_id"}
            kept = [c for c in columns if c not in skip]
            rows = connection.execute(
                f"SELECT {', '.join(kept)} FROM cards ORDER BY uid"
            ).fetchall()
            groups = connection.execute(
                "SELECT path, group_key FROM articles ORDER BY path"
            ).fetchall()
    finally:
        shutil.rmtree(where, ignore_errors=True)
    return [kept, *[list(r) for r in rows], ["groups"], *[list(g) for g in groups]]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--out", type=Path, required=True, help="write the rows here (JSON)")
    parser.add_argument(
        "--dir", type=Path, default=Path("/tmp/flashcards-same-cards"), help="where to build"
    )
    parser.add_argument("--against", type=Path, help="compare with an earlier --out")
    args = parser.parse_args()
    rows = dump(args.pairs, args.dir)
    args.out.write_text(json.dumps(rows, ensure_ascii=False, default=str), "utf-8")
    print(f"{len(rows)} rows written to {args.out}")
    if args.against is None:
        return 0
    before = json.loads(args.against.read_text("utf-8"))
    after = json.loads(args.out.read_text("utf-8"))
    if before == after:
        print(f"same: every column of every card ({len(after)} rows) as in {args.against}")
        return 0
    shown = 0
    for n, (a, b) in enumerate(zip(before, after, strict=False)):
        if a != b:
            print(f"row {n} differs:\n  before {a}\n  after  {b}")
            shown += 1
            if shown >= 10:
                break
    print(f"DIFFERENT: {len(before)} rows before, {len(after)} after")
    return 1


if __name__ == "__main__":
    sys.exit(main())
