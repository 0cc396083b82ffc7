"""Python's cycle collector paused while a build makes millions of objects that form no cycle."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The cycle collector off for the block (as it was after): every collection walks all
    the objects alive, and a build holds millions (its articles' analyses, its cards), so a
    build's collections took longer the larger the deck (28 s of a 5,000-pair build)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
