"""scheduling: card memory, review log, settings, deck limits

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 11:10:47.785984
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("card_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=10), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("state_before", sa.Integer(), nullable=False),
        sa.Column("state_after", sa.Integer(), nullable=False),
        sa.Column("stability_after", sa.Float(), nullable=True),
        sa.Column("difficulty_after", sa.Float(), nullable=True),
        sa.Column("due_after", sa.DateTime(), nullable=True),
        sa.Column("before", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["card_id"], ["cards.id"], name=op.f("fk_review_log_card_id_cards")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_log")),
    )
    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_log_card_id"), ["card_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_review_log_reviewed_at"), ["reviewed_at"], unique=False
        )

    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("state", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(sa.Column("step", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("stability", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("difficulty", sa.Float(), nullable=True))
        batch_op.add_column(sa.Column("due", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_review", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("reps", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(
            sa.Column("lapses", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(
            sa.Column("suspended", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("buried_until", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("flag", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.create_index("ix_cards_deck_state_due", ["deck_id", "state", "due"], unique=False)

    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("new_per_day", sa.Integer(), nullable=False, server_default=sa.text("20"))
        )
        batch_op.add_column(
            sa.Column(
                "reviews_per_day", sa.Integer(), nullable=False, server_default=sa.text("200")
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.drop_column("reviews_per_day")
        batch_op.drop_column("new_per_day")

    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_index("ix_cards_deck_state_due")
        batch_op.drop_column("flag")
        batch_op.drop_column("buried_until")
        batch_op.drop_column("suspended")
        batch_op.drop_column("lapses")
        batch_op.drop_column("reps")
        batch_op.drop_column("last_review")
        batch_op.drop_column("due")
        batch_op.drop_column("difficulty")
        batch_op.drop_column("stability")
        batch_op.drop_column("step")
        batch_op.drop_column("state")

    with op.batch_alter_table("review_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_log_reviewed_at"))
        batch_op.drop_index(batch_op.f("ix_review_log_card_id"))

    op.drop_table("review_log")
    op.drop_table("settings")
