"""The build cache keeps a parse's analyses apart from its text, and decodes them only when
a build asks for one; a parse kept the earlier way, as one document, reads the same."""

from __future__ import annotations

import json
from pathlib import Path

import orjson

from flashcards.builder.reader import read_article
from flashcards.store import parses
from flashcards.text.analysis import Analysis
from flashcards.types import Article


def _article(seed_dir: Path) -> Article:
    path = sorted(seed_dir.glob("*.txt"))[0]
    return read_article(str(path), path.read_bytes())


def test_a_kept_parse_reads_as_the_article_was(seed_dir: Path) -> None:
    article = _article(seed_dir)
    assert article.analyses
    known: dict[tuple[str, str], Analysis] = {}
    kept = parses.loads(parses.dumps(article), known)
    assert len(kept.analyses) == len(article.analyses)
    assert not known  # how many analyses there are is known without decoding them
    assert kept.to_dict() == article.to_dict()  # and asked for, they are all there
    assert len(known) == len(article.analyses)
    again = parses.loads(parses.dumps(article), known)
    text = next(iter(article.analyses))
    assert again.analysis(text) is kept.analysis(text)  # one object per text for the build


def test_a_parse_kept_as_one_document_reads_the_same(seed_dir: Path) -> None:
    article = _article(seed_dir)
    one = orjson.dumps(article.to_dict()).decode()
    assert parses.loads(one, {}).to_dict() == article.to_dict()
    assert parses.whole(one) == one
    assert json.loads(parses.whole(parses.dumps(article))) == article.to_dict()
    assert parses.head(one)["translation_key"] == article.translation_key
    assert "analyses" not in parses.head(parses.dumps(article))
