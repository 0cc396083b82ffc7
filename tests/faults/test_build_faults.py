"""`flashcards build` on hostile files: each is one line, the rest is built, nothing lost."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from fault_cli import cli
from seed_counts import ONE_WAY_CARDS

BODY = "# Başlık\n\nYumuşak satış, müşteriyi zorlamadan ikna etmektir.\n"
LAUGHS = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n' + "".join(
    f"{name}: &{name} [{','.join([f'*{prev}'] * 9)}]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _skipped(stdout: str) -> dict[str, str]:
    lines = [line.removeprefix("skipped: ") for line in stdout.splitlines()]
    return dict(
        line.split(": ", 1)
        for line in lines
        if line != "" and not line.startswith((" ", "Deck")) and not line.startswith("note: ")
    )


def test_alias_bombs_are_refused_in_milliseconds_under_a_memory_cap(
    tmp_path: Path, articles: Path, collection: Path, unchanged: Callable[[Sequence[Path]], None]
) -> None:
    for key in ("title", "keywords", "description"):
        (articles / f"bomb-{key}.md").write_text(f"---\n{LAUGHS}{key}: *i\n---\n{BODY}", "utf-8")
    started = time.monotonic()
    run = cli(collection, "build", str(articles), "--deck", "sales", memory_mb=1500, cwd=tmp_path)
    assert time.monotonic() - started < 60
    assert run.status == 0, run.stderr
    skipped = _skipped(run.stdout)
    for key in ("title", "keywords", "description"):
        assert skipped[f"articles/bomb-{key}.md"] == (
            "front matter too large (more than 10,000 values once its aliases are expanded)"
        )
    assert f"0 new, 0 updated, {ONE_WAY_CARDS} unchanged, 0 retired" in run.stdout, run.stdout
    unchanged(())


def test_fifos_loops_and_odd_names_are_each_named_safely(
    tmp_path: Path, articles: Path, collection: Path, unchanged: Callable[[Sequence[Path]], None]
) -> None:
    os.mkfifo(articles / "pipe.md")
    (articles / "loop.md").symlink_to(articles / "loop.md")
    (articles / "dir.md").mkdir()
    (articles / "evil\x1b[31mred\x07.md").write_text("---\ntitle: [1, 2]\n---\n" + BODY, "utf-8")
    (articles / "two\nlines.md").write_bytes(b"\x00\x01binary")
    run = cli(collection, "build", str(articles), "--deck", "sales", timeout=60, cwd=tmp_path)
    assert run.status == 0, run.stderr
    assert "\x1b" not in run.stdout and "\x07" not in run.stdout
    lines = run.stdout.splitlines()
    assert "skipped: articles/pipe.md: is a FIFO (named pipe), not a regular file" in lines
    assert "skipped: articles/loop.md: a symlink loop" in lines
    assert "note: articles/dir.md: a folder named like an article; read as a folder" in lines
    assert (
        "skipped: articles/evil\\x1b[31mred\\x07.md: front matter 'title' is a list, not text "
        "(quote it to keep it as text)"
    ) in lines
    assert "skipped: articles/two\\nlines.md: binary file, not text" in lines
    unchanged(())


def test_a_symlink_loop_or_fifo_given_directly_is_one_line(
    tmp_path: Path, articles: Path, collection: Path, unchanged: Callable[[Sequence[Path]], None]
) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    os.mkfifo(tmp_path / "pipe.md")
    run = cli(
        collection,
        "build",
        str(loop),
        str(tmp_path / "pipe.md"),
        "--deck",
        "sales",
        timeout=60,
        cwd=tmp_path,
    )
    assert run.status == 1, run.stderr
    assert "skipped: loop: a symlink loop" in run.stdout.splitlines()
    assert "skipped: pipe.md: is a FIFO (named pipe), not a regular file" in run.stdout
    unchanged(())
