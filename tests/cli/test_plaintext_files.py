"""Files written from the record in plain text get export's protections (issue 13 item 8):
owner-only mode 0600 and the same NOT-encrypted warning, for `review --html`,
`checkin export` and the `progress` plots."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from alongside.messages import Msg
from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from tests.cli.inprocess import run
from tests.conftest import TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}


@pytest.fixture
def record(app_home: Path) -> Path:
    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(vault_path(), TEST_PASSPHRASE).close()
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        vault.add("win", {"what": "A calm breakfast together"})
        vault.add("conversation", {"topic": "counselling", "stance": "considering"})
    return vault_path()


@pytest.fixture(autouse=True)
def open_umask() -> object:
    """The usual umask (022), under which a plain write would make a 0644 file."""
    old = os.umask(0o022)
    yield None
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_export_is_the_model(record: Path, tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    ran = run("export", "--out", str(out), env=PW)
    assert ran.code == 0, ran.err
    assert mode(out) == 0o600 and Msg.EXPORT_WARNING in ran.err


def test_review_html_is_owner_only_with_the_warning(record: Path, tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    ran = run("review", "--html", str(out), env=PW)
    assert ran.code == 0, ran.err
    assert "A calm breakfast together" in out.read_text()
    assert mode(out) == 0o600
    assert Msg.EXPORT_WARNING in ran.err


def test_checkin_export_is_owner_only_with_the_warning(record: Path, tmp_path: Path) -> None:
    assert run("checkin", "schedule", "--title", "Our Sunday talk", env=PW).code == 0
    out = tmp_path / "checkins.ics"
    ran = run("checkin", "export", "--out", str(out), env=PW)
    assert ran.code == 0, ran.err
    assert b"Our Sunday talk" in out.read_bytes()
    assert mode(out) == 0o600
    assert Msg.EXPORT_WARNING in ran.err
    printed = run("checkin", "export", env=PW)  # to the screen: the warning still comes first
    assert "Our Sunday talk" in printed.out and Msg.EXPORT_WARNING in printed.err


def test_replacing_an_existing_readable_file_leaves_it_owner_only(
    record: Path, tmp_path: Path
) -> None:
    out = tmp_path / "review.html"
    out.write_text("old")
    out.chmod(0o644)
    assert run("review", "--html", str(out), env=PW).code == 0
    assert mode(out) == 0o600


def test_progress_plots_are_owner_only(record: Path, tmp_path: Path) -> None:
    ran = run("progress", "--out", str(tmp_path / "plots"), env=PW)
    assert ran.code == 0, ran.err
    files = sorted((tmp_path / "plots").iterdir())
    assert len(files) == 8
    assert {mode(f) for f in files} == {0o600}
    assert Msg.EXPORT_WARNING in ran.err


def test_a_folder_or_an_unwritable_place_is_a_sentence(record: Path, tmp_path: Path) -> None:
    ran = run("review", "--html", str(tmp_path), env=PW)
    assert ran.code == 2 and "is a folder" in ran.err
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        ran = run("checkin", "schedule", env=PW)
        ran = run("checkin", "export", "--out", str(locked / "c.ics"), env=PW)
        if os.geteuid() != 0:  # root may write anywhere
            assert ran.code == 2 and "couldn't write" in ran.err
        assert "Traceback" not in ran.err
    finally:
        locked.chmod(0o700)


def test_the_words_are_never_readable_by_others_even_while_being_written(tmp_path: Path) -> None:
    """The temp file is owner-only from its first byte, not only once it is complete."""
    from alongside.fileio import atomic_path

    dest = tmp_path / "export.json"
    with atomic_path(dest) as tmp:
        tmp.write_bytes(b"private words")
        assert mode(tmp) == 0o600
    assert mode(dest) == 0o600 and dest.read_bytes() == b"private words"
