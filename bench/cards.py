"""Time making the cards of a deck's groups in one process, as a build's card worker makes them.

The groups are bench/build.py's generated Turkish/Icelandic pairs, read and grouped once
(`pipeline.plan_build` without the cards) and kept as a pickle beside the articles
(`DIR/pairs-N/cards-pieces-DIGEST.pickle`, made by each tree's own code and named by a
digest of it), with the vocabulary and the links of every group.  Each round loads them in
a fresh process and makes the cards of every group (or the first `--groups`) as
`deck._make_in_worker` does: `_group_cards` of pieces of 64 groups, each
card's content hash, the terms' memos let go of after each piece; the CPU time of that
(`time.process_time`) is the figure, after one group made untimed (wordfreq's lists and
the like loaded: a worker's start).  With `--before DIR` (e.g. `git archive main
flashcards | tar -x -C DIR`), the code in DIR is timed too, alternately with this
checkout's, round by round; the table gives the ratios and a digest of every field of
every card made, the same for both trees when the cards are.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from report import machine, table  # bench/report.py

ROOT = Path(__file__).resolve().parents[1]
#: Groups per piece of work, as `deck._CHUNK_GROUPS` sends them to a card worker.
PIECE = 64
DECK = "bench"
DIRECTIONS = (("tr", "is"), ("is", "tr"))


def prepare(folder: Path, target: Path) -> None:
    """Read and group the articles of `folder` with the code on the path, and keep what
    making their cards takes in `target` (pickled as a build sends it to its workers)."""
    from flashcards import collector
    from flashcards.builder import deck, pipeline, workers

    files, _ = pipeline.collect_files([folder])
    with collector.paused():
        plan = pipeline.plan_build(files, DECK, DIRECTIONS, make_cards=False)
        making = deck._Making(DECK, DIRECTIONS, deck.ALL_KINDS, plan.lexicons)
        by_key = {
            (a.translation_key, a.lang): a
            for g in plan.groups
            for a in g.members.values()
            if a.translation_key
        }
        groups = [
            (deck._sendable(g), deck._sendable_links(deck._links(g, making, by_key)))
            for g in plan.groups
        ]
        # Each piece pickled on its own, as a build sends it: its articles share their
        # analyses (one object per text), those of different pieces do not.
        pieces = [workers.dumps(groups[i : i + PIECE]) for i in range(0, len(groups), PIECE)]
        data = workers.dumps({"lexicons": dict(plan.lexicons), "pieces": pieces})
    target.write_bytes(data)


def _digest(cards: list[Any]) -> str:
    """A digest of every field of every card, in order."""
    digest = hashlib.blake2b(digest_size=8)
    for card in cards:
        fields = [card.uid, card.note_key, card.kind.value, card.source_lang, card.target_lang]
        fields += [card.front, card.back, card.extra, card.group_key, list(card.source_files)]
        fields += [list(card.alternatives), card.answer_lemma, card.content_hash]
        digest.update(json.dumps(fields, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()


def child(source: Path, limit: int | None, profile: bool) -> dict[str, Any]:
    """Make the cards of the groups kept in `source` here (the code on PYTHONPATH)."""
    from flashcards import collector
    from flashcards.builder import deck, workers
    from flashcards.builder import terms as t

    with collector.paused():
        kept = workers.loads(source.read_bytes())
        pieces: list[list[Any]] = [workers.loads(piece) for piece in kept["pieces"]]
    if limit is not None:
        pieces = [piece[: max(0, limit - PIECE * n)] for n, piece in enumerate(pieces)]
        pieces = [piece for piece in pieces if piece]
    groups = [group for piece in pieces for group in piece]
    making = deck._Making(DECK, DIRECTIONS, deck.ALL_KINDS, kept["lexicons"])
    start = time.process_time()
    with collector.paused():
        _ = making.positions, making.translations
        warm = workers.loads(kept["pieces"][0])[0]  # a copy: nothing of it kept on the others
        deck._group_cards(warm[0], making, warm[1])
    t.forget()
    first = time.process_time() - start
    profiler = cProfile.Profile() if profile else None
    cards: list[Any] = []
    with collector.paused():  # as in a worker; timed inside (not the collection after)
        wall = time.perf_counter()
        start = time.process_time()
        if profiler is not None:
            profiler.enable()
        for piece in pieces:
            made = [deck._group_cards(g, making, links) for g, links in piece]
            for chosen, _ in made:
                for card in chosen:
                    _ = card.content_hash
                cards += chosen
            t.forget()
        if profiler is not None:
            profiler.disable()
        cpu = time.process_time() - start
        wall = time.perf_counter() - wall
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(45)
        stats.sort_stats("cumulative").print_stats(70)
    return {
        "groups": len(groups),
        "cards": len(cards),
        "first_s": first,
        "cpu_s": cpu,
        "wall_s": wall,
        "digest": _digest(cards),
    }


def worker_child(source: Path, limit: int | None, profile: bool) -> dict[str, Any]:
    """The kept pieces' cards made as a build's card worker makes them, here (the code on
    PYTHONPATH): `deck._make_in_worker` of each piece as it is sent (unpickled, its cards
    made, their content hashes, the memos let go of, the cards pickled back by `_sent`),
    the cycle collector on between pieces as in a worker (paused in each)."""
    from flashcards.builder import deck, workers

    kept = workers.loads(source.read_bytes())
    # As a build sends them: each group with its links and the languages of the members
    # whose parse records the worker makes (none here).
    sent: list[bytes] = [
        workers.dumps([(*g[:2], ()) for g in workers.loads(piece)]) for piece in kept["pieces"]
    ]
    if limit is not None:
        sent = sent[: -(-limit // PIECE)]
        if limit % PIECE:  # the last piece cut to the first `limit` groups
            sent[-1] = workers.dumps(workers.loads(sent[-1])[: limit % PIECE])
    making = deck._Making(DECK, DIRECTIONS, deck.ALL_KINDS, kept["lexicons"])
    del kept
    gc.collect()
    start = time.process_time()
    deck._start_card_worker(making)
    _ = making.positions, making.translations
    deck._make_in_worker(workers.dumps(workers.loads(sent[0])[:1]))  # a worker's start
    first = time.process_time() - start
    profiler = cProfile.Profile() if profile else None
    wall = time.perf_counter()
    start = time.process_time()
    if profiler is not None:
        profiler.enable()
    back = [deck._make_in_worker(piece) for piece in sent]
    if profiler is not None:
        profiler.disable()
    cpu = time.process_time() - start
    wall = time.perf_counter() - wall
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("tottime").print_stats(45)
        stats.sort_stats("cumulative").print_stats(70)
    received = getattr(deck, "_received", workers.loads)
    cards = [c for data in back for made, _ in received(data) for c in made]
    return {
        "groups": sum(len(workers.loads(piece)) for piece in sent),
        "cards": len(cards),
        "first_s": first,
        "cpu_s": cpu,
        "wall_s": wall,
        "digest": _digest(cards),
        "back_mb": sum(map(len, back)) / 1e6,
    }


def run(
    tree: Path, source: Path, limit: int | None, profile: bool = False, worker: bool = False
) -> dict[str, Any]:
    """`child` (`worker_child`) in a fresh process with `tree` (holding flashcards/) first
    on the path."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(source)]
    if limit is not None:
        command += ["--groups", str(limit)]
    if profile:
        command.append("--profile")
    if worker:
        command.append("--worker")
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"making cards with {tree} failed:\n{done.stderr}")
    if profile:
        print(done.stderr)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _tree_digest(tree: Path) -> str:
    """A digest of the code in `tree` (what its kept pickle is named by)."""
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted((tree / "flashcards").rglob("*.py")):
        digest.update(str(path.relative_to(tree)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def kept_input(pairs: int, root: Path, tree: Path) -> Path:
    """The pickle of `pairs` generated pairs' groups in `root`/pairs-N (its articles kept
    by bench/build.py --keep, or generated there), made first if missing by the code in
    `tree` (each tree's own: one tree's pickle may name what another does not have)."""
    import build as bench  # bench/build.py: the generated corpus

    folder = root / f"pairs-{pairs}" / "articles"
    target = root / f"pairs-{pairs}" / f"cards-pieces-{_tree_digest(tree)}.pickle"
    if target.is_file():
        return target
    if not folder.is_dir() or len(list(folder.iterdir())) != 2 * pairs:
        bench.generate(folder, pairs, bench.SEED)
    started = time.perf_counter()
    command = [sys.executable, str(Path(__file__).resolve()), "--prepare", str(folder.resolve())]
    command += ["--kept", str(target.resolve())]
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    # Not run in a checkout: the parse workers' forkserver imports the working directory's
    # flashcards/ first (CPython 3.11 runs it with `-c` and ignores the sys.path given).
    done = subprocess.run(command, env=env, cwd=root, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"reading with {tree} failed:\n{done.stderr}")
    print(f"read and grouped {folder} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=1_000, help="article pairs (2 files each)")
    parser.add_argument("--groups", type=int, help="make the cards of the first N groups only")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each code (median)")
    parser.add_argument("--before", type=Path, help="a tree holding the code to compare with")
    parser.add_argument("--dir", type=Path, help="where the articles are (or are generated)")
    parser.add_argument("--profile", action="store_true", help="cProfile this checkout's run")
    parser.add_argument(
        "--worker",
        action="store_true",
        help="time each piece as a card worker makes it: unpickled, made, pickled back",
    )
    parser.add_argument(
        "--same-input",
        action="store_true",
        help="both trees make the cards of --before's kept pickle (for trees whose reading,"
        " grouping and analyses are the same: no pickle made again for each change)",
    )
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--kept", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        making = worker_child if args.worker else child
        print(json.dumps(making(args.child, args.groups, args.profile)))
        return 0
    if args.prepare is not None:
        prepare(args.prepare, args.kept)
        return 0
    root = Path(tempfile.mkdtemp(prefix="cards-bench-")) if args.dir is None else args.dir
    trees = [("this checkout", ROOT)]
    if args.before is not None:
        trees.insert(0, ("before", args.before.resolve()))
    if args.same_input and args.before is not None:
        shared = kept_input(args.pairs, root, args.before.resolve())
        sources = {name: shared for name, _ in trees}
    else:
        sources = {name: kept_input(args.pairs, root, tree) for name, tree in trees}
    if args.profile:
        run(ROOT, sources["this checkout"], args.groups, profile=True, worker=args.worker)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
    load = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, tree in trees:
            results[name].append(run(tree, sources[name], args.groups, worker=args.worker))
    rows = [
        [
            "code",
            "groups",
            "cards",
            "start s",
            "CPU s",
            "ratio",
            "min CPU s",
            "ratio",
            "µs per card",
            "wall s",
            "cards digest",
        ]
    ]
    base: tuple[float, float] | None = None
    for name, tree in trees:
        runs = results[name]
        cpu, least = statistics.median(r["cpu_s"] for r in runs), min(r["cpu_s"] for r in runs)
        base = (cpu, least) if base is None else base
        digests = sorted({r["digest"] for r in runs})
        rows.append(
            [
                f"{name} ({tree})",
                f"{runs[0]['groups']:,}",
                f"{runs[0]['cards']:,}",
                f"{statistics.median(r['first_s'] for r in runs):.2f}",
                f"{cpu:.2f}",
                f"{cpu / base[0]:.2f}×",
                f"{least:.2f}",
                f"{least / base[1]:.2f}×",
                f"{1e6 * cpu / max(1, runs[0]['cards']):.1f}",
                f"{statistics.median(r['wall_s'] for r in runs):.1f}",
                ",".join(digests),
            ]
        )
    print(machine())
    print(
        f"load average: {load:.2f} before, {os.getloadavg()[0]:.2f} after; {args.rounds} rounds, "
        "alternating; CPU s: median and least of the rounds (process_time of making the cards"
        + (", as a card worker: each piece unpickled, made, pickled back)" if args.worker else ")")
    )
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
