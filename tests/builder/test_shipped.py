"""The parses shipped beside the shipped decks are those the reader makes of their files today."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards import paths
from flashcards.builder.pipeline import collect_files, read_articles
from flashcards.builder.shipped import PARSES_FILE, load_parses, save_parses

FOLDERS = sorted(p for p in paths.shipped_decks().iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_shipped_parses_are_current(folder: Path) -> None:
    files, _ = collect_files([folder])
    fresh, _, _, _ = read_articles(files, {})
    shipped = load_parses(folder)
    assert sorted(shipped) == sorted(a.content_hash for a in fresh), (
        f"{folder / PARSES_FILE} is out of date: run python tools/ship_parses.py"
    )
    for article in fresh:
        kept = shipped[article.content_hash]
        assert kept.to_dict() | {"path": ""} == article.to_dict() | {"path": ""}, (
            f"{folder / PARSES_FILE} is out of date: run python tools/ship_parses.py"
        )


def test_stale_or_broken_parses_are_ignored(tmp_path: Path) -> None:
    assert load_parses(tmp_path) == {}
    (tmp_path / PARSES_FILE).write_text("{not json", "utf-8")
    assert load_parses(tmp_path) == {}
    (tmp_path / PARSES_FILE).write_text('{"parser": -1, "articles": {}}', "utf-8")
    assert load_parses(tmp_path) == {}


def test_saved_parses_load_back(tmp_path: Path) -> None:
    files, _ = collect_files([FOLDERS[0]])
    articles, _, _, _ = read_articles(files, {})
    save_parses(tmp_path, articles)
    loaded = load_parses(tmp_path)
    assert {k: v.title for k, v in loaded.items()} == {a.content_hash: a.title for a in articles}
    assert all(v.analyses for v in loaded.values())
