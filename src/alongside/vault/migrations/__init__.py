"""Alembic migrations of the private record (run programmatically on open and create)."""
