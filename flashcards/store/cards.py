"""Decks, cards and the article cache in the database, handed out as plain dataclasses."""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, Literal, cast

from sqlalchemy import Table, bindparam, case, delete, func, insert, select, update
from sqlalchemy.orm import Session

from flashcards.records import CardRecord
from flashcards.store import parses
from flashcards.store.models import ArticleRow, Card, CardGroupRow, CardGroupsKept, Deck, utcnow
from flashcards.store.parses import NO_PARSE
from flashcards.store.prepared import Prepared
from flashcards.types import Article, CardKind, CardSpec

#: Rows per IN (...) query: well under SQLite's limit on bound parameters.
_CHUNK = 500


@dataclass(frozen=True)
class DeckInfo:
    """A deck as the front ends show it."""

    id: int
    name: str
    source_lang: str
    target_lang: str
    both_directions: bool
    active_cards: int
    retired_cards: int
    updated_at: datetime


def get_deck(session: Session, name: str) -> Deck | None:
    return session.scalar(select(Deck).where(Deck.name == name))


def upsert_deck(
    session: Session,
    name: str,
    source: str,
    target: str,
    both: bool,
    kinds: frozenset[CardKind] = frozenset(CardKind),
) -> Deck:
    stored = "" if kinds == frozenset(CardKind) else ",".join(sorted(k.value for k in kinds))
    deck = get_deck(session, name)
    if deck is None:
        deck = Deck(
            name=name, source_lang=source, target_lang=target, both_directions=both, kinds=stored
        )
        session.add(deck)
        session.flush()
    else:
        deck.source_lang, deck.target_lang, deck.both_directions = source, target, both
        deck.kinds = stored
        deck.updated_at = utcnow()
    return deck


def deck_kinds(deck: Deck) -> frozenset[CardKind]:
    """The kinds of card a deck makes (every kind when none were chosen)."""
    if not deck.kinds:
        return frozenset(CardKind)
    return frozenset(CardKind(k) for k in deck.kinds.split(",") if k)


def has_decks(session: Session) -> bool:
    return session.scalar(select(Deck.id).limit(1)) is not None


def list_decks(session: Session) -> list[DeckInfo]:
    # Grouped by deck alone, in the order of the (deck, state, due, retired …) index that
    # holds every column counted: no table row and no sort (the rows hold the texts).
    retired = func.sum(case((Card.retired.is_(True), 1), else_=0))
    counts: dict[tuple[int, bool], int] = {}
    for deck_id, total, gone in session.execute(
        select(Card.deck_id, func.count(), retired).group_by(Card.deck_id)
    ):
        counts[deck_id, True] = int(gone or 0)
        counts[deck_id, False] = int(total) - int(gone or 0)
    return [
        DeckInfo(
            id=d.id,
            name=d.name,
            source_lang=d.source_lang,
            target_lang=d.target_lang,
            both_directions=d.both_directions,
            active_cards=counts.get((d.id, False), 0),
            retired_cards=counts.get((d.id, True), 0),
            updated_at=d.updated_at,
        )
        for d in session.scalars(select(Deck).order_by(Deck.name))
    ]


def active_card_count(session: Session, deck_id: int) -> int:
    return (
        session.scalar(select(func.count()).where(Card.deck_id == deck_id, Card.retired.is_(False)))
        or 0
    )


@dataclass(frozen=True)
class BuiltGroups:
    """The groups of a deck's active built cards: the files each group's cards came from,
    and how many active cards each group has, by group key, source and target language."""

    members: dict[str, frozenset[str]]
    active: dict[tuple[str, str, str], int]


def built_groups(session: Session, deck_id: int | None) -> BuiltGroups:
    """What a rebuild needs to know of the deck's built groups (none for a deck not made
    yet; imported cards are counted in `active`, and are in no group of `members`).

    From the deck's `cards_groups` rows while they are current (see `keep_groups`), else
    one pass over the (deck, group, files, languages, retired) index, in its order: no
    table row read and no sort on SQLite (a scan of the deck's rows was 0.5-1 s at
    460,000 cards for each of the two questions; the index's 461,000 entries 0.1-0.2 s)."""
    if deck_id is None:
        return BuiltGroups({}, {})
    columns = (Card.group_key, Card.source_files, Card.source_lang, Card.target_lang)
    query: Any = (
        select(*columns, func.count())
        .where(Card.deck_id == deck_id, Card.retired.is_(False))
        .group_by(*columns)
    )
    rows: Iterable[Sequence[Any]]
    if groups_kept(session, deck_id):
        rows = _kept_groups(session, deck_id)
    else:
        rows = session.execute(query)
    members: dict[str, set[str]] = {}
    active: dict[tuple[str, str, str], int] = {}
    decoded: dict[str, list[str]] = {}  # a group's cards share a few lists of files
    for key, files, source, target, n in rows:
        active[key, source, target] = active.get((key, source, target), 0) + n
        if not key.startswith(IMPORTED_PREFIXES):
            paths = decoded.get(files)
            if paths is None:
                paths = decoded[files] = json.loads(files)
            members.setdefault(key, set()).update(paths)
    return BuiltGroups({key: frozenset(paths) for key, paths in members.items()}, active)


_KEPT_GROUPS = select(
    CardGroupRow.group_key,
    CardGroupRow.source_files,
    CardGroupRow.source_lang,
    CardGroupRow.target_lang,
    CardGroupRow.active,
).where(CardGroupRow.deck_id == bindparam("deck"))
#: `_KEPT_GROUPS` compiled, by dialect.
_KEPT_PREPARED: dict[str, Prepared] = {}


def _kept_groups(session: Session, deck_id: int) -> list[tuple[Any, ...]]:
    """The deck's `cards_groups` rows, read on the driver's cursor in the session's
    transaction (10,000 rows of a 5,000-pair deck: SQLAlchemy's result rows took twice as
    long as the rest of `built_groups`)."""
    connection = session.connection()
    dialect = connection.dialect
    prepared = _KEPT_PREPARED.get(dialect.name)
    if prepared is None:
        prepared = _KEPT_PREPARED[dialect.name] = Prepared(_KEPT_GROUPS, dialect)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        return prepared.all(cursor, {"deck": deck_id})
    finally:
        cursor.close()


def groups_kept(session: Session, deck_id: int) -> bool:
    """Whether the deck's `cards_groups` rows count its active cards as they are now."""
    # Queries, not the session's identity map: the triggers delete the row behind it.
    kept = session.execute(
        select(CardGroupsKept.cards_to).where(CardGroupsKept.deck_id == deck_id)
    ).scalar()
    return kept is not None and kept == _last_card(session)


def _last_card(session: Session) -> int:
    """The highest card id (the table's last row: one step of its key's index)."""
    return int(session.execute(select(func.max(Card.id))).scalar() or 0)


def keep_groups(session: Session, deck_id: int, groups: Collection[str] | None) -> None:
    """Count the deck's active cards of `groups` (all with None) into its `cards_groups`
    rows again, which are then current: in a build's write transaction, after its cards
    were written, with the groups whose cards it wrote if its rows were current before
    (`groups_kept`: no other change since, the transaction holds the write lock).  No
    card is added after (the highest card id is kept with the counts)."""
    table = cast(Table, CardGroupRow.__table__)
    names = ("group_key", "source_files", "source_lang", "target_lang")
    columns = [getattr(Card, name) for name in names]
    count = select(Card.deck_id, *columns, func.count()).where(
        Card.deck_id == deck_id, Card.retired.is_(False)
    )
    into = ("deck_id", *names, "active")
    chunks = [None] if groups is None else _chunked(sorted(set(groups)))
    for chunk in chunks:
        gone = delete(table).where(table.c.deck_id == deck_id)
        counted = count
        if chunk is not None:
            gone = gone.where(table.c.group_key.in_(chunk))
            counted = counted.where(Card.group_key.in_(chunk))
        session.execute(gone)
        session.execute(insert(table).from_select(into, counted.group_by(Card.deck_id, *columns)))
    kept = cast(Table, CardGroupsKept.__table__)
    session.execute(delete(kept).where(kept.c.deck_id == deck_id))
    session.execute(insert(kept).values(deck_id=deck_id, cards_to=_last_card(session)))


def _chunked(values: Sequence[str]) -> list[Sequence[str] | None]:
    return [values[start : start + _CHUNK] for start in range(0, len(values), _CHUNK)]


def parsed_articles(session: Session, paths: Iterable[str]) -> list[tuple[str, str, Article]]:
    """(path, language, parsed article) of the cached articles at `paths` (but those whose
    parse cannot be read, see `store.parses`)."""
    found: list[tuple[str, str, Article]] = []
    wanted = sorted(set(paths))
    for start in range(0, len(wanted), _CHUNK):
        query = select(ArticleRow.path, ArticleRow.lang, ArticleRow.parsed).where(
            ArticleRow.path.in_(wanted[start : start + _CHUNK]),
            ArticleRow.parsed != NO_PARSE,  # a parse a build has still to write
        )
        for path, lang, parsed in session.execute(query):
            article = parses.article(parsed)
            if article is not None:
                found.append((path, lang, article))
    return found


def article_titles(session: Session, paths: Iterable[str]) -> list[tuple[str, str, str]]:
    """(path, language, title) of the cached articles at `paths` (no parse is read)."""
    found: list[tuple[str, str, str]] = []
    wanted = sorted(set(paths))
    for start in range(0, len(wanted), _CHUNK):
        query = select(ArticleRow.path, ArticleRow.lang, ArticleRow.title).where(
            ArticleRow.path.in_(wanted[start : start + _CHUNK]), ArticleRow.parsed != NO_PARSE
        )
        found.extend((path, lang, title) for path, lang, title in session.execute(query))
    return found


@functools.lru_cache(maxsize=1024)
def _json_list(values: tuple[str, ...]) -> str:
    """`values` as a JSON list (a group's cards share their files, most cards have no other
    answers: a build of 460,000 cards made the same few lists again and again)."""
    return json.dumps(list(values), ensure_ascii=False)


def _spec_values(spec: CardSpec, now: datetime) -> dict[str, object]:
    """The columns a build or an import sets from a card's spec (not its id or deck)."""
    return {
        "note_key": spec.note_key,
        "kind": spec.kind.value,
        "source_lang": spec.source_lang,
        "target_lang": spec.target_lang,
        "front": spec.front,
        "back": spec.back,
        "extra": spec.extra,
        "group_key": spec.group_key,
        "source_files": _json_list(tuple(spec.source_files)),
        "alternatives": _json_list(tuple(spec.alternatives)),
        "answer_lemma": spec.answer_lemma,
        "content_hash": spec.content_hash,
        "retired": False,
        "updated_at": now,
    }


def save_build_state(
    session: Session, deck: Deck, fingerprint: str, summary: dict[str, Any]
) -> None:
    """Remember what the last build read, so an unchanged rebuild can report it again."""
    deck.build_fingerprint = fingerprint
    deck.build_report = json.dumps(summary, ensure_ascii=False)


def last_build_report(deck: Deck) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(deck.build_report or "{}")
    return data


def record(card: Card, deck_name: str) -> CardRecord:
    """The plain-data copy of a loaded card row."""
    return CardRecord(
        id=card.id,
        uid=card.uid,
        deck_id=card.deck_id,
        deck=deck_name,
        note_key=card.note_key,
        kind=CardKind(card.kind),
        source_lang=card.source_lang,
        target_lang=card.target_lang,
        front=card.front,
        back=card.back,
        extra=card.extra,
        group_key=card.group_key,
        source_files=tuple(json.loads(card.source_files)),
        retired=card.retired,
        flag=card.flag,
        suspended=card.suspended,
        tags=tuple(card.tags.split()),
        alternatives=tuple(json.loads(card.alternatives or "[]")),
        answer_lemma=card.answer_lemma,
    )


def cards(
    session: Session, deck: str | None = None, include_retired: bool = False
) -> list[CardRecord]:
    """Stored cards in a stable order (deck, group, uid), optionally of one deck only."""
    query = select(Card, Deck.name).join(Deck, Card.deck_id == Deck.id)
    if deck is not None:
        query = query.where(Deck.name == deck)
    if not include_retired:
        query = query.where(Card.retired.is_(False))
    query = query.order_by(Deck.name, Card.id)
    return [record(card, name) for card, name in session.execute(query)]


def deck_groups(session: Session, deck: str) -> dict[str, tuple[str, ...]]:
    """The article families of `deck` that its active cards come from: group key → the
    source files of its cards (a built group's files; imported cards have none)."""
    query = (
        select(Card.group_key, Card.source_files)
        .join(Deck, Card.deck_id == Deck.id)
        .where(Deck.name == deck, Card.retired.is_(False), Card.source_files != "[]")
        .distinct()
    )
    found: dict[str, set[str]] = {}
    for key, files in session.execute(query):
        found.setdefault(key, set()).update(json.loads(files))
    return {key: tuple(sorted(files)) for key, files in found.items()}


def edit_card(session: Session, card_id: int, front: str, back: str, extra: str) -> None:
    """Change a card's text by hand; later rebuilds keep it."""
    card = session.get(Card, card_id)
    if card is None:
        raise LookupError(card_id)
    if back != card.back:  # the builder's other answers were answers to the old one
        card.alternatives, card.answer_lemma = "[]", ""
    card.front, card.back, card.extra = front, back, extra
    card.edited = True
    card.updated_at = utcnow()


#: Group keys of cards imported from a glossary: a build of their deck leaves them alone.
GLOSSARY_PREFIX = "glossary:"
#: Uids and group keys of cards imported from Anki notes the app did not write.
ANKI_PREFIX = "anki:"
#: Group keys of cards imported from a translation memory or termbase (TMX, TBX).
EXCHANGE_PREFIX = "exchange:"
#: Group keys of cards typed by hand (the Add dialog).
HAND_PREFIX = "hand:"
#: Group keys of imported or hand-made cards, which no build makes: a build of their deck
#: leaves them alone.
IMPORTED_PREFIXES = (GLOSSARY_PREFIX, ANKI_PREFIX, EXCHANGE_PREFIX, HAND_PREFIX)

#: What `add_cards` did to one card.
CardChange = Literal["new", "updated", "unchanged", "restored", "edited", "deleted"]


def add_cards(session: Session, deck_id: int, specs: Sequence[CardSpec]) -> dict[str, CardChange]:
    """Add `specs` to a deck, or update the cards with their uids in place; retire nothing.

    Unlike `sync_cards`, the deck's other cards are left alone.  A card keeps its id and
    history when it is updated; a retired one comes back (`restored`), except one the user
    deleted (`deleted`: it stays retired); one the user edited keeps their text (`edited`).
    """
    uids = list(dict.fromkeys(spec.uid for spec in specs))
    existing: dict[str, Any] = {}
    for first in range(0, len(uids), _CHUNK):
        query = select(
            Card.id, Card.uid, Card.content_hash, Card.retired, Card.edited, Card.deleted
        ).where(Card.deck_id == deck_id, Card.uid.in_(uids[first : first + _CHUNK]))
        existing.update((row.uid, row) for row in session.execute(query))
    now = utcnow()
    changes: dict[str, CardChange] = {}
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for spec in specs:
        if spec.uid in changes:
            continue  # given twice: stored once
        row = existing.get(spec.uid)
        values = _spec_values(spec, now)
        if row is None:
            inserts.append({"uid": spec.uid, "deck_id": deck_id, "created_at": now, **values})
            changes[spec.uid] = "new"
        elif row.deleted:
            changes[spec.uid] = "deleted"
        elif row.edited:
            if row.retired:
                updates.append({"id": row.id, "retired": False, "updated_at": now})
            changes[spec.uid] = "edited"
        elif row.retired:
            updates.append({"id": row.id, **values})
            changes[spec.uid] = "restored"
        elif row.content_hash != spec.content_hash:
            updates.append({"id": row.id, **values})
            changes[spec.uid] = "updated"
        else:
            changes[spec.uid] = "unchanged"
    if inserts:
        session.execute(insert(cast(Table, Card.__table__)), inserts)
    if updates:
        session.execute(update(Card), updates)
    return changes


def active_card_texts(
    session: Session, deck_id: int
) -> list[tuple[str, CardKind, str, str, str, str]]:
    """(uid, kind, source language, target language, front, back) of a deck's active cards."""
    query = select(
        Card.uid, Card.kind, Card.source_lang, Card.target_lang, Card.front, Card.back
    ).where(Card.deck_id == deck_id, Card.retired.is_(False))
    return [
        (uid, CardKind(kind), s, t, front, back)
        for uid, kind, s, t, front, back in session.execute(query)
    ]


#: The columns of a card that its undoable actions change (besides its memory).
CARD_MARKS = (
    "front",
    "back",
    "extra",
    "alternatives",
    "answer_lemma",
    "edited",
    "updated_at",
    "flag",
    "suspended",
    "buried_until",
)


def card_marks(session: Session, card_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """`CARD_MARKS` of each existing card, by id: what an undo puts back."""
    columns = [getattr(Card, name) for name in CARD_MARKS]
    found: dict[int, dict[str, Any]] = {}
    ids = list(dict.fromkeys(card_ids))
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(Card.id, *columns).where(Card.id.in_(ids[start : start + 500]))
        )
        for card_id, *values in rows:
            found[card_id] = dict(zip(CARD_MARKS, values, strict=True))
    return found


def choice_candidates(
    session: Session,
    deck_id: int,
    target_lang: str,
    kinds: Iterable[CardKind],
    group_key: str,
    sample: int,
    seed: int,
) -> list[CardRecord]:
    """Cards that could offer their answer as a wrong option: the deck's active cards of
    `kinds` answered in `target_lang`, all those of the article family `group_key` and
    `sample` others, spread over the deck by `seed` (the same seed, the same sample).

    Two indexed reads through Core: a 100,000-card deck is never loaded whole.
    """
    deck = session.scalar(select(Deck.name).where(Deck.id == deck_id)) or ""
    names = [f.name for f in fields(CardRecord) if f.name not in ("deck", "source_files")]
    base = select(*(getattr(Card, n) for n in names), Card.source_files).where(
        Card.deck_id == deck_id,
        Card.target_lang == target_lang,
        Card.retired.is_(False),
        Card.kind.in_([k.value for k in kinds]),
    )
    family = base.where(Card.group_key == group_key)
    spread = (Card.id * 7919 + seed) % 100003
    others = base.where(Card.group_key != group_key).order_by(spread).limit(sample)
    found = []
    for query in (family, others):
        for row in session.execute(query):
            values = dict(zip(names, row[:-1], strict=True))
            values["kind"] = CardKind(values["kind"])
            values["alternatives"] = tuple(json.loads(values["alternatives"] or "[]"))
            values["tags"] = tuple(values["tags"].split())
            found.append(CardRecord(**values, deck=deck, source_files=tuple(json.loads(row[-1]))))
    return found


def article_keywords(
    session: Session, paths: Iterable[str]
) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each stored article's language and front-matter keywords, by path."""
    found: dict[str, tuple[str, tuple[str, ...]]] = {}
    wanted = sorted(set(paths))
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(ArticleRow.path, ArticleRow.lang, ArticleRow.parsed).where(
                ArticleRow.path.in_(wanted[start : start + 500]),
                ArticleRow.parsed != NO_PARSE,  # a parse a build has still to write
            )
        )
        for path, lang, parsed in rows:
            head = parses.head(parsed)
            if head is None:
                continue  # a parse this version cannot read
            keywords = cast(list[Any], head.get("keywords") or [])
            found[path] = (lang, tuple(str(k) for k in keywords))
    return found
