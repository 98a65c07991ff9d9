"""Alembic migrations: from an empty database and from every earlier schema, to head."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from alongside.vault import db, open_vault
from alongside.vault.models import SCHEMA_HEAD, SCHEMA_REVISIONS, Base
from tests.conftest import TEST_PASSPHRASE

FIXTURES = Path(__file__).with_name("fixtures")


def revisions() -> list[str]:
    scripts = ScriptDirectory.from_config(db.alembic_config())
    return [s.revision for s in reversed(list(scripts.walk_revisions()))]


def schema_diff(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn), Base.metadata))


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, target: str) -> None:
    with db.writing(engine) as conn:
        command.upgrade(db.alembic_config(conn), target)


def test_named_revisions_match_the_scripts_in_order() -> None:
    assert tuple(revisions()) == SCHEMA_REVISIONS
    assert all("_" in r and r[:4].isdigit() for r in SCHEMA_REVISIONS)


def test_empty_database_upgrades_through_every_revision_to_head(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "empty.db")
    assert current(engine) is None
    for revision in revisions():
        upgrade(engine, revision)
        assert current(engine) == revision
    assert current(engine) == SCHEMA_HEAD
    assert schema_diff(engine) == []
    engine.dispose()


def test_head_is_stable_and_downgrade_round_trips(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "stable.db")
    upgrade(engine, "head")
    upgrade(engine, "head")
    assert current(engine) == SCHEMA_HEAD
    assert schema_diff(engine) == []
    with db.writing(engine) as conn:
        command.downgrade(db.alembic_config(conn), "base")
    assert current(engine) is None
    upgrade(engine, "head")
    assert schema_diff(engine) == []
    engine.dispose()


def test_every_earlier_revision_has_a_fixture_that_opens_at_head(tmp_path: Path) -> None:
    earlier = revisions()[:-1]
    present = sorted(p.stem.removeprefix("schema-") for p in FIXTURES.glob("schema-*.db"))
    assert present == sorted(earlier), "add tests/vault/fixtures/schema-<revision>.db"
    for revision in earlier:
        copy = tmp_path / f"{revision}.db"
        shutil.copyfile(FIXTURES / f"schema-{revision}.db", copy)
        with open_vault(copy, TEST_PASSPHRASE) as vault:
            assert vault.count() > 0
            assert current(vault.engine) == SCHEMA_HEAD
            assert schema_diff(vault.engine) == []
