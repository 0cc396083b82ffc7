"""Read an Anki package (.apkg, .colpkg) with Anki's own library into plain records."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flashcards.builder.anki_text import FieldText, field_text
from flashcards.errors import FlashcardsError, Reason
from flashcards.progress import Phase, Progress, every
from flashcards.services.anki_container import AnkiPackageError, check_container, trimmed_copy

#: The install command shown when Anki's library is missing.
ANKI_EXTRA = "pip install 'flashcards[anki]'"

#: Anki's card queues and review kinds (see Anki's `cards` and `revlog` tables).
KIND_FILTERED, KIND_MANUAL, KIND_RESCHEDULED = 3, 4, 5
KINDS_BY_HAND = (KIND_MANUAL, KIND_RESCHEDULED)
QUEUE_SUSPENDED = -1
QUEUES_BURIED = (-2, -3)
NOTETYPE_CLOZE = 1


@dataclass(frozen=True)
class AnkiReview:
    """One entry of Anki's review log (`revlog`)."""

    id: int  # milliseconds since the epoch: when the answer was given
    card_id: int
    ease: int  # 1-4 the button; 0 a change by hand
    interval: int  # days when positive, seconds when negative
    last_interval: int
    factor: int  # ease factor in permille (SM-2) or 0
    taken_ms: int
    kind: int  # 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled


@dataclass(frozen=True)
class AnkiCard:
    """One card of a note, with its text as our cards hold it."""

    id: int
    note_id: int
    guid: str
    ord: int
    deck: str
    notetype: str
    cloze: bool
    reversed: bool  # its question shows the note's back field
    front: FieldText
    back: FieldText
    extra: FieldText
    fields: tuple[tuple[str, str], ...]  # (name, raw HTML) of every field of the note
    tags: tuple[str, ...]
    flag: int
    queue: int
    card_type: int
    modified: int  # seconds since the epoch, of the card or its note, whichever is later
    due: int | None = None  # seconds since the epoch, as Anki shows it (None: new)

    @property
    def suspended(self) -> bool:
        return self.queue == QUEUE_SUSPENDED

    @property
    def buried(self) -> bool:
        return self.queue in QUEUES_BURIED

    @property
    def media(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.front.media + self.back.media + self.extra.media))


@dataclass(frozen=True)
class AnkiPackage:
    """What a package holds: its cards (with their notes' text) and review log."""

    path: str
    cards: tuple[AnkiCard, ...]
    reviews: tuple[AnkiReview, ...]
    decks: tuple[str, ...]
    notes: int


@dataclass(frozen=True)
class FieldMapping:
    """Which fields of a note make the front and back (names; case does not matter)."""

    front: str
    back: str

    @classmethod
    def parse(cls, value: str) -> FieldMapping:
        parts = [p.strip() for p in value.split(",")]
        if len(parts) != 2 or not all(parts):
            raise FlashcardsError(f"--fields takes two field names, FRONT,BACK (not {value!r})")
        return cls(parts[0], parts[1])


def _anki() -> Any:
    try:
        import anki.collection  # noqa: F401  (Anki's library: AGPL, an optional extra)
        import zstandard  # noqa: F401  (in the same extra: counts what a package unpacks to)
        from anki._backend import RustBackend
    except ImportError:
        raise FlashcardsError(
            f"importing from Anki needs Anki's own library: {ANKI_EXTRA}"
        ) from None
    return RustBackend


def _restore(backend_class: Any, package: Path, scratch: Path, shown: str) -> Path:
    """The package's collection, restored into `scratch` by Anki's library exactly as stored."""
    from anki.errors import BackendError

    target = scratch / "collection.anki2"
    media = scratch / "media"
    media.mkdir()
    backend = backend_class(langs=["en"])
    try:
        backend.import_collection_package(
            col_path=str(target),
            backup_path=str(package),
            media_folder=str(media),
            media_db=str(scratch / "media.db"),
        )
    except BackendError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        message = f"not an Anki package Anki can read ({reason})"
        raise AnkiPackageError(
            shown, message, reason=Reason.ANKI_CANNOT_READ, values=(reason,)
        ) from None
    return target


def _mapped(names: Sequence[str], mapping: FieldMapping | None) -> tuple[int, int] | None:
    """The (front, back) field positions `mapping` names in a note type having both."""
    if mapping is None:
        return None
    lowered = [n.casefold() for n in names]
    front, back = mapping.front.casefold(), mapping.back.casefold()
    if front in lowered and back in lowered and front != back:
        return lowered.index(front), lowered.index(back)
    return None


def _reversed(notetype: dict[str, Any], template_ord: int, front: int, back: int) -> bool:
    """Whether a card is the reverse of another of its note: its template's question needs
    the back field and not the front one, which another template's question needs (Anki's
    own record of the fields each question uses: `req`)."""
    needed = {entry[0]: set(entry[2]) for entry in notetype.get("req") or ()}
    mine = needed.get(template_ord, set())
    others = (fields for ord_, fields in needed.items() if ord_ != template_ord)
    return front not in mine and back in mine and any(front in fields for fields in others)


def _moved_last(reviews: Sequence[AnkiReview]) -> set[int]:
    """The cards whose last change in Anki was a due date set by hand (not a reset)."""
    last: dict[int, AnkiReview] = {}
    for review in reviews:  # in time order
        cram = review.kind == KIND_FILTERED and review.factor == 0 and review.ease > 0
        if not cram:
            last[review.card_id] = review
    return {
        card_id
        for card_id, review in last.items()
        if (review.kind in KINDS_BY_HAND or review.ease == 0)
        and not (review.kind == KIND_MANUAL and review.factor == 0)
    }


def _read(
    col: Any, shown: str, mapping: FieldMapping | None, progress: Progress | None
) -> AnkiPackage:
    decks = {d.id: d.name for d in col.decks.all_names_and_ids()}
    notetypes = {m["id"]: m for m in col.models.all()}
    notes: dict[int, Any] = {}
    cards: list[AnkiCard] = []
    rows = col.db.all(
        "select id, cid, ease, ivl, lastIvl, factor, time, type from revlog order by id"
    )
    reviews = tuple(AnkiReview(*(int(v) for v in row)) for row in rows)
    moved = _moved_last(reviews)
    mapped = False
    shapes: dict[str, list[str]] = {}  # each note type of the cards: its field names
    card_ids = col.find_cards("")
    report = every(progress, Phase.UNPACKING, len(card_ids), 500)
    for done, card_id in enumerate(card_ids, start=1):
        card = col.get_card(card_id)
        note = notes.get(card.nid)
        if note is None:
            note = notes[card.nid] = col.get_note(card.nid)
        notetype = notetypes[note.mid]
        names = [f["name"] for f in notetype["flds"]]
        raw = list(note.fields)
        cloze = notetype.get("type") == NOTETYPE_CLOZE
        chosen = _mapped(names, mapping)
        mapped = mapped or chosen is not None
        shapes.setdefault(notetype["name"], names)
        front_ord, back_ord = chosen or (0, 1)
        used = {front_ord, back_ord}
        if cloze and chosen is None:
            question = field_text(card.question())
            cloze_text = col._backend.extract_cloze_for_typing(text=raw[0], ordinal=card.ord + 1)
            front, back, extra = question, field_text(cloze_text), field_text(card.answer())
            is_reversed = False
        else:
            front = field_text(raw[front_ord]) if front_ord < len(raw) else FieldText("")
            back = field_text(raw[back_ord]) if back_ord < len(raw) else FieldText("")
            others = [field_text(v) for i, v in enumerate(raw) if i not in used]
            extra = FieldText(
                "\n".join(o.text for o in others if o.text),
                tuple(m for o in others for m in o.media),
            )
            is_reversed = _reversed(notetype, card.ord, front_ord, back_ord)
            if is_reversed:
                front, back = back, front
        deck_id = card.odid or card.did  # a card in a filtered deck belongs to its home deck
        due = None
        if card.id in moved:  # Anki's log keeps the interval of a date set by hand, not it
            stats = col.card_stats_data(card.id)
            due = stats.due_date if stats.HasField("due_date") else None
        cards.append(
            AnkiCard(
                id=card.id,
                note_id=card.nid,
                guid=note.guid,
                ord=card.ord,
                deck=decks.get(deck_id, "Default"),
                notetype=notetype["name"],
                cloze=cloze,
                reversed=is_reversed,
                front=front,
                back=back,
                extra=extra,
                fields=tuple(zip(names, raw, strict=False)),
                tags=tuple(note.tags),
                flag=card.flags & 0b111,
                queue=card.queue,
                card_type=card.type,
                modified=max(card.mod, note.mod),
                due=due,
            )
        )
        report(done)
    if mapping is not None and cards and not mapped:
        have = "; ".join(f"{name}: {', '.join(names)}" for name, names in sorted(shapes.items()))
        message = f"no note type has the fields {mapping.front} and {mapping.back} ({have})"
        values = (mapping.front, mapping.back, have)
        raise AnkiPackageError(shown, message, reason=Reason.NO_SUCH_FIELDS, values=values)
    used_decks = tuple(sorted({c.deck for c in cards}))
    return AnkiPackage(shown, tuple(cards), reviews, used_decks, len(notes))


def read_package(
    path: str | Path, mapping: FieldMapping | None = None, progress: Progress | None = None
) -> AnkiPackage:
    """Every card, note and review of the Anki package at `path`.

    Anki's library restores the package's collection into a scratch folder (any format
    Anki has written: `collection.anki2`, `anki21`, zstd-compressed `anki21b`) and reads
    it; media files are never unpacked (a trimmed copy of the package holds only its
    collection, its size bounded).  A file Anki cannot read is one `AnkiPackageError`
    naming it.
    """
    shown = str(path)
    package = Path(path).expanduser().resolve()
    backend_class = _anki()
    check_container(package, shown)
    if progress is not None:
        progress(Phase.UNPACKING, 0, 0)
    from anki.collection import Collection
    from anki.errors import BackendError

    with tempfile.TemporaryDirectory(prefix="flashcards-anki-") as scratch:
        trimmed = trimmed_copy(package, Path(scratch) / "package.zip", shown)
        target = _restore(backend_class, trimmed, Path(scratch), shown)
        trimmed.unlink()
        try:
            col = Collection(str(target))
        except BackendError as exc:
            message = f"its collection cannot be opened ({exc})"
            raise AnkiPackageError(
                shown, message, reason=Reason.ANKI_CANNOT_READ, values=(str(exc),)
            ) from None
        try:
            return _read(col, shown, mapping, progress)
        except BackendError as exc:
            message = f"its collection cannot be read ({exc})"
            raise AnkiPackageError(
                shown, message, reason=Reason.ANKI_CANNOT_READ, values=(str(exc),)
            ) from None
        finally:
            col.close(downgrade=False)
