"""Parses shipped beside a deck's articles, so the first start never waits on the analysers."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from flashcards.builder.reader import PARSER_VERSION
from flashcards.types import Article

#: The file in a deck's folder holding its articles' parses (hidden: builds skip it).
PARSES_FILE = ".parses.json"


def load_parses(folder: Path) -> dict[str, Article]:
    """The parses stored in `folder` by content hash; none when missing, stale or unreadable
    (the build then parses the files itself)."""
    try:
        data = json.loads((folder / PARSES_FILE).read_text("utf-8"))
        if data.get("parser") != PARSER_VERSION:
            return {}
        return {key: Article.from_dict(value) for key, value in data["articles"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def save_parses(folder: Path, articles: Iterable[Article]) -> Path:
    """Store the parses of `folder`'s articles in it (for tools/ship_parses.py)."""
    path = folder / PARSES_FILE
    payload = {
        "parser": PARSER_VERSION,
        "articles": {
            a.content_hash: {**a.to_dict(), "path": Path(a.path).name}
            for a in sorted(articles, key=lambda a: a.content_hash)
        },
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    return path
