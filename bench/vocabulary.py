"""Time a full build's grouping and vocabulary counting of generated article pairs, in one process.

Generates `--pairs` pairs (bench/build.py's deck), parses them, then groups them and counts
and learns their vocabulary `--rounds` times each, printing wall and CPU time per round:
what a build from nothing spends on `grouping.group_articles`, `lexicon.count_groups` and
`lexicon.pairs_of`, without the parsing, card making and writing around them.
"""

from __future__ import annotations

import argparse
import itertools
import os
import tempfile
import time
from pathlib import Path

from build import SEED, generate  # bench/build.py
from report import machine, table  # bench/report.py


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args(argv)

    from flashcards.builder import grouping, lexicon, pipeline

    rows = [["round", "grouping s", "CPU s", "counting s", "CPU s", "learning s", "CPU s"]]
    with tempfile.TemporaryDirectory(prefix="flashcards-vocabulary-") as scratch:
        generate(Path(scratch), args.pairs, SEED)
        files, _ = pipeline.collect_files([scratch])
        articles, _, _, _ = pipeline.read_articles(files, {})
        for n in range(args.rounds):
            times = [(time.perf_counter(), time.process_time())]
            groups, _ = grouping.group_articles(articles)
            times.append((time.perf_counter(), time.process_time()))
            counts = lexicon.count_groups(groups, "tr", "is")
            times.append((time.perf_counter(), time.process_time()))
            pairs = lexicon.pairs_of(counts, "tr", "is")
            times.append((time.perf_counter(), time.process_time()))
            row = [str(n + 1)]
            for (wall, cpu), (wall_after, cpu_after) in itertools.pairwise(times):
                row += [f"{wall_after - wall:.2f}", f"{cpu_after - cpu:.2f}"]
            rows.append(row)
    print(machine())
    print(
        f"{args.pairs:,} pairs: {len(groups):,} groups, {len(counts.together):,} pairs of terms"
        f" counted, {len(pairs)} learned; load average {os.getloadavg()[0]:.2f}"
    )
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
