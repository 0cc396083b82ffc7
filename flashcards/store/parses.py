"""How the build cache keeps a parsed article: compactly, in one compressed record whose
analyses are decoded only when a build asks for one of them.

A record is a format byte (`FORMAT`) and then, compressed with zlib, lines of JSON: the
article without its analyses (its sections as lists, not objects), how many analyses it
has, which text each is of (an index into the article's own texts, which are not written
again), and then each analysis on a line: its words and phrases as flat lists of numbers
(a lemma that is the word as written, or in lower case, is a number too).  A record
is about a fifth of the JSON documents kept before (`Article.to_dict`'s, 20 KB an article),
and a build's analyses recur (a deck's articles share most of their sentences), so each is
made once a build (`Encoder`).

A rebuild reads every cached parse's text (grouping wants each article's text and links)
but the analyses only of the few articles whose cards it makes again.  Parses kept as JSON
before (one document, or its text and analyses on lines of their own) are still read.  A
record of another format, or one that does not decode, reads as no parse: the file is parsed
again, never built from a parse it cannot trust.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import zlib
from collections.abc import (
    ItemsView,
    Iterable,
    Iterator,
    KeysView,
    Mapping,
    MutableMapping,
    Sequence,
    ValuesView,
)
from typing import Any

import orjson

from flashcards.text.analysis import Analysis, Phrase, Pos, Word
from flashcards.types import Article, Block, BlockKind, Link, Note, Role, Section, head_fields

#: The parse of a cache row whose parse a build has still to write.
NO_PARSE = b""
#: The format of the records written now (their first byte); bump when what they hold, or
#: how, changes: a record of another format is parsed again.
FORMAT = 2
_MARK = bytes([FORMAT])
#: zlib's level: 1 makes records 3.0x smaller than they are, 6 3.4x but takes 1.7x as long.
LEVEL = 1
#: The parts of speech by their number in a record (append only: numbers are kept).
_POS: tuple[Pos, ...] = tuple(
    Pos(value) for value in "noun propn adj verb adv num pron det adp conj part x".split()
)
_NUMBER = {pos: number for number, pos in enumerate(_POS)}
#: (part of speech, finite, ambiguous) by a word's number for them (`_analysis`).
_KINDS = [(pos, bool(code & 2), bool(code & 1)) for pos in _POS for code in range(4)]
#: A word, a phrase made from the plain tuple of its fields (in C).
_WORD = functools.partial(tuple.__new__, Word)
_PHRASE = functools.partial(tuple.__new__, Phrase)
#: A word's lemma that is the word as written (`_SAME`) or in lower case (`_LOWER`).
_SAME, _LOWER = 0, 1


class Unreadable(ValueError):
    """A kept parse this version cannot read (another format, or broken)."""


def _texts(title: str, description: str, sections: Iterable[Section]) -> Iterator[str]:
    """An article's texts in the order the reader analyses them (`reader.read_article`)."""
    yield title
    yield description
    for section in sections:
        yield section.heading
        yield from section.units


class Encoder:
    """Turns articles into records; each analysis (one object per text for a build) is
    encoded once, however many articles hold it."""

    def __init__(self) -> None:
        # By the analysis's id, with the analysis itself (so that the id is not reused).
        self._made: dict[int, tuple[Analysis, bytes]] = {}

    def dumps(self, article: Article) -> bytes:
        """The record of `article`."""
        analyses = article.analyses
        head = _head(article)
        if not analyses:
            return _MARK + zlib.compress(b"%b\n0\n[]" % head, LEVEL)
        where: dict[str, int] = {}
        for text in _texts(article.title, article.description, article.sections):
            where.setdefault(text, len(where))
        made, keys, parts = self._made, [], []
        for text, analysis in analyses.items():
            keys.append(where.get(text, text))
            found = made.get(id(analysis))
            if found is None:
                found = made[id(analysis)] = (analysis, _analysis(text, analysis))
            parts.append(found[1])
        payload = b"%b\n%d\n%b\n%b" % (head, len(parts), orjson.dumps(keys), b"\n".join(parts))
        return _MARK + zlib.compress(payload, LEVEL)


def records(articles: Sequence[Article]) -> list[bytes]:
    """The records of `articles` (one `Encoder` for them): what a build's card workers make
    of the articles they are sent anyway (`builder.deck.CardStream`'s `keep`; this module
    loads none of the store's others, nor SQLAlchemy)."""
    encoder = Encoder()
    return [encoder.dumps(article) for article in articles]


def dumps(article: Article) -> bytes:
    """The record of `article` (`Encoder.dumps`, for one article)."""
    return Encoder().dumps(article)


def _head(article: Article) -> bytes:
    return orjson.dumps(
        {
            "path": article.path,
            "content_hash": article.content_hash,
            "lang": article.lang,
            "lang_confidence": article.lang_confidence,
            "lang_source": article.lang_source,
            "title": article.title,
            "description": article.description,
            "keywords": article.keywords,
            "translation_key": article.translation_key,
            "sections": [
                [s.heading, s.level, s.role, [[b.kind, b.units] for b in s.blocks]]
                for s in article.sections
            ],
            "links": [[link.target, link.text] for link in article.links],
            "encoding": article.encoding,
            "notes": [note.to_dict() for note in article.notes],
            "parser": article.parser,
        }
    )


def _analysis(text: str, analysis: Analysis) -> bytes:
    """One analysis: its words as (gap from the last word's end, length, lemma, part of
    speech * 4 + finite * 2 + ambiguous, features), its phrases as (first, last, head,
    lemma), each flat."""
    words: list[Any] = []
    last = 0
    number = _NUMBER
    for start, end, lemma, pos, finite, feats, ambiguous in analysis.words:
        written = text[start:end]
        kept: str | int = lemma
        if lemma == written:
            kept = _SAME
        elif lemma == written.lower():
            kept = _LOWER
        words += (start - last, end - start, kept, number[pos] * 4 + finite * 2 + ambiguous, feats)
        last = end
    phrases = list(itertools.chain.from_iterable(analysis.phrases))
    # A copy: what orjson returns holds a buffer of kilobytes however short it is, and a
    # build keeps one of these an analysis (0.5 GB more at 5,000 pairs without the copy).
    return bytes(memoryview(orjson.dumps([words, phrases])))


def _words(text: str, flat: Sequence[Any]) -> tuple[Word, ...]:
    words: list[Word] = []
    end = 0
    kinds, word = _KINDS, _WORD
    each = iter(flat)
    for gap, length, lemma, code, feats in zip(each, each, each, each, each, strict=True):
        start = end + gap
        end = start + length
        if lemma == _SAME:
            lemma = text[start:end]
        elif lemma == _LOWER:
            lemma = text[start:end].lower()
        elif not isinstance(lemma, str):
            raise Unreadable(f"a lemma of {lemma!r}")
        pos, finite, ambiguous = kinds[code]
        words.append(word((start, end, lemma, pos, finite, feats, ambiguous)))
    return tuple(words)


def _phrases(flat: Sequence[Any]) -> tuple[Phrase, ...]:
    each = iter(flat)
    return tuple(map(_PHRASE, zip(each, each, each, each, strict=True)))


def _sections(data: Sequence[Any]) -> tuple[Section, ...]:
    return tuple(
        Section(
            heading,
            level,
            Role(role),
            tuple(Block(BlockKind(kind), tuple(units)) for kind, units in blocks),
        )
        for heading, level, role, blocks in data
    )


def _article(data: Mapping[str, Any]) -> Article:
    return Article(
        path=data["path"],
        **head_fields(data),
        sections=_sections(data["sections"]),
        links=tuple(Link(target, text) for target, text in data["links"]),
        encoding=data["encoding"],
        notes=tuple(Note.from_dict(n) for n in data["notes"]),
        parser=int(data["parser"]),
    )


#: What a record or an earlier document that does not decode raises (besides `Unreadable`).
_BROKEN = (zlib.error, orjson.JSONDecodeError, KeyError, IndexError, TypeError, ValueError)


def _lines(parsed: bytes) -> tuple[bytes, bytes, bytes]:
    """A record's first line, second, and the rest (`Unreadable` if it is not a record of
    this format)."""
    if parsed[:1] != _MARK:
        raise Unreadable(f"kept in format {parsed[:1]!r}")
    try:
        payload = zlib.decompress(memoryview(parsed)[1:])
    except zlib.error as error:
        raise Unreadable(str(error)) from None
    first, _, rest = payload.partition(b"\n")
    number, _, tail = rest.partition(b"\n")
    return first, number, tail


def _earlier(parsed: bytes) -> bool:
    """Whether a parse is kept as JSON, as before records (it is an object)."""
    return parsed[:1] == b"{"


def is_current(parsed: bytes) -> bool:
    """Whether a kept parse is a record of this format (else a build keeps it again)."""
    return parsed[:1] == _MARK


def head(parsed: bytes) -> dict[str, Any] | None:
    """A kept parse's text, layout and keys as JSON data, without its analyses (never
    decoded); None for one that cannot be read."""
    try:
        if _earlier(parsed):
            data: dict[str, Any] = orjson.loads(parsed.partition(b"\n")[0])
            data.pop("analyses", None)
            return data
        found = orjson.loads(_lines(parsed)[0])
    except (Unreadable, *_BROKEN):
        return None
    return found if isinstance(found, dict) else None


def loads(parsed: bytes, known: MutableMapping[tuple[str, str], Analysis]) -> Article | None:
    """The article of a kept parse, its analyses decoded when first asked for; None for one
    that cannot be read (another format, broken): its file is parsed again.  `known`: the
    analyses decoded so far by (language, text), shared with every article that has the
    same text (and added to)."""
    try:
        if _earlier(parsed):
            return _earlier_article(parsed.decode(), known)
        first, number, tail = _lines(parsed)
        article = _article(orjson.loads(first))
        count = int(number)
    except (Unreadable, *_BROKEN):
        return None
    if not count:
        return article
    return _with(article, LazyAnalyses(bytes(tail), count, article, known))


def article(parsed: bytes) -> Article | None:
    """The article of a kept parse on its own (`loads`)."""
    return loads(parsed, {})


def _earlier_article(parsed: str, known: MutableMapping[tuple[str, str], Analysis]) -> Article:
    first, newline, rest = parsed.partition("\n")
    data = orjson.loads(first)
    lang = data.get("lang", "")
    if newline:
        number, _, tail = rest.partition("\n")
        count = int(number)
        article = Article.from_dict(data)
        if count:
            return _with(article, _EarlierAnalyses(tail, count, lang, known))
        return article
    own = data.pop("analyses", None) or {}
    article = Article.from_dict(data)
    return _with(article, _earlier_decoded(own, lang, known))


def _with(article: Article, analyses: Mapping[str, Analysis]) -> Article:
    return dataclasses.replace(article, analyses=analyses)


def _earlier_decoded(
    own: Mapping[str, Any], lang: str, known: MutableMapping[tuple[str, str], Analysis]
) -> dict[str, Analysis]:
    found: dict[str, Analysis] = {}
    for text, value in own.items():
        analysis = known.get((lang, text))
        if analysis is None:
            analysis = known[(lang, text)] = Analysis.from_dict(value)
        found[text] = analysis
    return found


class _Lazy(Mapping[str, Analysis]):
    """An article's analyses by text, decoded the first time one is asked for (how many
    there are is known without decoding)."""

    def __init__(self, count: int) -> None:
        self._count = count
        self._found: dict[str, Analysis] | None = None

    def _decoded(self) -> dict[str, Analysis]:
        raise NotImplementedError

    def _all(self) -> dict[str, Analysis]:
        if self._found is None:
            self._found = self._decoded()
        return self._found

    def __getitem__(self, text: str) -> Analysis:
        return self._all()[text]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return self._count if self._found is None else len(self._found)

    # The decoded dict's own (`Mapping`'s go through `__getitem__`, a call or two more each:
    # a rebuild's count of the vocabulary and its cards look up each text of the articles
    # it reads again, tens of thousands of times).
    def get(self, text: str, default: Any = None) -> Any:
        return self._all().get(text, default)

    def __contains__(self, text: object) -> bool:
        return text in self._all()

    def keys(self) -> KeysView[str]:
        return self._all().keys()

    def items(self) -> ItemsView[str, Analysis]:
        return self._all().items()

    def values(self) -> ValuesView[Analysis]:
        return self._all().values()


class LazyAnalyses(_Lazy):
    """The analyses of a record (its lines after the second: which texts they are of, then
    one line each), read with the article's own texts."""

    def __init__(
        self,
        raw: bytes,
        count: int,
        article: Article,
        known: MutableMapping[tuple[str, str], Analysis],
    ) -> None:
        super().__init__(count)
        self._raw: bytes | None = raw
        # The texts the analyses are of, not the article (which holds this mapping).
        self._of = (article.lang, article.title, article.description, article.sections)
        self._known = known

    def _decoded(self) -> dict[str, Analysis]:
        assert self._raw is not None
        first, *values = self._raw.split(b"\n")
        lang, title, description, sections = self._of
        texts = list(dict.fromkeys(_texts(title, description, sections)))
        known = self._known
        found: dict[str, Analysis] = {}
        for key, value in zip(orjson.loads(first), values, strict=True):
            text = texts[key] if isinstance(key, int) else key
            analysis = known.get((lang, text))
            if analysis is None:  # decoded once a read (most texts recur)
                words, phrases = orjson.loads(value)
                analysis = Analysis(_words(text, words), _phrases(phrases))
                known[(lang, text)] = analysis
            found[text] = analysis
        self._raw = None
        return found


class _EarlierAnalyses(_Lazy):
    """The analyses of a parse kept as JSON before records (its third line)."""

    def __init__(
        self, raw: str, count: int, lang: str, known: MutableMapping[tuple[str, str], Analysis]
    ) -> None:
        super().__init__(count)
        self._raw: str | None = raw
        self._lang = lang
        self._known = known

    def _decoded(self) -> dict[str, Analysis]:
        assert self._raw is not None
        found = _earlier_decoded(orjson.loads(self._raw), self._lang, self._known)
        self._raw = None
        return found
