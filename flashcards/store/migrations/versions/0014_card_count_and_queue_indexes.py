"""card indexes: (deck, retired) counts each deck's cards; the due index covers the queue

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

#: What the queue reads of each due card besides its deck, state and due time (its id is
#: in every index): with them in the index, it reads no table row (a card's row holds its
#: texts, a few cards a page: a thousand due cards were a thousand page reads).
QUEUE_COLUMNS = ["retired", "suspended", "buried_until", "note_key", "stability", "last_review"]


def upgrade() -> None:
    op.drop_index("ix_cards_deck_state_due", table_name="cards")
    op.create_index("ix_cards_deck_state_due", "cards", ["deck_id", "state", "due", *QUEUE_COLUMNS])


def downgrade() -> None:
    op.drop_index("ix_cards_deck_state_due", table_name="cards")
    op.create_index("ix_cards_deck_state_due", "cards", ["deck_id", "state", "due"])
