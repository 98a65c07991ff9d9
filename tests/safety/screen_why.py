"""Small readers the safety tests share: a text without case or punctuation, why the screen
flagged a text (kind, words, layer), for assertion messages, and the check that a held-out
test's sentences are neither training text nor a lexicon example."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from alongside.safety import screen
from alongside.safety.lexicon import lexicon

TRAINING = Path(__file__).resolve().parents[2] / "training" / "safety"


def plain(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("'", "")).strip()


def why(text: str) -> list[tuple[str, str, str]]:
    return [(h.kind, text[h.start : h.end], h.layer) for h in screen(text).hits]


def assert_held_out(sentences: Iterable[str]) -> None:
    """None of `sentences` is a line of the safety model's training text or an example of the
    lexicon (trained or not): a held-out test must be able to fail."""
    mine = set(sentences)
    for path in sorted(TRAINING.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert json.loads(line)["text"] not in mine, path
    lex = lexicon()
    examples = {t for k in lex.kinds for t in (*k.all_positive, *k.all_negative)}
    examples |= set(lex.everyday_negative) | set(lex.disclosures)
    assert not mine & examples
