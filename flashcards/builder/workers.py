"""The worker processes of a build's parallel steps (parsing, making cards): children of a
fresh forkserver that end when the build does."""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: prctl option: the signal a process gets when its parent dies.
_PR_SET_PDEATHSIG = 1
#: How often a worker checks that the build is still there.
_WATCH_SECONDS = 0.5


def parallel() -> bool:
    """Whether the machine has cores to spread a build's work over."""
    return (os.cpu_count() or 1) > 1


def pool(
    initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> ProcessPoolExecutor:
    """Workers for one step of a build, each started by `initializer(*initargs)`.

    A fresh server process forks the workers: forking the caller itself is unsafe when it
    runs threads (the GUI's worker thread, a database connection)."""
    return ProcessPoolExecutor(
        max_workers=min(4, os.cpu_count() or 1),
        mp_context=multiprocessing.get_context("forkserver"),
        initializer=_start,
        initargs=(os.getpid(), initializer, initargs),
    )


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
