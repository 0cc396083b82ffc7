"""card_reports: learners' reports that a generated card is bad (its uid, what it said, why)

A new table only: every row of every other table stays as it is.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_uid", sa.Text(), nullable=False),
        sa.Column("deck_id", sa.Integer(), nullable=False),
        sa.Column("group_key", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_lang", sa.String(length=8), nullable=False),
        sa.Column("target_lang", sa.String(length=8), nullable=False),
        sa.Column("front", sa.Text(), nullable=False),
        sa.Column("back", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=sa.text("''")),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["deck_id"], ["decks.id"], name=op.f("fk_card_reports_deck_id_decks")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_card_reports")),
    )
    op.create_index(op.f("ix_card_reports_card_uid"), "card_reports", ["card_uid"])
    op.create_index(op.f("ix_card_reports_deck_id"), "card_reports", ["deck_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_card_reports_deck_id"), table_name="card_reports")
    op.drop_index(op.f("ix_card_reports_card_uid"), table_name="card_reports")
    op.drop_table("card_reports")
