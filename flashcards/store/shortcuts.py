"""What a deck's build keeps for the next one (maps of briefs, file stats): a base, and a patch of
what changed since, so that a rebuild of a few files writes a few entries, not the whole map.

A map is kept under a settings key as JSON data, `{"version": …, "id": …, FIELD: {key: value}}`
(the base), and under the key with `PATCH` as `{"base": id, FIELD: {key: value}, "gone":
[key]}`: the entries that changed since the base was written (added or with another value),
and the keys of the base that went.  The base with its patch is the map the last build kept,
exactly; it is written whole again, with a new id and an empty patch, once the patch holds
more than `1 / FOLD` of the map.

Only for maps of shortcuts whose every entry stays true once it was (a brief describes the
bytes of a content hash; a file's stat vouches for the bytes it had then, see `pipeline.Seen`):
a patch not applied (another base's) leaves the base's older map, which costs the next build
reads, never a wrong card.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson
from sqlalchemy.orm import Session

from flashcards.store.models import Setting

#: What a map's patch is kept under: the base's settings key and this.
PATCH = ":patch"
#: The patch and the entries gone since the base may hold up to 1/FOLD of the map.
FOLD = 8

V = TypeVar("V")


@dataclass(frozen=True)
class KeptMap:
    """A kept map as read: `data` is the base's JSON data with the patch applied (None if
    there is none or it cannot be read); `patched`: the keys whose value the patch gave,
    `gone`: the base's keys it took out; `base`: the base's id (None: kept before maps had
    patches)."""

    data: Any = None
    patched: frozenset[str] = frozenset()
    base: str | None = None
    gone: frozenset[str] = frozenset()


def read(session: Session, key: str, field: str) -> KeptMap:
    """The map kept under `key` (its entries are `field` of the data)."""
    data = _json(session, key)
    if not isinstance(data, dict) or not isinstance(data.get(field), dict):
        return KeptMap(data)
    base = data.get("id")
    if not isinstance(base, str):
        return KeptMap(data)
    patch = _json(session, key + PATCH)
    if not isinstance(patch, dict) or patch.get("base") != base:
        return KeptMap(data, base=base)
    items, gone = patch.get(field), patch.get("gone", [])
    if not isinstance(items, dict) or not isinstance(gone, list):
        return KeptMap(data, base=base)
    entries = data[field]
    entries.update(items)
    for key in gone:
        entries.pop(key, None)
    return KeptMap(data, frozenset(items), base, frozenset(gone))


@dataclass(frozen=True)
class Writes:
    """What keeping a map writes: JSON text by the end of its settings key ("" the base's,
    `PATCH` the patch's), encoded before the write transaction; none: the map is kept as
    it is."""

    rows: dict[str, str]


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
    not used), or the base again.  `had`: the keys of the map as read; `changed`: the keys
    of `now` it lacks or gives another value."""
    if before is not None and before.base is not None:
        patched = {k for k in before.patched if k in now}
        patched.update(changed)
        gone = {k for k in before.gone if k not in now}
        gone.update(k for k in had if k not in now)
        if (len(patched) + len(gone)) * FOLD <= len(now):
            if not changed and patched == before.patched and gone == before.gone:
                return Writes({})  # the map is kept as it is
            items = {k: to_json(now[k]) for k in sorted(patched)}
            patch = {"base": before.base, field: items, "gone": sorted(gone)}
            return Writes({PATCH: _text(patch)})
    base = secrets.token_hex(8)
    whole = {"version": version, "id": base, field: {k: to_json(v) for k, v in now.items()}}
    return Writes({"": _text(whole), PATCH: _text({"base": base, field: {}, "gone": []})})


def _text(data: Any) -> str:
    return orjson.dumps(data).decode()


def write(session: Session, key: str, writes: Writes) -> None:
    """Put `writes` of the map kept under `key` in the settings (in the caller's
    transaction)."""
    for end, value in writes.rows.items():
        row = session.get(Setting, key + end)
        if row is None:
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
