"""Restore, wipe and passphrase change while the web app has the record unlocked (issue 13.1).

The web app is a real server on 127.0.0.1 in this process; the CLI runs as a real second
process (the export it imports is made in-process beforehand). Before the fix, `restore`
swapped vault.db under the server's open connections: the server's later saves (all 201)
were lost or corrupted the file. Now the CLI refuses while the web app holds the record, and
the web app locks itself if the file is replaced anyway.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from pathlib import Path

import httpx

from alongside.paths import vault_path
from alongside.vault import open_vault
from tests.conftest import TEST_PASSPHRASE, RunCli
from tests.web.server import LiveServer, token_in

IN_USE_WORDS = "open in another Alongside window"
FORM_ID = re.compile(r'name="form_id" value="([^"]+)"')


def _save(client: httpx.Client, text: str) -> str:
    response = client.post("/api/record/journal", json={"fields": {"situation": text}})
    assert response.status_code == 201, response.text
    entry_id: str = response.json()["id"]
    return entry_id


def _check_file(path: Path) -> set[str]:
    """integrity_check is ok, and the ids of every journal entry (read with the passphrase)."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with open_vault(path, TEST_PASSPHRASE) as vault:
        return {e.id for e in vault.list("journal")}


def test_restore_while_the_web_app_is_unlocked_is_refused_and_loses_no_save(
    unlocked: httpx.Client, server: LiveServer, installed_cli: RunCli, tmp_path: Path
) -> None:
    saved = [_save(unlocked, f"before the backup {n}") for n in range(10)]
    backup = tmp_path / "bk.db"
    made = installed_cli("backup", "--out", str(backup), passphrase=TEST_PASSPHRASE)
    assert made.returncode == 0, made.stderr
    saved += [_save(unlocked, f"after the backup {n}") for n in range(60)]

    restored = installed_cli("restore", str(backup), "--yes", passphrase=TEST_PASSPHRASE)

    saved += [_save(unlocked, f"after the restore {n}") for n in range(90)]
    server.stop()
    present = _check_file(vault_path())
    assert set(saved) <= present, f"{len(set(saved) - present)} acknowledged saves were lost"
    assert restored.returncode != 0
    assert IN_USE_WORDS in restored.stderr
    assert "Traceback" not in restored.stderr
    assert "Restored" not in restored.stderr


def test_wipe_and_passphrase_change_wait_for_the_web_app_to_lock(
    unlocked: httpx.Client, server: LiveServer, installed_cli: RunCli, tmp_path: Path
) -> None:
    kept = _save(unlocked, "still here")
    new_file = tmp_path / "new.txt"
    new_file.write_text("a brand new passphrase\n")

    wiped = installed_cli("wipe", "--yes")
    changed = installed_cli(
        "passphrase", "change", "--new-passphrase-file", str(new_file), passphrase=TEST_PASSPHRASE
    )

    for result in (wiped, changed):
        assert result.returncode != 0
        assert IN_USE_WORDS in result.stderr
        assert "lock" in result.stderr
        assert "Traceback" not in result.stderr
    assert vault_path().exists()
    assert _save(unlocked, "saved after the refusals")
    # Once the web app locks, the same commands go ahead.
    assert unlocked.post("/api/lock").status_code == 200
    changed = installed_cli(
        "passphrase", "change", "--new-passphrase-file", str(new_file), passphrase=TEST_PASSPHRASE
    )
    assert changed.returncode == 0, changed.stderr
    assert "passphrase is changed" in changed.stderr
    with open_vault(vault_path(), "a brand new passphrase") as vault:
        assert kept in {e.id for e in vault.list("journal")}
    wiped = installed_cli("wipe", "--yes")
    assert wiped.returncode == 0, wiped.stderr
    assert not vault_path().exists()


def test_import_while_the_web_app_is_unlocked_is_one_transaction_beside_its_saves(
    unlocked: httpx.Client,
    server: LiveServer,
    cli: RunCli,
    installed_cli: RunCli,
    tmp_path: Path,
) -> None:
    """Import needs no lock of its own: it is one SQLite transaction, like any save."""
    other_home = tmp_path / "other"
    env = {"ALONGSIDE_HOME": str(other_home)}  # the export to import, made in-process
    assert cli("init", passphrase=TEST_PASSPHRASE, env=env).returncode == 0
    for n in range(5):
        added = cli("win", "add", f"imported win {n}", passphrase=TEST_PASSPHRASE, env=env)
        assert added.returncode == 0, added.stderr
    export = tmp_path / "export.json"
    made = cli("export", "--out", str(export), passphrase=TEST_PASSPHRASE, env=env)
    assert made.returncode == 0, made.stderr
    saved = [_save(unlocked, f"before the import {n}") for n in range(10)]

    imported = installed_cli("import", str(export), passphrase=TEST_PASSPHRASE)

    assert imported.returncode == 0, imported.stderr
    saved += [_save(unlocked, f"after the import {n}") for n in range(20)]
    wins = unlocked.get("/api/record/win").json()
    assert sorted(e["fields"]["what"] for e in wins["entries"]) == [
        f"imported win {n}" for n in range(5)
    ]
    server.stop()
    assert set(saved) <= _check_file(vault_path())


def test_restore_goes_ahead_once_the_web_app_is_locked(
    unlocked: httpx.Client, server: LiveServer, installed_cli: RunCli, tmp_path: Path
) -> None:
    first = _save(unlocked, "in the backup")
    backup = tmp_path / "bk.db"
    assert installed_cli("backup", "--out", str(backup), passphrase=TEST_PASSPHRASE).returncode == 0
    _save(unlocked, "not in the backup")
    assert unlocked.post("/api/lock").status_code == 200

    restored = installed_cli("restore", str(backup), "--yes", passphrase=TEST_PASSPHRASE)

    assert restored.returncode == 0, restored.stderr
    assert "Restored" in restored.stderr
    unlock = unlocked.post("/api/unlock", json={"passphrase": TEST_PASSPHRASE})
    assert unlock.status_code == 200, unlock.text
    listed = unlocked.get("/api/record/journal").json()
    assert [e["id"] for e in listed["entries"]] == [first]
    after = _save(unlocked, "after the restore")
    server.stop()
    assert _check_file(vault_path()) == {first, after}


def _swap_in_a_copy(path: Path, folder: Path) -> None:
    """Replace `path` the way a tool that ignores the lock would: a copy renamed over it."""
    copy = folder / "copy.db"
    target = sqlite3.connect(copy)
    source = sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    os.replace(copy, path)


def test_a_form_saved_after_the_file_was_swapped_keeps_its_words_and_asks_again(
    unlocked: httpx.Client, server: LiveServer, tmp_path: Path
) -> None:
    page = unlocked.get("/record/journal/new")
    form = {
        "csrf_token": token_in(page.text),
        "form_id": FORM_ID.search(page.text).group(1),  # type: ignore[union-attr]
        "situation": "Typed while the file was swapped",
    }
    _swap_in_a_copy(vault_path(), tmp_path)

    refused = unlocked.post("/record/journal/new", data=form)

    assert refused.status_code == 401
    assert "replaced" in refused.text
    assert "Typed while the file was swapped" in refused.text
    assert 'name="passphrase"' in refused.text
    saved = unlocked.post("/record/journal/new", data={**form, "passphrase": TEST_PASSPHRASE})
    assert saved.status_code == 303, saved.text
    server.stop()
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        assert [e.title for e in vault.list("journal")] == ["Typed while the file was swapped"]


def test_the_web_app_locks_itself_when_its_file_is_replaced_behind_its_back(
    unlocked: httpx.Client, server: LiveServer, tmp_path: Path
) -> None:
    """A tool that ignores the lock (a file manager, an old version) swaps vault.db: the
    web app's next save is refused with a sentence and it locks; nothing lands in the wrong
    file, and after unlocking again it writes to the new one."""
    first = _save(unlocked, "in the copy")
    path = vault_path()
    copy = tmp_path / "copy.db"
    backup = sqlite3.connect(copy)
    source = sqlite3.connect(path)
    source.backup(backup)
    source.close()
    backup.close()
    _save(unlocked, "only in the file being replaced")
    shutil.copyfile(copy, tmp_path / "staged.db")
    os.replace(tmp_path / "staged.db", path)

    refused = unlocked.post("/api/record/journal", json={"fields": {"situation": "lost?"}})

    assert refused.status_code == 401
    assert "replaced" in refused.json()["detail"]
    assert unlocked.get("/api/session").json()["unlocked"] is False
    unlock = unlocked.post("/api/unlock", json={"passphrase": TEST_PASSPHRASE})
    assert unlock.status_code == 200, unlock.text
    after = _save(unlocked, "after unlocking again")
    server.stop()
    assert _check_file(path) == {first, after}
