"""Tables of the private record (SQLAlchemy 2; portable to PostgreSQL, no SQLite-only SQL).

- `vault_meta`: the header, one row per key (magic, format version, KDF parameters, wrapped
  data key, creation time). Plain text: nothing in it is personal.
- `entries`: one row per entry with what stays plain so lists and plots work without
  decrypting: id, kind, timestamps, `occurred_on` (indexed), and `plain` (a JSON object of the
  kind's date/datetime/int/choice/code fields), and `seal` (format 2: an HMAC over all of
  the row and the hashes of its ciphertexts; see `crypto.py`).
- `entry_fields`: one row per *encrypted* field (text, longtext, tags): AES-256-GCM ciphertext
  bound to (entry id, field name). Partial updates touch only the fields that changed, search
  reads only ciphertext rows, and a new field in `kinds.py` needs no migration.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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


class Base(DeclarativeBase):
    pass


class Meta(Base):
    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class EntryRow(Base):
    __tablename__ = "entries"

    id: Mapped[str] = mapped_column(String(ID_LENGTH), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    occurred_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    plain: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    seal: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)

    __table_args__ = (
        Index("ix_entries_created", "created_at", "id"),
        Index("ix_entries_kind_created", "kind", "created_at", "id"),
        Index("ix_entries_kind_occurred", "kind", "occurred_on"),
    )


class EntryFieldRow(Base):
    __tablename__ = "entry_fields"

    entry_id: Mapped[str] = mapped_column(
        String(ID_LENGTH), ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


META = Base.metadata.tables["vault_meta"]
ENTRIES = Base.metadata.tables["entries"]
FIELDS = Base.metadata.tables["entry_fields"]
