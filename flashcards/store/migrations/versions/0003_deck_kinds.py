"""deck kinds: which kinds of card each deck makes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kinds", sa.String(length=200), nullable=False, server_default=sa.text("''"))
        )


def downgrade() -> None:
    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.drop_column("kinds")
