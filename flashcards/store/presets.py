"""Presets in the database: the Default one (in the scheduler settings) and shared ones.

A deck uses the Default preset unless it names another; its own daily limits, when set,
override its preset's (Anki's "this deck" limits).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from flashcards.scheduler.config import Limits, Preset, SchedulerConfig, preset_from_dict
from flashcards.store.models import Card, Deck, PresetRow, Setting
from flashcards.store.prepared import Executor, study_path
from flashcards.store.schedule import SCHEDULER_KEY

#: The Default preset's id: it is not a row of `presets` but part of the scheduler settings.
DEFAULT_PRESET_ID = 0
DEFAULT_NAME = "Default"


def _settings(session: Session) -> dict[str, Any]:
    row = session.get(Setting, SCHEDULER_KEY)
    return {} if row is None else dict(json.loads(row.value))


def default_preset(session: Session) -> Preset:
    data = _settings(session)
    config = SchedulerConfig.from_dict(data)
    limits = Limits(
        int(data.get("new_per_day", Limits.new_per_day)),
        int(data.get("reviews_per_day", Limits.reviews_per_day)),
    )
    return config.preset(DEFAULT_NAME, limits).with_changes(id=DEFAULT_PRESET_ID)


def _from_row(row: PresetRow) -> Preset:
    return preset_from_dict(json.loads(row.options)).with_changes(id=row.id, name=row.name)


def all_presets(session: Session) -> list[Preset]:
    """The Default preset, then the others by name."""
    rows = session.scalars(select(PresetRow).order_by(PresetRow.name))
    return [default_preset(session), *(_from_row(row) for row in rows)]


def preset(session: Session, preset_id: int | None) -> Preset:
    if not preset_id:
        return default_preset(session)
    row = session.get(PresetRow, preset_id)
    if row is None:
        raise LookupError(f"no preset with id {preset_id}")
    return _from_row(row)


def preset_named(session: Session, name: str) -> Preset | None:
    if name.casefold() == DEFAULT_NAME.casefold():
        return default_preset(session)
    wanted = name.strip().casefold()  # presets are few: compared here, in any script
    for row in session.scalars(select(PresetRow)):
        if row.name.casefold() == wanted:
            return _from_row(row)
    return None


def save_preset(session: Session, value: Preset) -> Preset:
    """Store `value` (a new preset when its id is None); returns it with its id."""
    options = value.to_dict()
    if value.id == DEFAULT_PRESET_ID:
        data = _settings(session)
        data.update(SchedulerConfig.from_dict(data).with_preset(value).to_dict())
        data["new_per_day"], data["reviews_per_day"] = value.new_per_day, value.reviews_per_day
        row = session.get(Setting, SCHEDULER_KEY)
        if row is None:
            session.add(Setting(key=SCHEDULER_KEY, value=json.dumps(data)))
        else:
            row.value = json.dumps(data)
        return value.with_changes(name=DEFAULT_NAME)
    if value.name.casefold() == DEFAULT_NAME.casefold():
        raise ValueError(f"the name {DEFAULT_NAME!r} belongs to the Default preset")
    if value.id is None:
        stored = PresetRow(name=value.name, options=json.dumps(options))
        session.add(stored)
        session.flush()
        return value.with_changes(id=stored.id)
    existing = session.get(PresetRow, value.id)
    if existing is None:
        raise LookupError(f"no preset with id {value.id}")
    existing.name, existing.options = value.name, json.dumps(options)
    return value


def delete_preset(session: Session, preset_id: int) -> None:
    """Remove a shared preset; its decks use the Default preset again."""
    if preset_id == DEFAULT_PRESET_ID:
        raise ValueError("the Default preset cannot be removed")
    session.execute(update(Deck).where(Deck.preset_id == preset_id).values(preset_id=None))
    row = session.get(PresetRow, preset_id)
    if row is not None:
        session.delete(row)


def set_deck_preset(session: Session, deck_ids: Sequence[int], preset_id: int) -> None:
    session.execute(
        update(Deck).where(Deck.id.in_(list(deck_ids))).values(preset_id=preset_id or None)
    )


def deck_presets(session: Session, deck_ids: Sequence[int]) -> dict[int, Preset]:
    """Each deck's preset."""
    rows = session.execute(select(Deck.id, Deck.preset_id).where(Deck.id.in_(list(deck_ids))))
    cache: dict[int, Preset] = {}
    result: dict[int, Preset] = {}
    for deck_id, preset_id in rows:
        key = preset_id or DEFAULT_PRESET_ID
        if key not in cache:
            cache[key] = preset(session, key)
        result[deck_id] = cache[key]
    return result


def deck_limits(
    session: Session, deck_ids: Sequence[int], presets: Mapping[int, Preset] | None = None
) -> dict[int, Limits]:
    """Each deck's daily limits: its own where set, else its preset's (`presets`: each
    deck's, when the caller has read them already)."""
    if presets is None:
        presets = deck_presets(session, deck_ids)
    rows = session.execute(
        select(Deck.id, Deck.new_per_day, Deck.reviews_per_day).where(Deck.id.in_(list(deck_ids)))
    )
    result = {}
    for deck_id, new, reviews in rows:
        limits = presets[deck_id].limits
        result[deck_id] = Limits(
            limits.new_per_day if new is None else new,
            limits.reviews_per_day if reviews is None else reviews,
        )
    return result


def decks_using(session: Session, preset_id: int) -> list[int]:
    column = (
        Deck.preset_id.is_(None) if preset_id == DEFAULT_PRESET_ID else Deck.preset_id == preset_id
    )
    return list(session.scalars(select(Deck.id).where(column)))


def card_deck(session: Session, card_id: int) -> int:
    deck: int | None = session.scalar(select(Card.deck_id).where(Card.id == card_id))
    if deck is None:
        raise LookupError(f"no card with id {card_id}")
    return deck


def deck_names_using(session: Session, preset_id: int) -> list[str]:
    column = (
        Deck.preset_id.is_(None) if preset_id == DEFAULT_PRESET_ID else Deck.preset_id == preset_id
    )
    return list(session.scalars(select(Deck.name).where(column).order_by(Deck.name)))


def active_cards(session: Session, deck_ids: Sequence[int]) -> int:
    """Cards of decks `deck_ids` that can be studied (not retired)."""
    counted = session.scalar(
        select(func.count()).where(Card.deck_id.in_(list(deck_ids)), Card.retired.is_(False))
    )
    return int(counted or 0)


def deck_ids_named(session: Session, name: str) -> list[int]:
    return list(session.scalars(select(Deck.id).where(Deck.name == name)))


def source_languages(session: Session, name: str | None = None) -> list[str]:
    """The source side of deck `name` (of every deck when None), one entry a deck."""
    query = select(Deck.source_lang).order_by(Deck.name)
    if name is not None:
        query = query.where(Deck.name == name)
    return list(session.scalars(query))


def set_deck_limits(
    session: Session, deck_id: int, new_per_day: int | None, reviews_per_day: int | None
) -> None:
    """A deck's own limits (None: its preset's)."""
    session.execute(
        update(Deck)
        .where(Deck.id == deck_id)
        .values(new_per_day=new_per_day, reviews_per_day=reviews_per_day)
    )


_DECKS = cast(Table, Deck.__table__)
_DECK_ROWS = select(_DECKS).order_by(_DECKS.c.name)
_SETTINGS_VALUE = select(Setting.value).where(Setting.key == bindparam("key"))
_PRESET_ROWS = select(PresetRow.id, PresetRow.name, PresetRow.options)
study_path(_DECK_ROWS, _SETTINGS_VALUE, _PRESET_ROWS)
#: Settings and presets parsed from their JSON text, by that text (the deck list and each
#: study session read the same few again and again); cleared when full.
_PARSED: dict[tuple[str, str], Any] = {}
_PARSED_MAX = 256


def _parsed(kind: str, text: str) -> Any:
    found = _PARSED.get((kind, text))
    if found is None:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        data = dict(json.loads(text)) if text else {}
        if kind == "settings":
            limits = Limits(
                int(data.get("new_per_day", Limits.new_per_day)),
                int(data.get("reviews_per_day", Limits.reviews_per_day)),
            )
            config = SchedulerConfig.from_dict(data)
            default = config.preset(DEFAULT_NAME, limits).with_changes(id=DEFAULT_PRESET_ID)
            found = (config, default)
        else:
            found = preset_from_dict(data)
        _PARSED[kind, text] = found
    return found


@dataclass(frozen=True)
class DeckSettings:
    """Every deck's row, preset and daily limits, and the collection's settings: what
    scheduling the decks needs, read in three statements."""

    config: SchedulerConfig  # the collection's settings with the Default preset's values
    decks: list[dict[str, Any]]  # each deck's row (by column name), by name
    presets: dict[int, Preset]  # each deck's preset, by deck id
    limits: dict[int, Limits]  # each deck's limits in force: its own, else its preset's

    def ids_named(self, name: str | None) -> list[int]:
        """The id of the deck named `name` (none if there is none); every deck's for None."""
        if name is None:
            return sorted(row["id"] for row in self.decks)
        return [row["id"] for row in self.decks if row["name"] == name]

    def decks_using(self, preset_id: int) -> list[int]:
        return sorted(
            deck for deck, preset in self.presets.items() if (preset.id or 0) == preset_id
        )


def deck_settings(executor: Executor) -> DeckSettings:
    """`DeckSettings`, read with the study path's prepared statements."""
    names = [column.name for column in _DECKS.c]
    decks = [dict(zip(names, row, strict=True)) for row in executor.all(_DECK_ROWS, {})]
    found = executor.one(_SETTINGS_VALUE, {"key": SCHEDULER_KEY})
    config, default = _parsed("settings", found[0] if found is not None else "")
    shared: dict[int, Preset] = {}
    if any(row["preset_id"] for row in decks):
        for preset_id, name, options in executor.all(_PRESET_ROWS, {}):
            preset: Preset = _parsed("preset", options)
            shared[preset_id] = preset.with_changes(id=preset_id, name=name)
    by_deck: dict[int, Preset] = {}
    limits: dict[int, Limits] = {}
    for row in decks:
        # A preset removed meanwhile (its decks go back to Default): the Default preset.
        chosen = shared.get(row["preset_id"] or DEFAULT_PRESET_ID, default)
        by_deck[row["id"]] = chosen
        new, reviews = row["new_per_day"], row["reviews_per_day"]
        limits[row["id"]] = Limits(
            chosen.new_per_day if new is None else new,
            chosen.reviews_per_day if reviews is None else reviews,
        )
    return DeckSettings(config, decks, by_deck, limits)
