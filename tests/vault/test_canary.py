"""No plaintext on disk: a unique canary written through every path never appears in any file."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from alongside.vault import Vault, export_data, open_vault
from alongside.vault.transfer import backup_vault
from tests.conftest import TEST_PASSPHRASE, RunCli


def files_with(root: Path, needles: list[bytes]) -> list[str]:
    hits = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            hits += [f"{path} contains {n!r}" for n in needles if n in data]
    return hits


def forms(canary: str) -> list[bytes]:
    """The canary as UTF-8, UTF-16 (either order) and in the JSON form of tags."""
    return [
        canary.encode("utf-8"),
        canary.encode("utf-16-le"),
        canary.encode("utf-16-be"),
        canary[4:20].encode("utf-8"),  # a fragment, in case text is split
    ]


def test_canary_never_reaches_disk_in_plaintext(vault: Vault, tmp_path: Path) -> None:
    canary = f"CANARY-{secrets.token_hex(12)}"
    ids = [
        vault.add(
            "journal",
            {
                "situation": f"{canary} at dinner",
                "tags": f"{canary},x",
                "feelings": canary,
                "response": canary * 50,
            },
        ).id,
        vault.add("therapist", {"name": canary, "notes": f"call {canary}"}).id,
        vault.add("setback", {"what": canary, "learned": canary}).id,
    ]
    vault.update(ids[0], {"next_time": f"{canary} again"})
    vault.delete(ids[2])  # secure_delete zeroes what a deleted row held
    assert [e.id for e in vault.search(canary)] == ids[1::-1]
    backup_vault(vault, tmp_path / "home" / "backups" / "b.db")
    # While open: the -wal and -shm files exist and are scanned too.
    assert (vault.path.parent / "vault.db-wal").exists()
    assert files_with(tmp_path, forms(canary)) == []
    vault.close()
    with open_vault(vault.path, TEST_PASSPHRASE) as again:
        assert again.get(ids[0]).fields["feelings"] == canary
    assert files_with(tmp_path, forms(canary)) == []


def test_the_scan_would_find_a_canary_if_it_leaked(vault: Vault, tmp_path: Path) -> None:
    canary = f"CANARY-{secrets.token_hex(12)}"
    vault.add("win", {"what": canary})
    leak = tmp_path / "export.json"
    leak.write_text(str(export_data(vault)), encoding="utf-8")
    assert files_with(tmp_path, forms(canary)) != []


def test_cli_leaves_no_plaintext_in_home_or_temp(
    installed_cli: RunCli, app_home: Path, tmp_path: Path
) -> None:
    canary = f"CANARY-{secrets.token_hex(12)}"
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    env = {"TMPDIR": str(temp)}
    assert installed_cli("init", passphrase=TEST_PASSPHRASE, env=env).returncode == 0
    added = installed_cli(
        "journal", "add", canary, "--trigger", canary, "--json", passphrase=TEST_PASSPHRASE, env=env
    )
    assert added.returncode == 0, added.stderr
    assert canary in added.stdout  # shown to the person, on the screen only
    found = installed_cli("search", canary[7:], passphrase=TEST_PASSPHRASE, env=env)
    assert found.returncode == 0, found.stderr
    assert installed_cli("backup", passphrase=TEST_PASSPHRASE, env=env).returncode == 0
    assert files_with(tmp_path, forms(canary)) == []
    # settings.json: that the one-time note about words as arguments was shown (no words)
    assert sorted(os.listdir(app_home)) == ["backups", "settings.json", "vault.db"]
