"""The worker processes of a build's parallel steps (parsing, making cards): children of a
fresh forkserver that end when the build does."""

from __future__ import annotations

import contextlib
import copyreg
import ctypes
import io
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from flashcards import collector
from flashcards.text.analysis import Analysis, flat

#: prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: How often a worker checks that the build is still there.
_WATCH_SECONDS = 0.5


def count() -> int:
    """How many workers a step of a build runs."""
    return min(4, os.cpu_count() or 1)


def parallel() -> bool:
    """Whether the machine has cores to spread a build's work over."""
    return (os.cpu_count() or 1) > 1


def pool(
    initializer: Callable[..., None] | None = None,
    initargs: tuple[Any, ...] = (),
    preload: Sequence[str] = (),
) -> ProcessPoolExecutor:
    """Workers for one step of a build, each started by `initializer(*initargs)`.

    A fresh server process forks the workers: forking the caller itself is unsafe when it
    runs threads (the GUI's worker thread, a database connection).  `preload`: modules the
    server imports before it forks them (what each worker would load for itself, loaded
    once: the workers start with a copy); a server that imported others is replaced."""
    context = multiprocessing.get_context("forkserver")
    _serve(tuple(preload))
    return ProcessPoolExecutor(
        max_workers=count(),
        mp_context=context,
        initializer=_start,
        initargs=(os.getpid(), initializer, initargs),
    )


def serve(preload: Sequence[str] = ()) -> None:
    """Start now the server that forks the workers of a `pool(preload=preload)` to come, so
    that its imports run (on another core) while the caller goes on with its own work; the
    pool then forks its workers from it at once."""
    from multiprocessing import forkserver

    _serve(tuple(preload))
    with contextlib.suppress(OSError):  # not started here: the pool starts it as before
        forkserver.ensure_running()


#: What the forkserver started here imported before forking (empty: none started yet).
_PRELOADED: list[tuple[str, ...]] = []


def _serve(preload: tuple[str, ...]) -> None:
    """The forkserver made to import `preload` before forking: one started with other
    modules is stopped (its workers are gone: each pool is shut down before the next)."""
    from multiprocessing import forkserver

    server: Any = forkserver._forkserver
    running = getattr(server, "_forkserver_pid", None) is not None
    if [preload] == _PRELOADED or (not running and not preload and not _PRELOADED):
        return
    if running:
        stop = getattr(server, "_stop", None)
        if stop is None:
            return  # it cannot be replaced: the workers load what they need themselves
        stop()
    server.set_forkserver_preload(["__main__", *preload])
    _PRELOADED[:] = [preload]


def _start(parent: int, initializer: Callable[..., None] | None, initargs: tuple[Any, ...]) -> None:
    die_with(parent)
    if initializer is not None:
        initializer(*initargs)


def die_with(parent: int) -> None:
    """A worker ends when the build that started it does, even by SIGKILL.

    Workers are children of the forkserver, which itself exits when the build's process
    is gone; the kernel kills a worker when its parent dies (Linux PR_SET_PDEATHSIG), and
    a watchdog thread ends it when the build's own process has gone, wherever it runs.
    """
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)

    def watch() -> None:
        while True:
            try:
                os.kill(parent, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            time.sleep(_WATCH_SECONDS)

    threading.Thread(target=watch, name="die-with-build", daemon=True).start()


#: How `dumps` pickles: as usual, but for the analyses (`analysis.flat`).
_REDUCERS: dict[type, Any] = {**copyreg.dispatch_table, Analysis: flat}


def dumps(value: Any) -> bytes:
    """`value` pickled to go to or come from a worker, its analyses' words as plain tuples."""
    buffer = io.BytesIO()
    with collector.paused():  # what is pickled forms no cycle (the memo holds it all)
        pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
        pickler.dispatch_table = _REDUCERS
        pickler.dump(value)
    return buffer.getvalue()


def loads(data: bytes) -> Any:
    """What `dumps` sent, with the cycle collector paused (it walked every object made
    while a piece was unpickled, several times its unpickling)."""
    with collector.paused():
        return pickle.loads(data)
