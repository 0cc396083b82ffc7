"""The card browser's queries: search, sort, pages of rows, and the values its actions change."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, RowMapping, and_, delete, exists, func, or_, select
from sqlalchemy.orm import Session

from flashcards.errors import FlashcardsError
from flashcards.store import leeches
from flashcards.store.functions import days_between, like_any_case
from flashcards.store.models import Card, CardReport, Deck, ReviewLog
from flashcards.types import CardKind, CardState

STATES = ("new", "learning", "review", "relearning", "suspended", "buried", "leech", "bad")
_CHUNK = 500  # ids per IN (...): well under SQLite's limit on bound parameters


@dataclass(frozen=True)
class BrowseQuery:
    """What the browser shows.  Every word of `text` must occur ("quoted phrase" for one);
    `state` is an FSRS state, or "suspended"/"buried"/"leech" whatever the FSRS state, or
    "bad": the cards marked bad (retired, so shown only then); flag 0: none."""

    text: str = ""
    deck: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    kind: CardKind | None = None
    state: str | None = None
    flag: int | None = None
    include_retired: bool = False


@dataclass(frozen=True)
class BrowseRow:
    """One line of the browser's table."""

    id: int
    deck: str
    kind: CardKind
    source_lang: str
    target_lang: str
    front: str
    back: str
    state: CardState
    due: datetime | None
    interval: timedelta | None  # from the last review to the due time
    stability: float | None
    reps: int
    lapses: int
    flag: int
    suspended: bool
    buried: bool
    retired: bool
    marked_bad: bool = False  # a learner's report says why (`reports.marked`)


# -- text search --------------------------------------------------------------------------
#
# SQLite's LIKE and lower() fold ASCII letters only (without the ICU extension): "mjúk"
# LIKE "MJÚK" is false, and lower("Ú") is "Ú".  So the typed text is turned into its likely
# case variants (lower, upper, words capitalised; with the usual and the Turkish i/ı/İ/I
# mappings) and a card matches when any variant occurs in it.  Variants differing only in
# ASCII case are dropped, since LIKE folds those itself.  Covered: text written in lower,
# upper or capitalised case whatever the search's case ("SATIŞ" finds "Satış", "istanbul"
# finds "İstanbul", "þeir" finds "Þeir").  Not covered: non-ASCII letters in unusual mixed
# case ("þórsmörk" misses "ÞÓRsmörk"), one-to-many foldings ("STRASSE" misses "straße"),
# text not in NFC (queries are normalised to NFC; the builder stores what files hold).  And
# as LIKE folds I to i, "ıslak" (via "ISLAK") also finds "islak".

_WORD_START = re.compile(r"(?<!\w)\w")


def _tr_upper(text: str) -> str:
    return text.replace("i", "İ").replace("ı", "I").upper()


def _capitalised(text: str, upper: Callable[[str], str]) -> str:
    return _WORD_START.sub(lambda m: upper(m.group()), text)


def case_variants(text: str) -> list[str]:
    """The forms of `text` to search for, distinct up to ASCII case (the typed form first)."""
    typed = unicodedata.normalize("NFC", text)
    lower = typed.replace("İ", "i").lower()  # not "i̇": no one types the combining dot
    tr_lower = typed.replace("I", "ı").replace("İ", "i").lower()
    forms = [typed]
    for folded in (lower, tr_lower):  # an I may be the capital of i or of ı
        forms += [folded, folded.upper(), _tr_upper(folded)]
        forms += [_capitalised(folded, str.upper), _capitalised(folded, _tr_upper)]
    variants: dict[str, str] = {}
    for form in forms:
        variants.setdefault("".join(c.lower() if c.isascii() else c for c in form), form)
    return list(variants.values())


def _text_condition(word: str) -> ColumnElement[bool]:
    """`word`, in any of its case variants, in the front, back or context (LIKE-escaped)."""
    patterns = [
        "%" + v.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        for v in case_variants(word)
    ]
    columns = (Card.front, Card.back, Card.extra)
    return or_(*(like_any_case(c, p) for p in patterns for c in columns))


def search_terms(text: str) -> list[str]:
    """The words (and "quoted phrases") of a search, each of which must occur."""
    return [a or b for a, b in re.findall(r'"([^"]+)"|(\S+)', text) if (a or b).strip()]


# -- queries ------------------------------------------------------------------------------


#: A card a learner marked bad: some report names its uid (card_reports is indexed by uid).
_MARKED_BAD = exists().where(CardReport.card_uid == Card.uid)


def _state_condition(state: str, now: datetime) -> ColumnElement[bool]:
    if state == "suspended":
        return Card.suspended.is_(True)
    if state == "buried":
        return and_(Card.buried_until.is_not(None), Card.buried_until > now)
    if state == "leech":
        return leeches.is_leech()
    if state == "bad":
        return _MARKED_BAD
    if state not in STATES:
        raise FlashcardsError(f"unknown card state {state!r}")
    return Card.state == int(CardState[state.upper()])


def _conditions(query: BrowseQuery, now: datetime) -> list[ColumnElement[bool]]:
    found: list[ColumnElement[bool]] = []
    if not query.include_retired and query.state != "bad":
        found.append(Card.retired.is_(False))
    if query.deck is not None:
        deck_id = select(Deck.id).where(Deck.name == query.deck).scalar_subquery()
        # "+ 0" keeps SQLite off the deck index: a scan costs the same for every deck, while
        # the index made filtering on a deck holding most cards several times slower.
        found.append(Card.deck_id + 0 == deck_id)
    if query.source_lang is not None:
        found.append(Card.source_lang == query.source_lang)
    if query.target_lang is not None:
        found.append(Card.target_lang == query.target_lang)
    if query.kind is not None:
        found.append(Card.kind == query.kind.value)
    if query.flag is not None:
        found.append(Card.flag == query.flag)
    if query.state is not None:
        found.append(_state_condition(query.state, now))
    found.extend(_text_condition(word) for word in search_terms(query.text))
    return found


_SORT_COLUMNS: dict[str, Any] = {
    "id": Card.id,
    "front": Card.front,
    "back": Card.back,
    "deck": Deck.name,
    "kind": Card.kind,
    "state": Card.state,
    "due": Card.due,
    "interval": days_between(Card.due, Card.last_review),
    "flag": Card.flag,
}
SORT_KEYS = tuple(_SORT_COLUMNS)


def count(session: Session, query: BrowseQuery, now: datetime) -> int:
    """How many cards match (one query; no rows are loaded)."""
    where = _conditions(query, now)
    return int(session.scalar(select(func.count()).select_from(Card).where(*where)) or 0)


_COPIED: tuple[str, ...] = ("id", "source_lang", "target_lang", "front", "back", "due")
_COPIED += ("stability", "reps", "lapses", "flag", "suspended", "retired")
_ROW = (
    Deck.name.label("deck"),
    *(getattr(Card, name) for name in (*_COPIED, "kind", "state", "last_review", "buried_until")),
    _MARKED_BAD.label("marked_bad"),
)


def _row(values: RowMapping, now: datetime) -> BrowseRow:
    due, last, buried = values["due"], values["last_review"], values["buried_until"]
    return BrowseRow(
        **{name: values[name] for name in ("deck", *_COPIED)},
        kind=CardKind(values["kind"]),
        state=CardState(values["state"]),
        interval=due - last if due is not None and last is not None else None,
        buried=buried is not None and buried > now,
        marked_bad=bool(values["marked_bad"]),
    )


def page(
    session: Session,
    query: BrowseQuery,
    offset: int,
    limit: int,
    sort: tuple[str, bool],
    now: datetime,
) -> list[BrowseRow]:
    """One page of matching cards, sorted by `sort` = (key, ascending), ties by id.

    One statement: an inner query sorts just the ids and applies LIMIT/OFFSET, the outer
    one fetches those rows (2-3 times faster than sorting whole rows deep into 100,000).
    """
    key, ascending = sort
    if key not in _SORT_COLUMNS:
        raise FlashcardsError(f"cannot sort by {key!r}")
    keys = [Card.id] if key == "id" else [_SORT_COLUMNS[key], Card.id]
    order = [k.asc() if ascending else k.desc() for k in keys]
    ids = select(Card.id).where(*_conditions(query, now))
    if key == "deck":
        ids = ids.join(Deck, Deck.id == Card.deck_id)
    wanted = ids.order_by(*order).offset(max(0, offset)).limit(max(0, limit)).subquery()
    statement = (
        select(*_ROW)
        .join(Deck, Deck.id == Card.deck_id)
        .join(wanted, wanted.c.id == Card.id)
        .order_by(*order)
    )
    return [_row(values, now) for values in session.execute(statement).mappings()]


def chunks(ids: Sequence[int]) -> list[list[int]]:
    """`ids` without repeats, in pieces small enough for one IN (...) each."""
    unique = list(dict.fromkeys(ids))
    return [unique[i : i + _CHUNK] for i in range(0, len(unique), _CHUNK)]


def rows(session: Session, card_ids: Sequence[int], now: datetime) -> list[BrowseRow]:
    """The rows of some cards, whatever the filters."""
    found: list[BrowseRow] = []
    for chunk in chunks(card_ids):
        statement = select(*_ROW).join(Deck, Deck.id == Card.deck_id).where(Card.id.in_(chunk))
        found.extend(_row(values, now) for values in session.execute(statement).mappings())
    return found


def details(session: Session, card_id: int) -> tuple[str, str, datetime | None]:
    """A card's context text, its source files (JSON) and the end of its burial."""
    extra, files, buried_until = session.execute(
        select(Card.extra, Card.source_files, Card.buried_until).where(Card.id == card_id)
    ).one()
    return extra, files, buried_until


def filter_choices(session: Session) -> tuple[list[str], list[tuple[str, str]]]:
    """The deck names and the (source, target) language pairs present, for the filters."""
    decks = list(session.scalars(select(Deck.name).order_by(Deck.name)))
    pairs = session.execute(
        select(Card.source_lang, Card.target_lang)
        .group_by(Card.source_lang, Card.target_lang)
        .order_by(Card.source_lang, Card.target_lang)
    )
    return decks, [(source, target) for source, target in pairs]


#: The card columns an action reads back before changing them, for its undo.
_ACTION_COLUMNS = {"id": Card.id, "suspended": Card.suspended, "retired": Card.retired}


def values(session: Session, ids: Sequence[int], column: str) -> dict[int, Any]:
    """`column` ("id", "suspended" or "retired") of each of the cards that exist, by id, in
    the order of `ids`."""
    found: dict[int, Any] = {}
    for chunk in chunks(ids):
        rows = session.execute(select(Card.id, _ACTION_COLUMNS[column]).where(Card.id.in_(chunk)))
        found.update((card_id, value) for card_id, value in rows)
    return {card_id: found[card_id] for card_id in ids if card_id in found}


def latest_entries(session: Session, card_ids: Sequence[int]) -> dict[int, int]:
    """The id of each card's newest review log entry (cards without one are left out)."""
    latest: dict[int, int] = {}
    for chunk in chunks(card_ids):
        rows = session.execute(
            select(ReviewLog.card_id, func.max(ReviewLog.id))
            .where(ReviewLog.card_id.in_(chunk))
            .group_by(ReviewLog.card_id)
        )
        latest.update((card_id, last) for card_id, last in rows)
    return latest


def drop_entries(session: Session, log_ids: Sequence[int]) -> None:
    """Delete review log entries (the undo of a reset drops the entries it wrote)."""
    for chunk in chunks(log_ids):
        session.execute(delete(ReviewLog).where(ReviewLog.id.in_(chunk)))
