"""What an operation changed: one typed value the screens refresh from (like Anki's OpChanges)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from flashcards.services.undo import UndoStep

T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The parts of the collection an operation changed.

    - `cards`: card text, flags, suspension, burying or deletion (browser rows, the
      reviewer's card); `card_ids` names the cards when they are known;
    - `card_set`: cards were added, deleted or brought back (lists search again);
    - `decks`: decks made, removed, or their options (limits, languages);
    - `schedule`: memory states and the review log (counts, statistics, forecasts);
    - `config`: the scheduling settings (retention, day start, FSRS parameters);
    - `study_queue`: today's queues must be built again;
    - `undo`: the undo stack changed (the menu's label).

    `returned_card` is a card an undo put back into today's queue: it is shown next.
    """

    cards: bool = False
    card_set: bool = False
    decks: bool = False
    schedule: bool = False
    config: bool = False
    study_queue: bool = False
    undo: bool = False
    card_ids: frozenset[int] = field(default_factory=frozenset)
    returned_card: int | None = None

    def __or__(self, other: Changes) -> Changes:
        flags = {f.name: getattr(self, f.name) or getattr(other, f.name) for f in _FLAGS}
        return Changes(
            **flags,
            card_ids=self.card_ids | other.card_ids,
            returned_card=other.returned_card or self.returned_card,
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in _FLAGS)

    @property
    def counts(self) -> bool:
        """Today's counts of new, learning and due cards may differ."""
        return (
            self.cards
            or self.card_set
            or self.decks
            or self.schedule
            or self.config
            or self.study_queue
        )

    @classmethod
    def of_cards(cls, card_ids: Iterable[int], **flags: bool) -> Changes:
        """Changes to these cards (their rows), and whatever else `flags` names."""
        return cls(cards=True, card_ids=frozenset(card_ids), **flags)


_FLAGS = tuple(f for f in fields(Changes) if f.type == "bool")

#: Nothing changed (a query, or an action that found nothing to do).
NOTHING = Changes()


@dataclass(frozen=True)
class Changed(Generic[T]):
    """An operation's result, what it changed, and the step that undoes it (if it can be)."""

    value: T
    changes: Changes
    undo: UndoStep | None = None


def changes_of(result: object) -> Changes | None:
    """The changes an operation's result carries, if it is a `Changes` or a `Changed`."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, Changed):
        return result.changes
    return None
