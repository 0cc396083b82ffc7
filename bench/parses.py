"""Time the build cache's parses: making and writing them after a full build, and reading them.

The articles are bench/build.py's generated Turkish/Icelandic pairs, read once by this
checkout (`pipeline.read_articles`) and kept as a pickle beside them
(`DIR/pairs-N/parses-input.pickle`), their analyses shared one object per text as a build
holds them.  Each round, in a fresh process: a new collection, the articles' cache rows
written without their parses (as the build's transaction writes them, untimed), then the
parses made and written as `services.build` does after the cards (`builds.ParsesAhead`,
`write_parses` a transaction a batch): its wall and CPU time (`time.process_time`, the
making thread's and SQLite's own included) are the figures, with the collection's size
after.  Then the parses read back: all of them with every analysis (`cached_articles`, as a
build without briefs), and one in a hundred (a 1 %-edit rebuild's), CPU.  With `--before
DIR` (e.g. `git archive main flashcards | tar -x -C DIR`), the code in DIR is timed too,
alternately with this checkout's, round by round; the table gives the ratios, and a digest
of every article read back, the same for both trees when the parses read the same.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import machine, table  # bench/report.py

ROOT = Path(__file__).resolve().parents[1]


def prepare(folder: Path, target: Path) -> None:
    """Read the articles of `folder` with this checkout's code and keep them in `target`."""
    from flashcards import collector
    from flashcards.builder import pipeline

    files, _ = pipeline.collect_files([folder])
    with collector.paused():
        articles, _, _, _ = pipeline.read_articles(files, {})
        target.write_bytes(pickle.dumps(articles, protocol=pickle.HIGHEST_PROTOCOL))


def _digest(articles: list[Any]) -> str:
    """A digest of every field of every article, its analyses in order included."""
    digest = hashlib.blake2b(digest_size=8)
    for article in articles:
        data = article.to_dict()
        data["analyses"] = [[text, a.to_dict()] for text, a in article.analyses.items()]
        digest.update(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    return digest.hexdigest()


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def child(source: Path, where: Path) -> dict[str, Any]:
    """Write and read the parses of the articles kept in `source` here (the code on
    PYTHONPATH), in a new collection at `where`."""
    from flashcards import collector
    from flashcards.store import builds
    from flashcards.store.database import Database
    from flashcards.types import Group

    with collector.paused():
        articles = pickle.loads(source.read_bytes())
    groups = [Group(a.path, {a.lang: a}) for a in articles]
    db = Database(where)
    writes = builds.plan_articles({}, groups)
    with db.begin() as session:
        builds.write_articles(session, writes)
    empty = _size(where)
    with collector.paused():
        wall, cpu = time.perf_counter(), time.process_time()
        with builds.ParsesAhead(writes) as ahead:
            for batch in ahead:
                with db.begin() as session:
                    builds.write_parses(session, batch)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    db.close()
    size = _size(where)
    db = Database(where)
    hashes = sorted(a.content_hash for a in articles)
    some = hashes[::100]
    found = {}
    read_all = read_some = 0.0
    with collector.paused(), db.read() as session:
        start = time.process_time()
        some_found = builds.cached_articles(session, some)
        for article in some_found.values():
            len(dict(article.analyses))
        read_some = time.process_time() - start
        start = time.process_time()
        found = builds.cached_articles(session, hashes)
        for article in found.values():
            len(dict(article.analyses))
        read_all = time.process_time() - start
    db.close()
    back = [found[a.content_hash] for a in articles]
    return {
        "articles": len(articles),
        "write_wall_s": wall,
        "write_cpu_s": cpu,
        "parses_mb": (size - empty) / 1e6,
        "size_mb": size / 1e6,
        "read_all_s": read_all,
        "read_some_s": read_some,
        "digest": _digest(back),
    }


def run(tree: Path, source: Path) -> dict[str, Any]:
    """`child` in a fresh process with `tree` (holding flashcards/) first on the path."""
    with tempfile.TemporaryDirectory(prefix="parses-bench-") as scratch:
        command = [sys.executable, str(Path(__file__).resolve()), "--child", str(source)]
        command += ["--db", str(Path(scratch) / "bench.sqlite")]
        env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
        done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the parses with {tree} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def kept_input(pairs: int, where: Path | None, target: Path | None) -> Path:
    """The pickle of `pairs` generated pairs' articles (`target`, else in `where`/pairs-N),
    their files in `where`/pairs-N (kept by bench/build.py --keep, or generated there), made
    first if missing."""
    import build as bench  # bench/build.py: the generated corpus

    root = Path(tempfile.mkdtemp(prefix="parses-bench-")) if where is None else where
    folder = root / f"pairs-{pairs}" / "articles"
    target = target or root / f"pairs-{pairs}" / "parses-input.pickle"
    if target.is_file():
        return target
    if not folder.is_dir() or len(list(folder.iterdir())) != 2 * pairs:
        bench.generate(folder, pairs, bench.SEED)
    started = time.perf_counter()
    prepare(folder, target)
    print(f"read {folder} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1_000, help="article pairs (2 files each)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each code (median)")
    parser.add_argument("--before", type=Path, help="a tree holding the code to compare with")
    parser.add_argument("--dir", type=Path, help="where the articles are (or are generated)")
    parser.add_argument(
        "--input", type=Path, help="where the read articles are kept (made if missing)"
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.db)))
        return 0
    source = kept_input(args.pairs, args.dir, args.input)
    trees = [("this checkout", ROOT)]
    if args.before is not None:
        trees.insert(0, ("before", args.before.resolve()))
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
    load = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, tree in trees:
            results[name].append(run(tree, source))
    header = ["code", "articles", "write CPU s", "ratio", "write wall s", "ratio"]
    header += ["parses MB", "collection MB", "read all CPU s", "ratio", "read 1 % CPU s"]
    header += ["ratio", "digest"]
    rows = [header]
    base: dict[str, float] = {}
    for name, tree in trees:
        runs = results[name]
        med = {k: statistics.median(r[k] for r in runs) for k in runs[0] if k.endswith("_s")}
        base = base or med
        rows.append(
            [
                f"{name} ({tree})",
                f"{runs[0]['articles']:,}",
                f"{med['write_cpu_s']:.2f}",
                f"{med['write_cpu_s'] / base['write_cpu_s']:.2f}×",
                f"{med['write_wall_s']:.2f}",
                f"{med['write_wall_s'] / base['write_wall_s']:.2f}×",
                f"{runs[0]['parses_mb']:.1f}",
                f"{runs[0]['size_mb']:.1f}",
                f"{med['read_all_s']:.2f}",
                f"{med['read_all_s'] / base['read_all_s']:.2f}×",
                f"{med['read_some_s']:.3f}",
                f"{med['read_some_s'] / base['read_some_s']:.2f}×",
                ",".join(sorted({r["digest"] for r in runs})),
            ]
        )
    print(machine())
    print(
        f"load average: {load:.2f} before, {os.getloadavg()[0]:.2f} after; {args.rounds} rounds, "
        "alternating; figures: medians of the rounds"
    )
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
