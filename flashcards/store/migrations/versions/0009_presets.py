"""presets: options decks share (retention, limits, steps, maximum interval, burying, order,
leeches, easy days); a deck's own daily limits become optional overrides of its preset's

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "presets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("options", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_presets")),
        sa.UniqueConstraint("name", name=op.f("uq_presets_name")),
    )
    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("preset_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_decks_preset_id_presets"), "presets", ["preset_id"], ["id"]
        )
        batch_op.alter_column(
            "new_per_day", existing_type=sa.Integer(), nullable=True, server_default=None
        )
        batch_op.alter_column(
            "reviews_per_day", existing_type=sa.Integer(), nullable=True, server_default=None
        )
    # Limits equal to the Default preset's (20 and 200) now come from the preset; others stay
    # as the deck's own.
    op.execute("UPDATE decks SET new_per_day = NULL WHERE new_per_day = 20")
    op.execute("UPDATE decks SET reviews_per_day = NULL WHERE reviews_per_day = 200")


def downgrade() -> None:
    op.execute("UPDATE decks SET new_per_day = 20 WHERE new_per_day IS NULL")
    op.execute("UPDATE decks SET reviews_per_day = 200 WHERE reviews_per_day IS NULL")
    with op.batch_alter_table("decks", schema=None) as batch_op:
        batch_op.alter_column(
            "reviews_per_day",
            existing_type=sa.Integer(),
            nullable=False,
            server_default=sa.text("200"),
        )
        batch_op.alter_column(
            "new_per_day", existing_type=sa.Integer(), nullable=False, server_default=sa.text("20")
        )
        batch_op.drop_constraint(op.f("fk_decks_preset_id_presets"), type_="foreignkey")
        batch_op.drop_column("preset_id")
    op.drop_table("presets")
