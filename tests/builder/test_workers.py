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


def test_an_analysis_pickled_once_comes_back_as_it_was_in_every_value() -> None:
    """With `kept`, an analysis is pickled the first time a value holds it and copied into
    the next values' bytes: each value arrives as without `kept`, sharing and all."""
    from flashcards.builder.reader import analyze_text

    first = analyze_text("Yumuşak satış, düşük basınçlı bir satış tekniğidir.", "tr")
    second = analyze_text("Mjúk sala vísar til auglýsinga- og sölunálgunar.", "is")
    assert first is not None and second is not None and first.words and second.phrases
    kept: workers.Kept = {}
    sent = [
        workers.dumps({"a": first, "again": [first]}, kept),
        workers.dumps({"a": first, "b": second}, kept),
    ]
    assert set(kept) == {id(first), id(second)}
    for data, plain in zip(
        sent,
        [{"a": first, "again": [first]}, {"a": first, "b": second}],
        strict=True,
    ):
        back = workers.loads(data)
        assert back == workers.loads(workers.dumps(plain)) == plain
        assert back["a"].words[0].pos is first.words[0].pos
        assert back["a"].term_words == first.term_words
    one = workers.loads(sent[0])
    assert one["again"][0] is one["a"]
