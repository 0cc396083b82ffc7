"""The parallel reader: an article pair laid out side by side, sentence beside sentence,
with the cards each sentence already has and how well they are known."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from flashcards.builder.align import align
from flashcards.builder.cloze import BLANK
from flashcards.errors import FlashcardsError
from flashcards.scheduler.memory import MemoryModel
from flashcards.store import cards as card_store
from flashcards.store import schedule as schedule_store
from flashcards.store.database import Database
from flashcards.text.fold import fold
from flashcards.types import Article, CardKind, CardState, Role, Section


class RowKind(StrEnum):
    """What a row of the reader holds: the title, a section heading, or text."""

    TITLE = "title"
    HEADING = "heading"
    TEXT = "text"


@dataclass(frozen=True)
class CardMark:
    """A card that asks about a sentence: its id, kind, state and chance of recall now."""

    card_id: int
    kind: CardKind
    state: CardState
    retrievability: float | None
    front: str
    back: str


@dataclass(frozen=True)
class Cell:
    """One side of a row: its sentences (or list items), and the cards that ask about them."""

    units: tuple[str, ...] = ()
    cards: tuple[CardMark, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(self.units)


@dataclass(frozen=True)
class Row:
    """Sentences that translate each other, on one line; one side may be empty."""

    kind: RowKind
    left: Cell
    right: Cell


@dataclass(frozen=True)
class ArticleChoice:
    """An article family of a deck that can be read in two languages."""

    group_key: str
    title: str
    languages: tuple[str, ...]


@dataclass(frozen=True)
class ReadingPair:
    """An article family in two languages, row by row."""

    deck: str
    group_key: str
    left_lang: str
    right_lang: str
    rows: tuple[Row, ...]


def _beads(left: Sequence[str], right: Sequence[str]) -> list[tuple[tuple[str, ...], ...]]:
    """Every unit of both sides in order, aligned where they translate each other."""
    return [
        (tuple(left[i] for i in li), tuple(right[j] for j in ri)) for li, ri in align(left, right)
    ]


def _section_rows(
    src: Section | None, tgt: Section | None
) -> list[tuple[RowKind, tuple[str, ...], tuple[str, ...]]]:
    rows: list[tuple[RowKind, tuple[str, ...], tuple[str, ...]]] = [
        (
            RowKind.HEADING,
            (src.heading,) if src and src.heading else (),
            (tgt.heading,) if tgt and tgt.heading else (),
        )
    ]
    if src is not None and tgt is not None and len(src.blocks) == len(tgt.blocks):
        blocks = [(a.units, b.units) for a, b in zip(src.blocks, tgt.blocks, strict=True)]
    else:
        blocks = [(src.units if src else (), tgt.units if tgt else ())]
    for left, right in blocks:
        rows.extend((RowKind.TEXT, a, b) for a, b in _beads(left, right))
    return rows


def layout(src: Article, tgt: Article) -> list[tuple[RowKind, tuple[str, ...], tuple[str, ...]]]:
    """The two translations row by row: the titles, then each section of `src` beside the
    section of `tgt` with the same role (the n-th with the n-th), sentences aligned; the
    sections of `tgt` with no counterpart follow on their own."""
    rows: list[tuple[RowKind, tuple[str, ...], tuple[str, ...]]] = [
        (RowKind.TITLE, (src.title,), (tgt.title,))
    ]
    used: set[int] = set()
    for section in src.sections:
        partner = None
        if section.role is not Role.OTHER:
            same = [
                (k, s)
                for k, s in enumerate(tgt.sections)
                if s.role is section.role and k not in used
            ]
            if same:
                partner = same[0]
        if partner is not None:
            used.add(partner[0])
        rows.extend(_section_rows(section, partner[1] if partner else None))
    for k, section in enumerate(tgt.sections):
        if k not in used:
            rows.extend(_section_rows(None, section))
    return [(kind, a, b) for kind, a, b in rows if a or b]


#: The kinds whose answer is a name: a title or heading that is their answer is what they ask.
_NAMING = frozenset({CardKind.TERM, CardKind.LINKED_TERM})


def _asks_about(kind: CardKind, front: str, back: str, extra: str, unit: str, whole: bool) -> bool:
    """Whether a card's text holds the sentence `unit` (a cloze's with its answer filled
    in); a title or heading (`whole`) only when it is the card's question, or the answer
    of a term card (a cloze or contrast card answered by the title asks about a sentence)."""
    wanted = fold(unit)
    if not wanted:
        return False
    if whole:
        return wanted == fold(front.split("\n", 1)[0]) or (kind in _NAMING and wanted == fold(back))
    first = front.split("\n", 1)[0]
    filled = first.replace(BLANK, back) if BLANK in first else first
    wanted = _words(unit)
    for text in (filled, front, back, extra):
        words = _words(text)
        # The card's text may be the sentence cleaned or trimmed ("…"), or hold it whole.
        if wanted in words or (len(words) >= _SHORTEST and words in wanted):
            return True
    return False


#: The fewest characters of a card's text that may stand for a longer sentence it was cut
#: from (shorter texts are terms, which many sentences hold).
_SHORTEST = 24


def _words(text: str) -> str:
    """`text` folded, its punctuation and ellipses gone: only its words, one space apart."""
    return " ".join(_WORD.findall(fold(text)))


_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def article_choices(db: Database, deck: str) -> list[ArticleChoice]:
    """The article families of `deck` with their titles and languages, by title."""
    with db.read() as session:
        row = card_store.get_deck(session, deck)
        if row is None:
            raise FlashcardsError(f"no deck named {deck!r}")
        first = (row.source_lang, row.target_lang)
        groups = card_store.deck_groups(session, deck)
        paths = {p for files in groups.values() for p in files}
        parsed = {
            path: (lang, data) for path, lang, data in card_store.parsed_articles(session, paths)
        }
    found = []
    for key, files in groups.items():
        members = [parsed[p] for p in files if p in parsed]
        if len(members) < 1:
            continue
        titles = [json.loads(data).get("title", "") for _lang, data in members]
        present = {lang for lang, _ in members}
        # The deck's question and answer languages first, as a card shows them.
        ordered = [lang for lang in first if lang in present] + sorted(present - set(first))
        found.append(ArticleChoice(key, titles[0], tuple(ordered)))
    return sorted(found, key=lambda c: (c.title.casefold(), c.group_key))


def reading_pair(
    db: Database, deck: str, group_key: str, left: str, right: str, now: datetime
) -> ReadingPair:
    """The article family `group_key` of `deck` in `left` and `right`, laid out row by row,
    each side's sentences with the cards (of this deck, in that language) asking about them."""
    with db.read() as session:
        groups = card_store.deck_groups(session, deck)
        if group_key not in groups:
            raise FlashcardsError(f"deck {deck!r} has no article {group_key!r}")
        articles = {
            lang: Article.from_dict(json.loads(data))
            for _path, lang, data in card_store.parsed_articles(session, groups[group_key])
        }
        if left not in articles or right not in articles:
            raise FlashcardsError(f"the article is not in both {left} and {right}")
        records = card_store.group_cards(session, deck, group_key)
        model = MemoryModel(schedule_store.load_config(session))
        marks: dict[str, list[tuple[CardMark, str, str, str]]] = {left: [], right: []}
        for record in records:
            memory = schedule_store.memory_of(session, record.id)
            mark = CardMark(
                record.id,
                record.kind,
                memory.state,
                model.retrievability(memory, now),
                record.front,
                record.back,
            )
            for lang in {record.source_lang, record.target_lang} & set(marks):
                marks[lang].append((mark, record.front, record.back, record.extra))

    def cell(units: tuple[str, ...], lang: str, whole: bool) -> Cell:
        asking = {
            mark.card_id: mark
            for unit in units
            for mark, front, back, extra in marks[lang]
            if _asks_about(mark.kind, front, back, extra, unit, whole)
        }
        return Cell(units, tuple(asking[k] for k in sorted(asking)))

    rows = tuple(
        Row(kind, cell(a, left, kind is not RowKind.TEXT), cell(b, right, kind is not RowKind.TEXT))
        for kind, a, b in layout(articles[left], articles[right])
    )
    return ReadingPair(deck, group_key, left, right, rows)
