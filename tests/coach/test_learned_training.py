"""tools/train_meaning.py and tools/write_counsellor.py: which text trains which head."""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import train_meaning  # noqa: E402
import write_counsellor  # noqa: E402


def _write(path: Path, rows: list[tuple[str, list[str]]]) -> None:
    path.write_text("".join(json.dumps({"text": t, "findings": f}) + "\n" for t, f in rows))


def test_counsellor_talk_trains_only_the_counsellor_heads(tmp_path: Path) -> None:
    _write(tmp_path / "written.jsonl", [("Thanks for sorting the bins, love.", ["appreciation"])])
    _write(
        tmp_path / train_meaning.COUNSELLOR_FILE,
        [("You've clearly thought hard about your drinking.", ["appreciation"])],
    )
    data = train_meaning.units(tmp_path)
    names = train_meaning.heads()
    mask = train_meaning.learns_from(data, names)
    row = {u[2]: r for r, u in enumerate(data)}
    partner = row["Thanks for sorting the bins, love."]
    counsellor = row["You've clearly thought hard about your drinking."]
    assert data[counsellor][3] and not data[partner][3]
    assert "appreciation" in data[counsellor][1]
    for h, name in enumerate(names):
        assert mask[partner, h] == 1.0
        assert mask[counsellor, h] == (1.0 if name in train_meaning.COUNSELLOR_HEADS else 0.0)
    assert train_meaning.COUNSELLOR_HEADS <= train_meaning.SHIPPED


def test_the_counsellor_text_is_what_the_writer_writes() -> None:
    rows = write_counsellor.generate()
    shipped = write_counsellor.OUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in shipped] == rows
    labels = {f for r in rows for f in r["findings"]}  # type: ignore[attr-defined]
    assert {"permission", "unsolicited_advice", "pressure", "appreciation"} <= labels
    assert sum(not r["findings"] for r in rows) > 1000  # many counsellor negatives
