"""cards.anki_state: a card's state in Anki as the last import brought it ('' for none)

Suspension, burying, a flag and tags come from Anki only where Anki's state differs from
the one the last import brought: importing the same file again does not undo what was
changed here since (Anki does not note a flag change in its modification time).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 03:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("anki_state", sa.Text(), nullable=False, server_default=sa.text("''"))
        )


def downgrade() -> None:
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_column("anki_state")
