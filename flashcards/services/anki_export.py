"""Write cards out as an Anki package (.apkg) with genanki: one note per card, stable ids."""

from __future__ import annotations

import contextlib
import hashlib
import html
import io
import itertools
import os
import re
import sqlite3
import tempfile
import time
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import genanki

from flashcards.errors import FileError, Reason
from flashcards.progress import Phase, Progress, every
from flashcards.records import CardRecord
from flashcards.store import cards as store
from flashcards.store.database import Database
from flashcards.types import CardKind

#: Anki's text-to-speech locale for each language code the app reads (see text.languages).
TTS_LOCALES: dict[str, str] = {
    "tr": "tr_TR",
    "is": "is_IS",
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_PT",
    "da": "da_DK",
    "sv": "sv_SE",
    "nb": "nb_NO",
    "fi": "fi_FI",
    "pl": "pl_PL",
}

#: The fields of every note type, in order; Uid (the card's identity) is never shown.
FIELDS: tuple[str, ...] = ("Front", "Back", "Extra", "SourceLang", "TargetLang", "Uid")

#: Seeds the GUIDs, so a card keeps its note in Anki across rebuilds and exports.
GUID_NAMESPACE = "flashcards"

CSS = """\
.card {
  font-family: "Noto Sans", "Segoe UI", "Helvetica Neue", Arial, sans-serif;
  font-size: 24px;
  line-height: 1.4;
  text-align: center;
  color: #1d1d1f;
  background-color: #fafafa;
}
.nightMode.card, .night_mode .card { color: #e8e8e8; background-color: #1e1e1e; }
.front, .back { margin: 0.4em auto; max-width: 40em; }
.back { font-weight: 600; }
.extra { margin: 1.2em auto 0; max-width: 40em; font-size: 0.7em; opacity: 0.75; }
"""

#: Anki ids are signed 64-bit, but genanki advises this range (what Anki itself makes).
_ID_BASE, _ID_SPAN = 1 << 30, 1 << 30

#: A deck of the app in Anki's deck list, described.
_DECK_DESCRIPTION = "Cards made by flashcards from bilingual articles."


@dataclass(frozen=True)
class AnkiExport:
    """What one export wrote: Anki cards (one per note) and notes."""

    cards: int
    notes: int


def stable_id(*parts: str) -> int:
    """An id for Anki derived from `parts` alone: the same in every run and on every machine."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return _ID_BASE + int.from_bytes(digest, "big") % _ID_SPAN


def tts_locale(lang: str) -> str | None:
    """Anki's TTS locale for a language code (tr -> tr_TR); None for a language not in the table."""
    return TTS_LOCALES.get(lang)


def _tts(lang: str, field: str) -> str:
    locale = tts_locale(lang)
    return f"{{{{tts {locale}:{field}}}}}" if locale else ""


def model_name(kind: CardKind, source: str, target: str) -> str:
    return f"flashcards {kind.value} {source}→{target}"


def templates(kind: CardKind, source: str, target: str) -> tuple[str, str]:
    """(question, answer) templates of a kind in one direction, each reading its own language.

    A cloze question is a target sentence with a blank (and the source sentence as a hint),
    so it is not read aloud; its answer reads the whole sentence, which is its Extra.
    """
    if kind is CardKind.CLOZE:
        front_voice, back_voice = "", _tts(target, "Extra")
    else:
        front_voice, back_voice = _tts(source, "Front"), _tts(target, "Back")
    question = f'<div class="front" lang="{source}">{{{{Front}}}}</div>\n{front_voice}'.rstrip()
    answer = (
        "{{FrontSide}}\n\n<hr id=answer>\n\n"
        f'<div class="back" lang="{target}">{{{{Back}}}}</div>\n{back_voice}\n'
        '{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}'
    )
    return question, answer


def model_for(kind: CardKind, source: str, target: str) -> Any:
    """The note type (genanki.Model) of one kind of card in one direction."""
    name = model_name(kind, source, target)
    question, answer = templates(kind, source, target)
    return genanki.Model(
        stable_id("model", name),
        name,
        fields=[{"name": field} for field in FIELDS],
        templates=[{"name": f"{kind.value} {source}→{target}", "qfmt": question, "afmt": answer}],
        css=CSS,
    )


def field_html(text: str) -> str:
    """Plain card text as inert HTML: escaped, with line breaks kept.

    `[` is escaped too, so that no `[sound:…]`, `[anki:…]` or `[latex]` in an article's
    text becomes one of Anki's media, speech or LaTeX tags.
    """
    escaped = html.escape(text).replace("[", "&#91;")
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


def _tag_part(value: str) -> str:
    return re.sub(r'[\s":]+', "_", value).strip("_") or "_"


def tags_for(card: CardRecord) -> list[str]:
    """Language pair (tr-is), kind (kind::term) and article (article::soft-sell), then the
    card's own tags (those it was imported with from Anki)."""
    article = re.sub(r"^(key|file):", "", card.group_key)
    ours = [
        _tag_part(f"{card.source_lang}-{card.target_lang}"),
        f"kind::{card.kind.value}",
        f"article::{_tag_part(article)}",
    ]
    return list(dict.fromkeys([*ours, *card.tags]))


def guid_for(card: CardRecord) -> str:
    """The note's GUID, from the card's stable identity: a re-export updates the same note."""
    return guid_for_uid(card.uid)


def guid_for_uid(uid: str) -> str:
    """The GUID of the note of the card with `uid` (how an import finds it again)."""
    guid: str = genanki.guid_for(GUID_NAMESPACE, uid)
    return guid


def note_for(card: CardRecord, model: Any) -> Any:
    """The genanki.Note of one card."""
    fields = [
        field_html(card.front),
        field_html(card.back),
        field_html(card.extra),
        card.source_lang,
        card.target_lang,
        html.escape(card.uid),
    ]
    return genanki.Note(model=model, fields=fields, tags=tags_for(card), guid=guid_for(card))


def deck_id(name: str) -> int:
    return stable_id("deck", name)


def package_for(
    cards: Sequence[CardRecord], progress: Progress | None = None
) -> tuple[Any, AnkiExport]:
    """The genanki.Package of `cards` (an Anki deck per deck) and what it holds."""
    decks: dict[str, Any] = {}
    models: dict[tuple[CardKind, str, str], Any] = {}
    anki_cards = 0
    report = every(progress, Phase.PACKING, len(cards), 1000)
    report(0)
    for done, card in enumerate(cards, start=1):
        deck = decks.get(card.deck)
        if deck is None:
            deck = decks[card.deck] = genanki.Deck(
                deck_id(card.deck), card.deck, description=_DECK_DESCRIPTION
            )
        key = (card.kind, card.source_lang, card.target_lang)
        model = models.get(key)
        if model is None:
            model = models[key] = model_for(*key)
        note = note_for(card, model)
        deck.add_note(note)
        anki_cards += len(note.cards)
        report(done)
    return genanki.Package(list(decks.values())), AnkiExport(anki_cards, len(cards))


def package_bytes(package: Any, timestamp: float | None = None) -> bytes:
    """The .apkg file of a genanki package.

    Like genanki's Package.write_to_file, but its scratch database is removed afterwards
    and the archive is compressed.  `timestamp` (default now) is the notes' modification
    time, which Anki compares when it imports a package over notes it already has.
    """
    moment = time.time() if timestamp is None else timestamp
    with tempfile.TemporaryDirectory(prefix="flashcards-apkg-") as scratch:
        database = Path(scratch) / "collection.anki2"
        connection = sqlite3.connect(database)
        try:
            package.write_to_db(connection.cursor(), moment, itertools.count(int(moment * 1000)))
            connection.commit()
        finally:
            connection.close()
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", "{}")
    return buffer.getvalue()


def write_file(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all; a failure is one line naming the file."""
    scratch = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        scratch.write_bytes(data)
        os.replace(scratch, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            scratch.unlink()
        why = str(exc.strerror or exc)
        raise FileError(
            str(path), f"cannot write ({why})", reason=Reason.CANNOT_WRITE, values=(why,)
        ) from None


def export_apkg(
    db: Database,
    path: Path,
    deck: str | None = None,
    timestamp: float | None = None,
    progress: Progress | None = None,
) -> AnkiExport:
    """Write every active card, or those of one deck, to the Anki package `path`.

    `progress` hears of each phase (loading, packing, saving); if it raises, nothing is
    written: the file is only written at the end, whole.
    """
    if progress is not None:
        progress(Phase.LOADING, 0, 0)
    with db.begin() as session:
        records = store.cards(session, deck=deck)
    package, written = package_for(records, progress)
    if progress is not None:
        progress(Phase.SAVING, 0, 0)
    data = package_bytes(package, timestamp)
    if progress is not None:
        progress(Phase.SAVING, 1, 1)
    write_file(path, data)
    return written
