"""The translators' formats: a deck as a TMX translation memory or a TBX termbase, and
translation memories and termbases imported as cards."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from flashcards.builder.glossary import GlossaryEntry
from flashcards.builder.segments import aligned_segments
from flashcards.builder.tmx import ExchangeFormat, Unit, read_exchange, write_exchange
from flashcards.errors import FlashcardsError
from flashcards.records import CardRecord
from flashcards.services.anki_export import TTS_LOCALES, write_file
from flashcards.services.glossary import (
    GlossaryReport,
    glossary_group_key,
    import_entries,
    language_code,
)
from flashcards.store import cards as store
from flashcards.store import imports
from flashcards.store.cards import ANKI_PREFIX, IMPORTED_PREFIXES
from flashcards.store.database import Database
from flashcards.types import CardKind, Group

#: A segment of this many words or more, or ending like a sentence, is a sentence card.
SENTENCE_WORDS = 5
_SENTENCE_ENDS = tuple(".!?…:;")


@dataclass(frozen=True)
class ExchangeExport:
    """What an export wrote: translation units or term entries, from how many decks."""

    units: int
    decks: int


def language_tag(lang: str) -> str:
    """The language tag a CAT tool expects: tr -> tr-TR, is -> is-IS (the code itself
    for a language without a usual region)."""
    locale = TTS_LOCALES.get(lang)
    return locale.replace("_", "-") if locale else lang


def is_sentence(text: str) -> bool:
    """Whether a segment reads as a sentence (else it is a term)."""
    stripped = text.rstrip()
    return len(stripped.split()) >= SENTENCE_WORDS or stripped.endswith(_SENTENCE_ENDS)


def _oriented(card: CardRecord, source: str, target: str) -> tuple[str, str] | None:
    """(source text, target text) of a card in the deck's direction, either way round."""
    if (card.source_lang, card.target_lang) == (source, target):
        return card.front, card.back
    if (card.source_lang, card.target_lang) == (target, source):
        return card.back, card.front
    return None


def _tmx_units(
    cards: Sequence[CardRecord], groups: dict[str, Group], source: str, target: str
) -> list[Unit]:
    units: list[Unit] = []
    for key in sorted(groups):
        for pair in aligned_segments(groups[key], source, target):
            note = f"{pair.article} · {pair.role}"
            units.append(Unit(pair.source, pair.target, note, pair.key))
    for card in cards:  # sentence pairs imported from translation memories
        if card.kind is CardKind.TECHNIQUE and card.group_key.startswith(IMPORTED_PREFIXES):
            texts = _oriented(card, source, target)
            if texts is not None:
                units.append(Unit(*texts, f"imported ({card.group_key})", card.note_key))
    return units


def _tbx_units(cards: Sequence[CardRecord], source: str, target: str) -> list[Unit]:
    units: list[Unit] = []
    for card in cards:
        if card.kind not in (CardKind.TERM, CardKind.LINKED_TERM):
            continue
        if card.group_key.startswith(ANKI_PREFIX):
            continue  # an Anki note's two sides are a question and an answer, not terms
        texts = _oriented(card, source, target)
        if texts is None:
            continue
        units.append(Unit(*texts, card.extra, card.note_key))  # the sentence it is used in
    return units


def _unique(units: Sequence[Unit]) -> list[Unit]:
    seen: set[tuple[str, str]] = set()
    kept: list[Unit] = []
    for unit in units:
        if (unit.source, unit.target) not in seen:
            seen.add((unit.source, unit.target))
            kept.append(unit)
    return kept


def export_exchange(
    db: Database, fmt: ExchangeFormat, deck: str | None = None
) -> tuple[bytes, ExchangeExport]:
    """A deck (or every deck) as TMX 1.4 — its aligned sentence pairs (titles, definitions,
    techniques, summaries) with the article as a note — or as a TBX termbase of its term
    and linked-term cards."""
    units: list[Unit] = []
    tags: tuple[str, str] | None = None
    with db.begin() as session:
        decks = [d for d in store.list_decks(session) if deck is None or d.name == deck]
        if deck is not None and not decks:
            raise FlashcardsError(f"no deck named {deck!r}")
        for info in decks:
            if info.source_lang == info.target_lang:
                continue  # one language: nothing to translate
            cards = store.cards(session, deck=info.name)
            tags = tags or (language_tag(info.source_lang), language_tag(info.target_lang))
            if fmt is ExchangeFormat.TMX:
                keys = {c.group_key for c in cards if not c.group_key.startswith(IMPORTED_PREFIXES)}
                found = imports.articles_by_group(session, keys)
                groups = {
                    key: Group(key, {article.lang: article for article in articles})
                    for key, articles in found.items()
                }
                units += _tmx_units(cards, groups, info.source_lang, info.target_lang)
            else:
                units += _tbx_units(cards, info.source_lang, info.target_lang)
    kept = _unique(units)
    source_tag, target_tag = tags or ("en", "en")
    data = write_exchange(kept, fmt, source_tag, target_tag)
    return data, ExchangeExport(len(kept), len(decks))


def export_exchange_file(
    db: Database, path: Path, fmt: ExchangeFormat, deck: str | None = None
) -> ExchangeExport:
    """Write the export to `path` whole or not at all."""
    data, written = export_exchange(db, fmt, deck)
    write_file(path, data)
    return written


def import_exchange(
    db: Database,
    path: str | Path,
    fmt: ExchangeFormat,
    source: str,
    target: str,
    deck: str | None = None,
    both_directions: bool = False,
) -> GlossaryReport:
    """A translation memory's units or a termbase's entries as cards of `deck` (default: the
    file's name), deduplicated like glossary rows: sentence pairs become sentence cards
    (kind technique), short segments and TBX terms term cards.  Importing again changes
    nothing; units removed from the file retire their cards."""
    src, tgt = language_code(source, "source"), language_code(target, "target")
    memory = read_exchange(path, fmt, src, tgt)

    def kind_of(entry: GlossaryEntry) -> CardKind:
        if fmt is ExchangeFormat.TMX and is_sentence(entry.source):
            return CardKind.TECHNIQUE
        return CardKind.TERM

    noun = "unit" if fmt is ExchangeFormat.TMX else "entry"
    key = glossary_group_key(path, f".{fmt.value}")
    return import_entries(
        db, memory, path, src, tgt, deck, both_directions, kind_of, noun, group_key=key
    )
