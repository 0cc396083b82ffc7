"""Time reading article files in one process, as a build's parse worker reads them: CPU ms per file.

The files are bench/build.py's generated Turkish/Icelandic pairs (the same for the same
size). Each round reads all of them in a fresh process (`_parse_in_worker`, each file in
turn, every cache of the worker warming up as in a build); the first file's CPU time, with
what the build's forkserver loads for the workers before forking them (`text.warm`), is the
analysers' start (loading their lexicons), the others' mean is the CPU per file. With
`--before DIR` (e.g. `git archive main flashcards | tar -x -C DIR`), the code in DIR is
timed too, alternately with this checkout's, round by round, and the table gives the ratios.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from report import machine, table  # bench/report.py

ROOT = Path(__file__).resolve().parents[1]


def child(folder: Path, profile: bool) -> dict[str, float]:
    """Read every file of `folder` here; CPU seconds of the first, and of the others."""
    from flashcards.builder import pipeline  # the code on PYTHONPATH

    items = [(str(p), p.read_bytes()) for p in sorted(folder.iterdir()) if p.is_file()]
    start = time.process_time()
    try:  # what a build's forkserver loads before forking the workers, where it does
        from flashcards.text import warm
    except ImportError:
        pass
    else:
        for name in warm.modules(items):
            importlib.import_module(name)
    pipeline._parse_in_worker(items[0])
    first = time.process_time() - start
    profiler = cProfile.Profile() if profile else None
    wall = time.perf_counter()
    start = time.process_time()
    if profiler is not None:
        profiler.enable()
    for item in items[1:]:
        pipeline._parse_in_worker(item)
    if profiler is not None:
        profiler.disable()
    rest = time.process_time() - start
    wall = time.perf_counter() - wall
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(30)
        stats.sort_stats("cumulative").print_stats(40)
    return {"files": len(items), "first_s": first, "rest_s": rest, "wall_s": wall}


def pooled(folder: Path, files: int) -> dict[str, float]:
    """Read the first `files` files of `folder` as a build does (`pipeline.read_articles`:
    its parse workers, their forkserver); wall s, and CPU s of this process and of the
    others (the forkserver and the workers, once they have ended)."""
    import resource
    from multiprocessing import forkserver

    from flashcards.builder import pipeline  # the code on PYTHONPATH

    paths = sorted(p for p in folder.iterdir() if p.is_file())[:files]
    items = [pipeline.SourceFile(str(p), p.read_bytes()) for p in paths]
    wall = time.perf_counter()
    start = time.process_time()
    pipeline.read_articles(items, {}, memos={})
    own = time.process_time() - start
    wall = time.perf_counter() - wall
    forkserver._forkserver._stop()  # type: ignore[attr-defined]  # reaped: its CPU is counted
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "files": len(items),
        "wall_s": wall,
        "own_s": own,
        "others_s": usage.ru_utime + usage.ru_stime,
    }


def run(
    tree: Path, folder: Path, profile: bool = False, pool: int | None = None
) -> dict[str, float]:
    """`child` (or `pooled`) in a fresh process with `tree` (holding flashcards/) first on
    the path."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder)]
    if profile:
        command.append("--profile")
    if pool is not None:
        command += ["--pool", str(pool)]
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"reading with {tree} failed:\n{done.stderr}")
    if profile:
        print(done.stderr)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def articles(pairs: int, where: Path | None) -> Path:
    """The generated articles of `pairs` pairs: `where`/pairs-N/articles (kept by
    bench/build.py --keep, or generated there), or a fresh temporary folder."""
    import build as bench  # bench/build.py: the generated corpus

    root = Path(tempfile.mkdtemp(prefix="parse-bench-")) if where is None else where
    folder = root / f"pairs-{pairs}" / "articles"
    if not folder.is_dir() or len(list(folder.iterdir())) != 2 * pairs:
        bench.generate(folder, pairs, bench.SEED)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=1_000, help="article pairs (2 files each)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each code (median)")
    parser.add_argument("--before", type=Path, help="a tree holding the code to compare with")
    parser.add_argument("--dir", type=Path, help="where the articles are (or are generated)")
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout's run")
    parser.add_argument(
        "--pool",
        type=int,
        metavar="FILES",
        help="instead: the first FILES files read as a build reads them, by its parse "
        "workers (wall s, CPU s of the build's process and of the workers with their "
        "forkserver: their start included)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        if args.pool is None:
            print(json.dumps(child(args.child, args.profile)))
        else:
            print(json.dumps(pooled(args.child, args.pool)))
        return 0
    folder = articles(args.pairs, args.dir)
    trees = [("this checkout", ROOT)]
    if args.before is not None:
        trees.insert(0, ("before", args.before.resolve()))
    if args.profile:
        run(ROOT, folder, profile=True)
    results: dict[str, list[dict[str, float]]] = {name: [] for name, _ in trees}
    load = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, tree in trees:
            results[name].append(run(tree, folder, pool=args.pool))
    if args.pool is not None:
        print(machine())
        print(
            f"load average: {load:.2f} before, {os.getloadavg()[0]:.2f} after; "
            f"{args.rounds} rounds, alternating; medians"
        )
        print(table(_pool_rows(trees, results)))
        return 0
    rows = [
        [
            "code",
            "files",
            "start s (CPU)",
            "ms per file (CPU)",
            "ratio",
            "min ms",
            "ratio",
            "wall s",
        ]
    ]
    base: tuple[float, float] | None = None
    for name, tree in trees:
        runs = results[name]
        each = [1000 * r["rest_s"] / (r["files"] - 1) for r in runs]
        per_file, least = statistics.median(each), min(each)
        base = (per_file, least) if base is None else base
        rows.append(
            [
                f"{name} ({tree})",
                f"{int(runs[0]['files']):,}",
                f"{statistics.median(r['first_s'] for r in runs):.2f}",
                f"{per_file:.2f}",
                f"{per_file / base[0]:.2f}×",
                f"{least:.2f}",
                f"{least / base[1]:.2f}×",
                f"{statistics.median(r['wall_s'] for r in runs):.1f}",
            ]
        )
    print(machine())
    print(
        f"load average: {load:.2f} before, {os.getloadavg()[0]:.2f} after; {args.rounds} rounds, "
        "alternating; ms per file: median and least of the rounds"
    )
    print(table(rows))
    return 0


def _pool_rows(
    trees: list[tuple[str, Path]], results: dict[str, list[dict[str, float]]]
) -> list[list[str]]:
    rows = [["code", "files", "wall s", "ratio", "build's CPU s", "workers' CPU s", "ratio"]]
    base: tuple[float, float] | None = None
    for name, tree in trees:
        runs = results[name]
        wall = statistics.median(r["wall_s"] for r in runs)
        others = statistics.median(r["others_s"] for r in runs)
        base = (wall, others) if base is None else base
        rows.append(
            [
                f"{name} ({tree})",
                f"{int(runs[0]['files']):,}",
                f"{wall:.2f}",
                f"{wall / base[0]:.2f}×",
                f"{statistics.median(r['own_s'] for r in runs):.2f}",
                f"{others:.2f}",
                f"{others / base[1]:.2f}×",
            ]
        )
    return rows


if __name__ == "__main__":
    raise SystemExit(main())
