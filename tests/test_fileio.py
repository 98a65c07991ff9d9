"""The one atomic write: whole or not at all, unique temp names, the file and folder fsynced."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from alongside import fileio
from alongside.fileio import atomic_path, write_atomic
from alongside.settings import save_setting, saved_settings


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temp_file(tmp_path: Path) -> None:
    dest = tmp_path / "export.json"
    dest.write_bytes(b"old words")
    with pytest.raises(OSError, match="disk gone"), atomic_path(dest) as tmp:
        tmp.write_bytes(b"half of the ne")
        raise OSError("disk gone")
    assert dest.read_bytes() == b"old words"
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_failing_flush_or_move_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    def broken(*_: object) -> None:
        raise OSError(f"{step} failed")

    dest = tmp_path / "settings.json"
    dest.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, step, broken)
    with pytest.raises(OSError, match=f"{step} failed"):
        write_atomic(dest, "new")
    monkeypatch.undo()
    assert dest.read_text(encoding="utf-8") == "old"
    assert leftovers(tmp_path) == []


def test_two_writers_at_once_never_share_a_temp_file(tmp_path: Path) -> None:
    dest = tmp_path / "plot.svg"
    with atomic_path(dest) as first:
        first.write_bytes(b"first")
        with atomic_path(dest) as second:
            assert second != first
            second.write_bytes(b"second")
        assert dest.read_bytes() == b"second" and first.read_bytes() == b"first"
    assert dest.read_bytes() == b"first"
    assert leftovers(tmp_path) == []
    assert (dest.stat().st_mode & 0o777) == 0o600


def test_the_file_and_its_folder_are_flushed_to_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(fileio, "fsync_dir", synced.append)
    write_atomic(tmp_path / "a" / "b.txt", b"words")
    assert synced == [tmp_path / "a"]
    assert (tmp_path / "a" / "b.txt").read_bytes() == b"words"


def test_a_second_settings_save_in_the_middle_of_one_does_not_break_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two processes saving settings at once used to share `settings.json.tmp`: the second
    truncated and moved the first one's temp file away, and the first failed."""
    real_fsync = os.fsync
    interrupted: list[bool] = []

    def fsync_with_a_second_writer(descriptor: int) -> None:
        real_fsync(descriptor)
        if not interrupted:
            interrupted.append(True)
            save_setting("country", "DE", tmp_path)  # the other writer, in the middle

    monkeypatch.setattr(os, "fsync", fsync_with_a_second_writer)
    save_setting("note_seen", True, tmp_path)
    monkeypatch.undo()
    assert interrupted and saved_settings(tmp_path) == {"note_seen": True}
    assert leftovers(tmp_path) == []


def test_settings_and_new_records_are_written_through_the_one_helper(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.vault.lifecycle import create_vault

    synced: list[Path] = []
    monkeypatch.setattr(fileio, "fsync_dir", synced.append)
    save_setting("country", "GB", tmp_path)
    create_vault(tmp_path / "vault.db", "a long enough passphrase here").close()
    assert synced == [tmp_path, tmp_path]
    assert sorted(p.name for p in tmp_path.iterdir() if "tmp" in p.name) == []
