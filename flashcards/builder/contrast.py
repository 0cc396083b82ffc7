"""Contrast statements: sentences of an article to sort under its concept or the one compared."""

from __future__ import annotations

import re

from flashcards.builder.cloze import concept_name
from flashcards.quiz.sorting import Concept, Statement, article_statements, mask_mentions
from flashcards.text.fold import fold
from flashcards.types import Article, Role

# What joins the two names in a comparison heading ("Yumuşak Satış ve Sert Satış",
# "Mjúk sala vs. erfitt að selja", "Soft Sell vs. Hard Sell").
_JOINERS = re.compile(r"\s+(?:vs\.?|versus|ve|ile|og|gegen|und|and|or|veya|eða)\s+", re.I)
_WORD = re.compile(r"\w+", re.UNICODE)


def _stems(name: str) -> tuple[str, ...]:
    """Word stems naming a concept: the whole name, and its first word alone (compounds such
    as "Harðsala" start with it)."""
    words = [fold(w) for w in _WORD.findall(name)]
    stems = [w[: max(3, len(w) - 3)] for w in words]
    terms = [" ".join(stems)] if stems else []
    if len(stems) > 1 and len(stems[0]) >= 3:
        terms.append(stems[0])
    return tuple(terms)


def concepts(article: Article) -> tuple[Concept, Concept] | None:
    """The article's concept and the one its comparison section sets against it."""
    section = article.section(Role.COMPARISON)
    if section is None:
        return None
    own = concept_name(article)
    own_stems = set(_stems(own)) | set(_stems(article.title))
    parts = [p.strip(" ?!.:;,") for p in _JOINERS.split(section.heading) if p.strip()]
    others = [p for p in parts if not set(_stems(p)) & own_stems]
    if not others:
        return None
    other = others[0]
    other_terms = list(_stems(other))
    # The comparison's own link to the other concept names it as the sentences do.
    for link in article.links:
        if any(link.text in unit for unit in section.units):
            anchor = " ".join(link.text.split()[:2])
            other_terms += [t for t in _stems(anchor) if t not in other_terms]
            break
    label_a = article.title
    label_b = other[:1].upper() + other[1:]
    return (
        Concept(label_a, tuple(sorted(own_stems, key=len, reverse=True))),
        Concept(label_b, tuple(other_terms)),
    )


def statements(article: Article) -> list[Statement]:
    """Statements to sort from one article, with their labels and explanations."""
    pair = concepts(article)
    if pair is None:
        return []
    return article_statements(article, *pair)


def comparison_targets(article: Article) -> list[str]:
    """Link targets named in the comparison section: the articles of the other concept."""
    section = article.section(Role.COMPARISON)
    if section is None:
        return []
    return [link.target for link in article.links if any(link.text in u for u in section.units)]


def linked_statements(article: Article, linked: Article) -> list[Statement]:
    """Statements about the other concept from the definition of its own article.

    When the folder also holds the article the comparison links to (its `slug` or
    `translation_key` being the link's target), its definition describes that concept.
    """
    pair = concepts(article)
    definition = linked.section(Role.DEFINITION)
    if pair is None or definition is None:
        return []
    _, other = pair
    return [
        Statement(
            text=mask_mentions(sentence, linked.lang, other.terms),
            label=other.label,
            explanation=f"{other.label}: “{sentence}” ({definition.heading})",
        )
        for sentence in definition.units
        if len(sentence) <= 200
    ]
