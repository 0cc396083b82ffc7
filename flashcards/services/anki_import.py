"""Import an Anki package with its history: cards, decks, flags, tags and every review,
merged into the log without duplicates, each card's memory replayed through FSRS."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from flashcards.progress import Phase, Progress, every
from flashcards.scheduler.day import study_day
from flashcards.scheduler.memory import MemoryModel
from flashcards.scheduler.replay import Event, EventKind, replay
from flashcards.services.anki_export import field_html, guid_for_uid
from flashcards.services.anki_package import AnkiCard, AnkiPackage, AnkiReview, FieldMapping
from flashcards.services.glossary import language_code
from flashcards.store import cards as store
from flashcards.store import imports
from flashcards.store import schedule as schedule_store
from flashcards.store.cards import ANKI_PREFIX
from flashcards.store.database import Database
from flashcards.store.imports import IMPORTED_MODE, HistoryEntry, StoredCard
from flashcards.text.languages import LOW_CONFIDENCE, detect
from flashcards.types import CardKind, CardSpec, CardState, Memory, Rating

#: The language of a deck whose text says too little to tell (ISO 639-2 "undetermined").
UNKNOWN_LANG = "und"
#: Fronts listed in the report for notes added or cards missing (the rest are counted).
LISTED = 5
#: Anki's review kinds (`revlog.type`).
_LEARN, _REVIEW, _RELEARN, _FILTERED, _MANUAL, _RESCHEDULED = range(6)
#: Tags our Anki export writes on every note: not the user's, not kept as card tags.
_OUR_TAG_PREFIXES = ("kind::", "article::")


@dataclass
class DeckReport:
    """What an import did to one deck."""

    name: str
    source_lang: str
    target_lang: str
    created: bool = False
    detected: bool = False
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    restored: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class AnkiImportReport:
    """What one import read from a package and what it changed."""

    path: str
    notes: int = 0
    cards: int = 0
    decks: list[DeckReport] = field(default_factory=list)
    reviews: int = 0  # entries in the package's review log for the cards imported
    reviews_added: int = 0
    reviews_known: int = 0  # already in the log from an earlier import
    replayed: int = 0  # cards whose memory was computed anew from their history
    matched: int = 0  # cards the app wrote, found again by their GUID
    suspended: int = 0
    buried: int = 0
    flagged: int = 0
    no_history: int = 0  # reviewed in Anki, but no review log to replay: new here
    media_notes: int = 0
    media_files: int = 0
    added_in_anki: list[str] = field(default_factory=list)  # fronts of notes not imported
    added_imported: bool = False
    missing: list[str] = field(default_factory=list)  # our cards not in the package
    missing_retired: bool = False
    edited_in_anki: list[str] = field(default_factory=list)  # the app's text kept
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (card, reason)

    @property
    def round_trip(self) -> bool:
        return self.matched > 0

    @property
    def ok(self) -> bool:
        """Something of the package is in the collection now: exit status 0."""
        return (
            self.matched + sum(d.added + d.updated + d.unchanged + d.restored for d in self.decks)
            > 0
        )

    def to_dict(self) -> dict[str, Any]:
        data = {k: v for k, v in self.__dict__.items() if k != "decks"}
        data["decks"] = [d.to_dict() for d in self.decks]
        data["skipped"] = [{"card": c, "reason": r} for c, r in self.skipped]
        data["round_trip"] = self.round_trip
        return data


# --- Anki's review log as replay events ------------------------------------------------


def review_time(review: AnkiReview) -> datetime:
    """When an Anki review happened: its id is the time in milliseconds."""
    return datetime.fromtimestamp(review.id / 1000, UTC)


def review_entry(review: AnkiReview) -> tuple[str, Event] | None:
    """(log kind, replay event) of one Anki review-log entry; None for one that means nothing.

    As in Anki's own FSRS: a change by hand (kind manual or rescheduled, or no button) with
    no ease factor is a reset ("forget"), otherwise a new due date; a review in a filtered
    deck that did not reschedule (no ease factor) is a cram; the rest are answers.
    """
    at = review_time(review)
    if review.kind in (_MANUAL, _RESCHEDULED) or review.ease == 0:
        if review.kind == _MANUAL and review.factor == 0:
            return "manual", Event(at, EventKind.RESET)
        if review.interval > 0:
            due = at + timedelta(days=review.interval)
        else:
            due = at + timedelta(seconds=-review.interval)
        return "manual", Event(at, EventKind.SET_DUE, due=due)
    if not 1 <= review.ease <= 4:
        return None
    rating = Rating(review.ease)
    if review.kind == _FILTERED and review.factor == 0:
        return "cram", Event(at, EventKind.CRAM, rating)
    return "review", Event(at, EventKind.REVIEW, rating)


def stored_event(entry: HistoryEntry) -> Event:
    """The replay event of a stored log entry."""
    if entry.kind == "review" and entry.rating is not None:
        return Event(entry.reviewed_at, EventKind.REVIEW, entry.rating)
    if entry.kind == "manual":
        if entry.after.state is CardState.NEW:
            return Event(entry.reviewed_at, EventKind.RESET)
        return Event(entry.reviewed_at, EventKind.SET_DUE, due=entry.after.due or entry.reviewed_at)
    return Event(entry.reviewed_at, EventKind.CRAM, entry.rating)


def merge_history(
    model: MemoryModel,
    card_id: int,
    stored: Sequence[HistoryEntry],
    reviews: Sequence[AnkiReview],
    anki_due: datetime | None = None,
) -> tuple[list[HistoryEntry], Memory, int] | None:
    """The card's history with the Anki reviews it lacks, replayed in time order.

    Returns (every entry with its replayed states, the memory it ends in, entries added),
    or None when every review is there already.  An Anki review is there when the log
    holds an imported entry at its exact time (Anki's revlog id, in milliseconds).
    `anki_due` is the card's due date in Anki: the date a due date set by hand gave,
    when that was the last thing done to it there (Anki's log keeps the interval only).
    """
    known = {e.reviewed_at for e in stored if e.mode == IMPORTED_MODE}
    ordered = sorted(reviews, key=lambda r: r.id)
    effective = [r for r in ordered if (c := review_entry(r)) and c[0] != "cram"]
    last = effective[-1] if effective else None
    fresh: list[tuple[HistoryEntry, Event]] = []
    for review in ordered:
        converted = review_entry(review)
        if converted is None or review_time(review) in known:
            continue
        kind, event = converted
        if review is last and event.kind is EventKind.SET_DUE and anki_due is not None:
            event = Event(event.at, EventKind.SET_DUE, due=anki_due)
        known.add(event.at)
        placeholder = HistoryEntry(
            None,
            event.at,
            kind,
            event.rating,
            IMPORTED_MODE,
            review.taken_ms if review.taken_ms > 0 else None,
            Memory(),
            Memory(),
        )
        fresh.append((placeholder, event))
    if not fresh:
        return None
    pairs = [(entry, stored_event(entry)) for entry in stored] + fresh
    pairs.sort(key=lambda pair: pair[1].at)  # stable: stored entries first at equal times
    start = stored[0].before if stored and pairs[0][0] is stored[0] else Memory()
    steps = replay(model, card_id, [event for _, event in pairs], start)
    merged = [
        HistoryEntry(
            entry.id,
            entry.reviewed_at,
            entry.kind,
            entry.rating,
            entry.mode,
            entry.duration_ms,
            step.before,
            step.after,
        )
        for (entry, _), step in zip(pairs, steps, strict=True)
    ]
    return merged, steps[-1].after, len(fresh)


# --- cards -------------------------------------------------------------------------------


def foreign_uid(card: AnkiCard) -> str:
    """The uid of a card from a note the app did not write: its GUID and template."""
    return f"{ANKI_PREFIX}{card.guid}/{card.ord}"


def _language(value: str | None, what: str) -> str | None:
    return None if value is None else language_code(value, what)


def _detected(texts: Sequence[str]) -> str | None:
    sample = "\n".join(t for t in texts[:200] if t)
    code, confidence = detect(sample)
    return code if code is not None and confidence >= LOW_CONFIDENCE else None


def _spec(card: AnkiCard, source: str, target: str) -> CardSpec:
    if card.reversed:
        source, target = target, source
    note = f"{ANKI_PREFIX}{card.guid}"
    return CardSpec(
        uid=foreign_uid(card),
        note_key=note,
        kind=CardKind.CLOZE if card.cloze else CardKind.TERM,
        source_lang=source,
        target_lang=target,
        front=card.front.text,
        back=card.back.text,
        extra=card.extra.text,
        group_key=note,
        source_files=(),
    )


def _user_tags(card: AnkiCard, ours: StoredCard) -> tuple[str, ...]:
    """The card's Anki tags, less those our export writes on every note."""
    pair = f"{ours.source_lang}-{ours.target_lang}"
    return tuple(t for t in card.tags if not t.startswith(_OUR_TAG_PREFIXES) and t != pair)


@dataclass(frozen=True)
class AnkiState:
    """What Anki says of a card besides its text and history: kept with the card as the
    import that brought it saw it, so a later import applies only what changed there."""

    suspended: bool = False
    buried: bool = False
    flag: int = 0
    tags: tuple[str, ...] = ()

    def encode(self) -> str:
        """JSON, or "" for the state of a card with nothing set."""
        if self == AnkiState():
            return ""
        return json.dumps([self.suspended, self.buried, self.flag, list(self.tags)])

    @classmethod
    def of(cls, card: StoredCard | None) -> AnkiState:
        """A stored card's own state here (burying aside: it is a date)."""
        if card is None:
            return cls()
        return cls(card.suspended, card.buried_until is not None, card.flag, card.tags)

    @classmethod
    def decode(cls, text: str) -> AnkiState:
        if not text:
            return cls()
        try:
            suspended, buried, flag, tags = json.loads(text)
            return cls(bool(suspended), bool(buried), int(flag), tuple(str(t) for t in tags))
        except (ValueError, TypeError):
            return cls()


def _short(text: str, width: int = 60) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1] + "…"


@dataclass
class _Plan:
    """Which package card goes to which stored card, and what is new."""

    ours: dict[int, StoredCard] = field(default_factory=dict)  # anki card id -> app card
    foreign: list[AnkiCard] = field(default_factory=list)
    added_in_anki: list[AnkiCard] = field(default_factory=list)


class _Importer:
    def __init__(
        self,
        db: Database,
        package: AnkiPackage,
        *,
        deck: str | None,
        source: str | None,
        target: str | None,
        include_added: bool,
        retire_missing: bool,
        now: datetime,
        tz: tzinfo | None,
        progress: Progress | None = None,
    ) -> None:
        self.db = db
        self.progress = progress
        self.package = package
        self.deck = deck
        self.source, self.target = _language(source, "source"), _language(target, "target")
        self.include_added = include_added
        self.retire_missing = retire_missing
        self.now = now
        self.tz = tz
        self.report = AnkiImportReport(package.path, notes=package.notes, cards=len(package.cards))
        self.cards = {card.id: card for card in package.cards}

    def run(self) -> AnkiImportReport:
        report = self.report
        with self.db.begin() as session:
            config = schedule_store.load_config(session)
            self.model = MemoryModel(config, self.tz)
            self.day_start = config.day_start_hour
            stored = imports.stored_cards(session)
            plan = self._plan(stored)
            imported = self._store_foreign(session, plan, stored)
            targets: dict[int, int] = {c: s.id for c, s in plan.ours.items()}
            targets.update(imported)
            self._merge_reviews(session, targets)
            self._apply_states(session, plan, stored, imported)
            self._missing(session, plan, stored)
            self._edited(plan)
            media = [c for c in self.package.cards if c.media and c.id in targets]
            report.media_notes = len({c.note_id for c in media})
            report.media_files = len({m for c in media for m in c.media})
        return report

    # -- which card is which

    def _plan(self, stored: Sequence[StoredCard]) -> _Plan:
        by_guid = {guid_for_uid(card.uid): card for card in stored}
        known = {card.uid for card in stored}
        plan = _Plan()
        for card in self.package.cards:
            ours = by_guid.get(card.guid)
            if ours is not None:
                plan.ours[card.id] = ours
            else:
                plan.foreign.append(card)
        self.report.matched = len(plan.ours)
        if plan.ours:
            # A package the app wrote, back from Anki: notes added there are reported, and
            # imported only when asked.
            plan.added_in_anki = [c for c in plan.foreign if foreign_uid(c) not in known]
            notes = {c.note_id: c for c in plan.added_in_anki}
            self.report.added_in_anki = [_short(c.front.text) for c in notes.values()]
            self.report.added_imported = self.include_added
            if not self.include_added:
                added = {c.id for c in plan.added_in_anki}
                plan.foreign = [c for c in plan.foreign if c.id not in added]
        return plan

    def _deck_languages(self, session: Any, name: str, cards: Sequence[AnkiCard]) -> DeckReport:
        existing = store.get_deck(session, name)
        if existing is not None:
            return DeckReport(name, existing.source_lang, existing.target_lang)
        upright = [c for c in cards if not c.reversed]
        fronts = [c.front.text for c in upright] or [c.back.text for c in cards]
        backs = [c.back.text for c in upright] or [c.front.text for c in cards]
        source = self.source or _detected(fronts)
        target = self.target or _detected(backs)
        detected = (self.source is None and source is not None) or (
            self.target is None and target is not None
        )
        return DeckReport(
            name,
            source or target or UNKNOWN_LANG,
            target or source or UNKNOWN_LANG,
            created=True,
            detected=detected,
        )

    def _store_foreign(
        self, session: Any, plan: _Plan, stored: Sequence[StoredCard]
    ) -> dict[int, int]:
        """Add or update the cards of notes the app did not write; their ids by Anki card."""
        by_uid = {card.uid: card for card in stored}
        usable: list[AnkiCard] = []
        for card in plan.foreign:
            what = f"{card.notetype} note {_short(card.front.text or card.back.text, 40)!r}"
            if not card.front.text:
                self.report.skipped.append((what, "empty front"))
            elif not card.back.text:
                self.report.skipped.append((what, "empty back"))
            else:
                usable.append(card)
        by_deck: dict[str, list[AnkiCard]] = defaultdict(list)
        for card in usable:
            by_deck[self.deck or card.deck].append(card)
        decks: dict[str, DeckReport] = {}
        deck_ids: dict[str, int] = {}
        for name, cards in by_deck.items():
            info = self._deck_languages(session, name, cards)
            decks[name] = info
            row = store.get_deck(session, name)
            if row is None:
                row = store.upsert_deck(session, name, info.source_lang, info.target_lang, False)
            deck_ids[name] = row.id
        # A card imported before stays in its deck, even when --deck names another.
        specs: dict[int, list[CardSpec]] = defaultdict(list)
        owner: dict[int, str] = {}
        for name, cards in by_deck.items():
            info = decks[name]
            for card in cards:
                spec = _spec(card, info.source_lang, info.target_lang)
                existing = by_uid.get(spec.uid)
                deck_id = existing.deck_id if existing is not None else deck_ids[name]
                specs[deck_id].append(spec)
                owner[deck_id] = name if existing is None else owner.get(deck_id, name)
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for deck_id, deck_specs in specs.items():
            changes = store.add_cards(session, deck_id, deck_specs)
            counts[owner[deck_id]].update(changes.values())
        for name, info in decks.items():
            tally = counts[name]
            info.added, info.updated, info.restored = (
                tally["new"],
                tally["updated"],
                tally["restored"],
            )
            info.unchanged = tally["unchanged"] + tally["edited"] + tally["deleted"]
            self.report.decks.append(info)
        ids = imports.ids_by_uid(session, (foreign_uid(c) for c in usable))
        return {c.id: ids[foreign_uid(c)] for c in usable if foreign_uid(c) in ids}

    # -- history

    def _merge_reviews(self, session: Any, targets: dict[int, int]) -> None:
        by_card: dict[int, list[AnkiReview]] = defaultdict(list)
        for review in self.package.reviews:
            if review.card_id in targets:
                by_card[review.card_id].append(review)
        self.report.reviews = sum(len(r) for r in by_card.values())
        # Only cards with a review the log lacks are read whole and replayed.
        known = imports.imported_times(session, (targets[c] for c in by_card), IMPORTED_MODE)
        by_card = {
            anki_id: reviews
            for anki_id, reviews in by_card.items()
            if any(review_time(r) not in known[targets[anki_id]] for r in reviews)
        }
        stored = imports.histories(session, (targets[c] for c in by_card))
        merged: dict[int, list[HistoryEntry]] = {}
        memories: dict[int, Memory] = {}
        step = every(self.progress, Phase.REPLAYING, len(by_card), 200)
        step(0)
        for done, (anki_id, reviews) in enumerate(by_card.items(), start=1):
            step(done)
            card_id = targets[anki_id]
            due = self.cards[anki_id].due
            anki_due = None if due is None else datetime.fromtimestamp(due, UTC)
            result = merge_history(self.model, card_id, stored[card_id], reviews, anki_due)
            if result is None:
                continue
            merged[card_id], memories[card_id], _ = result
        if self.progress is not None:
            self.progress(Phase.WRITING, 0, 0)
        self.report.reviews_added = imports.write_histories(session, merged, memories)
        self.report.reviews_known = self.report.reviews - self.report.reviews_added
        self.report.replayed = len(memories)
        with_log = {review.card_id for review in self.package.reviews}
        reviewed = {c.id for c in self.package.cards if c.card_type != 0}
        self.report.no_history = len([c for c in reviewed if c in targets and c not in with_log])

    def _buried_until(self, card: AnkiCard) -> datetime | None:
        if not card.buried:
            return None
        moment = datetime.fromtimestamp(card.modified, UTC)
        end = study_day(moment, self.day_start, self.tz).end
        return end if end > self.now else None

    def _apply_states(
        self,
        session: Any,
        plan: _Plan,
        stored: Sequence[StoredCard],
        imported: dict[int, int],
    ) -> None:
        """Suspension, burying, flags and tags from Anki.

        A card new here takes Anki's.  A card already here is suspended, buried, flagged or
        tagged when it is so in Anki, and never cleared: what was set here stays (a card
        the app wrote went to Anki without them).  Only what differs from the state the
        last import brought from Anki is applied (it is kept with the card), so the same
        file again changes nothing, even where a card was unsuspended or unflagged here.
        """
        by_id = {card.id: card for card in stored}
        cards = {c.id: c for c in self.package.cards}
        pairs = [(cards[a], by_id.get(c), c) for a, c in imported.items()]
        pairs += [(cards[a], ours, ours.id) for a, ours in plan.ours.items()]
        changes: dict[int, dict[str, Any]] = {}
        for card, before, card_id in pairs:
            buried = self._buried_until(card)
            tags = _user_tags(card, before) if before else card.tags
            state = AnkiState(card.suspended, card.buried, card.flag, tags)
            stored_state = before.anki_state if before else ""
            last = AnkiState.decode(stored_state)
            here = AnkiState.of(before)
            values: dict[str, Any] = {}
            if state.suspended and not (last.suspended or here.suspended):
                values["suspended"] = True
            if state.flag and state.flag not in (last.flag, here.flag):
                values["flag"] = state.flag
            here_buried = before.buried_until if before else None
            if buried is not None and not last.buried and buried != here_buried:
                values["buried_until"] = buried
            added = tuple(t for t in state.tags if t not in last.tags)
            if (merged := tuple(dict.fromkeys(here.tags + added))) != here.tags:
                values["tags"] = " ".join(merged)
            if (encoded := state.encode()) != stored_state:
                values["anki_state"] = encoded
            if values:
                changes[card_id] = values
        imports.set_card_states(session, changes)
        for values in changes.values():
            self.report.suspended += bool(values.get("suspended"))
            self.report.buried += values.get("buried_until") is not None
            self.report.flagged += bool(values.get("flag"))

    def _edited(self, plan: _Plan) -> None:
        """The app's cards whose text was changed in Anki: reported; the app's text stays
        (the app's cards change by editing them here or rebuilding their deck)."""
        cards = {c.id: c for c in self.package.cards}
        edited = []
        for anki_id, ours in plan.ours.items():
            fields = dict(cards[anki_id].fields)
            front, back = fields.get("Front"), fields.get("Back")
            if front is None or back is None:
                continue  # not a note type this app wrote
            if (front, back) != (field_html(ours.front), field_html(ours.back)):
                edited.append(_short(ours.front))
        self.report.edited_in_anki = edited

    def _missing(self, session: Any, plan: _Plan, stored: Sequence[StoredCard]) -> None:
        """The app's cards of the decks that came back, which the package no longer has."""
        if not plan.ours:
            return
        matched = {card.id for card in plan.ours.values()}
        decks = {card.deck_id for card in plan.ours.values()}
        newest = max(c.modified for c in self.package.cards if c.id in plan.ours)
        missing = [
            card
            for card in stored
            if card.deck_id in decks
            and card.id not in matched
            and not card.retired
            and not card.uid.startswith(ANKI_PREFIX)
            and not card.group_key.startswith(store.IMPORTED_PREFIXES)
            and card.created_at.timestamp() <= newest
        ]
        self.report.missing = [_short(c.front) for c in missing]
        if self.retire_missing and missing:
            imports.retire(session, [c.id for c in missing])
            self.report.missing_retired = True


def import_anki(
    db: Database,
    path: str | Path,
    *,
    deck: str | None = None,
    fields: FieldMapping | None = None,
    source: str | None = None,
    target: str | None = None,
    include_added: bool = False,
    retire_missing: bool = False,
    now: datetime | None = None,
    tz: tzinfo | None = None,
    progress: Progress | None = None,
) -> AnkiImportReport:
    """Import the Anki package at `path` in one transaction; importing it again changes nothing.

    Notes the app wrote (matched by GUID) keep their cards and get the reviews made in
    Anki; other notes become cards in decks named as in Anki (or `deck`), languages
    detected unless given.  Each card whose history grew is replayed through FSRS.  In a
    package the app wrote, notes added in Anki are only reported unless `include_added`,
    and the app's cards it lacks are only reported unless `retire_missing`.  `progress`
    hears each phase (it may raise to stop: nothing is kept).
    """
    from flashcards.services.anki_package import read_package

    package = read_package(path, fields, progress)
    importer = _Importer(
        db,
        package,
        deck=deck,
        source=source,
        target=target,
        include_added=include_added,
        retire_missing=retire_missing,
        now=now or datetime.now(UTC),
        tz=tz,
        progress=progress,
    )
    return importer.run()
