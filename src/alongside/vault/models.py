"""Tables of the private record (SQLAlchemy 2; portable to PostgreSQL, no SQLite-only SQL).

- `vault_meta`: the header, one row per key (magic, format version, KDF parameters, wrapped
  data key, creation time). Plain text: nothing in it is personal.
- `entries`: one row per entry with what stays plain so lists and plots work without
  decrypting: id, kind, timestamps, `occurred_on` (indexed), and `plain` (a JSON object of the
  kind's date/datetime/int/choice/code fields), and `seal` (format 2: an HMAC over all of
  the row and the nonce and tag of each of its ciphertexts; see `crypto.py`).
- `entry_fields`: one row per *encrypted* field (text, longtext, tags): AES-256-GCM ciphertext
  bound to (entry id, field name). Partial updates touch only the fields that changed, search
  reads only ciphertext rows, and a new field in `kinds.py` needs no migration.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)

# Named Alembic revisions, oldest first. A test checks this matches the migration scripts;
# opening a vault whose revision is not listed here means it was written by a newer version.
SCHEMA_REVISIONS: tuple[str, ...] = ("0001_initial", "0002_entry_seal")
SCHEMA_HEAD = SCHEMA_REVISIONS[-1]
ID_LENGTH = 32


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out; stored as naive UTC everywhere."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        return value.replace(tzinfo=UTC)


# Plain Core tables: the ORM is never used, and importing it costs every command ~60 ms.
METADATA = MetaData()


class Base:
    """The schema's metadata under the name Alembic's env.py and the tests use."""

    metadata = METADATA


META = Table(
    "vault_meta",
    METADATA,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

ENTRIES = Table(
    "entries",
    METADATA,
    Column("id", String(ID_LENGTH), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    Column("occurred_on", Date, nullable=True),
    Column("plain", JSON, nullable=False, default=dict),
    Column("seal", LargeBinary, nullable=True),
    Index("ix_entries_created", "created_at", "id"),
    Index("ix_entries_kind_created", "kind", "created_at", "id"),
    Index("ix_entries_kind_occurred", "kind", "occurred_on"),
)

FIELDS = Table(
    "entry_fields",
    METADATA,
    Column(
        "entry_id",
        String(ID_LENGTH),
        ForeignKey("entries.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("name", String(64), primary_key=True),
    Column("ciphertext", LargeBinary, nullable=False),
)
