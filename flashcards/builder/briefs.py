"""What a rebuild needs of an unchanged article without its text: its brief (everything but its
sections and analyses, its grouping evidence, its duplicate-check identity), kept by content
hash with the deck, and the article itself read from the cache only when asked for.

A rebuild of a deck whose files mostly did not change reads every article's brief (a few
hundred bytes) instead of decoding every cached parse; only the articles of the groups whose
cards it makes again (and whatever else asks for their text) are decoded, in one batch.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson

from flashcards.builder.grouping import Evidence, evidence_of
from flashcards.builder.reader import PARSER_VERSION
from flashcards.text.analysis import Analysis
from flashcards.types import Article, Link, Note, head_fields

#: Bump when what a brief holds, or how grouping's evidence or the identity is found, changes.
BRIEF_VERSION = 1
#: What kept briefs must say to be used: made the same way, of parses by the same reader.
STAMP = f"{BRIEF_VERSION}/{PARSER_VERSION}"


class Stale(Exception):
    """A shortcut of the build did not hold (a cached parse a brief stood for is gone, a file
    whose stat said it had not changed had): the build plans again without shortcuts."""


def identity(article: Article) -> str:
    """What two files must share to be the same article (the duplicate check): everything
    the reader made of them but their paths, encodings, notes and analyses."""
    return _identity(dataclasses.replace(article, analyses={}).to_dict())


#: What the duplicate check leaves out of an article (`identity`).
_NOT_IDENTITY = frozenset(
    {
        "path",
        "content_hash",
        "encoding",
        "notes",
        "lang_confidence",
        "lang_source",
        "analyses",
        "parser",
    }
)
#: What a brief's head leaves out of an article: what is read from the cache when asked for.
_NOT_HEAD = frozenset({"path", "sections", "analyses"})


def _identity(data: Mapping[str, Any]) -> str:
    kept = {k: v for k, v in data.items() if k not in _NOT_IDENTITY}
    payload = orjson.dumps(kept, option=orjson.OPT_SORT_KEYS)
    return hashlib.blake2b(payload, digest_size=16).hexdigest()


@dataclass(frozen=True)
class Brief:
    """One parse's brief: `head` is `Article.to_dict` without path, sections and analyses;
    `analysed`: how many analyses it has."""

    identity: str
    evidence: Evidence
    head: Mapping[str, Any]
    analysed: int

    @classmethod
    def of(cls, article: Article, numbers: dict[str, list[str]] | None = None) -> Brief:
        """The brief of `article` (`numbers`: see `grouping.evidence_of`)."""
        data = dataclasses.replace(article, analyses={}).to_dict()
        head = {k: v for k, v in data.items() if k not in _NOT_HEAD}
        return cls(_identity(data), evidence_of(article, numbers), head, len(article.analyses))

    def to_json(self) -> list[Any]:
        ev = self.evidence
        numbers, roles = sorted(ev.numbers), list(ev.roles)
        return [self.identity, numbers, roles, ev.length, self.analysed, self.head]

    @classmethod
    def from_json(cls, data: Any) -> Brief:
        ident, numbers, roles, length, analysed, head = data
        # Filled in straight (frozen dataclasses, no checks of their own): every kept brief
        # of a deck is read at each rebuild, 10,000 at 5,000 article pairs.
        evidence = object.__new__(Evidence)
        evidence.__dict__.update(
            links=frozenset([link["target"] for link in head["links"]]),
            numbers=frozenset(numbers),
            roles=tuple(roles),
            length=int(length),
            keywords=frozenset([k.casefold() for k in head["keywords"]]),
        )
        brief = object.__new__(cls)
        brief.__dict__.update(
            identity=str(ident), evidence=evidence, head=head, analysed=int(analysed)
        )
        return brief


def dumps(briefs: Mapping[str, Brief]) -> dict[str, Any]:
    """`briefs` (by content hash) as JSON data to keep."""
    return {"version": STAMP, "briefs": {h: b.to_json() for h, b in briefs.items()}}


def loads(data: Any) -> dict[str, Brief]:
    """Kept briefs by content hash; none if they were kept by another version, or broken."""
    if not isinstance(data, dict) or data.get("version") != STAMP:
        return {}
    found: dict[str, Brief] = {}
    try:
        for content_hash, item in data["briefs"].items():
            found[content_hash] = Brief.from_json(item)
    except (KeyError, TypeError, ValueError, AttributeError):
        return {}  # only a shortcut: the parses are read again
    return found


#: Reads the cached parses of content hashes (those it has); a build's, over the store.
Fetch = Callable[[Collection[str]], Mapping[str, Article]]


class Parses:
    """The cached parses that lazy articles stand for, read when one is first asked for
    (`load` reads many in one go)."""

    def __init__(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self._found: dict[str, Article] = {}
        self.reads = 0  # how many parses were read (for tests and the profile)

    def load(self, hashes: Collection[str]) -> None:
        """Read the parses of `hashes` not read yet; Stale if one is no longer cached."""
        wanted = {h for h in hashes if h not in self._found}
        if not wanted:
            return
        found = self._fetch(wanted)
        missing = wanted - found.keys()
        if missing:
            raise Stale(f"{len(missing)} cached parses went while the build ran")
        self._found.update((h, found[h]) for h in wanted)
        self.reads += len(wanted)

    def article(self, content_hash: str) -> Article:
        self.load((content_hash,))
        return self._found[content_hash]


class LazyAnalyses(Mapping[str, Analysis]):
    """A lazy article's analyses: how many is known; they are read with its parse."""

    def __init__(self, source: Parses, content_hash: str, count: int) -> None:
        # Not the article itself: a cycle would keep every lazy article of a build until the
        # collector's next full pass (a process that rebuilds, the GUI, held them all).
        self._source = source
        self._hash = content_hash
        self._count = count
        self._found: dict[str, Analysis] | None = None

    def _all(self) -> dict[str, Analysis]:
        found = self._found
        if found is None:  # a plain dict of them: the cache's decodes them all when asked
            found = self._found = dict(self._source.article(self._hash).analyses)
        return found

    def __getitem__(self, text: str) -> Analysis:
        return self._all()[text]

    # The dict's own (`Mapping`'s go through `__getitem__`: see `store.parses`); a rebuild's
    # count of the vocabulary asks for each text of the unchanged articles of the groups
    # whose other article changed.
    def get(self, text: str, default: Any = None) -> Any:
        return self._all().get(text, default)

    def __contains__(self, text: object) -> bool:
        return text in self._all()

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0


#: A lazy article's fields made from its brief's head when one of them is first asked for
#: (see `lazy`): a rebuild asks none of them of the articles of the groups it does not make.
#: (Not those with a default: the class's would be found.)
_FROM_HEAD = frozenset(
    {"lang_confidence", "lang_source", "title", "description", "keywords", "links"}
)


class LazyArticle(Article):
    """An article of a file that did not change, made from its brief: its sections and
    analyses are read from the cache when first asked for, and the rest of its fields made
    from the brief's head when first asked for (its path, hash, language and translation
    key are there)."""

    _source: Parses
    _head: Mapping[str, Any]

    def __getattr__(self, name: str) -> Any:  # only for what is not there
        if name in _FROM_HEAD:
            fields = self.__dict__
            fields.update(_head_fields(fields["_head"]))
            return fields[name]
        if name == "sections":
            sections = self.full().sections
            object.__setattr__(self, "sections", sections)
            return sections
        raise AttributeError(name)

    def full(self) -> Article:
        """The cached parse this article stands for (with the cache's path)."""
        return self._source.article(self.content_hash)

    @property
    def loaded(self) -> bool:
        return "sections" in self.__dict__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Article):
            return NotImplemented
        return all(
            getattr(self, f.name) == getattr(other, f.name)
            for f in dataclasses.fields(Article)
            if f.compare
        )

    __hash__ = Article.__hash__

    def __reduce__(self) -> Any:  # a copy or a pickle is the whole article
        return (_plain, (whole(self),))


def _plain(article: Article) -> Article:
    return article


@dataclass
class Kept:
    """The briefs of a deck's last build (by content hash), the cache their articles are
    read from, and the briefs of the articles this build read (to keep for the next)."""

    briefs: Mapping[str, Brief]
    parses: Parses
    lazy: bool = True  # whether a brief stands for its article (else only saves deriving it)
    now: dict[str, Brief] = field(default_factory=dict)
    #: The briefs `make` made, by content hash, until `brief_of` takes them.
    _made: dict[str, Brief] = field(default_factory=dict, init=False, repr=False)

    def make(self, article: Article, numbers: dict[str, list[str]] | None = None) -> None:
        """Make the brief of `article` (a parse this build read) now, for `brief_of` to take:
        a build makes each as the parse comes from the workers, while they parse the others
        (made after the last, 10,000 briefs were ~1 s of one core busy, the other idle).
        `numbers`: see `grouping.evidence_of`."""
        key = article.content_hash
        if key not in self.briefs and key not in self._made:
            self._made[key] = Brief.of(article, numbers)

    def brief_of(self, article: Article, numbers: dict[str, list[str]] | None = None) -> Brief:
        """The brief of `article`: the kept one, or the one `make` made (let go of here), or
        one made now."""
        key = article.content_hash
        return self.briefs.get(key) or self._made.pop(key, None) or Brief.of(article, numbers)


def lazy(brief: Brief, path: str, source: Parses) -> LazyArticle:
    """The article of `path`, whose bytes' parse `brief` describes and `source` holds."""
    head = brief.head
    article = object.__new__(LazyArticle)
    # Straight into the instance's dict (a frozen dataclass's fields are plain attributes):
    # 10,000 unchanged files' articles at each rebuild, field by field was 1.3x slower. Only
    # what a rebuild asks of every article (grouping: the translation key); the rest when
    # first asked for (`LazyArticle.__getattr__`): making all of it was 0.07 s a rebuild.
    content_hash, notes = head["content_hash"], head.get("notes")
    article.__dict__.update(
        path=path,
        content_hash=content_hash,
        lang=head["lang"],
        translation_key=head["translation_key"],
        encoding=head.get("encoding", "utf-8"),
        notes=tuple(Note.from_dict(n) for n in notes) if notes else (),
        parser=int(head.get("parser", 0)),
        _source=source,
        _head=head,
        analyses=LazyAnalyses(source, content_hash, brief.analysed),
    )
    return article


def _head_fields(head: Mapping[str, Any]) -> dict[str, Any]:
    """The fields of a lazy article made from its brief's `head` when first asked for."""
    fields = head_fields(head)
    fields["links"] = tuple(map(_link, head["links"]))
    return fields


def _link(data: dict[str, str]) -> Link:
    """The `Link` of a kept head's link (as `Link(**data)` makes it, without its checks)."""
    link = object.__new__(Link)
    link.__dict__.update(target=data["target"], text=data["text"])
    return link


def load(articles: Iterable[Article]) -> None:
    """Read at once the cached parses of the lazy articles among `articles`."""
    sources: dict[int, tuple[Parses, set[str]]] = {}
    for article in articles:
        if isinstance(article, LazyArticle) and not article.loaded:
            source = article._source
            sources.setdefault(id(source), (source, set()))[1].add(article.content_hash)
    for source, hashes in sources.values():
        source.load(hashes)


def whole(article: Article) -> Article:
    """`article` with its sections and analyses (a lazy one read from the cache)."""
    if isinstance(article, LazyArticle):
        return dataclasses.replace(article.full(), path=article.path)
    return article
