"""The gate's two ways of finding anchors agree: word by word (a process's first few short
texts, so that one `alongside check` never compiles the scan regex) and the scan regex."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.safety.gate import WARM_TEXTS, WHOLE, build_gate
from alongside.safety.screen import lexicon

ROOT = Path(__file__).resolve().parents[2]
LEX = lexicon()
GATE = LEX.gate
TEXTS = [t for rule in LEX.kinds for t in (*rule.positive, *rule.negative)]
TEXTS += [*LEX.everyday_negative, *LEX.disclosures]
for folder in ("evalsets/safety", "training/safety"):
    for path in sorted((ROOT / folder).glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        TEXTS += [json.loads(line)["text"] for line in lines if line.strip()]
ANCHOR_WORDS = sorted({w for a in GATE.by_anchor for w in a.rstrip(WHOLE).split(" ")})


def test_word_by_word_finds_what_the_scan_finds_on_every_team_text() -> None:
    assert len(TEXTS) > 3000
    differ = [t for t in TEXTS if GATE.words_present(t.lower()) != GATE.scan_present(t.lower())]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(ANCHOR_WORDS),
            st.sampled_from(ANCHOR_WORDS).map(lambda w: w + "ed"),
            st.sampled_from(ANCHOR_WORDS).map(lambda w: w[: max(1, len(w) - 2)]),
            st.text(alphabet="abehimnorst'-", min_size=1, max_size=6),
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "  ", ", ", "\n", "'", "-", " ... ", "_"]), min_size=12),
)
def test_word_by_word_agrees_on_anchor_words_in_any_order(
    words: list[str], gaps: list[str]
) -> None:
    text = "".join(w + g for w, g in zip(words, gaps, strict=False)).lower()
    assert GATE.words_present(text) == GATE.scan_present(text)


def test_a_new_gate_reads_its_first_texts_word_by_word_and_later_ones_with_the_scan() -> None:
    gate = build_gate([rule.patterns for rule in LEX.kinds])
    texts = [t.lower() for t in TEXTS if len(t) < 300][: WARM_TEXTS * 3]
    first = [gate.passing(t) for t in texts[:WARM_TEXTS]]
    assert "findall" not in vars(gate.anchor_words)  # the scan regex was never compiled
    later = [gate.passing(t) for t in texts]
    assert "findall" in vars(gate.anchor_words)
    assert first == later[:WARM_TEXTS]
    assert later == [build_gate([r.patterns for r in LEX.kinds]).passing(t) for t in texts]
    assert any(later)
