"""Time what a build's processes send one another: pickling and unpickling, CPU s per hop.

A full build sends three things between processes: each parse worker's articles back to
the build (`pipeline._parse_in_worker`'s results, 32 files a chunk, pickled by
concurrent.futures), the groups' articles to the card workers (`deck._made_in_workers`,
64 groups a piece, `workers.dumps`) and their cards back (`deck._make_in_worker`).  The
data are the first `--pairs` pairs of a bench/build.py deck (`--articles`, e.g. the kept
5,000-pair deck; without it a deck of `--pairs` pairs is generated), read, grouped and
made into cards once per tree by the tree's own code (kept in `--dir` by a digest of the
tree's flashcards/, so later runs skip it) as two parse workers would have read them.
"k objects": the memory blocks that what arrived holds (`sys.getallocatedblocks`), which
the receiving process keeps (the parse results until the build ends).
Each run of a tree then pickles and unpickles each hop's data `--rounds` times, timed by
`time.process_time` with the cycle collector paused (as in the build); the table gives the
least and median CPU s of each side of each hop over every round of every run, with
`--before DIR` (e.g. `git archive main flashcards | tar -x -C DIR`) beside this checkout's,
runs alternating, and a digest of every field of what arrived (the same for both trees
when the same was sent).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import os
import pickle
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from report import machine, table  # bench/report.py

ROOT = Path(__file__).resolve().parents[1]
DECK = "bench"
DIRECTIONS = (("tr", "is"), ("is", "tr"))
#: Files a parse worker is given at a time, groups a card worker (the build's chunks).
PARSE_CHUNK, PIECE = 32, 64
#: Parse workers on the machine the kept results stand for (each sends a text's analysis once).
PARSE_WORKERS = 2
HOPS = ("parse results", "articles to card workers", "cards back")


def pair_files(articles: Path, deck_pairs: int, first: int) -> list[Path]:
    """The files of the first `first` pairs of the deck bench/build.py generated with
    `deck_pairs` pairs in `articles` (their names drawn as `generate` draws them)."""
    import random

    import build as bench  # bench/build.py: the generated corpus

    rng = random.Random(bench.SEED * 1_000_003 + deck_pairs)
    counts = rng.sample(range(100_000, 1_000_000), deck_pairs)
    order = list(range(2 * deck_pairs))
    rng.shuffle(order)
    names: set[str] = set()
    found: list[Path] = []
    for pid in range(first):
        texts, _ = bench._pair_articles(rng, pid, counts[pid])
        for lang in range(len(texts)):
            name = ""
            while not name or name in names:
                name = f"{order[2 * pid + lang]:05d}_{rng.getrandbits(64):016x}.txt"
            names.add(name)
            path = articles / name
            if not path.is_file():
                raise SystemExit(f"{path}: missing (not bench/build.py's deck of {deck_pairs})")
            found.append(path)
    return found


def _timed(work: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        result = work()
        return time.process_time() - start, result
    finally:
        gc.enable()


def _by_key(groups: list[Any]) -> dict[tuple[str, str], Any]:
    """The articles by translation key and language (as `deck.CardStream` finds links)."""
    return {
        (a.translation_key, a.lang): a
        for g in groups
        for a in g.members.values()
        if a.translation_key
    }


def prepare(folder: Path) -> dict[str, Any]:
    """What each hop sends, made from the articles in `folder` by the code on the path."""
    from flashcards import collector
    from flashcards.builder import deck, pipeline

    files, _ = pipeline.collect_files([folder])
    items = [(f.path, f.bytes()) for f in files]
    sent: list[set[tuple[str, str]]] = [set() for _ in range(PARSE_WORKERS)]
    chunks = []
    with collector.paused():
        for n in range(0, len(items), PARSE_CHUNK):  # each worker its share, in turn
            pipeline._SENT = sent[(n // PARSE_CHUNK) % PARSE_WORKERS]  # type: ignore[misc]
            chunks.append([pipeline._parse_in_worker(i) for i in items[n : n + PARSE_CHUNK]])
        # As the workers send them: before the build works out more of their analyses.
        sent_chunks = pickle.dumps(chunks, protocol=pickle.HIGHEST_PROTOCOL)
        shared, cache = pipeline.Analyses(), {}
        for chunk in chunks:
            for parsed in chunk:
                article = shared.shared(parsed.article, parsed.texts)
                cache[article.content_hash] = article
        plan = pipeline.plan_build(files, DECK, DIRECTIONS, cache=cache, make_cards=False)
        # The groups as the build has them when it sends them: before their cards are made.
        groups = pickle.dumps(plan.groups, protocol=pickle.HIGHEST_PROTOCOL)
        making = deck._Making(DECK, DIRECTIONS, deck.ALL_KINDS, plan.lexicons)
        by_key = _by_key(plan.groups)
        todo = list(enumerate(plan.groups, start=1))
        pieces = [todo[i : i + PIECE] for i in range(0, len(todo), PIECE)]
        made = []
        for piece in pieces:
            cards = [deck._group_cards(g, making, deck._links(g, making, by_key)) for _, g in piece]
            for chosen, _ in cards:
                for card in chosen:
                    _ = card.content_hash  # as the card worker works it out
            made.append(cards)
            deck.t.forget()
    return {"chunks": sent_chunks, "groups": groups, "lexicons": plan.lexicons, "made": made}


def _digest(values: list[Any]) -> str:
    """A digest of every field of what arrived: articles with their analyses, cards."""
    from flashcards.types import Article, CardSpec

    digest = hashlib.blake2b(digest_size=8)

    def add(value: Any) -> None:
        if isinstance(value, Article):
            digest.update(json.dumps(value.to_dict(), ensure_ascii=False).encode())
        elif isinstance(value, CardSpec):
            fields = [getattr(value, f.name) for f in dataclasses.fields(CardSpec)]
            fields.append(value.content_hash)
            digest.update(json.dumps(fields, ensure_ascii=False, default=list).encode())
        elif isinstance(value, list | tuple):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for key, item in value.items():
                add(key)
                add(item)
        elif dataclasses.is_dataclass(value):
            add([getattr(value, f.name) for f in dataclasses.fields(value)])
        else:
            digest.update(repr(value).encode())

    add(values)
    return digest.hexdigest()


def child(folder: Path, kept: Path, rounds: int) -> dict[str, Any]:
    """Each hop's data (made, or read from `kept`) sent and received `rounds` times here."""
    from concurrent.futures.process import _ResultItem
    from multiprocessing.reduction import ForkingPickler

    from flashcards import collector
    from flashcards.builder import deck, workers

    if kept.is_file():
        with collector.paused():
            data = pickle.loads(kept.read_bytes())
    else:
        data = prepare(folder)
        with collector.paused():
            kept.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
    with collector.paused():
        chunks, groups = pickle.loads(data["chunks"]), pickle.loads(data["groups"])
    made = data["made"]
    making = deck._Making(DECK, DIRECTIONS, deck.ALL_KINDS, data["lexicons"])
    by_key = _by_key(groups)
    todo = list(enumerate(groups, start=1))
    pieces = [todo[i : i + PIECE] for i in range(0, len(todo), PIECE)]

    def work(piece: list[tuple[int, Any]]) -> bytes:  # as `_made_in_workers.work`
        return workers.dumps(
            [
                (deck._sendable(g), deck._sendable_links(deck._links(g, making, by_key)))
                for _, g in piece
            ]
        )

    # The cards' way back: this tree's own, else as before it (workers.dumps both ways).
    send_cards = getattr(deck, "_sent", workers.dumps)
    receive_cards = getattr(deck, "_received", workers.loads)
    hops: dict[str, tuple[Callable[[], list[bytes]], Callable[[list[bytes]], list[Any]]]] = {
        "parse results": (
            lambda: [
                bytes(ForkingPickler.dumps(_ResultItem(n, result=chunk)))
                for n, chunk in enumerate(chunks)
            ],
            lambda sent: [pickle.loads(b).result for b in sent],
        ),
        "articles to card workers": (
            lambda: [work(piece) for piece in pieces],
            lambda sent: [workers.loads(b) for b in sent],
        ),
        "cards back": (
            lambda: [send_cards(m) for m in made],
            lambda sent: [receive_cards(b) for b in sent],
        ),
    }
    found: dict[str, Any] = {}
    for name, (send, receive) in hops.items():
        dumps, loads, blocks = [], [], 0
        for _ in range(rounds):
            cpu, sent = _timed(send)
            dumps.append(cpu)
            received = None
            gc.collect()
            blocks = sys.getallocatedblocks()
            cpu, received = _timed(lambda sent=sent, receive=receive: receive(sent))
            blocks = sys.getallocatedblocks() - blocks
            loads.append(cpu)
        found[name] = {
            "dumps": dumps,
            "loads": loads,
            "mb": sum(map(len, sent)) / 1e6,
            "blocks": blocks,
            "digest": _digest(received),
        }
        del sent, received
    cards = sum(len(c) for m in made for c, _ in m)
    return {"files": sum(map(len, chunks)), "groups": len(groups), "cards": cards, **found}


def _tree_digest(tree: Path) -> str:
    digest = hashlib.blake2b(digest_size=8)
    for path in sorted((tree / "flashcards").rglob("*.py")):
        digest.update(str(path.relative_to(tree)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def run(tree: Path, folder: Path, where: Path, rounds: int) -> dict[str, Any]:
    """`child` in a fresh process with `tree` (holding flashcards/) first on the path."""
    kept = where / f"wire-{_tree_digest(tree)}.pickle"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(folder)]
    command += ["--kept", str(kept), "--rounds", str(rounds)]
    env = {**os.environ, "PYTHONPATH": str(tree), "PYTHONHASHSEED": "0"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"sending with {tree} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def subset(args: argparse.Namespace, where: Path) -> Path:
    """A folder holding the files of the pairs measured (copies)."""
    folder = where / f"pairs-{args.pairs}" / "articles"
    if folder.is_dir() and len(list(folder.iterdir())) == 2 * args.pairs:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    if args.articles is None:
        import build as bench

        bench.generate(folder, args.pairs, bench.SEED)
        return folder
    folder.mkdir(parents=True)
    for path in pair_files(args.articles, args.deck_pairs, args.pairs):
        shutil.copy2(path, folder / path.name)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=500, help="article pairs (2 files each)")
    parser.add_argument("--articles", type=Path, help="a bench/build.py deck's articles")
    parser.add_argument(
        "--deck-pairs", type=int, default=5_000, help="pairs the --articles deck was made with"
    )
    parser.add_argument("--rounds", type=int, default=5, help="sends of each hop in each run")
    parser.add_argument("--runs", type=int, default=2, help="processes of each code, alternating")
    parser.add_argument("--before", type=Path, help="a tree holding the code to compare with")
    parser.add_argument("--dir", type=Path, help="where the pairs and what they send are kept")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--kept", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(child(args.child, args.kept, args.rounds)))
        return 0
    where = Path(tempfile.mkdtemp(prefix="wire-bench-")) if args.dir is None else args.dir
    where.mkdir(parents=True, exist_ok=True)
    folder = subset(args, where)
    trees = [("this checkout", ROOT)]
    if args.before is not None:
        trees.insert(0, ("before", args.before.resolve()))
    for _, tree in trees:  # what each tree sends, made once (not timed)
        run(tree, folder, where, 1)
    results: dict[str, list[dict[str, Any]]] = {name: [] for name, _ in trees}
    load = os.getloadavg()[0]
    for _ in range(args.runs):
        for name, tree in trees:
            results[name].append(run(tree, folder, where, args.rounds))
    rows = [["hop", "code", "send CPU s", "ratio", "least", "receive CPU s", "ratio", "least"]]
    rows[0] += ["both, median", "ratio", "MB", "k objects", "digest"]
    for hop in HOPS:
        base: list[float] = []
        for name, tree in trees:
            runs = [r[hop] for r in results[name]]
            dumps = [x for r in runs for x in r["dumps"]]
            loads = [x for r in runs for x in r["loads"]]
            both = [d + lo for r in runs for d, lo in zip(r["dumps"], r["loads"], strict=True)]
            figures = [statistics.median(dumps), min(dumps), statistics.median(loads), min(loads)]
            figures.append(statistics.median(both))
            base = base or figures
            ratios = [f / b if b else 0.0 for f, b in zip(figures, base, strict=True)]
            rows.append(
                [
                    hop,
                    f"{name} ({tree})",
                    f"{figures[0]:.3f}",
                    f"{ratios[0]:.2f}×",
                    f"{figures[1]:.3f}",
                    f"{figures[2]:.3f}",
                    f"{ratios[2]:.2f}×",
                    f"{figures[3]:.3f}",
                    f"{figures[4]:.3f}",
                    f"{ratios[4]:.2f}×",
                    f"{runs[0]['mb']:.1f}",
                    f"{runs[0]['blocks'] / 1000:,.0f}",
                    ",".join(sorted({r["digest"] for r in runs})),
                ]
            )
    first = results[trees[-1][0]][0]
    print(machine())
    print(
        f"{first['files']:,} files ({args.pairs:,} pairs of "
        f"{args.articles or 'a generated deck'}), "
        f"{first['groups']:,} groups, {first['cards']:,} cards; load average {load:.2f} before, "
        f"{os.getloadavg()[0]:.2f} after; {args.runs} runs of each code alternating, "
        f"{args.rounds} rounds each; CPU s: median and least of the rounds (process_time)"
    )
    print(table(rows, left=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
