"""Every example in the rule files is a test case; malformed rule files get clear errors."""

from __future__ import annotations

import re

import pytest

from alongside.coach import Finding, find_patterns
from alongside.coach.analyse import lower_same_length
from alongside.coach.rules import Rule, RuleFileError, parse_rule_file, rules
from alongside.coach.texting import normalise
from alongside.wordtrie import trie_regex

PUSHING = {
    "blame",
    "absolute",
    "label",
    "therapy_as_fix",
    "ultimatum",
    "pressure",
    "unsolicited_advice",
    "invalidation",
    "contempt",
    "criticism",  # Gottman's four horsemen (issue 11)
    "defensiveness",
    "stonewalling",
}
INVITING = {
    "validation",
    "i_statement",
    "shared_goal",
    "permission",
    "open_question",
    "therapy_as_resource",
    "low_commitment",
    "autonomy",
    "reassurance",
    "appreciation",
    "apology",
    "boundary",  # a healthy limit, not an ultimatum (P7)
}


def _cases(kind: str) -> list[tuple[Rule, str]]:
    return [(r, ex) for r in rules() for ex in getattr(r, kind)]


def _ids(cases: list[tuple[Rule, str]]) -> list[str]:
    return [f"{r.name}:{ex[:40]}" for r, ex in cases]


@pytest.mark.parametrize(("rule", "example"), _cases("positive"), ids=_ids(_cases("positive")))
def test_positive_example_fires_its_rule_on_the_trigger(rule: Rule, example: str) -> None:
    found = [f for f in find_patterns(example) if f.id == rule.id]
    assert found, f"{rule.id} did not fire on {example!r}"
    low = lower_same_length(example)
    triggers = rule.triggers(low)
    read = normalise(low)  # texting spelling is read written out; spans map back
    if read is not None:
        triggers |= {(read.start(a), read.end(b)) for a, b in rule.triggers(read.text)}
    assert any((f.start, f.end) in triggers for f in found)


@pytest.mark.parametrize(("rule", "example"), _cases("negative"), ids=_ids(_cases("negative")))
def test_negative_example_does_not_fire_its_rule(rule: Rule, example: str) -> None:
    # by rule, not finding id: two rules may share a finding ("label" about the partner and
    # about oneself), and each one's negatives are the other's positives
    found = [example[f.start : f.end] for f in find_patterns(example) if _rule_name(f) == rule.name]
    assert not found, f"{rule.name} fired on {found} in {example!r}"


def _rule_name(finding: Finding) -> str:
    return finding.rule.partition(":")[2].partition("#")[0]


def test_the_rule_files_cover_every_finding_of_the_issue() -> None:
    ids = {r.id for r in rules()}
    assert ids == PUSHING | INVITING
    for r in rules():
        assert r.polarity == ("pushing" if r.id in PUSHING else "inviting")


@pytest.mark.parametrize("rule", rules(), ids=[f"{r.source}:{r.name}" for r in rules()])
def test_every_rule_is_explained_and_has_both_kinds_of_example(rule: Rule) -> None:
    assert rule.principles
    assert all(re.fullmatch(r"P([1-9]|1[0-9]|2[01])", p) for p in rule.principles)
    assert len(rule.why) > 20
    assert "\n" not in rule.why
    assert rule.positive
    assert rule.negative
    if rule.polarity == "pushing":
        assert rule.rewrite


def test_rule_names_are_unique_in_each_file() -> None:
    names = [(r.source, r.name) for r in rules()]
    assert len(names) == len(set(names))


def test_rules_compile_once() -> None:
    assert rules() is rules()


@pytest.mark.parametrize("rule", rules(), ids=[f"{r.source}:{r.name}" for r in rules()])
def test_every_pattern_compiles_and_has_a_place_to_start(rule: Rule) -> None:
    for pattern in rule.patterns:
        assert pattern.regex.pattern == pattern.source
        assert pattern.mode in ("word", "clause", "scan")
        assert pattern.mode == "clause" or (pattern.mode == "word") == bool(pattern.keys)
    assert rule.unless is None or rule.unless.pattern
    for sub, _ in rule.subs:
        assert sub.flags & re.IGNORECASE


def test_patterns_that_start_with_a_word_are_indexed_by_it() -> None:
    starts_with_word = re.compile(r"^(?:\(\?<!.*?\))*\\b(?:\(\?P<t>)?(?:\(\?:)*[a-z]")
    for rule in rules():
        for pattern in rule.patterns:
            if pattern.mode != "clause" and starts_with_word.match(pattern.source):
                assert pattern.mode == "word", (rule.name, pattern.index)


def test_a_lexicon_becomes_a_prefix_trie_that_matches_each_entry() -> None:
    entries = [["a", "bad", "person"], ["a", "bit"], ["abc"], ["ab"]]
    regex = re.compile(f"(?:{trie_regex(entries)})\\b")
    for text in ("a bad person", "a  bit", "abc", "ab"):
        assert regex.fullmatch(text), text
    assert not regex.fullmatch("a")


BASE = """
[[rule]]
id = "x"
polarity = "pushing"
principles = ["P1"]
why = "because"
patterns = ['''\\bhello\\b''']
rewrite = "hi"
positive = ["hello"]
negative = ["bye"]
"""


def test_a_valid_rule_file_parses() -> None:
    (rule,) = parse_rule_file(BASE, "t.toml")
    assert rule.triggers("oh hello there") == {(3, 8)}
    # not in the shipped keys (make gates): tried over the whole text, with the same hits
    assert (rule.patterns[0].mode, rule.patterns[0].keys) == ("scan", frozenset())
    assert rule.negatable
    assert rule.quotable


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (BASE.replace("hello", "hel(lo", 1), "not a valid regex"),
        (BASE.replace("hello", "<<nope>>", 1), "unknown lexicon <<nope>>"),
        (BASE.replace('rewrite = "hi"', ""), "needs a 'rewrite'"),
        (BASE.replace('"pushing"', '"shoving"'), "polarity must be"),
        (BASE.replace("[[rule]]", "[[rule"), "not valid TOML"),
        (BASE.replace('principles = ["P1"]', "principles = 3"), "'principles' must be a list"),
        (BASE.replace("hello", "Hello", 1), "in lower case"),
    ],
)
def test_a_malformed_rule_file_names_the_problem(text: str, words: str) -> None:
    with pytest.raises(RuleFileError, match=re.escape(words)):
        parse_rule_file(text, "t.toml")
