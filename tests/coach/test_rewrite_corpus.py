"""The rewrite corpus (tests/data/rewrite_corpus.jsonl, 360 messages): every guard of issue
12 on every message, and the rated output file kept current (tools/rewrite_corpus.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.coach.corpus_guards import CORPUS, OUT, coach_words, rendered, violations

MESSAGES: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
]


def test_the_corpus_has_at_least_300_messages() -> None:
    assert len(MESSAGES) >= 300


@pytest.mark.parametrize("message", MESSAGES, ids=[m["id"] for m in MESSAGES])
def test_no_guard_is_broken(message: dict[str, Any]) -> None:
    row = coach_words(message)
    assert violations(message, row) == []
    for finding in row["findings"]:
        assert finding["rewrite"] or finding["hint"], finding


def test_the_guards_catch_what_the_old_coach_did() -> None:
    """The checker itself can fail: the old coach's words for one message break guards."""
    message = {
        "text": "Every time I ask, you say no. Your dad said you need to put me in my place.",
        "tags": ["pushing", "facts", "reported_speech", "abuse_or_control"],
        "facts": ["Every time"],
        "reported": ["Your dad said you need to put me in my place"],
    }
    old = (
        "I feel scared about how things have been between us lately, and I'd love for us to "
        "find our way through it together. Sometimes when I ask, you say no. Your dad said I'd "
        "love it if you could put me in my place. It's your choice, and I'll be here either way."
    )
    row = {"suggestion": old, "findings": [], "left_for_you": []}
    found = " | ".join(violations(message, row))
    for guard in ("closer", "feeling not named", "couples line", "fact lost", "reported lost"):
        assert guard in found


def test_the_rated_output_file_is_current() -> None:
    """Regenerate with: .venv/bin/python tools/rewrite_corpus.py"""
    assert OUT.read_text(encoding="utf-8") == rendered()
