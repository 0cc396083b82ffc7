"""What a deck's build keeps for the next one (maps of briefs, file stats): a base, and a patch of
what changed since, so that a rebuild of a few files writes a few entries, not the whole map.

A map is kept under a settings key as JSON data, `{"version": …, "id": …, FIELD: {key: value}}`
(the base), and under the key with `PATCH` as `{"base": id, FIELD: {key: value}, "gone":
[key]}`: the entries that changed since the base was written (added or with another value),
and the keys of the base that went.  The base with its patch is the map the last build kept,
exactly.

A map of `SHARD_FROM` entries or more is kept in `SHARDS` parts (its base is `"shards": n`,
with its keys' part 0, the others under the key with `#1`, `#2` …, each with an id of its
own; the patch names them all, `"base": [id, …]`): a build writes again the part with the
most of the patch once that holds more than `1 / FOLD` of the part (one part a build: a
rebuild of 1 % of 5,000 pairs writes one 0.9 MB part, not the whole 7.4 MB every sixth
time), and the whole map, with a new id and an empty patch, once the patch holds more than
`1 / FOLD` of the map kept whole or half of one kept in parts.

Only for maps of shortcuts whose every entry stays true once it was (a brief describes the
bytes of a content hash; a file's stat vouches for the bytes it had then, see `pipeline.Seen`):
a patch not applied (another base's) leaves the base's older map, which costs the next build
reads, never a wrong card.
"""

from __future__ import annotations

import secrets
import zlib
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson
from sqlalchemy.orm import Session

from flashcards.store.models import Setting

#: What a map's patch is kept under: the base's settings key and this.
PATCH = ":patch"
#: What a part of a map kept in parts is kept under: the base's key and this, and its number.
PART = "#"
#: The patch may hold up to 1/FOLD of the map (of a part, for the part to stay as written).
FOLD = 8
#: A map of this many entries or more is kept in `SHARDS` parts.
SHARD_FROM = 4096
SHARDS = 8

V = TypeVar("V")


@dataclass(frozen=True)
class KeptMap:
    """A kept map as read: `data` is the base's JSON data with the patch applied (None if
    there is none or it cannot be read); `patched`: the keys whose value the patch gave,
    `gone`: the base's keys it took out; `base`: the ids of the base's parts (one for a
    map kept whole; None: kept before maps had patches)."""

    data: Any = None
    patched: frozenset[str] = frozenset()
    base: tuple[str, ...] | None = None
    gone: frozenset[str] = frozenset()


def part_of(key: str, parts: int) -> int:
    """Which part of a map kept in `parts` parts holds `key`."""
    return zlib.crc32(key.encode()) % parts if parts > 1 else 0


def read(session: Session, key: str, field: str) -> KeptMap:
    """The map kept under `key` (its entries are `field` of the data)."""
    data = _json(session, key)
    if not isinstance(data, dict) or not isinstance(data.get(field), dict):
        return KeptMap(data)
    first = data.get("id")
    if not isinstance(first, str):
        return KeptMap(data)
    parts = data.get("shards", 1)
    if not isinstance(parts, int) or parts < 1:
        return KeptMap()
    entries, ids = data[field], [first]
    for number in range(1, parts):
        part = _json(session, f"{key}{PART}{number}")
        if (
            not isinstance(part, dict)
            or not isinstance(part.get("id"), str)
            or not isinstance(part.get(field), dict)
        ):
            return KeptMap()  # a part lost: the map is not used (the build reads more)
        entries.update(part[field])
        ids.append(part["id"])
    base = tuple(ids)
    patch = _json(session, key + PATCH)
    named = patch.get("base") if isinstance(patch, dict) else None
    if named != (first if parts == 1 else list(base)):
        return KeptMap(data, base=base)
    assert isinstance(patch, dict)
    items, gone = patch.get(field), patch.get("gone", [])
    if not isinstance(items, dict) or not isinstance(gone, list):
        return KeptMap(data, base=base)
    entries.update(items)
    for key in gone:
        entries.pop(key, None)
    return KeptMap(data, frozenset(items), base, frozenset(gone))


@dataclass(frozen=True)
class Writes:
    """What keeping a map writes: JSON text by the end of its settings key ("" the base's,
    `PATCH` the patch's, `PART` and a number a part's; None: the row goes), encoded before
    the write transaction; none: the map is kept as it is."""

    rows: dict[str, str | None]


def plan(
    field: str,
    version: Any,
    now: Mapping[str, V],
    to_json: Callable[[V], Any],
    before: KeptMap | None,
    had: Collection[str],
    changed: Collection[str],
) -> Writes:
    """What keeps `now` (its values as `to_json` gives them): a patch of
    `before`'s base (the map as this build read it, its data let go of; None when it was
    not used), and a part of the base written again, or the whole base again.  `had`: the
    keys of the map as read; `changed`: the keys of `now` it lacks or gives another value."""
    if before is not None and before.base is not None:
        parts = len(before.base)
        patched = {k for k in before.patched if k in now}
        patched.update(changed)
        gone = {k for k in before.gone if k not in now}
        gone.update(k for k in had if k not in now)
        if not changed and patched == before.patched and gone == before.gone:
            return Writes({})  # the map is kept as it is
        size = len(patched) + len(gone)
        if parts == 1 and size * FOLD <= len(now):
            items = {k: to_json(now[k]) for k in sorted(patched)}
            patch = {"base": before.base[0], field: items, "gone": sorted(gone)}
            return Writes({PATCH: _text(patch)})
        if parts > 1 and size * 2 <= len(now):
            return _part_again(field, version, now, to_json, before.base, patched, gone)
    return _whole(field, version, now, to_json, len(before.base or ()) if before else 0)


def _part_again(
    field: str,
    version: Any,
    now: Mapping[str, V],
    to_json: Callable[[V], Any],
    base: tuple[str, ...],
    patched: set[str],
    gone: set[str],
) -> Writes:
    """The patch of a map kept in parts, and the part with the most of it written again if
    that is more than `1 / FOLD` of the part."""
    parts = len(base)
    shares = [0] * parts
    for k in (*patched, *gone):
        shares[part_of(k, parts)] += 1
    most = max(range(parts), key=lambda n: (shares[n], -n))
    rows: dict[str, str | None] = {}
    ids = list(base)
    if shares[most] * FOLD * parts > len(now):  # (the parts are of about one size)
        ids[most] = secrets.token_hex(8)
        entries = {k: to_json(v) for k, v in now.items() if part_of(k, parts) == most}
        if most == 0:
            rows[""] = _text({"version": version, "id": ids[0], "shards": parts, field: entries})
        else:
            rows[f"{PART}{most}"] = _text({"id": ids[most], field: entries})
        patched = {k for k in patched if part_of(k, parts) != most}
        gone = {k for k in gone if part_of(k, parts) != most}
    items = {k: to_json(now[k]) for k in sorted(patched)}
    rows[PATCH] = _text({"base": ids, field: items, "gone": sorted(gone)})
    return Writes(rows)


def _whole(
    field: str, version: Any, now: Mapping[str, V], to_json: Callable[[V], Any], had_parts: int
) -> Writes:
    """The whole map written again (in parts from `SHARD_FROM` entries), with an empty
    patch; the parts beyond its own that the map had (`had_parts`) go."""
    parts = SHARDS if len(now) >= SHARD_FROM else 1
    ids = [secrets.token_hex(8) for _ in range(parts)]
    entries: list[dict[str, Any]] = [{} for _ in range(parts)]
    for k, v in now.items():
        entries[part_of(k, parts)][k] = to_json(v)
    first: dict[str, Any] = {"version": version, "id": ids[0], field: entries[0]}
    if parts > 1:
        first["shards"] = parts
    rows: dict[str, str | None] = {"": _text(first)}
    for number in range(1, parts):
        rows[f"{PART}{number}"] = _text({"id": ids[number], field: entries[number]})
    for number in range(parts, had_parts):
        rows[f"{PART}{number}"] = None
    rows[PATCH] = _text({"base": ids[0] if parts == 1 else ids, field: {}, "gone": []})
    return Writes(rows)


def _text(data: Any) -> str:
    return orjson.dumps(data).decode()


def write(session: Session, key: str, writes: Writes) -> None:
    """Put `writes` of the map kept under `key` in the settings (in the caller's
    transaction)."""
    for end, value in writes.rows.items():
        row = session.get(Setting, key + end)
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Setting(key=key + end, value=value))
        else:
            row.value = value


def _json(session: Session, key: str) -> Any:
    row = session.get(Setting, key)
    if row is None:
        return None
    try:
        return orjson.loads(row.value)
    except orjson.JSONDecodeError:
        return None
