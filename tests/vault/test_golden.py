"""Every committed golden vault (one per format version) must keep opening, forever."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from alongside.errors import WrongPassphrase
from alongside.vault import open_vault
from alongside.vault.crypto import FORMAT_VERSION, KdfParams
from alongside.vault.transfer import entry_to_json

GOLDEN = Path(__file__).parents[1] / "data" / "golden"
GOLDEN_PASSPHRASE = "golden passphrase v1"  # matches tests/data/golden/make_golden.py


def test_there_is_a_golden_vault_for_every_format_version() -> None:
    versions = sorted(int(p.stem.removeprefix("vault-v")) for p in GOLDEN.glob("vault-v*.db"))
    assert versions == list(range(1, FORMAT_VERSION + 1))


@pytest.mark.parametrize("version", range(1, FORMAT_VERSION + 1))
def test_golden_vault_opens_and_decrypts_to_what_it_held(version: int, tmp_path: Path) -> None:
    copy = tmp_path / "golden.db"  # opening migrates and switches to WAL: never touch the original
    shutil.copyfile(GOLDEN / f"vault-v{version}.db", copy)
    conn = sqlite3.connect(copy)
    stored = conn.execute("SELECT value FROM vault_meta WHERE key = 'format_version'").fetchone()
    conn.close()
    assert stored[0] == str(version)
    expected = json.loads((GOLDEN / f"vault-v{version}.expected.json").read_text("utf-8"))
    with pytest.raises(WrongPassphrase):
        open_vault(copy, "not the golden passphrase")
    with open_vault(copy, GOLDEN_PASSPHRASE) as vault:
        entries = sorted(vault.list(), key=lambda e: (e.created_at, e.id))
        assert [entry_to_json(e) for e in entries] == expected
        assert vault.search("unheard")[0].id == expected[0]["id"]
    conn = sqlite3.connect(copy)
    meta = dict(conn.execute("SELECT key, value FROM vault_meta").fetchall())
    unsealed = conn.execute("SELECT count(*) FROM entries WHERE seal IS NULL").fetchone()[0]
    conn.close()
    assert meta["format_version"] == str(FORMAT_VERSION)  # older formats are brought forward
    assert unsealed == 0
    params = KdfParams.from_json(meta["kdf"])
    assert (params.time_cost, params.memory_cost_kib, params.parallelism) == (1, 1024, 1)
