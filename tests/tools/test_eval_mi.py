"""tools/eval_mi.py and its held-aside set evalsets/mi/utterances.jsonl.

These check the set and the scorer's arithmetic, never the coach's scores.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from alongside.coach.rules import findings

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_mi", ROOT / "tools" / "eval_mi.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_mi"] = module
    spec.loader.exec_module(module)
    return module


mi = _tool()


def test_the_mapping_names_real_categories() -> None:
    # A finding renamed or dropped in the rule files fails here, until the mapping follows.
    for label, categories in mi.MAPPING.items():
        assert categories <= set(findings()), label


def test_every_line_parses_with_its_own_split() -> None:
    rows = mi.load()
    assert len(rows) == len(mi.DATA.read_text(encoding="utf-8").splitlines())
    assert {r.label for r in rows} == mi.LABELS
    assert {r.split for r in rows} == {"look", "final"}


def test_a_wrong_split_or_label_is_refused() -> None:
    text = "You've come a long way."
    good = {"id": "x", "context": "hi", "text": text, "label": "affirm", "split": mi.split_of(text)}
    assert mi.parse_row(good, "here").label == "affirm"
    other = "final" if good["split"] == "look" else "look"
    with pytest.raises(ValueError, match="split"):
        mi.parse_row({**good, "split": other}, "here")
    with pytest.raises(ValueError, match="unknown label"):
        mi.parse_row({**good, "label": "praise"}, "here")


def _row(label: str, context: str = "I did it.") -> object:
    return mi.Row("x", "" if label in mi.TRAPS else context, "t", label, "look")


def test_each_part_is_scored_on_its_own_labels() -> None:
    rows = [_row("confront"), _row("blaming"), _row("affirm"), _row("none")]
    readings = [
        mi.Reading(frozenset({"blame"})),  # confront: right
        mi.Reading(frozenset({"blame"})),  # a blaming thought: right, and no confront
        mi.Reading(frozenset({"appreciation", "pressure"})),  # affirm right, direct wrong
        mi.Reading(frozenset({"pressure"})),  # should_statements on a balanced thought
    ]
    s = mi.score(rows, readings)
    assert (s.per_label["confront"].tp, s.per_label["confront"].fp) == (1, 0)
    assert (s.per_label["blaming"].tp, s.per_label["blaming"].fp) == (1, 0)
    assert (s.per_label["affirm"].tp, s.per_label["direct"].fp) == (1, 1)
    assert s.per_label["should_statements"].fp == 1
    assert s.unmapped["none"] == (1, 1)


def test_closed_questions_come_from_the_mi_counter() -> None:
    s = mi.score([_row("closed_question")], [mi.Reading(frozenset(), closed=True)])
    assert s.per_label["closed_question"].tp == 1


def test_final_never_shows_a_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        mi.main(["--split", "final", "--show-misses"], read=lambda r: mi.Reading(frozenset())) == 2
    )
    assert mi.main(["--split", "final"], read=lambda r: mi.Reading(frozenset())) == 0
    out = capsys.readouterr().out
    texts = [json.loads(x)["text"] for x in mi.DATA.read_text(encoding="utf-8").splitlines()]
    assert not any(t in out for t in texts)
    assert "macro-F1" in out
