"""parse records: the build cache keeps each parse as bytes (a compressed record)

The article cache's parses were JSON text (20 KB an article, 200 MB of a 5,000-pair
collection); a build now keeps each as a compressed record (`store.parses`, about a fifth
of that), which is bytes. Every row is kept: its JSON text becomes the same text's UTF-8
bytes, which `store.parses` still reads (and the next build that reads it keeps again as a
record). PostgreSQL's column becomes BYTEA; SQLite's stays declared TEXT (a column of TEXT
affinity keeps the bytes it is given as they are, and rebuilding the table would only copy
it), its values become bytes in place.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-03 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "UPDATE articles SET parsed = CAST(parsed AS BLOB) WHERE typeof(parsed) = 'text'"
        )
        return
    op.alter_column(
        "articles",
        "parsed",
        type_=sa.LargeBinary(),
        existing_type=sa.Text(),
        postgresql_using="convert_to(parsed, 'UTF8')",
    )


def downgrade() -> None:
    # A record is no text: its row is left without a parse (what a build has still to
    # write), so the earlier version parses its file again; JSON kept as bytes is text again.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "UPDATE articles SET parsed = CASE WHEN substr(parsed, 1, 1) = X'7B'"
            " THEN CAST(parsed AS TEXT) ELSE '' END WHERE typeof(parsed) = 'blob'"
        )
        return
    op.execute(
        "UPDATE articles SET parsed = ''::bytea"
        " WHERE substring(parsed from 1 for 1) <> '\\x7b'::bytea"
    )
    op.alter_column(
        "articles",
        "parsed",
        type_=sa.Text(),
        existing_type=sa.LargeBinary(),
        postgresql_using="convert_from(parsed, 'UTF8')",
    )
