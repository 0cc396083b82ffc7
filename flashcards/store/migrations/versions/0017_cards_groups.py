"""cards groups: the count of each deck's active cards by group, kept by the builds

A rebuild asks which files each group's active cards came from and how many active cards
each group has in each direction: a scan of the deck's index entries (461,000 at 5,000
article pairs, 0.1-0.2 s of every rebuild, however few files changed). `cards_groups`
keeps the answer, a row per (deck, group, files, languages) with its count of active cards,
and `cards_groups_kept` the decks whose rows are current. A build writes its deck's rows
again for the groups whose cards it wrote (all of them in a first build), in its write
transaction. Any change of a card's deck, group, files, languages or retirement, and the
deletion of a card, takes its deck out of `cards_groups_kept` (triggers on `cards`: they
only delete that row), and a card added since makes the highest card id another than the
one kept with the counts (no trigger on SQLite's inserts: one costs a first build of
458,000 cards 1 s), so that a card changed by anything else than a build (retired by hand,
imported, undone) is never counted wrong: the next build counts the deck's cards again.

Every row is kept; each deck's counts are taken from its cards here.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-03 19:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: What a card's group row depends on.
COLUMNS = ("deck_id", "group_key", "source_files", "source_lang", "target_lang", "retired")

_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in COLUMNS)

SQLITE_TRIGGERS = (
    f"CREATE TRIGGER cards_groups_stale_update AFTER UPDATE OF {', '.join(COLUMNS)} ON cards"
    f" WHEN {_CHANGED} BEGIN"
    " DELETE FROM cards_groups_kept WHERE deck_id IN (OLD.deck_id, NEW.deck_id); END",
    "CREATE TRIGGER cards_groups_stale_delete AFTER DELETE ON cards BEGIN"
    " DELETE FROM cards_groups_kept WHERE deck_id = OLD.deck_id; END",
)

# PostgreSQL: inserts too (what its ids' sequence hands out need not come in order of
# commit), and deletes, once per statement (a build inserts its cards in a few statements of
# thousands of rows); updates per row changed in those columns only.
POSTGRESQL_TRIGGERS = (
    "CREATE FUNCTION cards_groups_stale_inserted() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN DELETE FROM cards_groups_kept WHERE deck_id IN (SELECT deck_id FROM new_cards);"
    " RETURN NULL; END $$",
    "CREATE TRIGGER cards_groups_stale_insert AFTER INSERT ON cards"
    " REFERENCING NEW TABLE AS new_cards FOR EACH STATEMENT"
    " EXECUTE PROCEDURE cards_groups_stale_inserted()",
    "CREATE FUNCTION cards_groups_stale_deleted() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN DELETE FROM cards_groups_kept WHERE deck_id IN (SELECT deck_id FROM old_cards);"
    " RETURN NULL; END $$",
    "CREATE TRIGGER cards_groups_stale_delete AFTER DELETE ON cards"
    " REFERENCING OLD TABLE AS old_cards FOR EACH STATEMENT"
    " EXECUTE PROCEDURE cards_groups_stale_deleted()",
    "CREATE FUNCTION cards_groups_stale_updated() RETURNS trigger LANGUAGE plpgsql AS $$"
    " BEGIN DELETE FROM cards_groups_kept WHERE deck_id IN (OLD.deck_id, NEW.deck_id);"
    " RETURN NULL; END $$",
    f"CREATE TRIGGER cards_groups_stale_update AFTER UPDATE OF {', '.join(COLUMNS)} ON cards"
    f" FOR EACH ROW WHEN ({_CHANGED.replace(' IS NOT ', ' IS DISTINCT FROM ')})"
    " EXECUTE PROCEDURE cards_groups_stale_updated()",
)


def upgrade() -> None:
    op.create_table(
        "cards_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("deck_id", sa.Integer(), sa.ForeignKey("decks.id"), nullable=False),
        sa.Column("group_key", sa.Text(), nullable=False),
        sa.Column("source_files", sa.Text(), nullable=False),
        sa.Column("source_lang", sa.String(8), nullable=False),
        sa.Column("target_lang", sa.String(8), nullable=False),
        sa.Column("active", sa.Integer(), nullable=False),
    )
    op.create_index("ix_cards_groups_deck_group", "cards_groups", ["deck_id", "group_key"])
    op.create_table(
        "cards_groups_kept",
        sa.Column(
            "deck_id",
            sa.Integer(),
            sa.ForeignKey("decks.id"),
            primary_key=True,
            autoincrement=False,
        ),
        sa.Column("cards_to", sa.Integer(), nullable=False),
    )
    sqlite = op.get_bind().dialect.name == "sqlite"
    for statement in SQLITE_TRIGGERS if sqlite else POSTGRESQL_TRIGGERS:
        op.execute(statement)
    op.execute(
        "INSERT INTO cards_groups"
        " (deck_id, group_key, source_files, source_lang, target_lang, active)"
        " SELECT deck_id, group_key, source_files, source_lang, target_lang, count(*)"
        " FROM cards WHERE NOT retired"
        " GROUP BY deck_id, group_key, source_files, source_lang, target_lang"
    )
    op.execute(
        "INSERT INTO cards_groups_kept (deck_id, cards_to)"
        " SELECT id, (SELECT coalesce(max(id), 0) FROM cards) FROM decks"
    )


def downgrade() -> None:
    for name in ("insert", "update", "delete"):
        if op.get_bind().dialect.name == "sqlite":
            if name != "insert":
                op.execute(f"DROP TRIGGER cards_groups_stale_{name}")
        else:
            op.execute(f"DROP TRIGGER cards_groups_stale_{name} ON cards")
            op.execute(f"DROP FUNCTION cards_groups_stale_{name[:-1]}ed()")
    op.drop_table("cards_groups_kept")
    op.drop_index("ix_cards_groups_deck_group", table_name="cards_groups")
    op.drop_table("cards_groups")
