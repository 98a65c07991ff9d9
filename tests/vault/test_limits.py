"""Edges that once gave a traceback or were silently accepted (issue 13 item 10): dates at the
ends of the calendar on import, absurd numbers, a header asking for 64 GiB of memory, a wrong
passphrase beside a live WAL and -shm, and a full disk. Each is a clear sentence, and nothing
already saved is lost."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from alongside.errors import CorruptData, ImportFormatError, InvalidInput, WrongPassphrase
from alongside.vault import Vault, create_vault, import_data, open_vault
from tests.conftest import TEST_PASSPHRASE


def export_with(entry: dict[str, object]) -> bytes:
    doc = {"format": "alongside-export", "version": 1, "entries": [entry]}
    return json.dumps(doc).encode()


def one_entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": "a" * 32,
        "kind": "message",
        "created_at": "2024-06-01T12:00:00+00:00",
        "updated_at": "2024-06-01T12:00:00+00:00",
        "fields": {"text": "hello"},
    }
    entry.update(changes)
    return entry


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
@pytest.mark.parametrize("key", ["created_at", "updated_at"])
def test_import_of_a_time_at_the_end_of_the_calendar_is_a_sentence(
    vault: Vault, when: str, key: str
) -> None:
    vault.add("win", {"what": "kept"})
    with pytest.raises(ImportFormatError, match="range of dates") as caught:
        import_data(vault, export_with(one_entry(**{key: when})))
    assert "Nothing was imported" in str(caught.value)
    assert vault.count() == 1


def test_import_of_an_absurd_count_is_refused(vault: Vault) -> None:
    raw = export_with(one_entry(fields={"text": "hello", "pushing": 10**30}))
    with pytest.raises(ImportFormatError, match="at most"):
        import_data(vault, raw)
    assert vault.count() == 0
    with pytest.raises(InvalidInput, match="at most"):
        vault.add("message", {"text": "hi", "inviting": str(10**30)})


def header_kdf(path: Path) -> dict[str, object]:
    conn = sqlite3.connect(path)
    (raw,) = conn.execute("SELECT value FROM vault_meta WHERE key = 'kdf'").fetchone()
    conn.close()
    found: dict[str, object] = json.loads(raw)
    return found


@pytest.mark.parametrize(
    ("key", "value"),
    [("memory_cost_kib", 64 * 1024 * 1024), ("time_cost", 10**9), ("parallelism", 0)],
)
def test_a_header_asking_for_absurd_key_settings_is_refused_untouched(
    vault: Vault, key: str, value: int
) -> None:
    vault.close()
    kdf = header_kdf(vault.path)
    kdf[key] = value
    conn = sqlite3.connect(vault.path)
    conn.execute(
        "UPDATE vault_meta SET value = ? WHERE key = 'kdf'", (json.dumps(kdf, sort_keys=True),)
    )
    conn.commit()
    conn.close()
    before = vault.path.read_bytes()
    with pytest.raises(CorruptData, match="key settings"):
        open_vault(vault.path, TEST_PASSPHRASE)
    assert vault.path.read_bytes() == before


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file's bytes; the empty lock file is left out (the lock machinery may tidy away
    one that a crashed process left behind, which is not the record's data)."""
    return {
        p.name: p.read_bytes()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(".lock")
    }


def test_a_wrong_passphrase_changes_no_byte_beside_a_wal_and_shm(app_home: Path) -> None:
    """A crash leaves vault.db-wal and vault.db-shm behind: a wrong passphrase touches none."""
    path = app_home / "vault.db"
    create_vault(path, TEST_PASSPHRASE).close()
    script = (
        "import os, sys\n"
        "from alongside.vault import open_vault\n"
        "v = open_vault(__import__('pathlib').Path(sys.argv[1]), sys.argv[2])\n"
        "for n in range(5): v.add('win', {'what': f'win {n}'})\n"
        "os._exit(0)  # like a crash: the WAL and -shm stay behind\n"
    )
    env = dict(os.environ, ALONGSIDE_KDF_PROFILE="test")
    done = subprocess.run(
        [sys.executable, "-c", script, str(path), TEST_PASSPHRASE],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    before = snapshot(app_home)
    assert {"vault.db-wal", "vault.db-shm"} <= set(before)
    assert len(before["vault.db-wal"]) > 0
    with pytest.raises(WrongPassphrase):
        open_vault(path, "not the passphrase")
    assert snapshot(app_home) == before
    with open_vault(path, TEST_PASSPHRASE) as vault:
        assert vault.count() == 5


# A full disk: a real, tiny tmpfs --------------------------------------------------------


@pytest.fixture
def small_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A real 1 MiB file system as the home folder (tmpfs; needs root, which the build has)."""
    if os.geteuid() != 0:  # as `make test` and CI run; a full disk is never faked or skipped
        pytest.fail("mounting a tiny tmpfs needs root: run the tests as `make test` does (root)")
    where = tmp_path / "small"
    where.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(where)], check=True)
    try:
        home = where / "home"
        monkeypatch.setenv("ALONGSIDE_HOME", str(home))
        yield home
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def fill(folder: Path) -> Path:
    """Fill the disk to the last byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        try:
            while handle.write(b"\0" * 512):
                pass
        except OSError:
            pass
    return filler


@pytest.mark.parametrize("command", ["add", "backup", "passphrase"])
def test_a_full_disk_on_add_backup_and_passphrase_change_is_a_sentence(
    small_disk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
) -> None:
    """The disk fills up just before the write (a real tmpfs, filled to the last byte)."""
    from alongside.vault import store, transfer
    from tests.vault.test_damaged import run

    path = small_disk / "vault.db"
    with create_vault(path, TEST_PASSPHRASE) as vault:
        kept = [vault.add("journal", {"situation": f"kept {n}"}).id for n in range(3)]
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("ALONGSIDE_NEW_PASSPHRASE", "a brand new passphrase")
    hooked = {
        "add": (store.Vault, "insert_many"),
        "backup": (transfer, "backup_vault"),
        "passphrase": (store.Vault, "rewrap"),
    }[command]
    original = getattr(*hooked)

    def fill_then(*args: object, **kwargs: object) -> object:
        fill(small_disk)
        return original(*args, **kwargs)

    monkeypatch.setattr(*hooked, fill_then)
    args = {
        "add": ["journal", "add", "words I want to keep " * 500],
        "backup": ["backup", "--out", str(small_disk / "b.db")],
        "passphrase": ["passphrase", "change"],
    }[command]
    code, _, err = run(capsys, *args)
    assert code == 1, err
    assert "Traceback" not in err
    assert "disk is full" in err or "isn't room on the disk" in err, err
    assert "Nothing was lost" in err, err
    monkeypatch.undo()
    (small_disk / "filler").unlink()
    assert sorted(p.name for p in small_disk.iterdir()) == ["vault.db"]  # no half-made files
    with open_vault(path, TEST_PASSPHRASE) as vault:  # the old passphrase still opens it
        assert sorted(e.id for e in vault.list()) == sorted(kept)
        assert vault.check_entries().ok
        vault.add("journal", {"situation": "room again"})


def test_the_import_command_says_it_for_a_time_past_the_calendar(
    vault: Vault,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.vault.test_damaged import run

    vault.close()
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    file = tmp_path / "old.json"
    file.write_bytes(export_with(one_entry(created_at="0001-01-01T00:00:00+01:00")))
    code, _, err = run(capsys, "import", str(file))
    assert code == 2
    assert "range of dates Alongside can store" in err and "Nothing was imported" in err
    assert "Traceback" not in err
