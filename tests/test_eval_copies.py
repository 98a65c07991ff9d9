"""tools/check_eval_copies.py, run as `make eval` runs it, on a made-up eval folder."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from alongside.coach.rules import rules

TOOL = Path(__file__).resolve().parents[1] / "tools" / "check_eval_copies.py"


def _run(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(TOOL), str(folder)], capture_output=True, text=True, check=False
    )


def _eval_folder(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "eval-data" / "some-corpus"
    folder.mkdir(parents=True)
    (folder / "dev.csv").write_text(f'id,text\nx-1,"{text}"\n', encoding="utf-8")
    return folder.parent


def test_an_example_pasted_from_the_eval_data_stops_make_eval(tmp_path: Path) -> None:
    example = next(e for r in rules() for e in r.positive if len(e.split()) >= 7)
    result = _run(_eval_folder(tmp_path, f"Well. {example.upper()} Anyway, thanks."))
    assert result.returncode == 1
    assert example in result.stdout
    assert "write them in your own words" in result.stdout


def test_eval_data_without_our_examples_passes(tmp_path: Path) -> None:
    result = _run(_eval_folder(tmp_path, "Nothing here is one of our examples, I promise you."))
    assert result.returncode == 0, result.stdout
    assert "No example is copied" in result.stdout


def test_no_eval_data_is_not_an_error(tmp_path: Path) -> None:
    result = _run(tmp_path / "absent")
    assert result.returncode == 0
    assert "nothing to check" in result.stdout


def test_a_training_sentence_pasted_from_the_eval_data_stops_make_eval(tmp_path: Path) -> None:
    root = TOOL.parents[1]
    post = next(
        json.loads(line)["text"]
        for path in sorted((root / "training").rglob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(json.loads(line)["text"].split()) >= 30
    )
    sentence = next(s for s in re.split(r"[.!?\n]+", post) if len(s.split()) >= 7 and '"' not in s)
    result = _run(_eval_folder(tmp_path, f"So anyway. {sentence.strip()}. Thanks for reading."))
    assert result.returncode == 1, result.stdout
    assert "training/" in result.stdout


def test_an_eval_sentence_inside_a_longer_example_stops_make_eval(tmp_path: Path) -> None:
    sentence = next(
        part.strip()
        for r in rules()
        for e in r.positive
        for part in re.split(r"[.!?\n]+", e)
        if len(part.split()) >= 7 and part.strip() != e.strip() and '"' not in part
    )
    result = _run(_eval_folder(tmp_path, sentence))
    assert result.returncode == 1, result.stdout
