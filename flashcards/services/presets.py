"""Presets: list, change, add, remove, and choose a deck's; memory follows a retention change."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from flashcards.errors import FlashcardsError
from flashcards.scheduler.config import Preset
from flashcards.services.changes import Changes
from flashcards.services.optimize import MemoryUpdate, recompute_memory
from flashcards.store import presets as store
from flashcards.store import schedule as schedule_store
from flashcards.store.database import Database

DEFAULT_PRESET_ID = store.DEFAULT_PRESET_ID


@dataclass(frozen=True)
class PresetUse:
    """A preset and the decks that use it."""

    preset: Preset
    decks: tuple[str, ...]


def list_presets(db: Database) -> list[PresetUse]:
    """Every preset (Default first) with the names of its decks."""
    with db.begin() as session:
        return [
            PresetUse(preset, tuple(store.deck_names_using(session, preset.id or 0)))
            for preset in store.all_presets(session)
        ]


def get_preset(db: Database, name: str) -> Preset:
    with db.begin() as session:
        found = store.preset_named(session, name)
    if found is None:
        raise FlashcardsError(f"no preset named {name!r}")
    return found


def preset_of_deck(db: Database, deck_id: int) -> Preset:
    with db.begin() as session:
        return store.deck_presets(session, [deck_id])[deck_id]


def save_preset(
    db: Database,
    preset: Preset,
    *,
    now: datetime,
    tz: tzinfo | None = None,
    reschedule: bool = False,
) -> tuple[Preset, MemoryUpdate | None]:
    """Store a preset (a new one when its id is None).

    When its desired retention or maximum interval changed, its decks' memory states are
    recomputed, and with `reschedule` their review cards get the intervals it now asks for.
    """
    with db.begin() as session:
        old = None if preset.id is None else store.preset(session, preset.id)
        clash = store.preset_named(session, preset.name)
        if clash is not None and clash.id != preset.id:
            raise FlashcardsError(f"a preset named {preset.name!r} exists already")
        try:
            saved = store.save_preset(session, preset)
        except (ValueError, LookupError) as error:
            raise FlashcardsError(str(error)) from None
        decks = store.decks_using(session, saved.id or 0)
    changed = old is not None and (
        old.desired_retention != saved.desired_retention
        or old.maximum_interval != saved.maximum_interval
    )
    update = None
    if changed and decks:
        update = recompute_memory(db, now=now, tz=tz, reschedule=reschedule, deck_ids=decks)
    return saved, update


def change_preset(
    db: Database,
    name: str,
    *,
    now: datetime,
    tz: tzinfo | None = None,
    reschedule: bool = False,
    create: bool = False,
    **changes: Any,
) -> tuple[Preset, MemoryUpdate | None]:
    """Change some values of the preset `name` (made from the Default one if `create`)."""
    with db.begin() as session:
        found = store.preset_named(session, name)
        if found is None:
            if not create:
                raise FlashcardsError(f"no preset named {name!r}")
            found = store.default_preset(session).with_changes(id=None, name=name)
    try:
        preset = found.with_changes(**changes)
    except (ValueError, TypeError) as error:
        raise FlashcardsError(str(error)) from None
    return save_preset(db, preset, now=now, tz=tz, reschedule=reschedule)


def delete_preset(db: Database, name: str) -> None:
    """Remove a preset; its decks use the Default preset again."""
    with db.begin() as session:
        found = store.preset_named(session, name)
        if found is None:
            raise FlashcardsError(f"no preset named {name!r}")
        if found.id == DEFAULT_PRESET_ID:
            raise FlashcardsError("the Default preset cannot be removed")
        assert found.id is not None
        store.delete_preset(session, found.id)


def use_preset(db: Database, deck_ids: Sequence[int], preset_id: int) -> None:
    """Decks `deck_ids` take their options from preset `preset_id`."""
    with db.begin() as session:
        try:
            store.preset(session, preset_id)
        except LookupError as error:
            raise FlashcardsError(str(error)) from None
        store.set_deck_preset(session, deck_ids, preset_id)


def assign_preset(db: Database, deck: str, preset_name: str) -> Preset:
    """Deck `deck` takes its options from the preset named `preset_name`."""
    with db.begin() as session:
        found = store.preset_named(session, preset_name)
        if found is None:
            raise FlashcardsError(f"no preset named {preset_name!r}")
        decks = store.deck_ids_named(session, deck)
        if not decks:
            raise FlashcardsError(f"no deck named {deck!r}")
        store.set_deck_preset(session, decks, found.id or DEFAULT_PRESET_ID)
    return found


@dataclass(frozen=True)
class DeckChoice:
    """A deck's preset (by name) and its own daily limits (None: the preset's)."""

    deck_id: int
    preset: str
    own_limits: tuple[int, int] | None = None


def save_options(
    db: Database,
    day_start_hour: int,
    edited: Sequence[Preset],
    decks: Sequence[DeckChoice],
    *,
    now: datetime,
    tz: tzinfo | None = None,
    reschedule: bool = False,
    calibrate: bool | None = None,
) -> Changes:
    """Store what the settings dialog shows: the day start, whether intervals are computed
    for the calibrated target (`flashcards config --calibrate`; None: unchanged), the presets
    (new ones have no id), and each deck's preset and own limits; memory follows retention
    changes."""
    with db.begin() as session:
        config = schedule_store.load_config(session)
        changes: dict[str, Any] = {"day_start_hour": day_start_hour}
        if calibrate is not None:
            changes["calibrate"] = calibrate
        try:
            config = config.with_changes(**changes)
        except ValueError as error:
            raise FlashcardsError(str(error)) from None
        schedule_store.save_config(session, config)
    recomputed = False
    for preset in edited:
        _, update = save_preset(db, preset, now=now, tz=tz, reschedule=reschedule)
        recomputed = recomputed or update is not None
    with db.begin() as session:
        for choice in decks:
            chosen = store.preset_named(session, choice.preset)
            if chosen is None:
                raise FlashcardsError(f"no preset named {choice.preset!r}")
            store.set_deck_preset(session, [choice.deck_id], chosen.id or DEFAULT_PRESET_ID)
            new, reviews = choice.own_limits if choice.own_limits else (None, None)
            store.set_deck_limits(session, choice.deck_id, new, reviews)
    return Changes(config=True, decks=True, study_queue=True, schedule=recomputed)
