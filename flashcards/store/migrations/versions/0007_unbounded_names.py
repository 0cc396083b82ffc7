"""unbounded names, paths and keys: PostgreSQL enforces VARCHAR lengths, SQLite never did

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

#: (table, column, old length): text a user's files and names decide.
COLUMNS = (
    ("decks", "name", 200),
    ("articles", "path", 1000),
    ("articles", "group_key", 300),
    ("cards", "uid", 600),
    ("cards", "note_key", 600),
    ("cards", "group_key", 300),
)


def upgrade() -> None:
    # SQLite ignores declared lengths (and a batch copy of every table would only cost
    # time), so only engines that enforce them change.
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column, length in COLUMNS:
        op.alter_column(table, column, type_=sa.Text(), existing_type=sa.String(length))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column, length in COLUMNS:
        op.alter_column(table, column, type_=sa.String(length), existing_type=sa.Text())
