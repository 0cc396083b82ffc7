"""How the build cache keeps a parsed article: its text as one JSON document, then on lines of
their own how many analyses it has and the analyses as another JSON document, decoded only
when a build asks for one of them.

A rebuild reads every cached parse (grouping wants each article's text and links) but the
analyses (nine tenths of a parse's bytes and of its decoding) only of the few articles whose
cards it makes again.  A parse stored before as one document is still read.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, MutableMapping

import orjson

from flashcards.text.analysis import Analysis
from flashcards.types import Article


def dumps(article: Article) -> str:
    """The parse of `article` as the cache keeps it."""
    data = article.to_dict()
    analyses = data.pop("analyses")
    return f"{orjson.dumps(data).decode()}\n{len(analyses)}\n{orjson.dumps(analyses).decode()}"


def is_one_document(parsed: str) -> bool:
    """Whether a parse is kept the earlier way, analyses and all in one JSON document."""
    return "\n" not in parsed


def whole(parsed: str) -> str:
    """A kept parse as one JSON document (`Article.to_dict`'s), whichever way it was kept."""
    head, newline, rest = parsed.partition("\n")
    if not newline:
        return parsed
    tail = rest.partition("\n")[2]
    return f'{head[:-1]},"analyses":{tail}}}'  # the head is an object with keys


def head(parsed: str) -> dict[str, object]:
    """A kept parse's text, layout and keys, without its analyses (never decoded)."""
    data: dict[str, object] = orjson.loads(parsed.partition("\n")[0])
    data.pop("analyses", None)
    return data


def loads(parsed: str, known: MutableMapping[tuple[str, str], Analysis]) -> Article:
    """The article of a kept parse; `known`: the analyses decoded so far by (language, text),
    shared with every article that has the same text (and added to)."""
    first, newline, rest = parsed.partition("\n")
    data = orjson.loads(first)
    lang = data.get("lang", "")
    if newline:
        number, _, tail = rest.partition("\n")
        count = int(number)
        article = Article.from_dict(data)
        if count:
            return _with(article, LazyAnalyses(tail, count, lang, known))
        return article
    own = data.pop("analyses", None) or {}
    article = Article.from_dict(data)
    return _with(article, _decoded(own, lang, known))


def _with(article: Article, analyses: Mapping[str, Analysis]) -> Article:
    return dataclasses.replace(article, analyses=analyses)


def _decoded(
    own: Mapping[str, object], lang: str, known: MutableMapping[tuple[str, str], Analysis]
) -> dict[str, Analysis]:
    found: dict[str, Analysis] = {}
    for text, value in own.items():
        analysis = known.get((lang, text))
        if analysis is None:
            analysis = known[(lang, text)] = Analysis.from_dict(value)  # type: ignore[arg-type]
        found[text] = analysis
    return found


class LazyAnalyses(Mapping[str, Analysis]):
    """An article's analyses by text, decoded from the kept JSON the first time one is
    asked for (how many there are is known without decoding)."""

    def __init__(
        self, raw: str, count: int, lang: str, known: MutableMapping[tuple[str, str], Analysis]
    ) -> None:
        self._raw: str | None = raw
        self._count = count
        self._lang = lang
        self._known = known
        self._found: dict[str, Analysis] | None = None

    def _all(self) -> dict[str, Analysis]:
        if self._found is None:
            assert self._raw is not None
            self._found = _decoded(orjson.loads(self._raw), self._lang, self._known)
            self._raw = None
        return self._found

    def __getitem__(self, text: str) -> Analysis:
        return self._all()[text]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return self._count if self._found is None else len(self._found)
