"""The safety screen: every lexicon example is a test; recall over precision; never raises."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.safety import Screening, screen
from alongside.safety.screen import lexicon, screen_with

LEX = lexicon()
POSITIVE = [(rule.id, text) for rule in LEX.kinds for text in rule.all_positive]
NEGATIVE = [(rule.id, text) for rule in LEX.kinds for text in rule.all_negative]
ALL_EXAMPLES = [text for _, text in POSITIVE + NEGATIVE]
ALL_EXAMPLES += [*LEX.everyday_negative, *LEX.disclosures]


@pytest.mark.parametrize(("kind", "text"), POSITIVE)
def test_positive_example_is_flagged_with_its_kind(kind: str, text: str) -> None:
    result = screen(text)
    assert result.flagged
    assert kind in result.kinds


@pytest.mark.parametrize(("kind", "text"), NEGATIVE)
def test_negative_example_is_not_flagged_with_that_kind(kind: str, text: str) -> None:
    assert kind not in screen(text).kinds


@pytest.mark.parametrize("text", LEX.disclosures)
def test_disclosures_from_the_blind_checks_are_flagged(text: str) -> None:
    assert screen(text).flagged


@pytest.mark.parametrize("text", LEX.everyday_negative)
def test_everyday_words_and_figures_of_speech_are_not_flagged(text: str) -> None:
    result = screen(text)
    assert not result.flagged, [text[s:e] for s, e in result.spans]
    assert result == Screening(flagged=False, kinds=(), spans=(), message="")


@pytest.mark.parametrize(
    ("kind", "pattern"), [(rule.id, p) for rule in LEX.kinds for p in rule.patterns]
)
def test_every_pattern_has_a_positive_example(kind: str, pattern: str) -> None:
    compiled = re.compile(rf"\b(?:{pattern})(?!\w)")
    assert any(compiled.search(text.lower()) for text in LEX.kind(kind).all_positive)


@pytest.mark.parametrize("text", ALL_EXAMPLES)
def test_trigger_gate_changes_nothing_on_the_examples(text: str) -> None:
    assert screen_with(text, gated=True) == screen_with(text, gated=False)


@given(
    st.lists(st.sampled_from(ALL_EXAMPLES), min_size=1, max_size=4),
    st.text(max_size=40),
    st.sampled_from(["\n\n", " ", ". ", ", and then ", "\t"]),
)
@settings(max_examples=200, deadline=None)
def test_trigger_gate_changes_nothing_on_mixtures(parts: list[str], noise: str, sep: str) -> None:
    text = sep.join([*parts, noise])
    assert screen_with(text, gated=True) == screen_with(text, gated=False)


def test_a_long_post_that_mentions_a_shove_once_is_flagged() -> None:
    paragraph = (
        "We've been together eleven years and mostly it's good. We both work long hours, "
        "the kids keep us busy, and weekends disappear into football and groceries. "
        "I've been wondering for a while whether talking to someone together might help us "
        "argue less. He says therapy is for people with real problems.\n\n"
    )
    text = paragraph * 6 + "Last spring he shoved me during a fight about money. " + paragraph * 6
    result = screen(text)
    assert result.flagged
    assert result.kinds == ("physical_violence",)
    (start, end), *_ = result.spans
    assert "shoved me" in text[start:end]


def test_several_kinds_are_reported_in_a_stable_order() -> None:
    text = "He checks my phone every night, and he said he'd kill himself if I left."
    patterns_only = screen_with(text, gated=True, learned=False)
    assert patterns_only.kinds == ("stalking", "coercive_control", "self_harm")
    result = screen(text)  # the learned layer may add kinds; the order stays the lexicon's
    order = [rule.id for rule in LEX.kinds]
    assert {"coercive_control", "self_harm"} <= set(result.kinds)
    assert list(result.kinds) == sorted(result.kinds, key=order.index)
    assert result.spans == tuple(sorted(result.spans))


def test_capitals_and_curly_apostrophes_are_caught() -> None:
    assert screen("HE SHOVED ME").flagged
    assert "self_harm" in screen("I don\u2019t want to be here anymore").kinds


def test_text_whose_lower_case_is_longer_is_screened_ungated() -> None:
    # "İ" lower-cases to two characters: the case-insensitive search sees "kİll" as kill
    text = "He will kİll me"
    assert screen(text) == screen_with(text, gated=False)
    assert screen(text).kinds == ("threats",)


def test_spans_stay_exact_when_lower_casing_changes_the_length() -> None:
    text = "İstanbul trip was fine. Then he shoved me."
    assert len(text.lower()) != len(text)
    result = screen_with(text, gated=True, learned=False)
    assert result.flagged
    start, end = result.spans[0]
    assert text[start:end].lower().startswith("shoved me")
    clause = [h for h in screen(text).hits if h.layer == "model"]
    assert all(text[h.start : h.end] == "Then he shoved me" for h in clause)


def test_the_message_is_warm_puts_safety_first_and_never_blames() -> None:
    from alongside.safety.messages import SEEN

    message = screen("he hit me and I don't want to be here anymore").message
    assert message == SEEN["self_harm"]  # one sentence, for the most urgent kind found
    assert "support" in message and "right now" in message
    assert "never your fault" in screen("he hit me").message
    assert "safety" in screen("he hit me").message
    for word in ("abuser", "victim", "you should have", "why didn't you", "disorder"):
        assert word not in message.lower()


def test_the_message_mentions_children_only_when_children_are_at_risk() -> None:
    assert "child" in screen("he hits the kids").message
    assert "child" not in screen("he checks my phone").message


@given(st.text(max_size=400))
@settings(max_examples=300, deadline=None)
def test_never_raises_and_is_deterministic(text: str) -> None:
    first = screen(text)
    assert first == screen(text)
    assert first.flagged == bool(first.kinds) == bool(first.spans) == bool(first.message)
    for start, end in first.spans:
        assert 0 <= start < end <= len(text)


def test_huge_input_is_screened_without_error() -> None:
    text = ("calm words about our week, " * 40_000) + "she slapped me"
    assert len(text) > 1_000_000
    assert screen(text).kinds == ("physical_violence",)


def test_control_characters_emoji_and_mixed_scripts_do_not_break_it() -> None:
    text = "\x00\x1b[31m😀 他 推 了 我 — he pushed me against the wall \u202e\ud800"
    result = screen(text)
    assert result.kinds == ("physical_violence",)


@given(
    st.lists(st.sampled_from(["ab", "a", "b", "abc", "b c", "ca", "a+b", "c\\s+a"]), min_size=1),
    st.text(alphabet="abc ", max_size=30),
)
@settings(max_examples=300, deadline=None)
def test_patterns_run_one_by_one_find_what_their_alternation_finds(
    patterns: list[str], text: str
) -> None:
    from alongside.safety.screen import _alternation_matches

    singles = [re.compile(p) for p in patterns]
    alternation = re.compile("|".join(f"(?:{p})" for p in patterns))
    expected = [m.span() for m in alternation.finditer(text)]
    assert list(_alternation_matches(singles, text)) == expected


@given(
    st.sampled_from(["b", "ab", " b", "b+", r"\Wb", "(?:x|b)", r"a?b", r"\s*a"]),
    st.text(alphabet="ab .x", max_size=30),
    st.integers(min_value=0, max_value=30),
)
@settings(max_examples=300, deadline=None)
def test_a_single_pattern_is_searched_with_its_word_boundary(
    pattern: str, text: str, pos: int
) -> None:
    """`_search` (the pattern without its leading `\\b`, then the boundary asked) finds what
    the pattern with the boundary finds, from any place."""
    from alongside.safety.screen import _search

    bounded = re.compile(rf"\b(?:{pattern})")
    found = _search(re.compile(f"(?:{pattern})"), text, pos)
    expected = bounded.search(text, pos)
    assert (found and found.span()) == (expected and expected.span())


def test_every_lexicon_pattern_finds_alone_what_it_finds_with_its_boundary() -> None:
    from alongside.safety.lexicon import combine
    from alongside.safety.screen import _search, _single_pattern

    lex = lexicon()
    texts = [t for kind in lex.kinds for t in (*kind.all_positive, *kind.all_negative)]
    matched = 0
    for kind in lex.kinds:
        for i, pattern in enumerate(kind.patterns):
            bounded = combine((pattern,), 0)
            single = _single_pattern(kind.id, i, 0)
            for text in texts[::3]:
                low = text.lower()
                expected = bounded.search(low)
                found = _search(single, low)
                assert (found and found.span()) == (expected and expected.span()), (pattern, text)
                matched += expected is not None
    assert matched > 100  # the patterns matched often enough to mean something
