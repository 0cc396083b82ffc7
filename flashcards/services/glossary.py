"""Import a glossary file into a deck as term cards, skipping what the deck already has."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from flashcards.builder.cards import note_key
from flashcards.builder.glossary import (
    Glossary,
    GlossaryEntry,
    Skip,
    SkippedRow,
    read_glossary,
    term_key,
)
from flashcards.errors import FlashcardsError, Reason
from flashcards.store import cards as store
from flashcards.store import imports
from flashcards.store.cards import GLOSSARY_PREFIX
from flashcards.store.database import Database
from flashcards.text.languages import language_name, normalize_lang
from flashcards.types import CardKind, CardSpec

#: Longest term key kept readable in a card's uid; longer ones end in a hash.
_MAX_KEY = 80
#: Longest file stem in a group key (the column holds 300 characters).
_MAX_STEM = 120
#: Longest default deck name (the column holds 200 characters).
_MAX_DECK = 200


@dataclass
class GlossaryReport:
    """What one import read, added and skipped; counts are of cards, skips of rows."""

    path: str
    deck: str
    directions: list[tuple[str, str]]
    encoding: str = ""
    entries: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    restored: int = 0
    retired: int = 0  # cards of rows no longer in the file: kept, with their history
    created_deck: bool = False
    skipped: list[SkippedRow] = field(default_factory=list)
    entry_noun: str = "row"  # what the file is made of: rows, translation units, entries
    kinds: list[str] = field(default_factory=list)  # the kinds of card its entries make

    @property
    def ok(self) -> bool:
        """The file gave usable rows (imported now, or in the deck already): exit status 0."""
        return self.entries > 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "deck": self.deck,
            "directions": [f"{s}>{t}" for s, t in self.directions],
            "encoding": self.encoding,
            "entries": self.entries,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "restored": self.restored,
            "retired": self.retired,
            "kinds": self.kinds,
            "created_deck": self.created_deck,
            "skipped": [{"row": s.row, "reason": s.reason} for s in self.skipped],
        }


def language_code(value: str, what: str) -> str:
    """The code of a language given on the command line or in a dialog ("tr", "Turkish");
    one line naming it when the app does not support it."""
    code = normalize_lang(value)
    if code is None:
        raise FlashcardsError(
            f"unsupported {what} language {value!r}",
            reason=Reason.UNSUPPORTED_LANGUAGE,
            values=(value,),
        )
    return code


def glossary_group_key(path: str | Path, suffix: str = "") -> str:
    """The group key of the cards imported from the file at `path`: `glossary:<stem>`, and
    the format's suffix for a translation memory or termbase (`glossary:terms.tbx`)."""
    return GLOSSARY_PREFIX + Path(path).stem[:_MAX_STEM] + suffix


def _position(key: str) -> str:
    """A term key fit for a uid: readable when short, else cut and hashed."""
    if len(key) <= _MAX_KEY and "/" not in key:
        return key
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=6).hexdigest()
    return f"{key[: _MAX_KEY // 2].replace('/', ' ')}~{digest}"


def term_specs(
    deck: str,
    group_key: str,
    source: str,
    target: str,
    term: str,
    translation: str,
    both_directions: bool,
    source_files: tuple[str, ...],
    kind: CardKind = CardKind.TERM,
) -> list[CardSpec]:
    """The card(s) of one glossary row (a term, or a sentence pair from a translation
    memory); the uid follows the term, not the translation."""
    note = note_key(deck, group_key, kind, _position(term_key(term, source)))
    if source == target:
        note = f"{note}/{source}"
    sides = [(source, target, term, translation)]
    if both_directions and source != target:
        sides.append((target, source, translation, term))
    return [
        CardSpec(
            uid=f"{note}/{s}>{t}",
            note_key=note,
            kind=kind,
            source_lang=s,
            target_lang=t,
            front=front,
            back=back,
            extra="",
            group_key=group_key,
            source_files=source_files,
        )
        for s, t, front, back in sides
    ]


class _DeckIndex:
    """The deck's active cards in comparable form: what a new row would duplicate."""

    def __init__(
        self, cards: Iterable[tuple[str, CardKind, str, str, str, str]], own_uids: set[str]
    ) -> None:
        self.pairs: set[tuple[str, str, str, str]] = set()
        self.term_fronts: set[tuple[str, str, str]] = set()
        for uid, kind, source, target, front, back in cards:
            if uid in own_uids:
                continue  # the same row imported before: updated, not a duplicate
            front_key, back_key = term_key(front, source), term_key(back, target)
            self.pairs.add((source, target, front_key, back_key))
            if kind is CardKind.TERM:
                self.term_fronts.add((source, target, front_key))

    def has(self, spec: CardSpec) -> bool:
        front = term_key(spec.front, spec.source_lang)
        back = term_key(spec.back, spec.target_lang)
        direction = (spec.source_lang, spec.target_lang)
        return (*direction, front, back) in self.pairs or (*direction, front) in self.term_fronts


def _direction_label(source: str, target: str) -> str:
    return f"{language_name(source)} → {language_name(target)}"


def import_glossary(
    db: Database,
    path: str | Path,
    source: str,
    target: str,
    deck: str | None = None,
    both_directions: bool = False,
) -> GlossaryReport:
    """Import the glossary at `path` into `deck` (default: the file's stem) in one transaction.

    Each usable row makes a term card (and its reverse with `both_directions`) whose uid
    follows the deck, the file's stem and the term, so importing the file again changes
    nothing and a corrected translation updates its card in place, keeping its history.
    A row the deck already has as an active card of the same direction is skipped.  A new
    deck is made with these languages; an existing one keeps its own, which must be the same
    two languages.  The cards of rows removed from the file are retired (kept with their
    history, as a build retires cards whose source went); other files' cards are left alone.
    """
    src, tgt = language_code(source, "source"), language_code(target, "target")
    glossary: Glossary = read_glossary(path, src, tgt)
    return import_entries(db, glossary, path, src, tgt, deck, both_directions)


def import_entries(
    db: Database,
    glossary: Glossary,
    path: str | Path,
    src: str,
    tgt: str,
    deck: str | None = None,
    both_directions: bool = False,
    kind_of: Callable[[GlossaryEntry], CardKind] = lambda _entry: CardKind.TERM,
    entry_noun: str = "row",
    group_key: str | None = None,
) -> GlossaryReport:
    """Store the entries read from the file at `path` (a glossary, a translation memory or
    a termbase) as cards of `deck`: see `import_glossary`.  `kind_of` says which kind of
    card each entry makes."""
    shown = str(path)
    name = deck or Path(path).stem[:_MAX_DECK] or "glossary"
    directions = [(src, tgt)] + ([(tgt, src)] if both_directions and src != tgt else [])
    report = GlossaryReport(
        path=shown,
        deck=name,
        directions=directions,
        encoding=glossary.encoding,
        entry_noun=entry_noun,
    )
    report.entries = len(glossary.entries)
    report.kinds = sorted({kind_of(entry).value for entry in glossary.entries})
    skipped = list(glossary.skipped)
    group_key = group_key or glossary_group_key(path)
    files = (str(Path(path).expanduser().resolve()),)
    with db.begin() as session:
        existing = store.get_deck(session, name)
        if existing is not None and {existing.source_lang, existing.target_lang} != {src, tgt}:
            raise FlashcardsError(
                f'deck "{name}" is {_direction_label(existing.source_lang, existing.target_lang)}'
                f", not {_direction_label(src, tgt)}: choose another deck with --deck",
                reason=Reason.DECK_LANGUAGES,
                values=(name, existing.source_lang, existing.target_lang),
            )
        rows = [
            (
                entry.row,
                term_specs(
                    name,
                    group_key,
                    src,
                    tgt,
                    entry.source,
                    entry.target,
                    both_directions,
                    files,
                    kind_of(entry),
                ),
            )
            for entry in glossary.entries
        ]
        own = {spec.uid for _, specs in rows for spec in specs}
        index = _DeckIndex(store.active_card_texts(session, existing.id) if existing else (), own)
        wanted: list[tuple[int, list[CardSpec]]] = []
        for row, specs in rows:
            if any(index.has(spec) for spec in specs):
                skipped.append(SkippedRow(row, Skip.IN_DECK, (name,)))
            else:
                wanted.append((row, specs))
        if existing is not None and report.ok:
            report.retired = _retire_removed(session, existing.id, group_key, own, directions)
        if wanted:
            if existing is None:
                existing = store.upsert_deck(session, name, src, tgt, both_directions)
                report.created_deck = True
            changes = store.add_cards(
                session, existing.id, [s for _, specs in wanted for s in specs]
            )
            counts = Counter(changes.values())
            report.added, report.updated = counts["new"], counts["updated"]
            report.unchanged = counts["unchanged"] + counts["edited"]
            report.restored = counts["restored"]
            for row, specs in wanted:
                if all(changes[spec.uid] == "deleted" for spec in specs):
                    skipped.append(SkippedRow(row, Skip.DELETED, (name,)))
    report.skipped = sorted(skipped, key=lambda s: s.row)
    return report


def _retire_removed(
    session: Session,
    deck_id: int,
    group_key: str,
    produced: set[str],
    directions: Sequence[tuple[str, str]],
) -> int:
    """Retire the deck's cards from this file that no row of it makes any more, in the
    directions imported (a direction not asked for this time is left alone)."""
    gone = [
        card_id
        for card_id, uid, source, target in imports.file_cards(session, deck_id, group_key)
        if uid not in produced and (source, target) in directions
    ]
    imports.retire(session, gone)
    return len(gone)
