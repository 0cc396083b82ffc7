"""cards (deck, retired) index: the deck list counts each deck's active cards from it

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-02 06:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Counting active and retired cards per deck read the whole cards table (their texts
    # too: about a second at 100,000 cards, twice at every start-up); this index covers it.
    op.create_index("ix_cards_deck_retired", "cards", ["deck_id", "retired"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_cards_deck_retired", table_name="cards")
