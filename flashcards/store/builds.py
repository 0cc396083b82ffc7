"""What a build reads and writes: the article cache, the deck's cards, and the planned writes.

A build reads everything it needs in one read transaction (no lock), plans in memory, and
then writes in one short transaction: every write planned here is guarded, so a card the
user edited, deleted or a build changed meanwhile is left as it is rather than overwritten.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import operator
import os
import pickle
import queue
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, cast

import orjson
from sqlalchemy import Table, bindparam, event, insert, literal_column, select, update
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from flashcards import collector
from flashcards.errors import StoreError
from flashcards.store import parses, shortcuts
from flashcards.store.cards import IMPORTED_PREFIXES, _json_list
from flashcards.store.cards import _spec_values as spec_values
from flashcards.store.database import is_disk_full
from flashcards.store.models import ArticleRow, Card, Setting, utcnow
from flashcards.store.prepared import Prepared
from flashcards.text.analysis import Analysis
from flashcards.types import Article, CardSpec, Group

#: Rows per IN (...) query: well under SQLite's limit on bound parameters.
_CHUNK = 500
_CARDS = cast(Table, Card.__table__)
_ARTICLES = cast(Table, ArticleRow.__table__)


@dataclass(frozen=True)
class SyncCounts:
    """What storing one build did to a deck's cards."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    retired: int = 0
    restored: int = 0


class StoredArticle(NamedTuple):
    """An article as the last build that read its path left it in the cache (a named tuple:
    a rebuild makes one for each of a deck's files, 10,000 at 5,000 pairs)."""

    id: int
    content_hash: str
    group_key: str


class StoredCard(NamedTuple):
    """What a build needs to know of one of the deck's cards (a named tuple: a rebuild makes
    one for each card of the groups it makes again, a full build for each of the deck's)."""

    id: int
    uid: str
    content_hash: str
    retired: bool
    source_lang: str
    target_lang: str
    source_files: tuple[str, ...]
    edited: bool
    deleted: bool
    group_key: str


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


#: `_rows_in`'s statements, by name and dialect (each compiled once a process).
_IN_STATEMENTS: dict[tuple[str, str], Prepared] = {}
#: The names of an IN (...) list's `_CHUNK` parameters.
_IN_NAMES = tuple(f"in_{n}" for n in range(_CHUNK))


def _rows_in(
    session: Session,
    name: str,
    make: Callable[[list[Any]], Any],
    values: Sequence[Any],
    fixed: Mapping[str, Any] | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The rows of the query `make(parameters)` (the IN list's `_CHUNK` bound parameters)
    for `values`, `_CHUNK` at a time (the last chunk padded with its last value, which
    matches no row twice), run on the driver's cursor in the session's transaction: a
    rebuild reads 10,000 article rows and 9,000 cards this way in half the time of
    SQLAlchemy's execution and result rows.  `fixed`: the query's other parameters."""
    if not values:
        return
    connection = session.connection()
    dialect = connection.dialect
    prepared = _IN_STATEMENTS.get((name, dialect.name))
    if prepared is None:
        statement = make([bindparam(n) for n in _IN_NAMES])
        prepared = _IN_STATEMENTS[(name, dialect.name)] = Prepared(statement, dialect)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for chunk in _chunks(values):
            given = dict(zip(_IN_NAMES, chunk, strict=False))
            for padding in _IN_NAMES[len(chunk) :]:
                given[padding] = chunk[-1]
            if fixed:
                given.update(fixed)
            yield from prepared.all(cursor, given)
    finally:
        cursor.close()


def cached_articles(
    session: Session, hashes: Iterable[str], older: set[str] | None = None
) -> dict[str, Article]:
    """Parsed articles by content hash, for the files whose bytes did not change (a parse
    that cannot be read is not there: its file is parsed again); the hashes of those kept
    in an earlier format are added to `older`."""
    with collector.paused():  # articles and their analyses form no cycle
        return _cached_articles(session, hashes, older)


def _cached_articles(
    session: Session, hashes: Iterable[str], older: set[str] | None
) -> dict[str, Article]:
    found: dict[str, Article] = {}
    # The articles of a deck share most of their texts: each text's analysis is read once.
    analyses: dict[tuple[str, str], Analysis] = {}
    for chunk in _chunks(sorted(set(hashes))):
        query = select(ArticleRow.content_hash, ArticleRow.parsed).where(
            ArticleRow.content_hash.in_(chunk), ArticleRow.parsed != NO_PARSE
        )
        for content_hash, parsed in session.execute(query):
            if content_hash not in found:
                article = parses.loads(parsed, analyses)
                if article is None:
                    continue
                found[content_hash] = article
                if older is not None and not parses.is_current(parsed):
                    older.add(content_hash)
    return found


#: The settings key of what one language's analysers looked up in earlier builds.
_MEMO_KEY = "analysis-memo:"


def analysis_memos(session: Session) -> dict[str, dict[str, Any]]:
    """What the analysers of earlier builds looked up, per language (`analysis.take_memos`)."""
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(_MEMO_KEY))
    found: dict[str, dict[str, Any]] = {}
    for key, value in session.execute(query):
        try:
            data = orjson.loads(value)
        except orjson.JSONDecodeError:
            continue  # a memo is only a shortcut: a broken one is looked up again
        if isinstance(data, dict):
            found[key.removeprefix(_MEMO_KEY)] = data
    return found


def save_analysis_memos(session: Session, memos: Mapping[str, Mapping[str, Any]]) -> None:
    """Keep what the analysers looked up, for the next build."""
    for lang, data in memos.items():
        _put_json(session, _MEMO_KEY + lang, data)


@dataclass(frozen=True)
class Encoded:
    """JSON data already encoded (`encoded`): a build encodes the vocabulary tallies it keeps
    in the settings before its write transaction, which then only stores the text (its
    briefs and file stats are encoded ahead as well: see `store.shortcuts`)."""

    text: str


def encoded(data: Any) -> Encoded:
    """`data` as the JSON a setting holds (see `Encoded`)."""
    return Encoded(orjson.dumps(data).decode())


def _put_json(session: Session, key: str, data: Any) -> None:
    """The setting `key` holds `data` as JSON from now on (added or replaced); `data` may be
    `Encoded` already."""
    value = data.text if isinstance(data, Encoded) else orjson.dumps(data).decode()
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


#: The settings key of a deck's vocabulary counts in one direction (see `lexicon_tallies`).
_TALLY_KEY = "lexicon-tally:"


def lexicon_tallies(session: Session, deck_id: int | None) -> dict[tuple[str, str], Any]:
    """What the deck's last build counted of its vocabulary, by direction (as JSON data)."""
    if deck_id is None:
        return {}
    prefix = f"{_TALLY_KEY}{deck_id}:"
    query = select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))
    found: dict[tuple[str, str], Any] = {}
    for key, value in session.execute(query):
        source, _, target = key.removeprefix(prefix).partition(">")
        try:
            found[(source, target)] = orjson.loads(value)
        except orjson.JSONDecodeError:
            continue  # only a shortcut: the next build counts again
    return found


def save_lexicon_tallies(
    session: Session, deck_id: int, tallies: Mapping[tuple[str, str], Any]
) -> None:
    """Keep the deck's vocabulary counts (JSON data by direction, or `Encoded`) for its next
    build."""
    for (source, target), data in tallies.items():
        _put_json(session, f"{_TALLY_KEY}{deck_id}:{source}>{target}", data)


#: The settings keys of what a deck's last build kept to spare the next one work: the briefs
#: of its articles' parses (`builder.briefs`), and how it found each file (`pipeline.Seen`).
_BRIEFS_KEY = "article-briefs:"
_SEEN_KEY = "file-stats:"


def kept_briefs(session: Session, deck_id: int | None) -> shortcuts.KeptMap:
    """The briefs of the deck's last build's parses (`save_build_shortcuts`): JSON data,
    None where there are none, or they are broken (they are only a shortcut)."""
    if deck_id is None:
        return shortcuts.KeptMap()
    return shortcuts.read(session, f"{_BRIEFS_KEY}{deck_id}", BRIEFS_FIELD)


def kept_file_stats(session: Session, deck_id: int | None) -> shortcuts.KeptMap:
    """How the deck's last build found its files (`save_build_shortcuts`), as JSON data."""
    if deck_id is None:
        return shortcuts.KeptMap()
    return shortcuts.read(session, f"{_SEEN_KEY}{deck_id}", SEEN_FIELD)


#: Where the kept maps' data holds their entries (see `store.shortcuts`).
BRIEFS_FIELD = "briefs"
SEEN_FIELD = "files"


def save_build_shortcuts(
    session: Session, deck_id: int, briefs: shortcuts.Writes, seen: shortcuts.Writes
) -> None:
    """Keep, for the deck's next build, its articles' briefs and how it found its files
    (each map's base or the patch of it, see `store.shortcuts.plan`)."""
    shortcuts.write(session, f"{_BRIEFS_KEY}{deck_id}", briefs)
    shortcuts.write(session, f"{_SEEN_KEY}{deck_id}", seen)


def stored_articles(session: Session, paths: Iterable[str]) -> dict[str, StoredArticle]:
    """The cache's row of each of `paths` that an earlier build read."""
    rows = _rows_in(session, "stored_articles", _stored_articles, sorted(set(paths)))
    return {
        path: StoredArticle(row_id, content_hash, group_key)
        for path, row_id, content_hash, group_key in rows
    }


def _stored_articles(paths: list[Any]) -> Any:
    columns = (ArticleRow.path, ArticleRow.id, ArticleRow.content_hash, ArticleRow.group_key)
    return select(*columns).where(ArticleRow.path.in_(paths))


#: The parse of a cache row whose parse is still to be written (see `write_parses`).
NO_PARSE = parses.NO_PARSE
#: Parses written per transaction after a build (a generated article's record is about
#: 4 KB, so 96 are about 400 KB; PostgreSQL held its lock 99 ms for 50 of the 19 KB JSON
#: documents kept before). With 8, a 2,000-pair build committed 500 times after its cards
#: (3.3-5.9 s at load 5).
PARSES_AT_ONCE = 96


def translation_keys(session: Session, paths: Iterable[str]) -> dict[str, str | None]:
    """The translation key each of `paths` had when a build last read it."""
    found: dict[str, str | None] = {}
    for chunk in _chunks(sorted(set(paths))):
        query = select(ArticleRow.path, ArticleRow.parsed).where(
            ArticleRow.path.in_(chunk), ArticleRow.parsed != NO_PARSE
        )
        for path, parsed in session.execute(query):
            head = parses.head(parsed)
            if head is not None:
                key = head.get("translation_key")
                found[path] = key if isinstance(key, str) else None
    return found


@dataclass
class ArticleWrites:
    """The cache rows one build adds or changes (an unchanged article is not written).

    The rows go in with the cards, in the build's one transaction, but with their parse
    left out (`NO_PARSE`): the parses, tens of kilobytes each, follow in short transactions
    of their own (`write_parses`), so that the lock is held for the cards and no longer.
    A parse lost to a crash in between is only a parse the next build makes again.
    """

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    parses: list[Article] = field(default_factory=list)  # turned into records a few at a time
    #: `inserts` as the driver takes them (`prepare_articles`), or None.
    prepared: tuple[Prepared, list[list[Any] | dict[str, Any]]] | None = None


def plan_articles(
    stored: dict[str, StoredArticle], groups: Sequence[Group], rewrite: Collection[str] = ()
) -> ArticleWrites:
    """Remember each article's hash, group and parse, for incremental rebuilds; `rewrite`:
    the content hashes whose parse is kept in an earlier format (`parses.is_current`), to
    keep again as a record of this one (once)."""
    writes = ArticleWrites()
    now = utcnow()
    for group in groups:
        for article in group.members.values():
            old = stored.get(article.path)
            if old is not None and (old.content_hash, old.group_key) == (
                article.content_hash,
                group.key,
            ):
                if article.content_hash in rewrite:
                    writes.parses.append(article)
                continue
            values = {
                "path": article.path,
                "content_hash": article.content_hash,
                "lang": article.lang,
                "title": article.title,
                "group_key": group.key,
                "parsed": NO_PARSE,
                "updated_at": now,
            }
            writes.parses.append(article)
            if old is None:
                writes.inserts.append(values)
            else:
                writes.updates.append({"id": old.id, **values})
    return writes


def prepare_articles(writes: ArticleWrites, dialect: Dialect) -> None:
    """Convert the inserts of `writes` for the driver now, before the write transaction,
    which then only hands them over (10,000 new articles: 0.16 s of the lock otherwise)."""
    rows = writes.inserts
    if not rows:
        return
    columns = tuple(rows[0])
    if any(tuple(row) != columns for row in rows):
        return  # not all alike: inserted as they are
    statement = Prepared(
        insert(_ARTICLES).values(
            {c: bindparam("a_" + c, type_=_ARTICLES.c[c].type) for c in columns}
        ),
        dialect,
    )
    named = [("a_" + c, c) for c in columns]
    writes.prepared = (
        statement,
        [statement.parameters({name: row[c] for name, c in named}) for row in rows],
    )


def write_articles(session: Session, writes: ArticleWrites) -> None:
    """The cache rows, without their parses (in the build's transaction)."""
    if writes.prepared is not None:
        statement, rows = writes.prepared
        cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            statement.many(cursor, rows)
        finally:
            cursor.close()
    elif writes.inserts:
        session.execute(insert(_ARTICLES), writes.inserts)
    if writes.updates:
        session.execute(update(ArticleRow), writes.updates)


_SET_PARSE = (
    update(_ARTICLES)
    .where(_ARTICLES.c.path == bindparam("p_path"), _ARTICLES.c.content_hash == bindparam("p_hash"))
    .values(parsed=bindparam("p_parsed"))
)


def parse_batches(
    writes: ArticleWrites, made: Mapping[str, bytes] | None = None
) -> Iterator[list[dict[str, Any]]]:
    """The parses to write after the build, `PARSES_AT_ONCE` to a transaction, each batch
    made when it is written (a deck's parses together are as large as its articles are many:
    40 MB of records at 10,000 articles, and their objects far more); `made`: the records
    made already, by path (`parses.records`), each taken as it is."""
    articles, made = writes.parses, made or {}
    encoder = parses.Encoder()
    for start in range(0, len(articles), PARSES_AT_ONCE):
        yield [
            {
                "p_path": article.path,
                "p_hash": article.content_hash,
                "p_parsed": made.get(article.path) or encoder.dumps(article),
            }
            for article in articles[start : start + PARSES_AT_ONCE]
        ]


class ParsesAhead:
    """`parse_batches` made by a thread a few batches ahead of their writes (`AHEAD`): the
    parses' records are made while the build's own thread waits on SQLite (its write
    transaction's copy and commit, each parse transaction's sync), which leaves Python's
    lock free (and zlib lets go of it while it compresses: half a record's making).
    Iterate once; close when done (a context manager): a build that stops early lets go
    of the thread.

    `AHEAD` lets most of a deck's records be made during the cards' transaction (at 5,000
    article pairs 40 of its 105 batches, ~10 MiB more at the build's peak: 573 MiB); with 16
    the parse transactions after it waited on their making (the writing phase 6.1 s against
    6.8-7.4, quiet)."""

    AHEAD = 40

    def __init__(self, writes: ArticleWrites, made: Mapping[str, bytes] | None = None) -> None:
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue(self.AHEAD)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._make, args=(writes, made), name="parses-ahead", daemon=True
        )
        self._thread.start()

    def __enter__(self) -> ParsesAhead:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _make(self, writes: ArticleWrites, made: Mapping[str, bytes] | None) -> None:
        try:
            for batch in parse_batches(writes, made):
                if not self._put(("batch", batch)):
                    return
        except BaseException as error:  # handed to the build's thread
            self._put(("error", error))
            return
        self._put(("done", None))

    def _put(self, item: tuple[str, Any]) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
            except queue.Full:
                continue
            return True
        return False

    def __iter__(self) -> Iterator[list[dict[str, Any]]]:
        while True:
            what, value = self._queue.get()
            if what == "done":
                return
            if what == "error":
                raise value
            yield value

    def close(self) -> None:
        self._stop.set()
        self._thread.join()


def write_parses(session: Session, batch: Sequence[dict[str, Any]]) -> None:
    """Fill in the parses of rows a build wrote, unless another build changed them since."""
    session.connection().execute(_SET_PARSE, list(batch))


_CARD_COLUMNS = (
    Card.id,
    Card.uid,
    Card.content_hash,
    Card.retired,
    Card.source_lang,
    Card.target_lang,
    Card.source_files,
    Card.edited,
    Card.deleted,
    Card.group_key,
)


def stored_cards(
    session: Session,
    deck_id: int | None,
    groups: Collection[str] | None = None,
    uids: Collection[str] = (),
) -> dict[str, StoredCard]:
    """The deck's cards by uid (none for a deck not made yet); with `groups`, only the
    cards of those groups and those with one of `uids`."""
    if deck_id is None:
        return {}
    rows: Iterable[Iterable[tuple[Any, ...]]]
    if groups is None:
        query = select(*_CARD_COLUMNS).where(Card.deck_id == deck_id)
        rows = [session.execute(query)]
    else:
        deck = {"deck": deck_id}
        rows = [
            _rows_in(session, "cards_of_groups", _cards_of_groups, sorted(groups), deck),
            _rows_in(session, "cards_of_uids", _cards_of_uids, sorted(uids), deck),
        ]
    found: dict[str, StoredCard] = {}
    files: dict[str, tuple[str, ...]] = {}  # a group's cards share a few lists of files
    for some in rows:
        for (
            card_id,
            uid,
            content_hash,
            retired,
            source,
            target,
            raw,
            edited,
            deleted,
            key,
        ) in some:
            paths = files.get(raw)
            if paths is None:
                paths = files[raw] = tuple(orjson.loads(raw))
            found[uid] = StoredCard(
                card_id, uid, content_hash, retired, source, target, paths, edited, deleted, key
            )
    return found


def _cards_of_groups(keys: list[Any]) -> Any:
    return select(*_CARD_COLUMNS).where(Card.deck_id == bindparam("deck"), Card.group_key.in_(keys))


def _cards_of_uids(uids: list[Any]) -> Any:
    return select(*_CARD_COLUMNS).where(Card.deck_id == bindparam("deck"), Card.uid.in_(uids))


#: Active cards counted by group key, source and target language.
Active = Mapping[tuple[str, str, str], int]


@dataclass
class CardWrites:
    """The writes that make a deck's cards match a build, each guarded by what the card
    was when the build read it (updates: `b_` what it was, `v_` the new values)."""

    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    retire_ids: list[int] = field(default_factory=list)
    counts: SyncCounts = field(default_factory=SyncCounts)
    #: New cards inserted as they were made (`spec_values`, made and updated at `made_at`),
    #: before `inserts`: kept as specs, each turned into its row only where it is stored.
    made: list[CardSpec] = field(default_factory=list)
    made_at: datetime | None = None

    def made_rows(self) -> list[dict[str, Any]]:
        """The rows of `made` (by column name)."""
        now = self.made_at
        if now is None:
            assert not self.made, "made cards need their time"
            return []
        return [
            {"uid": spec.uid, "created_at": now, **spec_values(spec, now)} for spec in self.made
        ]


def plan_cards(
    existing: dict[str, StoredCard],
    specs: Sequence[CardSpec],
    directions: Sequence[tuple[str, str]],
    protected_paths: Iterable[str] = (),
    groups: Collection[str] | None = None,
    active: Active | None = None,
) -> CardWrites:
    """The writes that make the deck's cards for `directions` match `specs`.

    New cards are added, changed ones updated in place (keeping their id and history),
    and cards no longer produced are retired, never deleted.  Cards that came from a file
    that could not be read this time (`protected_paths`) are left as they are, and cards
    the user edited keep their text; cards the user deleted stay retired.  With `groups`,
    only the cards of those groups were made again: the others are left as they are;
    with `active` too (`store.cards.built_groups`), `existing` holds the cards of `groups`
    and those of `specs` only, and the others are counted from `active`.
    """
    plan = CardPlan(existing, directions, protected_paths, groups, active)
    writes = plan.add(specs)
    done = plan.finish()
    writes.retire_ids, writes.counts = done.retire_ids, done.counts
    return writes


class CardPlan:
    """`plan_cards` a batch of cards at a time (`add`), as a build makes them: what to
    retire, and the counts, once every card was given (`finish`).  Each uid once.

    `existing` need not hold the stored cards of every group made again at once: those of
    some groups can be given with the batch that has those groups' cards (`take`), and let
    go of once it was added (`settle`: the cards of a group come in one batch, see
    `deck.CardStream`), so that a rebuild that makes most groups again never holds the
    stored cards of all of them."""

    def __init__(
        self,
        existing: dict[str, StoredCard],
        directions: Sequence[tuple[str, str]],
        protected_paths: Iterable[str] = (),
        groups: Collection[str] | None = None,
        active: Active | None = None,
    ) -> None:
        self._existing, self._groups, self._active = existing, groups, active
        self._directions = directions
        self._protected = set(protected_paths)
        self._now = utcnow()
        self._produced: set[str] = set()
        self._new = self._updated = self._unchanged = self._restored = 0
        self._taken: list[StoredCard] = []  # given by `take`, until `settle`
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}  # an update's, by columns
        self._retired: list[int] = []  # the ids `settle` retires
        #: The languages of the cards a build makes (the others' cards are left as they are).
        built = set(directions)
        self._languages = built | {(s, s) for pair in built for s in pair}

    @property
    def existing(self) -> Mapping[str, StoredCard]:
        """The stored cards known now, by uid (those given and those taken)."""
        return self._existing

    def take(self, rows: Mapping[str, StoredCard]) -> None:
        """Know the stored cards `rows` as well until `settle`: those of the groups whose
        cards the next `add` gives (every card of each of those groups)."""
        existing = self._existing
        for uid, row in rows.items():
            if uid not in existing:
                existing[uid] = row
                self._taken.append(row)

    def settle(self) -> None:
        """The cards `take` gave that no `add` produced are retired (see `finish`), and all
        of them let go of: their groups' cards were all given."""
        taken, existing = self._taken, self._existing
        self._retired += self._to_retire(taken)
        for row in taken:
            del existing[row.uid]
        self._taken = []

    def _to_retire(self, rows: Iterable[StoredCard]) -> list[int]:
        """The ids of those of `rows` to retire: active, not produced, of a group made again
        and a language built, from no file that could not be read, not imported."""
        produced, groups, languages = self._produced, self._groups, self._languages
        protected = self._protected
        return [
            row.id
            for row in rows
            if row.uid not in produced
            and not row.retired
            and (groups is None or row.group_key in groups)
            and (row.source_lang, row.target_lang) in languages
            and not protected.intersection(row.source_files)
            and not row.group_key.startswith(IMPORTED_PREFIXES)  # imported, not built: kept
        ]

    def add(self, specs: Iterable[CardSpec]) -> CardWrites:
        """The inserts and updates of `specs` (no retirements, no counts)."""
        with collector.paused():  # the planned rows form no cycle
            return self._add(specs)

    def _add(self, specs: Iterable[CardSpec]) -> CardWrites:
        now, existing, produced = self._now, self._existing, self._produced
        writes = CardWrites(made_at=now)
        made = writes.made
        for spec in specs:
            produced.add(spec.uid)
            row = existing.get(spec.uid)
            if row is None:
                made.append(spec)
                continue
            if row.deleted:
                continue  # the user deleted it: it stays retired
            if not row.retired and (row.content_hash == spec.content_hash or row.edited):
                self._unchanged += 1  # (most cards of a group made again: no row to make)
                continue
            values = spec_values(spec, now)
            if row.edited:
                for key in (
                    "front",
                    "back",
                    "extra",
                    "content_hash",
                    "alternatives",
                    "answer_lemma",
                ):
                    values.pop(key)
            # The guard's `b_` and the values' `v_` names, made once for each set of columns
            # (a rebuild that makes every group again updates 458,000 cards).
            columns = tuple(values)
            names = self._names.get(columns)
            if names is None:
                names = self._names[columns] = (
                    "b_id",
                    "b_retired",
                    "b_edited",
                    *("v_" + k for k in columns),
                )
            given = (row.id, row.retired, row.edited, *values.values())
            writes.updates.append(dict(zip(names, given, strict=True)))
            self._restored += row.retired
            self._updated += not row.retired
        self._new += len(made)
        return writes

    def finish(self) -> CardWrites:
        """The cards to retire, and what the plan did to the deck's cards (`counts`)."""
        with collector.paused():
            return self._finish()

    def _finish(self) -> CardWrites:
        existing, produced, groups, active = (
            self._existing,
            self._produced,
            self._groups,
            self._active,
        )
        unchanged = self._unchanged
        languages = self._languages
        writes = CardWrites()
        writes.retire_ids = self._retired + self._to_retire(existing.values())
        if groups is not None:  # the cards of the groups not made again stay as they are
            chosen = groups

            def elsewhere(key: str, source: str, target: str) -> bool:
                return (
                    key not in chosen
                    and (source, target) in languages
                    and not key.startswith(IMPORTED_PREFIXES)
                )

            rows = [r for r in existing.values() if not r.retired]
            if active is None:
                unchanged += sum(
                    1
                    for row in rows
                    if row.uid not in produced
                    and elsewhere(row.group_key, row.source_lang, row.target_lang)
                )
            else:
                unchanged += sum(n for key, n in active.items() if elsewhere(*key)) - sum(
                    1
                    for row in rows
                    if row.uid in produced
                    and elsewhere(row.group_key, row.source_lang, row.target_lang)
                )
        writes.counts = SyncCounts(
            self._new, self._updated, unchanged, len(writes.retire_ids), self._restored
        )
        return writes


def retire_too(
    writes: CardWrites,
    existing: dict[str, StoredCard],
    uids: Iterable[str],
    protected_paths: Iterable[str] = (),
) -> None:
    """Retire the active cards with these uids as well (cards made from a selection whose
    sentence is gone, in whatever direction), counting them; not those from a file that
    could not be read this time (`protected_paths`)."""
    planned, protected = set(writes.retire_ids), set(protected_paths)
    rows = [existing[uid] for uid in sorted(set(uids)) if uid in existing]
    more = [
        row.id
        for row in rows
        if not row.retired and row.id not in planned and not protected & set(row.source_files)
    ]
    if more:
        writes.retire_ids.extend(more)
        writes.counts = dataclasses.replace(
            writes.counts, retired=writes.counts.retired + len(more)
        )


def _guarded_update(keys: Iterable[str]) -> Any:
    return (
        update(_CARDS)
        .where(
            _CARDS.c.id == bindparam("b_id"),
            _CARDS.c.retired == bindparam("b_retired"),
            _CARDS.c.edited == bindparam("b_edited"),
            _CARDS.c.deleted.is_(False),
        )
        .values({key: bindparam("v_" + key, type_=_CARDS.c[key].type) for key in keys})
    )


def _insert(keys: Iterable[str]) -> Any:
    return insert(_CARDS).values(
        {key: bindparam("i_" + key, type_=_CARDS.c[key].type) for key in keys}
    )


#: What `SpooledWrites` keeps in memory before it goes to a temporary file.
SPOOL_IN_MEMORY = 8 * 2**20

#: `Connection.info` key: the files a transaction attached, detached when the connection
#: goes back to the pool (SQLite detaches none inside the transaction that read it).
_ATTACHED = "flashcards_attached"


class SpooledWrites:
    """`CardWrites` as the driver takes them, a batch at a time (`add`) as a build plans
    them: statements compiled and every value converted before the write transaction,
    which then only hands them over (`write_cards`), a batch at a time as well.

    The converted rows wait in a temporary file (in memory while small), not in the
    build's memory: at 5,000 article pairs they were hundreds of MiB, and a build's peak.
    On SQLite (`stage`) the inserts wait as rows of a table in a temporary SQLite file,
    which the write transaction attaches and copies from with one INSERT ... SELECT: the
    rows are bound and stored before the lock is taken, not while the lock is held (at
    458,000 cards, 2.4 s of SQLite's CPU in the lock instead of 6 s with Python's binding).
    `beside`: the collection whose folder the stage goes to (the disk the cards are going
    to anyway: ~300 MB at 458,000 cards, which in the system's temporary folder was RAM
    where it is a tmpfs, and a full temporary folder refused even a small build); without
    it, the temporary folder.  Close it when done (it is a context manager)."""

    def __init__(
        self, dialect: Dialect, stage: bool | None = None, beside: Path | None = None
    ) -> None:
        self._dialect = dialect
        self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY)  # noqa: SIM115 (see close)
        self._statements: dict[tuple[str, ...] | None, Prepared] = {}  # None: the insert
        self._defaults: dict[str, Any] | None = None
        self.rows = 0  # inserts and updates added
        self.retire_ids: list[int] = []
        if stage is None:
            stage = dialect.name == "sqlite"
        self._stage: _Stage | None = _Stage(beside) if stage else None
        self._made_places: dict[datetime, tuple[list[int], list[str]] | tuple[()]] = {}
        #: The columns an update sets, by its row's names in order (see `_add`).
        self._update_columns: dict[tuple[str, ...], tuple[str, ...]] = {}

    def __enter__(self) -> SpooledWrites:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self._file.close()
        if self._stage is not None:
            self._stage.close()

    def add(self, writes: CardWrites) -> None:
        """Convert and keep the inserts and updates of `writes` (in that order), and its
        retirements."""
        with collector.paused():  # converted rows form no cycle
            self._add(writes)

    def _add(self, writes: CardWrites) -> None:
        self.retire_ids.extend(writes.retire_ids)
        if writes.made:
            self._insert()
            if self._stage is None or not self._stage_made(writes.made, writes.made_at):
                self._add(CardWrites(inserts=writes.made_rows()))
        if writes.inserts:
            self._insert()
            for run in _runs(writes.inserts):
                if self._stage is not None:
                    self._stage_rows(run)
                else:
                    self._keep(None, self._insert_rows(run))
        by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        columns_of = self._update_columns
        for row in writes.updates:  # an edited card's update leaves its text out
            keys = tuple(row)
            columns = columns_of.get(keys)
            if columns is None:  # worked out once for rows with the same names in order
                columns = columns_of[keys] = tuple(sorted(k[2:] for k in keys if k[:2] == "v_"))
            by_columns.setdefault(columns, []).append(row)
        for columns, updates in by_columns.items():
            if columns not in self._statements:
                self._statements[columns] = Prepared(_guarded_update(columns), self._dialect)
            update_of = self._statements[columns]
            self._keep(columns, [update_of.parameters(r) for r in updates])

    def _insert(self) -> Prepared:
        if self._defaults is None:
            # Every column but the id and the deck's (given by `write_cards` in the SQL),
            # each default given here: the driver gets no defaults.
            self._defaults = {
                c.name: getattr(c.default, "arg", None)
                if c.default is not None and c.default.is_scalar
                else None
                for c in _CARDS.c
                if c.name not in ("id", "deck_id")
            }
            self._statements[None] = Prepared(_insert(self._defaults), self._dialect)
        return self._statements[None]

    def _insert_rows(self, rows: list[dict[str, Any]]) -> list[Any]:
        """`rows` (each with the same columns, in the same order) converted for the driver
        a column at a time: the plain values as they are, each distinct value of a column
        that needs converting (a flag, a time: the same few for every card) converted once,
        and the columns a build does not set converted once for them all.  The same values
        as `Prepared.parameters` of each row makes, without its per-row, per-column work
        (most of the build's own CPU when it wrote 458,000 cards)."""
        statement, defaults, n = self._statements[None], self._defaults, len(rows)
        assert defaults is not None
        given = dict(zip(rows[0], zip(*(row.values() for row in rows), strict=True), strict=True))
        columns: list[Any] = []
        for name, processor in statement.binds:
            key = name[2:]  # "i_" + the column's name
            column = given.get(key)
            if column is None:  # the same value for every card
                value = defaults[key]
                if value is not None and processor is not None:
                    value = processor(value)
                columns.append(itertools.repeat(value, n))
            elif processor is None:
                columns.append(column)
            else:
                columns.append(_converted(column, processor))
        converted = list(zip(*columns, strict=True))  # the rows again, in the statement's order
        if statement.positional or self._stage is not None:
            return converted
        names = [name for name, _ in statement.binds]
        return [dict(zip(names, row, strict=True)) for row in converted]

    def _stage_made(self, made: list[CardSpec], now: datetime | None) -> bool:
        """The rows of new cards into the stage, each taken from its spec as it is (the
        values the same for every card written in the stage's SQL); False if they are not
        all of those (then nothing was staged)."""
        stage = self._stage
        assert stage is not None and now is not None
        found = self._made_places.get(now)
        if found is None:
            found = self._made_places[now] = self._places_of_made(made[0], now)
        if not found:
            return False
        order, places = found
        taken, files = _MADE_TAKEN, _json_list
        rows = [(*taken(spec), files(spec.source_files), files(spec.alternatives)) for spec in made]
        stage.add_rows(places, rows, order)
        self.rows += len(rows)
        return True

    def _places_of_made(
        self, spec: CardSpec, now: datetime
    ) -> tuple[list[int], list[str]] | tuple[()]:
        """Where each value of a new card's row goes in the stage (its statement's order), and
        what: "?" for those taken from the spec, else the value written out; () if a row of
        `CardWrites.made_rows` is not that."""
        statement, defaults = self._statements[None], self._defaults
        assert defaults is not None
        index = {name[2:]: i for i, (name, _) in enumerate(statement.binds)}
        processors = {name[2:]: processor for name, processor in statement.binds}
        values = {"uid": spec.uid, "created_at": now, **spec_values(spec, now)}
        if set(values) - set(_MADE_COLUMNS) != set(_MADE_SAME) or not set(values) <= set(index):
            return ()  # spec_values changed: rows made one by one
        order = [index[column] for column in _MADE_COLUMNS]
        places = ["?"] * len(order)
        for column, i in index.items():
            if column in _MADE_COLUMNS:
                continue
            value = values[column] if column in values else defaults[column]
            processor = processors[column]
            if value is not None and processor is not None:
                value = processor(value)
            literal = _literal(value)
            if literal is None:
                return ()
            order.append(i)
            places.append(literal)
        return order, places

    def _stage_rows(self, rows: list[dict[str, Any]]) -> None:
        """`rows` (each with the same columns, in the same order) into the stage: the values
        the same for every row (the columns a build does not set, and most often its time
        and flags) written in the stage's SQL, the others taken from each row as they are.
        The same values as `_insert_rows` makes, with a tenth of its work per row."""
        stage, statement, defaults = self._stage, self._statements[None], self._defaults
        assert stage is not None and defaults is not None
        first = rows[0]
        places: list[str] = []  # of each of the statement's parameters
        varying: list[str] = []  # the columns taken from each row, in the statement's order
        for name, processor in statement.binds:
            key = name[2:]  # "i_" + the column's name
            if key not in first:
                values = {defaults[key]}
            elif processor is None:
                values = set()  # as it is
            else:
                try:
                    values = {row[key] for row in rows}
                except TypeError:  # a value that cannot be hashed
                    values = set()
            if len(values) == 1:
                (value,) = values
                if value is not None and processor is not None:
                    value = processor(value)
                literal = _literal(value)
                if literal is not None:
                    places.append(literal)
                    continue
            if processor is not None or key not in first:  # converted row by row
                stage.add_rows(["?"] * len(statement.binds), self._insert_rows(rows))
                self.rows += len(rows)
                return
            places.append("?")
            varying.append(key)
        if len(varying) == 1:
            (only,) = varying
            taken: list[Any] = [(row[only],) for row in rows]
        else:
            taken = list(map(operator.itemgetter(*varying), rows))
        stage.add_rows(places, taken)
        self.rows += len(rows)

    def inserts_into(self, deck_id: int) -> Prepared:
        """The insert of the rows kept, with the deck's id in its SQL."""
        assert self._defaults is not None
        deck: dict[str, Any] = {"deck_id": literal_column(str(int(deck_id)))}
        return Prepared(_insert(self._defaults).values(deck), self._dialect)

    def _keep(self, key: tuple[str, ...] | None, rows: list[list[Any] | dict[str, Any]]) -> None:
        pickle.dump((key, rows), self._file, protocol=pickle.HIGHEST_PROTOCOL)
        self.rows += len(rows)

    def batches(self) -> Iterator[tuple[Prepared, list[list[Any] | dict[str, Any]], bool]]:
        """Each batch kept: its statement, its rows, and whether they are inserts (those
        staged are not among them: see `copy_staged`)."""
        self._file.seek(0)
        while True:
            with collector.paused():
                try:
                    key, rows = pickle.load(self._file)
                except EOFError:
                    return
            yield self._statements[key], rows, key is None

    def copy_staged(self, session: Session, deck_id: int) -> None:
        """Insert the staged rows into the deck, in the session's transaction, in the order
        they were added (one INSERT ... SELECT from the stage, attached for it)."""
        stage = self._stage
        if stage is None or not stage.rows:
            return
        assert self._defaults is not None
        stage.finish()
        names = _insert_columns(self._statements[None])
        connection = session.connection()
        engine = connection.engine
        if not event.contains(engine, "checkin", _detach):
            event.listen(engine, "checkin", _detach)
        attached = connection.info.setdefault(_ATTACHED, [])
        schema = next(
            f"flashcards_stage{n}"
            for n in itertools.count()
            if f"flashcards_stage{n}" not in attached
        )
        raw = connection.connection.driver_connection
        assert raw is not None
        raw.execute(f"ATTACH DATABASE ? AS {schema}", (str(stage.path),))
        attached.append(schema)
        values = ", ".join(f"c{i}" for i in range(len(names)))
        raw.execute(
            f"INSERT INTO main.cards ({', '.join(names)}, deck_id) "
            f"SELECT {values}, {int(deck_id)} FROM {schema}.rows ORDER BY rowid"
        )


def _insert_columns(statement: Prepared) -> list[str]:
    """The columns of the cards' insert, in its parameters' order (each bound as `i_` and
    the column's name: checked against its SQL)."""
    names = [name[2:] for name, _ in statement.binds]
    for name in names:
        if not name.isidentifier() or name not in _CARDS.c:
            raise ValueError(f"not a column of cards: {name!r}")
    return names


#: The columns of a new card's row taken from its spec (`CardWrites.made_rows`), in the
#: order `_MADE_TAKEN` and then the two lists give them; and those the same for every card.
_MADE_COLUMNS = (
    "uid",
    "note_key",
    "kind",
    "source_lang",
    "target_lang",
    "front",
    "back",
    "extra",
    "group_key",
    "answer_lemma",
    "content_hash",
    "source_files",
    "alternatives",
)
_MADE_TAKEN = operator.attrgetter(
    *(("kind.value" if c == "kind" else c) for c in _MADE_COLUMNS[:-2])
)
_MADE_SAME = ("created_at", "retired", "updated_at")


def _literal(value: Any) -> str | None:
    """`value` (as converted for SQLite) as an SQL literal; None: not one of those written so."""
    if value is None:
        return "NULL"
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and "\x00" not in value:
        return "'" + value.replace("'", "''") + "'"
    return None


def _detach(dbapi_connection: Any, record: Any) -> None:
    """Detach what a transaction of this connection attached (it has ended by now); one
    that will not go stays named, so that the next is attached under another name."""
    attached = record.info.get(_ATTACHED)
    if not attached or dbapi_connection is None:  # none, or the connection is gone
        return
    for schema in list(attached):
        try:
            dbapi_connection.execute(f"DETACH DATABASE {schema}")
        except sqlite3.Error:
            continue
        attached.remove(schema)


#: The names of stage files: the prefix, the building process's id, a dash.
_STAGE_PREFIX = "flashcards-build-"
#: Their ending: not ".sqlite", which beside a collection would look like one.
_STAGE_SUFFIX = ".stage"
#: How long a stage file of a process that is gone is kept (it may be another machine's).
_STAGE_KEPT_S = 3600.0


def _sweep_stages(folder: Path) -> None:
    """Remove the stage files that builds which ended without closing them (killed, or a
    crash) left in `folder`: those of a process that is not running and that were last
    written over an hour ago."""
    if os.name != "posix":  # os.kill(pid, 0) would end the process elsewhere
        return
    now = time.time()
    for path in folder.glob(f"{_STAGE_PREFIX}*-*{_STAGE_SUFFIX}"):
        pid = path.name.removeprefix(_STAGE_PREFIX).partition("-")[0]
        if not pid.isdigit():
            continue
        try:
            os.kill(int(pid), 0)
            continue  # running (or another user's: not ours to judge)
        except ProcessLookupError:
            pass
        except OSError:
            continue
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > _STAGE_KEPT_S:
                path.unlink()


@contextlib.contextmanager
def _stage_errors(label: str) -> Iterator[None]:
    """A stage that cannot be written (its folder full or gone) said in one line naming
    `label` (the collection, or the temporary folder): nothing was changed yet."""
    try:
        yield
    except (sqlite3.Error, OSError) as exc:
        if is_disk_full(exc):
            raise StoreError(
                f"{label}: disk full; the build's new cards could not be staged for their "
                "write (nothing was changed)"
            ) from None
        raise StoreError(
            f"{label}: the build's new cards could not be staged for their write "
            f"({exc}; nothing was changed)"
        ) from None


#: The stage file's page size: SQLite's largest.  Its rows are only appended, then read
#: once in order; at 458,000 cards 64 KiB pages made staging 0.68x of its CPU with 4 KiB
#: (fewer pages to fill, link and hand to the file), the file 9 % smaller.
_STAGE_PAGE_SIZE = 65536


class _Stage:
    """A temporary SQLite file holding converted rows in one table (`rows`, columns c0 ...
    in the insert's order), written without a journal or syncs: a crash loses only it."""

    def __init__(self, beside: Path | None = None) -> None:
        folder = beside.parent if beside is not None else Path(tempfile.gettempdir())
        self._label = str(beside if beside is not None else folder)
        _sweep_stages(folder)
        self._width = 0
        self.rows = 0
        self._connection: sqlite3.Connection | None = None
        with _stage_errors(self._label):
            handle, name = tempfile.mkstemp(
                prefix=f"{_STAGE_PREFIX}{os.getpid()}-", suffix=_STAGE_SUFFIX, dir=folder
            )
            os.close(handle)
            self.path = Path(name)
            try:
                self._connection = sqlite3.connect(
                    name, isolation_level=None, check_same_thread=False
                )
                self._connection.execute(f"PRAGMA page_size={_STAGE_PAGE_SIZE}")
                self._connection.execute("PRAGMA journal_mode=OFF")
                self._connection.execute("PRAGMA synchronous=OFF")
            except BaseException:
                self.close()
                raise

    def add_rows(
        self, places: Sequence[str], rows: Sequence[Sequence[Any]], order: Sequence[int] = ()
    ) -> None:
        """Store `rows` (of the "?" of `places`, each other place an SQL literal), the place
        of each column in turn, or with `order` of the column each place is."""
        connection = self._connection
        assert connection is not None
        if not self._width:
            self._width = len(places)
        assert len(places) == self._width and sorted(order or range(self._width)) == list(
            range(self._width)
        )
        named = ", ".join(f"c{i}" for i in (order or range(self._width)))
        with _stage_errors(self._label):
            if not self.rows:
                columns = ", ".join(f"c{i}" for i in range(self._width))
                connection.execute(f"CREATE TABLE IF NOT EXISTS rows ({columns})")
            connection.execute("BEGIN")
            connection.executemany(f"INSERT INTO rows ({named}) VALUES ({', '.join(places)})", rows)
            connection.execute("COMMIT")
        self.rows += len(rows)

    def finish(self) -> None:
        """Every row is in the file (its connection closed): ready to be attached."""
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def close(self) -> None:
        self.finish()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def prepare_cards(writes: CardWrites, dialect: Dialect) -> SpooledWrites:
    """`writes` compiled and converted for `dialect` (outside any transaction)."""
    spooled = SpooledWrites(dialect)
    spooled.add(writes)
    return spooled


def write_cards(session: Session, deck_id: int, writes: SpooledWrites, now: datetime) -> None:
    """Carry out `writes` in the session's transaction: a card changed since it was read
    (edited, deleted, retired or restored by someone else meanwhile) is left as it now is."""
    writes.copy_staged(session, deck_id)
    connection = session.connection()
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    inserts: Prepared | None = None
    try:
        for statement, rows, are_inserts in writes.batches():
            if are_inserts:  # the deck's id in the SQL: the rows leave it out
                if inserts is None:
                    inserts = writes.inserts_into(deck_id)
                statement = inserts
            statement.many(cursor, rows)
    finally:
        cursor.close()
    for chunk in _chunks(writes.retire_ids):
        session.execute(
            update(_CARDS)
            .where(_CARDS.c.id.in_(chunk), _CARDS.c.retired.is_(False))
            .values(retired=True, updated_at=now)
        )


def _runs(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """`rows` in runs of rows with the same columns in the same order (in a build, one)."""
    start, keys = 0, tuple(rows[0])
    for index, row in enumerate(rows):
        if len(row) != len(keys) or tuple(row) != keys:
            yield rows[start:index]
            start, keys = index, tuple(row)
    yield rows[start:]


def _converted(column: Sequence[Any], processor: Callable[[Any], Any]) -> Sequence[Any]:
    """`processor` of each value of `column` but None, each distinct value converted once."""
    try:
        memo = {value: processor(value) for value in set(column) if value is not None}
    except TypeError:  # a value that cannot be hashed
        return [None if value is None else processor(value) for value in column]
    memo[None] = None
    return [memo[value] for value in column]


def sync_cards(
    session: Session,
    deck_id: int,
    specs: Sequence[CardSpec],
    directions: Sequence[tuple[str, str]],
    protected_paths: Iterable[str] = (),
) -> SyncCounts:
    """Make the deck's cards for `directions` match `specs`, in the caller's transaction
    (`plan_cards` and `write_cards` in one go)."""
    writes = plan_cards(stored_cards(session, deck_id), specs, directions, protected_paths)
    with prepare_cards(writes, session.get_bind().dialect) as prepared:
        write_cards(session, deck_id, prepared, utcnow())
    return writes.counts
