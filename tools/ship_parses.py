"""Parse the shipped decks' articles and store the parses beside them (run after a reader change).

    python tools/ship_parses.py        # writes decks/<deck>/.parses.json

The first start builds the shipped decks from these, so it never loads the language
analysers (seconds); tests/builder/test_shipped.py fails when they are out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from flashcards import paths
from flashcards.builder.pipeline import collect_files, read_articles
from flashcards.builder.shipped import save_parses


def main() -> None:
    root = paths.shipped_decks()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        files, _ = collect_files([folder])
        articles, problems, _, _ = read_articles(files, {})
        for problem in problems:
            print(f"  {problem}")
        print(f"{save_parses(folder, articles)}: {len(articles)} articles")


if __name__ == "__main__":
    main()
