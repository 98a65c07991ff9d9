"""Initial schema: header (vault_meta), entries with plain columns, encrypted entry_fields.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from alongside.vault.models import UTCDateTime

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "vault_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=True),
        sa.Column("plain", sa.JSON(), nullable=False),
    )
    op.create_index("ix_entries_created", "entries", ["created_at", "id"])
    op.create_index("ix_entries_kind_created", "entries", ["kind", "created_at", "id"])
    op.create_index("ix_entries_kind_occurred", "entries", ["kind", "occurred_on"])
    op.create_table(
        "entry_fields",
        sa.Column(
            "entry_id",
            sa.String(32),
            sa.ForeignKey("entries.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("entry_fields")
    op.drop_index("ix_entries_kind_occurred", table_name="entries")
    op.drop_index("ix_entries_kind_created", table_name="entries")
    op.drop_index("ix_entries_created", table_name="entries")
    op.drop_table("entries")
    op.drop_table("vault_meta")
