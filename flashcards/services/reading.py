"""The parallel reader: an article pair laid out side by side, sentence beside sentence,
with the cards each sentence already has and how well they are known."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from flashcards.builder.align import align
from flashcards.builder.cloze import BLANK
from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
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
    suspended: bool = False


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

#: The fewest characters of a card's text that may stand for a longer sentence it was cut
#: from (shorter texts are terms, which many sentences hold).
_SHORTEST = 24

#: Sentences are looked up by their first words: a card's text is compared only with the
#: sentences that start with a run of its own words (or that hold its first words).
_KEY = 4

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def _words(text: str) -> tuple[str, ...]:
    """`text` folded, its punctuation and ellipses gone: only its words."""
    return tuple(_WORD.findall(fold(text)))


def _holds(outer: tuple[str, ...], inner: tuple[str, ...], at: int) -> bool:
    return outer[at : at + len(inner)] == inner


class _Sentences:
    """The sentences of one side of a pair, indexed by their words, to find which of them a
    card asks about: a sentence its text holds (a card's sentence, a cloze's with its answer
    filled in, a context) or one its text was cut from (cleaned, trimmed with "…"); a title
    or heading only when it is the card's question, or a term card's answer."""

    def __init__(self, sentences: set[str], headings: set[str]) -> None:
        self.words = {text: _words(text) for text in sentences}
        self.starts: dict[tuple[str, ...], list[str]] = {}
        self.grams: dict[tuple[str, ...], set[str]] = {}
        for text, words in self.words.items():
            if not words:
                continue
            self.starts.setdefault(words[:_KEY], []).append(text)
            for i in range(max(len(words) - _KEY + 1, 1)):
                self.grams.setdefault(words[i : i + _KEY], set()).add(text)
        self.headings = {fold(text): text for text in headings}
        #: The lengths of the keys in `starts`: a sentence shorter than the key is its own.
        self.lengths = sorted({len(key) for key in self.starts})
        self._seen: dict[str, frozenset[str]] = {}

    def asked(self, kind: CardKind, front: str, back: str, extra: str) -> set[str]:
        question = front.split("\n", 1)[0]
        found = {self.headings[t] for t in (fold(question),) if t in self.headings}
        if kind in _NAMING and fold(back) in self.headings:
            found.add(self.headings[fold(back)])
        filled = question.replace(BLANK, back) if BLANK in question else question
        for text in {filled, front, back, extra}:
            found |= self._in_text(text)
        return found

    def _in_text(self, text: str) -> frozenset[str]:
        """The sentences one text of a card holds or was cut from (texts repeat across a
        family's cards, contexts and cloze sentences above all: each is looked at once)."""
        known = self._seen.get(text)
        if known is not None:
            return known
        found: set[str] = set()
        words = _words(text)
        for i in range(len(words)):  # sentences the text holds
            for n in self.lengths:
                for sentence in self.starts.get(words[i : i + n], ()):
                    if _holds(words, self.words[sentence], i):
                        found.add(sentence)
        if len(" ".join(words)) >= _SHORTEST:  # a sentence the text was cut from
            for sentence in self.grams.get(words[:_KEY], ()):
                whole = self.words[sentence]
                if any(_holds(whole, words, j) for j in range(len(whole) - len(words) + 1)):
                    found.add(sentence)
        self._seen[text] = frozenset(found)
        return self._seen[text]


def article_choices(db: Database, deck: str) -> list[ArticleChoice]:
    """The article families of `deck` with their titles and languages, by title."""
    with db.read() as session:
        row = card_store.get_deck(session, deck)
        if row is None:
            raise FlashcardsError(f"no deck named {deck!r}")
        first = (row.source_lang, row.target_lang)
        groups = card_store.deck_groups(session, deck)
        paths = {p for files in groups.values() for p in files}
        titles = {
            path: (lang, title) for path, lang, title in card_store.article_titles(session, paths)
        }
    found = []
    for key, files in groups.items():
        members = [titles[p] for p in files if p in titles]
        if not members:
            continue
        present = {lang for lang, _ in members}
        # The deck's question and answer languages first, as a card shows them.
        ordered = [lang for lang in first if lang in present] + sorted(present - set(first))
        title = next((t for lang, t in members if lang == ordered[0]), members[0][1])
        found.append(ArticleChoice(key, title, tuple(ordered)))
    return sorted(found, key=lambda c: (c.title.casefold(), c.group_key))


def card_family(db: Database, card_id: int) -> str:
    """The article family (group key) a card was made from."""
    with db.read() as session:
        try:
            return schedule_store.content_of(session, card_id).group_key
        except LookupError:
            raise FlashcardsError(f"no card with id {card_id}") from None


def card_content(db: Database, card_id: int) -> CardRecord:
    """A card's text as stored now (to edit it from the reader)."""
    with db.read() as session:
        try:
            return schedule_store.content_of(session, card_id)
        except LookupError:
            raise FlashcardsError(f"no card with id {card_id}") from None


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
            lang: article
            for _path, lang, article in card_store.parsed_articles(session, groups[group_key])
        }
        if left not in articles or right not in articles:
            raise FlashcardsError(f"the article is not in both {left} and {right}")
        records = schedule_store.group_cards(session, deck, group_key)
        model = MemoryModel(schedule_store.load_config(session))
        lines = layout(articles[left], articles[right])
        sides = {
            lang: _Sentences(
                {u for kind, *cells in lines if kind is RowKind.TEXT for u in cells[k]},
                {u for kind, *cells in lines if kind is not RowKind.TEXT for u in cells[k]},
            )
            for k, lang in enumerate((left, right))
        }
        asking: dict[str, dict[str, dict[int, CardMark]]] = {left: {}, right: {}}
        for record, memory in records:
            mark = CardMark(
                record.id,
                record.kind,
                memory.state,
                model.retrievability(memory, now),
                record.front,
                record.back,
                record.suspended,
            )
            for lang in {record.source_lang, record.target_lang} & set(sides):
                for unit in sides[lang].asked(record.kind, record.front, record.back, record.extra):
                    asking[lang].setdefault(unit, {})[record.id] = mark

    def cell(units: tuple[str, ...], lang: str) -> Cell:
        marks = {k: m for unit in units for k, m in asking[lang].get(unit, {}).items()}
        return Cell(units, tuple(marks[k] for k in sorted(marks)))

    rows = tuple(Row(kind, cell(a, left), cell(b, right)) for kind, a, b in lines)
    return ReadingPair(deck, group_key, left, right, rows)
