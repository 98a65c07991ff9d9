"""The shipped start-up shortcuts equal what they stand for, so they can never go stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alongside.coach import rules as rules_module
from alongside.coach.rules import (
    KEYS_FILE,
    RuleFileError,
    cached_prefix_keys,
    computed_keys,
    key_patterns,
    parse_rule_file,
    prefix_keys,
    shipped_keys,
)

REGENERATE = 'python -c "from alongside.coach.rules import write_keys; write_keys()"'


def test_shipped_keys_equal_what_prefix_keys_computes() -> None:
    path = Path(rules_module.__file__).with_name("data") / KEYS_FILE
    shipped = json.loads(path.read_text(encoding="utf-8"))
    assert shipped == computed_keys(), f"{KEYS_FILE} is stale: run {REGENERATE}"


def test_every_word_pattern_of_the_rules_is_shipped() -> None:
    patterns = set(key_patterns())
    assert len(patterns) > 50
    assert patterns <= set(shipped_keys())
    for pattern in patterns:
        assert cached_prefix_keys(pattern) == prefix_keys(pattern)


def test_a_pattern_missing_from_the_file_is_computed() -> None:
    text = """
[[rule]]
id = "blame"
polarity = "pushing"
why = "w"
rewrite = "r"
patterns = ["\\\\bzzqx\\\\s+yyqw\\\\s+again"]
"""
    (rule,) = parse_rule_file(text, "rules_test.toml")
    assert rule.patterns[0].keys == frozenset({"zzqx yyqw "})
    assert rule.patterns[0].mode == "word"


def test_an_invalid_new_pattern_is_still_a_clear_error() -> None:
    text = '[[rule]]\nid = "x"\npolarity = "inviting"\nwhy = "w"\npatterns = ["(unclosed"]\n'
    with pytest.raises(RuleFileError, match="not a valid regex"):
        parse_rule_file(text, "rules_bad.toml")
