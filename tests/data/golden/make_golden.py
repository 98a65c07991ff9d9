"""Make the golden vault of the current format version (run once per format; the committed
file must open forever).

    ALONGSIDE_KDF_PROFILE=test python tests/data/golden/make_golden.py [--force]

Writes `vault-vN.db` (N = FORMAT_VERSION; test KDF parameters, passphrase below) and
`vault-vN.expected.json` (what it must decrypt to). Never regenerate these for a released
format: add a new `vault-vN.db` for a new format instead. (`vault-v1.db` was made by format
1's code; the passphrase keeps its old name for every version.)
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from alongside.vault import create_vault
from alongside.vault.crypto import FORMAT_VERSION
from alongside.vault.transfer import entry_to_json

HERE = Path(__file__).parent
GOLDEN_PASSPHRASE = "golden passphrase v1"
ENTRIES: list[tuple[str, str, dict[str, object]]] = [
    (
        "0" * 31 + "1",
        "journal",
        {
            "situation": "I felt unheard at dinner",
            "trigger": "phone at the table",
            "tags": ("dinner", "phone"),
            "occurred_on": date(2024, 5, 31),
        },
    ),
    (
        "0" * 31 + "2",
        "conversation",
        {
            "topic": "therapy, gently",
            "rating": 3,
            "stance": "considering",
            "notes": "She listened. Ünïcödé and emoji 🌱 too.",
        },
    ),
    (
        "0" * 31 + "3",
        "agreement",
        {"agreement": "Therapy talk only when both calm", "revisit_on": date(2024, 7, 1)},
    ),
    (
        "0" * 31 + "4",
        "schedule",
        {
            "title": "Sunday check-in",
            "starts_at": datetime(2024, 6, 2, 17, 30, tzinfo=UTC),
            "timezone": "Europe/Berlin",
            "rule": "FREQ=WEEKLY;BYDAY=SU",
        },
    ),
    ("0" * 31 + "5", "setback", {"what": "We argued about money", "learned": "pause sooner"}),
]


def main() -> None:
    db = HERE / f"vault-v{FORMAT_VERSION}.db"
    if db.exists() and "--force" not in sys.argv:
        raise SystemExit(f"{db} exists; golden files are never regenerated (use --force knowingly)")
    if os.environ.get("ALONGSIDE_KDF_PROFILE") != "test":
        raise SystemExit("set ALONGSIDE_KDF_PROFILE=test")
    db.unlink(missing_ok=True)
    with create_vault(db, GOLDEN_PASSPHRASE) as vault:
        made = []
        for n, (entry_id, kind, values) in enumerate(ENTRIES):
            moment = datetime(2024, 6, 1, 12, n, tzinfo=UTC)
            entry = vault.prepare(kind, values, entry_id=entry_id, created_at=moment)
            made.append(entry)
        vault.insert_many(made)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    conn.close()
    expected = [entry_to_json(e) for e in made]
    (HERE / f"vault-v{FORMAT_VERSION}.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
