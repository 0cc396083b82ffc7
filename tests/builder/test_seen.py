"""When a file's stat vouches that it still has the bytes a build hashed (`pipeline.Seen`)."""

from __future__ import annotations

import os
import time
from pathlib import Path

from flashcards.builder import pipeline
from flashcards.builder.pipeline import RACY_NS, Seen

HOUR_NS = 3600 * 10**9


def _seen(path: Path, read_ns: int) -> Seen:
    return Seen.of(path.stat(), read_ns, "hash")


def _aged(path: Path) -> None:
    """The file as if written an hour ago (its ctime is still now: no program sets it)."""
    old = time.time_ns() - HOUR_NS
    os.utime(path, ns=(old, old))


def test_an_unchanged_file_read_well_after_it_changed_is_vouched_for(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Bir.", "utf-8")
    seen = _seen(path, time.time_ns() + 2 * RACY_NS)
    assert seen.vouches_for(path.stat())
    assert Seen.from_json(seen.to_json()) == seen


def test_a_file_changed_just_before_it_was_read_is_not(tmp_path: Path) -> None:
    """Changed within `RACY_NS` of being read: another change in the same timestamp tick
    could leave its stat as it was."""
    path = tmp_path / "a.md"
    path.write_text("Bir.", "utf-8")
    assert not _seen(path, time.time_ns()).vouches_for(path.stat())
    _aged(path)  # its mtime is old, but not its ctime
    assert not _seen(path, time.time_ns()).vouches_for(path.stat())


def test_a_same_size_rewrite_with_the_old_mtime_is_not(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("Bir.", "utf-8")
    _aged(path)
    before = path.stat()
    seen = _seen(path, time.time_ns() + 2 * RACY_NS)
    time.sleep(0.01)  # a later ctime than the one seen, on any clock tick
    path.write_text("İki", "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    assert not seen.vouches_for(after)


def test_another_file_in_its_place_is_not(tmp_path: Path) -> None:
    path, other = tmp_path / "a.md", tmp_path / "b.md"
    for p in (path, other):
        p.write_text("Bir.", "utf-8")
    info = path.stat()
    os.utime(other, ns=(info.st_atime_ns, info.st_mtime_ns))
    seen = _seen(path, time.time_ns() + 2 * RACY_NS)
    os.replace(other, path)  # same size and mtime, another inode
    assert not seen.vouches_for(path.stat())


def test_collect_files_reads_only_what_no_stat_vouches_for(tmp_path: Path) -> None:
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(f"# {name}\n\nBir cümle.\n", "utf-8")
    first, _ = pipeline.collect_files([tmp_path])
    assert all(f.data is not None and f.seen is not None for f in first)
    later = {
        f.path: Seen(**{**f.seen.__dict__, "read_ns": f.seen.read_ns + 2 * RACY_NS})
        for f in first
        if f.seen
    }
    again, _ = pipeline.collect_files([tmp_path], known=later)
    assert [(f.path, f.content_hash, f.data) for f in again] == [
        (f.path, f.content_hash, None) for f in first
    ]
    assert [f.bytes() for f in again] == [f.data for f in first]
    (tmp_path / "b.md").write_text("# b.md\n\nİki cümle.\n", "utf-8")
    third, _ = pipeline.collect_files([tmp_path], known=later)
    assert [f.data is None for f in third] == [True, False]
