"""selection_cards: the cards a learner made from a selection in the reader

Each row is the sentence a card was made in and the card as made, so that a rebuild of the
article keeps the card while its sentence is there and retires it (with its history) when
the sentence goes.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "selection_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("deck_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.Text(), nullable=False),
        sa.Column("group_key", sa.Text(), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("sentence", sa.Text(), nullable=False),
        sa.Column("spec", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deck_id"], ["decks.id"], name=op.f("fk_selection_cards_deck_id_decks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_cards")),
        sa.UniqueConstraint("uid", name=op.f("uq_selection_cards_uid")),
    )
    op.create_index(
        op.f("ix_selection_cards_deck_id"), "selection_cards", ["deck_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_selection_cards_deck_id"), table_name="selection_cards")
    op.drop_table("selection_cards")
