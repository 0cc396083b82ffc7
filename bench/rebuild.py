"""Time 1 %-edit rebuilds in place on a deck `bench/build.py --keep DIR` built and kept.

Each round edits one sentence in `--share` of the files (swapping it back in a file edited
before), rebuilds the deck in this process, and checks the groups; the table gives each
round's wall time and the CPU time of this process (what the machine's load changes least:
a rebuild of a few files parses them in this process); `--profile` runs the last round
under cProfile and prints the top functions.  A 5,000-pair deck takes minutes to build from
nothing: build it once with `bench/build.py --sizes 5000 --keep DIR`, then
`bench/rebuild.py DIR/pairs-5000 --rounds 3` as often as needed.
"""

from __future__ import annotations

import argparse
import cProfile
import math
import os
import pstats
import random
import resource
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

from build import EDIT_SHARE, SEED, Edit, generate  # bench/build.py
from report import machine, table  # bench/report.py


def kept_edits(root: Path, pairs: int) -> list[Edit]:
    """The possible edits of the kept deck's files (generated again into a scratch folder:
    the same seed makes the same files and names)."""
    with tempfile.TemporaryDirectory(prefix="flashcards-rebuild-") as scratch:
        edits = generate(Path(scratch), pairs, SEED)
    folder = root / "articles"
    return [Edit(e.pair, folder / e.path.name, e.old, e.new) for e in edits]


def true_pairs(db_path: Path, edits: list[Edit]) -> int:
    """How many generated pairs the store groups together, with nothing else in their group,
    among the files of the deck's folder (a copy of a kept deck still has the rows of the
    folder it was built in, under the same group keys)."""
    pair_of = {str(edit.path): edit.pair for edit in edits}
    members: dict[str, list[int]] = {}
    with closing(sqlite3.connect(db_path)) as connection:
        for path, key in connection.execute("SELECT path, group_key FROM articles"):
            if path in pair_of:
                members.setdefault(key, []).append(pair_of[path])
    return sum(1 for pids in members.values() if len(pids) == 2 and pids[0] == pids[1])


def edit_round(edits: list[Edit], share: float, seed: int) -> int:
    """One sentence swapped in `share` of the files, whichever way it is now."""
    rng = random.Random(seed)
    chosen = rng.sample(edits, max(1, math.ceil(len(edits) * share)))
    for edit in chosen:
        text = edit.path.read_text("utf-8")
        old, new = (edit.old, edit.new) if edit.old in text else (edit.new, edit.old)
        head, found, tail = text.rpartition(old)
        if not found:
            raise RuntimeError(f"{edit.path}: the sentence to edit is not in the file")
        edit.path.write_bytes((head + new + tail).encode("utf-8"))
    return len(chosen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help="a kept DIR/pairs-N of bench/build.py --keep")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--share", type=float, default=EDIT_SHARE)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--profile", action="store_true", help="profile the last round")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--dump", type=Path, help="write the profile's stats to this file")
    args = parser.parse_args(argv)

    from flashcards.services.build import build
    from flashcards.store.database import Database

    root: Path = args.root.expanduser().resolve()
    pairs = int(root.name.rpartition("-")[2])
    edits = kept_edits(root, pairs)
    db_path = root / "bench.sqlite"
    db = Database(db_path)
    head = ["round", "files edited", "s", "CPU s", "parsed", "groups made", "cards"]
    rows = [[*head, "groups ok", "MiB"]]
    profiler = cProfile.Profile() if args.profile else None
    try:
        for n in range(args.rounds):
            edited = edit_round(edits, args.share, args.seed + n)
            last = n == args.rounds - 1
            start, cpu = time.perf_counter(), time.process_time()
            if profiler is not None and last:
                profiler.enable()
            folder = root / "articles"
            report = build(
                db, [folder], deck="bench", source="tr", target="is", both_directions=True
            )
            if profiler is not None and last:
                profiler.disable()
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu  # this process's own: a loaded machine's waits left out
            ok = report.groups == pairs and true_pairs(db_path, edits) == pairs
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows.append(
                [
                    str(n + 1),
                    str(edited),
                    f"{seconds:.2f}{'*' if profiler is not None and last else ''}",
                    f"{cpu:.2f}",
                    str(report.parsed),
                    str(report.made_groups),
                    f"{report.cards:,}",
                    "yes" if ok else "NO",
                    f"{peak:.0f}",
                ]
            )
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
    finally:
        db.close()
    print(machine())
    print(f"{pairs:,} pairs in {root}; load average {os.getloadavg()[0]:.2f}")
    print(table(rows))
    if profiler is not None:
        print("(* under cProfile)")
        if args.dump is not None:
            profiler.dump_stats(args.dump)
        stats = pstats.Stats(profiler, stream=sys.stdout)
        stats.sort_stats("cumulative").print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
