"""No example in our data files may be a sentence of the evaluation data.

The eval data (../shared/eval-data) is licensed for research only, some of it with a
NoDerivatives term: it is read at evaluation time and never copied into this repository.
Rule and lexicon examples are tests, so it is easy to paste a dev sentence into one while
studying a miss. `make eval` runs this first and stops when an example, or one sentence of it,
of 7 words or more appears word for word (ignoring case and punctuation) in an eval text.
Shorter everyday phrases ("tell me more about that") occur everywhere and are not reported.

The team-written safety texts (`training/**/*.jsonl`, `evalsets/**/*.jsonl`) are checked
sentence by sentence the same way: a long post may not carry an eval sentence either.

Run: .venv/bin/python tools/check_eval_copies.py [eval-data folder]
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

MIN_WORDS = 7
ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = sorted((ROOT / "src" / "alongside").rglob("*.toml"))
TEXT_FILES = sorted([*(ROOT / "training").rglob("*.jsonl"), *(ROOT / "evalsets").rglob("*.jsonl")])
_SENTENCE_END = re.compile(r"[.!?\n]+")
_QUOTED = re.compile(r'"((?:[^"\\\n]|\\.)+)"')


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w' ]", " ", text.lower()).split())


def eval_texts(folder: Path) -> str:
    texts: list[str] = []
    for path in sorted(folder.glob("*/*.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            texts += [f" {_norm(row.get('text', ''))} " for row in csv.DictReader(f)]
    return "\n".join(texts)


def copies(folder: Path) -> list[str]:
    corpus = eval_texts(folder)
    found = []
    for path in DATA_FILES:
        text = path.read_text(encoding="utf-8")
        for m in _QUOTED.finditer(text):
            pieces = [m.group(1), *_SENTENCE_END.split(m.group(1))]
            if any(
                len(example.split()) >= MIN_WORDS and f" {example} " in corpus
                for example in map(_norm, pieces)
            ):
                line = text[: m.start()].count("\n") + 1
                found.append(f"{path.relative_to(ROOT)}:{line}: {m.group(1)}")
    for path in TEXT_FILES:
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for sentence in _SENTENCE_END.split(str(json.loads(raw)["text"])):
                example = _norm(sentence)
                if len(example.split()) >= MIN_WORDS and f" {example} " in corpus:
                    found.append(f"{path.relative_to(ROOT)}:{number}: {sentence.strip()}")
    return found


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval-data"
    if not folder.is_dir():
        print(f"No eval data at {folder}: nothing to check.")
        return 0
    found = copies(folder)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} example(s) copied from the eval data: write them in your own words.")
        return 1
    print("No example is copied from the eval data.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
