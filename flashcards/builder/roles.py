"""Recognise the role of each section from heading words kept per language in a data file."""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources

from flashcards.text.fold import fold
from flashcards.types import Role

#: The order in which roles are tried; the first whose words match wins.
_PRIORITY = (Role.DEFINITION, Role.TAKEAWAYS, Role.TECHNIQUES, Role.COMPARISON, Role.EXPLANATION)

#: The usual order of sections in these articles, used when no heading word matches.
_PATTERN = (Role.DEFINITION, Role.EXPLANATION, Role.COMPARISON, Role.TECHNIQUES)

_WORD = re.compile(r"\w+")


@functools.cache
def heading_words() -> dict[str, dict[Role, tuple[str, ...]]]:
    """The heading keywords per language and role, from `data/headings.toml`."""
    raw = tomllib.loads(
        resources.files("flashcards.builder").joinpath("data/headings.toml").read_text("utf-8")
    )
    return {
        lang: {Role(role): tuple(fold(w) for w in words) for role, words in table.items()}
        for lang, table in raw.items()
    }


def _matches(keyword: str, heading: str, words: Sequence[str]) -> bool:
    if " " in keyword:
        return keyword in heading
    if len(keyword) <= 3:
        return keyword in words
    return any(keyword in word for word in words)


#: How many (heading, language) pairs `match_role` keeps the answer to: a deck's articles
#: repeat their headings ("Yumuşak Satış Nedir?" in every translation of the pair).
HEADINGS_KEPT = 20_000


@functools.lru_cache(maxsize=HEADINGS_KEPT)
def match_role(heading: str, lang: str | None) -> Role | None:
    """The role named by the heading's words in `lang` (or English), if any."""
    table = heading_words()
    folded = fold(heading)
    words = _WORD.findall(folded)
    langs = [lang] if lang in table else list(table)
    if "en" not in langs:
        langs.append("en")
    for role in _PRIORITY:
        for code in langs:
            if any(_matches(k, folded, words) for k in table[code].get(role, ())):
                return role
    return None


def classify(headings: Sequence[str], lang: str | None) -> list[Role]:
    """Roles for the section headings of one article, falling back to their position."""
    matched = [match_role(h, lang) for h in headings]
    used = {r for r in matched if r is not None}
    roles: list[Role] = []
    for index, role in enumerate(matched):
        if role is None:
            positional = _PATTERN[index] if index < len(_PATTERN) else Role.OTHER
            role = positional if positional not in used else Role.OTHER
            used.add(role)
        roles.append(role)
    return roles
