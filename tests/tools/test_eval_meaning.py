"""tools/eval_meaning.py and its held-aside set evalsets/meaning/messages.jsonl.

These check the set and the scorer's arithmetic, never the coach's scores.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from alongside.coach.rules import findings

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_meaning", ROOT / "tools" / "eval_meaning.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_meaning"] = module
    spec.loader.exec_module(module)
    return module


em = _tool()


@pytest.fixture(scope="module")
def rows() -> list[Any]:
    return list(em.load())


def test_the_kinds_are_the_analysers_kinds() -> None:
    # A kind renamed, added or dropped in the rule files fails here, until the set follows.
    assert set(findings()) == em.KINDS
    assert not em.PUSHING & em.INVITING


def test_every_line_parses_with_real_kinds_and_its_own_split() -> None:
    lines = em.DATA.read_text(encoding="utf-8").splitlines()
    assert len(lines) >= 600
    for n, line in enumerate(lines, 1):
        obj = json.loads(line)
        assert set(obj) <= {"text", "kinds", "context", "split", "tags"}, n
        assert set(obj["kinds"]) <= set(findings()), (n, obj["kinds"])
        assert obj["split"] == em.split_of(obj["text"]), n


def test_the_set_is_varied(rows: list[Any]) -> None:
    texts = [r.text for r in rows]
    assert len(set(texts)) == len(texts)
    calm = [r for r in rows if not em.pushing_of(r.kinds)]
    assert len(calm) >= 0.35 * len(rows)
    contexts = Counter(r.context for r in rows)
    assert all(contexts[c] >= 40 for c in em.CONTEXTS), contexts
    kinds = Counter(k for r in rows for k in r.kinds)
    assert all(kinds[k] >= 8 for k in em.KINDS), kinds
    # No two messages share more than half their words (Jaccard over word sets).
    words = [set(re.findall(r"[a-z']+", t.lower())) for t in texts]
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            assert len(a & b) <= 0.5 * len(a | b), sorted(a)


def test_the_split_is_stable_and_about_forty_percent(rows: list[Any]) -> None:
    # Fixed by the SHA-256 of the text, so these never move (a changed rule fails here).
    pinned = {"a": "final", "b": "final", "c": "look", "d": "look", "Calm down.": "final"}
    assert {t: em.split_of(t) for t in pinned} == pinned
    looks = sum(r.split == "look" for r in rows)
    assert 0.3 * len(rows) < looks < 0.5 * len(rows)
    made_up = [f"message number {n}" for n in range(2000)]
    share = sum(em.split_of(t) == "look" for t in made_up) / len(made_up)
    assert 0.37 < share < 0.43


def test_a_wrong_split_or_kind_is_refused() -> None:
    text = "Can you grab milk?"
    other = "final" if em.split_of(text) == "look" else "look"
    with pytest.raises(ValueError, match="split"):
        em.parse_row({"text": text, "kinds": [], "context": "to_partner", "split": other}, "x:1")
    good = em.split_of(text)
    with pytest.raises(ValueError, match="unknown finding kind"):
        em.parse_row({"text": text, "kinds": ["nagging"], "context": "self", "split": good}, "x")
    with pytest.raises(ValueError, match="context"):
        em.parse_row({"text": text, "kinds": [], "context": "friend", "split": good}, "x")


def _row(
    text: str, kinds: set[str], context: str = "to_partner", tags: tuple[str, ...] = ()
) -> Any:
    return em.Row(text, frozenset(kinds), context, em.split_of(text), tags)


def test_the_arithmetic_on_a_tiny_fake_set() -> None:
    rows = [
        _row("one", {"blame"}, tags=("standing_by",)),
        _row("two", {"blame", "label"}),
        _row("three", {"apology"}),
        _row("four", set(), "about_partner"),
        _row("five", set(), "self"),
        _row("six", {"label"}, tags=("diagnosis",)),
    ]
    found = [
        frozenset({"blame"}),
        frozenset({"label"}),
        frozenset({"apology", "blame"}),
        frozenset({"label"}),
        frozenset(),
        frozenset(),
    ]
    s = em.score(rows, found)
    blame, label = s.per_kind["blame"], s.per_kind["label"]
    assert (blame.tp, blame.fp, blame.fn) == (1, 1, 1)
    assert blame.precision == 0.5 and blame.recall == 0.5 and blame.f1 == 0.5
    assert (label.tp, label.fp, label.fn) == (1, 1, 1)
    assert s.per_kind["apology"].f1 == 1.0
    # Pushing anywhere: gold on one, two, six; found on one, two, three, four.
    assert (s.pushing.tp, s.pushing.fp, s.pushing.fn) == (2, 2, 1)
    assert s.calm == 3 and s.false_pushing == 2
    assert s.false_pushing_rate == pytest.approx(2 / 3)
    assert s.calm_by_context == {"to_partner": (1, 1), "about_partner": (1, 1), "self": (0, 1)}
    assert s.by_tag == {"standing_by": (1, 1), "diagnosis": (0, 1)}
    # Macro-F1 over kinds with enough support: blame and label (support 2), not apology (1).
    assert s.macro_f1(min_support=2) == (pytest.approx(0.5), 2)
    assert s.macro_f1(min_support=1) == (pytest.approx((0.5 + 0.5 + 1.0) / 3), 3)


def test_final_prints_figures_never_messages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = []
    for text, kinds in (("Go on then, you always do.", ["absolute"]), ("Thanks, love.", [])):
        obj = {"text": text, "kinds": kinds, "context": "to_partner", "split": em.split_of(text)}
        lines.append(json.dumps(obj))
    data = tmp_path / "m.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")

    def fake(text: str) -> frozenset[str]:
        return frozenset({"absolute"}) if "always" in text else frozenset()

    assert em.main(["--split", "all", "--data", str(data)], predict=fake) == 0
    out = capsys.readouterr().out
    assert "absolute" in out and "1.000" in out
    assert "Go on then" not in out and "Thanks, love" not in out
    assert em.main(["--split", "final", "--show-misses", "--data", str(data)], predict=fake) == 2
    assert "look split only" in capsys.readouterr().out
    data.write_text('{"text": "x"}\n', encoding="utf-8")
    assert em.main(["--split", "all", "--data", str(data)], predict=fake) == 1
    assert "Could not read" in capsys.readouterr().out
