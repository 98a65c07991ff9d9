"""tools/eval_split.py, run as `make eval` runs it, on a made-up eval folder and scorer."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "eval_split.py"

# A stand-in scorer: reports the folder it was given and which texts it saw.
FAKE_SCORE = """
import argparse, csv, sys
from pathlib import Path
ap = argparse.ArgumentParser()
ap.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parent)
a = ap.parse_args()
texts = []
for path in sorted(a.data_dir.glob("*/dev.csv")):
    with path.open(newline="", encoding="utf-8") as f:
        texts += [row["text"] + "|" + row["label"] for row in csv.DictReader(f)]
print("dir", a.data_dir)
print("texts", ";".join(texts))
print(f"macro-F1 over clean labels {len(texts)}")
"""

TEXTS = [f"made-up message number {n}, about the washing up" for n in range(40)]


def _folder(tmp_path: Path) -> Path:
    data = tmp_path / "eval-data"
    for name, texts in (("corpus-a", TEXTS[:25]), ("corpus-b", TEXTS[25:])):
        (data / name).mkdir(parents=True)
        with (data / name / "dev.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(["id", "text", "label"])
            writer.writerows((f"{name}-{i}", t, "yes") for i, t in enumerate(texts))
    (data / "score.py").write_text(FAKE_SCORE, encoding="utf-8")
    return data


def _sections(out: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for line in out.splitlines():
        if line.startswith("== "):
            current = line[3:].split(" (")[0]
            sections[current] = []
        elif current:
            sections[current].append(line)
    return sections


def test_make_eval_scores_dev_and_both_halves_split_by_hash(tmp_path: Path) -> None:
    data = _folder(tmp_path)
    proc = subprocess.run(
        [sys.executable, str(TOOL), str(data)], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stderr
    sections = _sections(proc.stdout)
    assert list(sections) == ["dev", "dev-look", "dev-blind", "summary"]

    def seen(name: str) -> set[str]:
        line = next(ln for ln in sections[name] if ln.startswith("texts "))
        return {t.rsplit("|", 1)[0] for t in line[len("texts ") :].split(";") if t}

    look, blind = seen("dev-look"), seen("dev-blind")
    assert seen("dev") == set(TEXTS)
    assert look | blind == set(TEXTS) and not look & blind
    assert look and blind
    for text in TEXTS:
        even = hashlib.sha256(text.encode("utf-8")).digest()[-1] % 2 == 0
        assert (text in look) == even
    summary = "\n".join(sections["summary"])
    assert f"dev-look   macro-F1 over clean labels {len(look)}" in summary
    assert f"dev-blind  macro-F1 over clean labels {len(blind)}" in summary
    # the halves lived in temporary folders outside the repository, gone after scoring
    for name in ("dev-look", "dev-blind"):
        folder = Path(next(ln for ln in sections[name] if ln.startswith("dir "))[4:])
        assert not folder.exists()
        assert TOOL.parents[1] not in folder.parents


def test_no_eval_data_is_said_plainly(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(TOOL), str(tmp_path / "nowhere")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0
    assert "nothing to score" in proc.stdout
