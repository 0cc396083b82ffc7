"""A build's kept maps: written whole once, then as a patch of what changed since (and a big
one in parts, written again one part at a time)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from flashcards.store import shortcuts
from flashcards.store.database import Database
from flashcards.store.models import Setting

KEY = "kept-map:1"


def _identity(value: Any) -> Any:
    return value


def _keep(db: Database, now: dict[str, Any], changed: list[str] | None = None) -> None:
    before = _read(db)
    if changed is None:  # what differs from the map as read
        items = before.data["items"] if isinstance(before.data, dict) else {}
        changed = [k for k, v in now.items() if items.get(k) != v]
    had = before.data["items"] if isinstance(before.data, dict) else {}
    writes = shortcuts.plan("items", 3, now, _identity, before, had, changed)
    with db.begin() as session:
        shortcuts.write(session, KEY, writes)


def _read(db: Database) -> shortcuts.KeptMap:
    with db.begin() as session:
        return shortcuts.read(session, KEY, "items")


def _rows(db: Database) -> dict[str, str]:
    with db.begin() as session:
        query = select(Setting.key, Setting.value).where(Setting.key.startswith(KEY))
        return {key: value for key, value in session.execute(query)}


def test_a_few_changes_are_kept_as_a_patch_of_the_base(db: Database) -> None:
    now = {f"k{n}": [n, "x"] for n in range(40)}
    _keep(db, now)
    base = _rows(db)[KEY]
    now["k3"], now["new"] = [3, "y"], [99, "z"]
    del now["k5"]
    _keep(db, now)
    assert _rows(db)[KEY] == base  # the base is not written again
    read = _read(db)
    assert read.patched == {"k3", "new"} and read.gone == {"k5"}
    assert read.data["items"] == now  # the map kept, exactly
    assert read.data["version"] == 3
    now["k5"] = [5, "back"]  # a key gone comes back
    _keep(db, now)
    read = _read(db)
    assert read.data["items"] == now and read.gone == frozenset()


def test_a_map_as_it_was_writes_nothing(db: Database) -> None:
    now = {f"k{n}": n for n in range(40)}
    _keep(db, now)
    now["k1"] = -1
    _keep(db, now)
    rows = _rows(db)
    _keep(db, now, changed=[])
    assert _rows(db) == rows
    read = _read(db)
    assert shortcuts.plan("items", 3, now, _identity, read, read.data["items"], []).rows == {}


def test_the_patch_grown_past_its_share_writes_the_base_again(db: Database) -> None:
    now = {f"k{n}": n for n in range(40)}
    _keep(db, now)
    first = _read(db).base
    fit = len(now) // shortcuts.FOLD  # 5 patched entries fit, the sixth does not
    for n in range(fit):
        now[f"k{n}"] = -n - 1
        _keep(db, now)
    assert _read(db).base == first and len(_read(db).patched) == fit
    now[f"k{fit}"] = -1
    _keep(db, now)
    read = _read(db)
    assert read.base != first and read.patched == frozenset()
    assert read.data["items"] == now


def test_a_patch_of_another_base_is_not_applied(db: Database) -> None:
    now = {f"k{n}": n for n in range(40)}
    _keep(db, now)
    now["k1"] = -1
    _keep(db, now)
    base = str((_read(db).base or ("",))[0])
    with db.begin() as session:
        row = session.get(Setting, KEY + shortcuts.PATCH)
        assert row is not None and base in row.value
        row.value = row.value.replace(base, "another")
    read = _read(db)
    assert read.patched == frozenset() and read.data["items"]["k1"] == 1


def test_a_map_kept_before_patches_is_read_and_written_whole_again(db: Database) -> None:
    with db.begin() as session:
        session.add(Setting(key=KEY, value='{"version": 3, "items": {"a": 1}}'))
    read = _read(db)
    assert read.data == {"version": 3, "items": {"a": 1}} and read.base is None
    writes = shortcuts.plan("items", 3, {"a": 1, "b": 2}, _identity, read, {"a"}, ["b"])
    assert set(writes.rows) == {"", shortcuts.PATCH}


def test_a_big_map_is_kept_in_parts_written_again_one_at_a_time(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A map of `SHARD_FROM` entries or more is kept in parts: a build writes the patch,
    and the part with the most of it once that holds more than 1/FOLD of the part, one part
    a build (not the whole map); the map read is the one kept, exactly, whatever was
    changed, went or came back."""
    monkeypatch.setattr(shortcuts, "SHARD_FROM", 16)
    monkeypatch.setattr(shortcuts, "SHARDS", 4)
    now: dict[str, Any] = {f"k{n}": n for n in range(64)}
    _keep(db, now)
    rows = _rows(db)
    assert set(rows) == {KEY, *(f"{KEY}#{n}" for n in (1, 2, 3)), KEY + shortcuts.PATCH}
    first = _read(db)
    assert first.base is not None and len(first.base) == 4 and first.data["items"] == now
    written: list[set[str]] = []
    for step in range(40):
        now[f"k{(step * 7) % 64}"] = -step  # changed
        now.pop(f"k{(step * 5 + 1) % 64}", None)  # gone (and some come back below)
        now[f"k{(step * 3 + 2) % 64}"] = step
        before = _rows(db)
        _keep(db, now)
        after = _rows(db)
        changed = {k for k in after if before.get(k) != after[k]} - {KEY + shortcuts.PATCH}
        assert len(changed) <= 1  # at most one part written again
        written.append(changed)
        read = _read(db)
        assert read.data["items"] == now  # the map kept, exactly
        assert read.data["version"] == 3
        patch = len(read.patched) + len(read.gone)
        assert patch * 2 <= len(now) or read.base != first.base
    assert len(set().union(*written)) >= 3  # the parts were written again in turn


def test_a_map_missing_a_part_is_not_used(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shortcuts, "SHARD_FROM", 16)
    monkeypatch.setattr(shortcuts, "SHARDS", 4)
    _keep(db, {f"k{n}": n for n in range(64)})
    with db.begin() as session:
        row = session.get(Setting, f"{KEY}#2")
        assert row is not None
        session.delete(row)
    read = _read(db)
    assert read.data is None and read.base is None  # the next build writes it whole


def test_a_map_grown_small_is_kept_whole_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(shortcuts, "SHARD_FROM", 16)
    monkeypatch.setattr(shortcuts, "SHARDS", 4)
    _keep(db, {f"k{n}": n for n in range(64)})
    now = {f"k{n}": n for n in range(8)}  # most of it went: written whole, in one part
    _keep(db, now)
    assert set(_rows(db)) == {KEY, KEY + shortcuts.PATCH}
    read = _read(db)
    assert read.data["items"] == now and read.base is not None and len(read.base) == 1
