"""Worker start-up overlapped with the build: a server started (and loading) before its pool."""

from __future__ import annotations

import os
import sys
from multiprocessing import forkserver
from typing import Any

from flashcards.builder import workers

#: A card maker's module, which this test module does not import (its workers would).
MAKER = "flashcards.builder.practice"


def _server_pid() -> Any:
    return getattr(forkserver._forkserver, "_forkserver_pid", None)


def _parent_and_loaded(_: object) -> tuple[int, bool]:
    return os.getppid(), MAKER in sys.modules


def test_a_server_started_early_forks_the_pool_with_its_preload() -> None:
    from flashcards.builder.deck import CARD_MODULES

    with workers.pool() as pool:  # a plain server, as before a build
        plain = {parent for parent, _ in pool.map(_parent_and_loaded, range(4))}
    workers.serve(CARD_MODULES)
    server = _server_pid()
    assert server is not None and {server} != plain  # started now, before any pool
    with workers.pool(preload=CARD_MODULES) as pool:
        assert set(pool.map(_parent_and_loaded, range(4))) == {(server, True)}
    assert _server_pid() == server  # the same server, not started again


def test_a_build_of_few_groups_starts_no_server() -> None:
    from flashcards.builder import deck

    with workers.pool() as pool:
        list(pool.map(_parent_and_loaded, range(2)))
    server = _server_pid()
    deck.start_card_workers(deck.PARALLEL_GROUPS - 1)
    assert _server_pid() == server  # the plain one, still
    deck.start_card_workers(deck.PARALLEL_GROUPS)
    assert _server_pid() != server
