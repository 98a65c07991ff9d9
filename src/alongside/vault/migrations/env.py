"""Alembic environment: always run on a connection handed over by `alongside.vault.db`."""

from __future__ import annotations

from alembic import context

from alongside.vault.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs batch mode to alter tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
