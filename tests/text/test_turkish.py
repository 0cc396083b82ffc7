"""Turkish: zeyrek's analyser kept in the user's cache folder analyses as the one built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

_ANALYSE = """
import json, sys
from wordfreq import top_n_list
from flashcards.text import analyser_cache, turkish
with turkish._nltk_on_demand():
    import zeyrek.morphology
kept = analyser_cache.load(turkish._BUILT, turkish._built_key()) is not None
words = top_n_list("tr", 1500) + ["alışverişlerde", "tüketicinin", "gözden", "değilim",
    "suyu", "yiyecek", "diyorlar", "bana", "sana", "öyleyse", "satışlarımızdan", "İstanbul"]
analyser = turkish._morphology()
found = {
    word: sorted(
        json.dumps([a.dict_item.id_, [[m.id_, s] for m, s in a.morphemes], a.pos.value])
        for a in analyser._parse(word)
        if a is not None
    )
    for word in words
}
print(json.dumps([kept, type(analyser.lexicon).__name__, found], ensure_ascii=False))
"""


def _analyse(cache: Path) -> list[object]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONHASHSEED": "random"}
    run = subprocess.run(
        [sys.executable, "-c", _ANALYSE],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
        env=env,
    )
    result: list[object] = json.loads(run.stdout)
    return result


def test_the_analyser_read_back_analyses_every_word_as_the_one_built(tmp_path: Path) -> None:
    """Zeyrek's graph of states is built in 1.5-2 s and read back from the cache in 0.5;
    its states are compared by identity, so the graph read back is checked whole, in a
    process that never built one, on every analysis of 1,500 common words."""
    built_here, lexicon, built = _analyse(tmp_path)
    assert (built_here, lexicon) == (False, "OrderedLexicon")
    assert list((tmp_path / "flashcards").iterdir())  # kept for the next process
    read_back, lexicon, read = _analyse(tmp_path)
    assert (read_back, lexicon) == (True, "OrderedLexicon")
    assert read == built
    assert isinstance(built, dict) and sum(1 for found in built.values() if found) > 1000
