"""Typed SQLAlchemy models of decks, cards and the article cache."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    false,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always handed back timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class PresetRow(Base):
    """Scheduling options decks share (the Default preset lives in the settings)."""

    __tablename__ = "presets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    options: Mapped[str] = mapped_column(Text)  # JSON of scheduler.config.Preset.to_dict()


class Deck(Base):
    __tablename__ = "decks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    both_directions: Mapped[bool] = mapped_column(Boolean, default=False)
    build_fingerprint: Mapped[str | None] = mapped_column(String(64), default=None)
    build_report: Mapped[str] = mapped_column(Text, default="{}")  # JSON summary of the last build
    # Comma-separated card kinds the deck makes; empty: every kind.
    kinds: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    # The deck's preset (None: the Default preset) and its own daily limits (None: the preset's).
    preset_id: Mapped[int | None] = mapped_column(ForeignKey("presets.id"), default=None)
    new_per_day: Mapped[int | None] = mapped_column(Integer, default=None)
    reviews_per_day: Mapped[int | None] = mapped_column(Integer, default=None)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ArticleRow(Base):
    """A source file as last built: its hash, group and parsed form (the build cache)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    lang: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    group_key: Mapped[str] = mapped_column(Text)
    #: The parse as `store.parses` keeps it (a record; JSON text encoded, before 0016).
    parsed: Mapped[bytes] = mapped_column(LargeBinary)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Card(Base):
    __tablename__ = "cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(Text, unique=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"))  # indexed below, with state
    note_key: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(20))
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    extra: Mapped[str] = mapped_column(Text, default="")
    group_key: Mapped[str] = mapped_column(Text)
    source_files: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of paths
    content_hash: Mapped[str] = mapped_column(String(64))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # Edited by hand: a rebuild keeps the user's text (front, back, extra).
    edited: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Deleted by the user (retired by hand): a rebuild does not bring it back.
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Scheduling state (FSRS memory and the queue's flags).
    state: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    step: Mapped[int | None] = mapped_column(Integer, default=None)
    stability: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty: Mapped[float | None] = mapped_column(Float, default=None)
    due: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    last_review: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    reps: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    lapses: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    suspended: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    buried_until: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    flag: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # Tags, space-separated as in Anki (a tag has no spaces): those a card was imported with.
    tags: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Other answers a typed answer may match (JSON list), and the answer in dictionary form
    # ("right word, wrong form"); both set by the builder, cleared by an edit of the answer.
    alternatives: Mapped[str] = mapped_column(Text, default="[]", server_default=text("'[]'"))
    answer_lemma: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # The card's state in Anki (suspended, buried, flag, tags: JSON) as the last import
    # brought it, "" for none: an import applies only what differs from it.
    anki_state: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))

    # (deck, state, due) finds what is due; (deck, state, id) the next new cards in order;
    # (deck, retired) counts the cards of each deck; (deck, group, ...) is a build's.
    __table_args__ = (
        Index(
            "ix_cards_deck_state_due",
            "deck_id",
            "state",
            "due",
            # What the queue reads of a due card: no table row read for it.
            *("retired", "suspended", "buried_until", "note_key", "stability", "last_review"),
        ),
        Index("ix_cards_deck_state_id", "deck_id", "state", "id"),
        # (deck, group, files, languages, retired): a build reads each group's files and
        # active cards from it, and the rows of the groups it makes again (migration 0015;
        # PostgreSQL's leaves the files out, see there).
        Index(
            "ix_cards_deck_group",
            "deck_id",
            "group_key",
            "source_files",
            "source_lang",
            "target_lang",
            "retired",
        ),
    )


class CardGroupRow(Base):
    """A deck's active cards of one group, direction and list of files, counted: what a
    rebuild asks of the deck's cards (`store.cards.built_groups`), kept by the builds that
    write them (migration 0017).  A deck's rows are the count of its cards while the deck
    is in `cards_groups_kept` with the highest card id there is: any other change of a
    card's deck, group, files, languages or retirement, or a deletion, takes the deck out
    of it (triggers on `cards`, see the migration).  (The names sort after `cards`: a copy
    of the collection, `store.dbcopy`, copies these rows after the cards.)"""

    __tablename__ = "cards_groups"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"))
    group_key: Mapped[str] = mapped_column(Text)
    source_files: Mapped[str] = mapped_column(Text)  # JSON list of paths, as the cards have it
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    active: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index("ix_cards_groups_deck_group", "deck_id", "group_key"),)


class CardGroupsKept(Base):
    """A deck whose `cards_groups` rows count its active cards as they are now, if no card
    was added since: when the highest card id was `cards_to`."""

    __tablename__ = "cards_groups_kept"

    deck_id: Mapped[int] = mapped_column(
        ForeignKey("decks.id"), primary_key=True, autoincrement=False
    )
    cards_to: Mapped[int] = mapped_column(Integer)


class ReviewLog(Base):
    """One answer (or manual rescheduling) of a card, with the state it replaced, for undo."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_id: Mapped[int] = mapped_column(ForeignKey("cards.id"), index=True)
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    kind: Mapped[str] = mapped_column(String(10), default="review")  # review | manual
    rating: Mapped[int | None] = mapped_column(Integer, default=None)
    mode: Mapped[str] = mapped_column(String(10), default="flip")
    duration_ms: Mapped[int | None] = mapped_column(Integer, default=None)
    state_before: Mapped[int] = mapped_column(Integer)
    state_after: Mapped[int] = mapped_column(Integer)
    stability_after: Mapped[float | None] = mapped_column(Float, default=None)
    difficulty_after: Mapped[float | None] = mapped_column(Float, default=None)
    due_after: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    before: Mapped[str] = mapped_column(Text)  # JSON of the card's Memory before this entry


class CardReport(Base):
    """A learner's report that a card the builder made is bad, and why (see `types.BadReason`).

    It names the card by uid (its identity across builds) and keeps what the card said,
    so the report outlives any later change of the card's row; undoing the report deletes it.
    """

    __tablename__ = "card_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    card_uid: Mapped[str] = mapped_column(Text, index=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"), index=True)
    group_key: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    source_lang: Mapped[str] = mapped_column(String(8))
    target_lang: Mapped[str] = mapped_column(String(8))
    front: Mapped[str] = mapped_column(Text)
    back: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    reported_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Setting(Base):
    """Collection-wide settings as JSON values (scheduler options, FSRS parameters …)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SelectionCard(Base):
    """A card the learner made from a selection in the reader: the sentence it was made in
    and the card as made (a CardSpec as JSON), so that each build of the article keeps it
    while the sentence is there, retires it when the sentence goes, restores it if it comes
    back."""

    __tablename__ = "selection_cards"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deck_id: Mapped[int] = mapped_column(ForeignKey("decks.id"), index=True)
    uid: Mapped[str] = mapped_column(Text, unique=True)  # the card's uid
    group_key: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(8))  # the language of `sentence`
    sentence: Mapped[str] = mapped_column(Text)
    spec: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
