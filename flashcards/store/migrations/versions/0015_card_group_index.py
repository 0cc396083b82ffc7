"""card group index: a build reads each group's files and active cards from an index

A rebuild asks which files each group's active cards came from and how many active cards
each group has in each direction, and reads the rows of the groups it makes again; without
an index on the group those were scans of the deck's rows (texts and all: 0.5-1 s each at
460,000 cards). The index keeps every row; on SQLite it holds the cards' files as well, so
that the first question is answered from the index alone, in the index's order (PostgreSQL
leaves them out: its index entries are limited in size, and a group's list of files is not).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 10:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

#: The index's columns, in order (see `store.models.Card`).
COLUMNS = ["deck_id", "group_key", "source_files", "source_lang", "target_lang", "retired"]


def upgrade() -> None:
    columns = COLUMNS
    if op.get_bind().dialect.name != "sqlite":
        columns = [c for c in COLUMNS if c != "source_files"]
    op.create_index("ix_cards_deck_group", "cards", columns)


def downgrade() -> None:
    op.drop_index("ix_cards_deck_group", table_name="cards")
