"""Plain records read from the collection, shared by the store, the services and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flashcards.types import CardKind, CardState, Memory, Rating


@dataclass(frozen=True)
class CardRecord:
    """A stored card's text and where it belongs, detached from the database."""

    id: int
    uid: str
    deck_id: int
    deck: str
    note_key: str
    kind: CardKind
    source_lang: str
    target_lang: str
    front: str
    back: str
    extra: str
    group_key: str = ""
    source_files: tuple[str, ...] = ()
    retired: bool = False
    flag: int = 0
    suspended: bool = False
    tags: tuple[str, ...] = ()
    #: Other answers taken as right, and the answer in dictionary form (see CardSpec).
    alternatives: tuple[str, ...] = ()
    answer_lemma: str = ""


@dataclass(frozen=True)
class LogEntry:
    """One row of the review log, detached."""

    id: int
    card_id: int
    reviewed_at: datetime
    kind: str
    rating: Rating | None
    mode: str
    duration_ms: int | None
    state_before: CardState
    state_after: CardState
    due_after: datetime | None
    before: Memory
