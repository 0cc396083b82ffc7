"""What the shipped seed deck builds, counted once, for the tests that check totals (so a
builder change that adds or removes a card changes one number here, not forty)."""

from __future__ import annotations

from flashcards import paths
from flashcards.builder import pipeline
from flashcards.builder.cards import CORE_KINDS
from flashcards.builder.shipped import load_parses
from flashcards.types import CardKind

_FOLDER = paths.shipped_decks() / "sales"
_FILES, _ = pipeline.collect_files([_FOLDER])
PLAN = pipeline.plan_build(_FILES, "sales", [("tr", "is"), ("is", "tr")], load_parses(_FOLDER))
#: Cards of the seed deck, both directions.
SEED_CARDS = len(PLAN.cards)
#: Notes (facts: a card and its sibling) of the seed deck.
SEED_NOTES = len({c.note_key for c in PLAN.cards})
#: Cards of the seed deck of the core kinds only (term, definition, technique, fact, linked term).
CORE_CARDS = sum(1 for c in PLAN.cards if c.kind in CORE_KINDS)
#: Term cards of the seed deck.
TERM_CARDS = sum(1 for c in PLAN.cards if c.kind is CardKind.TERM)
#: Cards of the seed deck built Turkish → Icelandic only.
ONE_WAY_CARDS = len(
    pipeline.plan_build(_FILES, "sales", [("tr", "is")], load_parses(_FOLDER)).cards
)
#: Units of the seed deck's termbase (TBX): its term and linked-term cards, one direction.
TERMBASE_UNITS = sum(
    1
    for c in PLAN.cards
    if c.kind in (CardKind.TERM, CardKind.LINKED_TERM) and c.source_lang == "tr"
)
