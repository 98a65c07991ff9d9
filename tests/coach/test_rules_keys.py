"""The shipped start-up shortcuts equal what they stand for, so they can never go stale."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from alongside.coach.analyse import analyse
from alongside.coach.rules import (
    BUILT_FILE,
    DATA,
    KEYS_FILE,
    RuleFile,
    RuleFileError,
    built_reader,
    load_rules,
    parse_rule_file,
    pattern_keys,
    rule_set,
    rules,
    shipped_keys,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from build_gates import REGENERATE, built_text, key_patterns, keys_text, prefix_keys


def no_built(name: str, text: str) -> RuleFile | None:
    return None


def test_shipped_keys_equal_what_prefix_keys_computes() -> None:
    shipped = (DATA / KEYS_FILE).read_text(encoding="utf-8")
    assert shipped == keys_text(), f"{KEYS_FILE} is stale: {REGENERATE}"


def test_the_shipped_built_rules_equal_what_the_rule_files_build() -> None:
    shipped = (DATA / BUILT_FILE).read_text(encoding="utf-8")
    assert shipped == built_text(), f"{BUILT_FILE} is stale: {REGENERATE}"


def test_the_rules_read_from_the_built_file_are_the_rules_read_from_the_toml() -> None:
    read = built_reader()
    names = sorted(p.name for p in DATA.glob("rules*.toml"))
    assert names and all(read(n, (DATA / n).read_text(encoding="utf-8")) for n in names)
    assert rule_set() == load_rules(DATA)  # every field of every rule and finding


def test_a_rule_file_edited_since_make_gates_is_read_from_its_toml(tmp_path: Path) -> None:
    read = built_reader()
    name = "rules_pushing.toml"
    for path in DATA.glob("rules*.toml"):
        text = path.read_text(encoding="utf-8")
        if path.name == name:
            assert read(name, text) is not None
            text = text.replace('why = "', 'why = "Edited. ', 1)
            assert read(name, text) is None  # its stamp no longer matches
        (tmp_path / path.name).write_text(text, encoding="utf-8")
    loaded = load_rules(tmp_path, read)
    edited = [r for r in loaded.rules if r.source == name]
    assert edited[0].why.startswith("Edited. ")
    assert edited[1:] == [r for r in rules() if r.source == name][1:]
    assert [r for r in loaded.rules if r.source != name] == [r for r in rules() if r.source != name]


def test_every_word_pattern_of_the_rules_is_shipped() -> None:
    patterns = set(key_patterns())
    assert len(patterns) > 50
    assert patterns <= set(shipped_keys())
    for pattern in patterns:
        assert pattern_keys(pattern) == prefix_keys(pattern)


NEW_RULE = """
[[rule]]
id = "blame"
polarity = "pushing"
why = "w"
rewrite = "r"
patterns = ["\\\\bzzqx\\\\s+yyqw\\\\s+again"]
clause_patterns = ["zzqx\\\\s+now"]
"""


def test_a_pattern_missing_from_the_file_is_tried_everywhere() -> None:
    """The run-time fallback: no keys, so the whole text is scanned (no regex parser)."""
    (rule,) = parse_rule_file(NEW_RULE, "rules_test.toml")
    assert pattern_keys(rule.patterns[0].source) is None
    assert [(p.mode, p.keys) for p in rule.patterns] == [
        ("scan", frozenset()),
        ("clause", frozenset()),
    ]
    assert prefix_keys(rule.patterns[0].source) == frozenset({"zzqx yyqw "})  # after make gates


def test_the_analyser_finds_the_same_with_every_pattern_missing_from_the_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every pattern on the fallback (as if the keys file were lost) finds exactly the same."""
    analyse_module = sys.modules["alongside.coach.analyse"]
    rules_module = sys.modules["alongside.coach.rules"]
    texts = [t for r in rules() for t in (*r.positive, *r.negative)]
    before = [analyse(t).to_json() for t in texts]
    for cached in (rules_module.rule_set, analyse_module._entries, analyse_module._indexes):
        cached.cache_clear()
    monkeypatch.setattr(rules_module, "shipped_keys", dict)
    monkeypatch.setattr(rules_module, "built_reader", lambda: no_built)  # the TOML, read again
    try:
        assert {p.mode for r in rules() for p in r.patterns} == {"scan", "clause"}
        assert [analyse(t).to_json() for t in texts] == before
    finally:
        monkeypatch.undo()
        for cached in (rules_module.rule_set, analyse_module._entries, analyse_module._indexes):
            cached.cache_clear()
    assert any(p.mode == "word" for r in rules() for p in r.patterns)


def test_an_invalid_new_pattern_is_still_a_clear_error() -> None:
    text = '[[rule]]\nid = "x"\npolarity = "inviting"\nwhy = "w"\npatterns = ["(unclosed"]\n'
    with pytest.raises(RuleFileError, match="not a valid regex"):
        parse_rule_file(text, "rules_bad.toml")


def test_a_next_word_with_an_apostrophe_is_its_own_key() -> None:
    """ "you 've got" is keyed "you '": the pattern is not tried after every "you"."""
    assert prefix_keys(r"\byou\s+'ve\s+got\s+issues") == frozenset({"you '"})
    assert prefix_keys(r"\byou\s+(?:have|'ve\s+got)\s+no") == frozenset({"you have ", "you '"})


APOSTROPHE_TEXTS = [
    "you 've got serious issues",
    "Honestly you 've got no choice now.",
    "i 've been feeling so alone lately",
    "you 'll be fine, you 've got this",
]


def test_a_next_word_with_an_apostrophe_finds_what_the_fallback_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The index's "word '" keys find exactly what trying every pattern everywhere finds."""
    analyse_module = sys.modules["alongside.coach.analyse"]
    rules_module = sys.modules["alongside.coach.rules"]
    indexed = [analyse(t).to_json() for t in APOSTROPHE_TEXTS]
    assert [f.id for f in analyse(APOSTROPHE_TEXTS[1]).findings] == ["ultimatum"]
    assert "i_statement" in [f.id for f in analyse(APOSTROPHE_TEXTS[2]).findings]
    for cached in (rules_module.rule_set, analyse_module._entries, analyse_module._indexes):
        cached.cache_clear()
    monkeypatch.setattr(rules_module, "shipped_keys", dict)
    monkeypatch.setattr(rules_module, "built_reader", lambda: no_built)  # the TOML, read again
    try:
        assert [analyse(t).to_json() for t in APOSTROPHE_TEXTS] == indexed
    finally:
        monkeypatch.undo()
        for cached in (rules_module.rule_set, analyse_module._entries, analyse_module._indexes):
            cached.cache_clear()
