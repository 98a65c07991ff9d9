"""The safety screen's learned layer (model.py): what it catches, what it leaves, how it says so."""

from __future__ import annotations

import importlib.util
import json
import socket
import sys
from array import array
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

import alongside
from alongside.safety import screen
from alongside.safety.model import (
    MODEL_FILE,
    Finding,
    Model,
    decode,
    model,
    model_path,
    trim,
    units,
)
from alongside.safety.screen import MODEL, PATTERN, Hit, lexicon, screen_with

ROOT = Path(__file__).resolve().parents[2]
LEX = lexicon()

# What issue 10 saw go unflagged (or close paraphrases of its descriptions).
ISSUE_EXAMPLES = [
    ("I'm scared of what Sam will do when he gets home tonight.", "fear_of_partner"),
    ("I'm scared of Sam.", "fear_of_partner"),
    ("I'm terrified to tell him.", "fear_of_partner"),
    ("I hid the knives.", "fear_of_partner"),
    ("Sometimes I feel like the easy way out would be to just not be here anymore.", "self_harm"),
    ("sometimes i just want to disappear", "self_harm"),
    ("I'd be better off not in this world.", "self_harm"),
    ("I just want to end my misery.", "self_harm"),
    ("urges to hurt someone really bad", "harm_to_others"),
    ("she smashes his stuff", None),
    ("he laid me down\u2026 I locked myself in the guest room. Finally safe.", None),
    ("You took my phone and won't give it back.", None),
    ("I'm a survivor of CSA", "sexual_violence"),
    ("My husband shook our baby when she wouldn't stop crying.", "harm_to_children"),
    ("He keeps the dogs in crates all day as punishment.", "harm_to_animals"),
]
HARD_NEGATIVES = [
    "this traffic is killing me",
    "I'm scared he'll say no to therapy",
    "she gets physical therapy",
    "he's never hit me",
    "We argue about money and chores a lot.",
]


def load_tool(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("text", "kind"), ISSUE_EXAMPLES)
def test_the_model_alone_flags_what_the_issue_saw_missed(text: str, kind: str | None) -> None:
    found = screen_with(text, gated=True, patterns=False)
    assert found.flagged, text
    assert all(h.layer == MODEL for h in found.hits)
    if kind is not None:
        assert kind in found.kinds


@pytest.mark.parametrize(("text", "kind"), ISSUE_EXAMPLES)
def test_the_whole_screen_flags_what_the_issue_saw_missed(text: str, kind: str | None) -> None:
    assert screen(text).flagged


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_hard_negatives_pass_both_layers(text: str) -> None:
    result = screen(text)
    assert not result.flagged, [(h.layer, h.kind, h.why) for h in result.hits]


def test_a_negated_hit_alone_is_not_a_disclosure_in_either_layer() -> None:
    for layers in ({"patterns": False}, {"learned": False}):
        assert not screen_with("he's never hit me", gated=True, **layers).flagged


def test_a_threat_after_a_negation_is_flagged_by_both_layers_on_its_clause() -> None:
    text = "he's never hit me, but he says nobody would find my body"
    clause = text.index("but")
    for layers in ({"patterns": False}, {"learned": False}):
        found = screen_with(text, gated=True, **layers)
        assert "threats" in found.kinds
        assert "physical_violence" not in found.kinds
        assert all(h.start >= clause for h in found.hits), found.hits


def test_a_model_hit_names_its_kind_its_clause_and_the_words_that_weighed_most() -> None:
    text = (
        "We've been together eleven years and mostly it's fine, we have two lovely kids and "
        "a dog. He works long hours. I hid the knives. Anyway, how do I bring up therapy?"
    )
    hits = [h for h in screen(text).hits if h.layer == MODEL]
    assert hits, "the one dangerous sentence of a long post fires"
    for hit in hits:
        assert text[hit.start : hit.end] == "I hid the knives"
        assert hit.why and all(w in text[hit.start : hit.end] for w in hit.why)
    assert "fear_of_partner" in {h.kind for h in hits}


def test_pattern_hits_say_they_come_from_the_patterns() -> None:
    result = screen("he choked me last night")
    assert any(h.layer == PATTERN and h.kind == "physical_violence" for h in result.hits)
    assert Hit("threats", 0, 1).layer == PATTERN


def test_clauses_split_at_commas_and_but_and_sentences_at_stops() -> None:
    text = "He is kind, but I hid the knives. Anyway, then we ate"
    spans = [text[slice(*trim(text, u.start, u.end))] for u in units(text)]
    assert spans == [
        "He is kind, but I hid the knives",
        "He is kind",
        "but I hid the knives",
        "Anyway, then we ate",
        "then we ate",
    ]
    assert [u.words for u in units("He's   SCARED")] == [["hes", "scared"]]


def test_the_weights_ship_in_the_package_and_load_with_no_network(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    package = Path(alongside.__file__).resolve().parent
    assert model_path() == package / "safety" / "data" / MODEL_FILE
    assert model_path().is_file()

    def no_network(*args: object, **kwargs: object) -> socket.socket:
        raise AssertionError("the model must not reach the network")

    monkeypatch.setattr(socket, "socket", no_network)
    fresh = decode(json.loads(model_path().read_text(encoding="utf-8")))
    assert isinstance(fresh, Model)
    assert fresh.heads[0] == "any" and "harm_to_animals" in fresh.kinds
    assert fresh.read("I hid the knives.")


def test_a_damaged_model_file_is_refused_clearly() -> None:
    raw = json.loads(model_path().read_text(encoding="utf-8"))
    with pytest.raises(ValueError, match="format"):
        decode({**raw, "format": 99})
    with pytest.raises(ValueError, match="do not match"):
        decode({**raw, "features": raw["features"] + "\nextra"})


def test_the_model_is_loaded_once() -> None:
    assert model() is model()


def test_the_shipped_model_is_up_to_date_with_the_training_data() -> None:
    trainer = load_tool("train_safety")
    shipped = json.loads(model_path().read_text(encoding="utf-8"))
    rows = trainer.examples()
    assert shipped["trained_on"]["sha256"] == trainer.fingerprint(rows), (
        "training data changed: run .venv/bin/python tools/train_safety.py"
    )
    assert shipped["heads"] == trainer.heads_of()


def test_the_trainer_is_deterministic_and_its_output_loads(tmp_path: Path) -> None:
    trainer = load_tool("train_safety")
    rows = trainer.examples()[::40]  # a small slice: the same code path, quickly
    first = trainer.build(rows, trainer.heads_of())
    second = trainer.build(rows, trainer.heads_of())
    assert first == second
    learned = decode(first)
    assert learned.heads == tuple(trainer.heads_of())
    assert learned.features == sorted(learned.features)


def test_the_one_pass_reading_finds_what_the_units_the_trainer_reads_find() -> None:
    """`read` scores the lower-cased text in one pass; `units` is what the model was taught."""
    learned = model()
    texts = [t for rule in LEX.kinds for t in (*rule.positive, *rule.negative)]
    texts += [t for t, _ in ISSUE_EXAMPLES] + HARD_NEGATIVES
    texts += [
        "He's kind, but\u2026 I hid the knives; anyway \u2014 it's fine: really. But he said so",
        "a, b, c. but. , , 'quoted' \"and\" (bracketed, but short) - dash - end",
    ]

    def seen(found: list[Finding]) -> list[tuple[object, ...]]:
        return [(f.start, f.end, f.kinds, f.why, round(f.probability, 9)) for f in found]

    for text in texts:
        assert seen(learned.read(text)) == seen(learned._read_units(text)), text


def tiny_model() -> Model:
    """A model that knows two words: "zap" (log-odds 1, fires alone) and "boom" (9)."""
    return Model(
        heads=("any", "threats"),
        features=["boom", "zap"],
        weights=array("b", [90, 90, 20, 20]),
        scales=(0.1, 0.1),
        bias=(-1.0, -1.0),
    )


def test_a_long_text_asks_each_sentence_to_be_surer() -> None:
    learned = replace(tiny_model(), pair_first=1.0, length_slope=2.5)  # one sentence, no pair
    ordinary = " ".join(f"Calm line number {n}." for n in range(11))
    assert learned.raise_for(learned.long_from) == 0.0
    assert learned.raise_for(12) > learned.raise_for(6) > 0.0
    assert [f.kinds for f in learned.read("zap it.")] == [("threats",)]
    assert learned.read(f"zap it. {ordinary}") == [], "a stray weak sentence in a long post"
    text = f"{ordinary} Then boom it. {ordinary}"
    found = learned.read(text)
    assert [text[f.start : f.end] for f in found] == ["Then boom it"], "a strong one still fires"
    flat = replace(learned, length_slope=0.0)
    assert flat.read(f"zap it. {ordinary}"), "without the length rule the stray one fires"


def test_two_leaning_sentences_of_a_long_text_fire_together() -> None:
    """A long post that leans to danger twice fires on both; once, under the raised cut, not."""
    learned = replace(tiny_model(), pair_first=0.7, pair_second=0.5)  # "zap" alone: p 0.73
    ordinary = " ".join(f"Calm line number {n}." for n in range(11))  # p 0.27 each
    once = f"zap it. {ordinary}"
    assert learned.read(once) == [] == learned._read_units(once)
    twice = f"{ordinary} zap it. Then zap again."
    for found in (learned.read(twice), learned._read_units(twice)):
        assert [twice[f.start : f.end] for f in found] == ["zap it", "Then zap again"]
        assert all(f.kinds == ("threats",) for f in found)
    assert replace(learned, pair_first=1.0).read(twice) == [], "the pair rule can be off"
    assert replace(learned, pair_second=0.8).read(twice) == [], "the second must lean too"


def test_the_one_pass_reading_and_the_units_agree_on_long_texts() -> None:
    learned = model()
    post = (
        "We've been together eleven years and mostly it's fine, we have two lovely kids and "
        "a dog. He works long hours; I do the school run. Money is tight, but we manage. "
        "I hid the knives. Anyway, how do I bring up therapy? He says it's for people with "
        "real problems. My sister thinks I'm overreacting. I don't know anymore."
    )
    for text in (post, tiny := post.replace("I hid the knives. ", ""), tiny + " " + tiny):
        found = [(f.start, f.end, f.kinds, f.why) for f in learned.read(text)]
        units_found = [(f.start, f.end, f.kinds, f.why) for f in learned._read_units(text)]
        assert found == units_found, text
