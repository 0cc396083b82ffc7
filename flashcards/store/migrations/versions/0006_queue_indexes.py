"""queue indexes: (deck, state, id) for new cards; the deck-only index is covered by both

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 12:35:00
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_index("ix_cards_deck_id")
        batch_op.create_index("ix_cards_deck_state_id", ["deck_id", "state", "id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_index("ix_cards_deck_state_id")
        batch_op.create_index("ix_cards_deck_id", ["deck_id"], unique=False)
