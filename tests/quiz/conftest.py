"""Fixtures for the quiz tests: the seed articles, and the seed deck's cards as quiz cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from flashcards.builder import pipeline
from flashcards.builder.reader import read_article
from flashcards.quiz.models import QuizCard
from flashcards.types import Article

SEEDS = Path(__file__).resolve().parents[2] / "decks" / "sales"


@pytest.fixture(scope="session")
def seed_articles() -> dict[str, Article]:
    """The two seed articles by language: "tr" and "is"."""
    articles = [read_article(str(p), p.read_bytes()) for p in sorted(SEEDS.glob("*.txt"))]
    return {a.lang: a for a in articles}


@pytest.fixture(scope="session")
def seed_cards(seed_articles: dict[str, Article]) -> list[QuizCard]:
    """The seed deck built both ways, numbered in build order, with the articles' keywords."""
    files, problems = pipeline.collect_files([SEEDS])
    assert problems == []
    plan = pipeline.plan_build(files, "sales", [("tr", "is"), ("is", "tr")])
    keywords = seed_articles["tr"].keywords
    return [
        QuizCard(
            id=i,
            note_key=spec.note_key,
            kind=spec.kind,
            source_lang=spec.source_lang,
            target_lang=spec.target_lang,
            front=spec.front,
            back=spec.back,
            group_key=spec.group_key,
            keywords=keywords,
        )
        for i, spec in enumerate(plan.cards, start=1)
    ]
