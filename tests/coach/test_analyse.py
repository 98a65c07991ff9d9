"""Analyser behaviour: the issue's example, negation and quotation scope, and invariants."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.coach import Analysis, analyse, find_patterns
from alongside.coach.analyse import lower_same_length, negated, quoted_spans
from alongside.coach.compose import COMPOSE_MAX_CHARS
from alongside.coach.rules import rules


def _spans(text: str, finding_id: str) -> list[str]:
    return [text[f.start : f.end] for f in find_patterns(text) if f.id == finding_id]


def test_the_issue_example_finds_absolute_therapy_as_fix_and_ultimatum() -> None:
    text = "You never listen. You need therapy or we're done."
    analysis = analyse(text)
    assert _spans(text, "absolute") == ["never"]
    assert _spans(text, "therapy_as_fix") == ["You need therapy"]
    assert _spans(text, "ultimatum") == ["or we're done"]
    assert {"absolute", "therapy_as_fix", "ultimatum"} <= set(analysis.categories)
    assert analysis.pushing >= 3
    for f in analysis.findings:
        if f.polarity == "pushing":
            assert f.rewrite or f.hint  # a gentler sentence, or a hint for the person
            assert f.principles
    # the ultimatum is a limit: the confidence gate (blind round 3) composes no whole message
    # that would bend it; it is left for the person, with a hint, never softened away
    assert analysis.suggestion is None
    left = {x.sentence: x.hint for x in analysis.left_for_you}
    assert "limit" in left["You need therapy or we're done."]
    assert all("either way" not in h and "together" not in h for h in left.values())


def test_a_sentence_with_two_pushes_is_rewritten_for_both() -> None:
    text = "But you always brush me off, and honestly you need to stop shouting."
    suggestion = analyse(text).suggestion
    assert suggestion is not None
    assert "you keep brushing me off" in suggestion
    assert "I'd like you to stop shouting" in suggestion
    assert "always" not in suggestion and "need to" not in suggestion


def test_a_message_without_pushing_gets_a_concrete_tip_or_nothing() -> None:
    analysis = analyse("Thanks for dinner.")
    assert analysis.suggestion is None
    assert analysis.tip is not None
    assert "PIUS" not in analysis.tip and "Positive" not in analysis.tip
    full = (
        "Thank you for last night. I feel closer when we talk. It sounds like work is a lot. "
        "Would we try a walk together?"
    )
    assert analyse(full).suggestion is None
    assert analyse(full).tip is None


def test_json_has_the_stable_batch_shape() -> None:
    out = analyse("You always interrupt me.").to_json()
    assert set(out) == {"categories", "findings", "safety"}
    assert out["categories"] == ["absolute"]
    findings = out["findings"]
    assert isinstance(findings, list)
    assert len(findings) == 1
    assert set(findings[0]) == {"id", "start", "end", "principles", "why", "rewrite"}
    assert out["safety"] == {"flagged": False, "kinds": []}


@pytest.mark.parametrize(
    ("text", "finding_id"),
    [
        ("I'm not saying you're selfish.", "label"),
        ("I don't think you're lazy.", "label"),
        ("It's not your fault.", "blame"),
        ("I'm not saying you need therapy.", "therapy_as_fix"),
        ("You don't have to decide now.", "pressure"),
        ("I never said you were an idiot.", "label"),
    ],
)
def test_a_negated_pattern_is_not_a_finding(text: str, finding_id: str) -> None:
    assert _spans(text, finding_id) == []


@pytest.mark.parametrize(
    ("text", "finding_id"),
    [
        ("You said 'always' and it stuck with me.", "absolute"),
        ('When you said "you\'re selfish" I felt small.', "label"),
        ("You told me “calm down” and I froze.", "invalidation"),
        ("He wrote 'it's all your fault' on the note.", "blame"),
    ],
)
def test_a_quoted_pattern_is_mentioned_not_used(text: str, finding_id: str) -> None:
    assert _spans(text, finding_id) == []


@pytest.mark.parametrize(
    ("text", "finding_id"),
    [
        ("It feels like I'm saying something is wrong with you.", "label"),
        ("I know you think I'm calling you lazy.", "label"),
        ("It sounds like I'm saying you never help.", "absolute"),
        ("You might think I'm saying you always mess up.", "absolute"),
    ],
)
def test_the_partners_reading_said_back_is_a_reflection_not_a_push(
    text: str, finding_id: str
) -> None:
    assert finding_id not in analyse(text).categories


@pytest.mark.parametrize(
    ("text", "finding_id"),
    [
        ("You think I'm wrong? You're so lazy.", "label"),
        ("I'm saying you're lazy.", "label"),
        ("It feels like I'm saying it, and you always ignore me.", "absolute"),
    ],
)
def test_the_reflection_scope_ends_at_the_clause(text: str, finding_id: str) -> None:
    assert finding_id in analyse(text).categories


def test_negation_scope_ends_at_the_clause() -> None:
    text = "I'm not angry, but you're so selfish."
    assert _spans(text, "label") == ["you're so selfish"]
    assert _spans("I don't know why you're so selfish.", "label") == ["you're so selfish"]
    assert negated("I'm not saying you", len("I'm not saying "))
    assert not negated("I'm fine, you", len("I'm fine, "))


def test_negation_reaches_only_the_last_few_words() -> None:
    text = "Why can't you just go to therapy like a normal person?"
    assert _spans(text, "contempt") == ["like a normal person"]
    assert _spans("I'm not saying that you are so selfish.", "label") == []


@pytest.mark.parametrize(
    ("text", "finding_id", "rewrite"),
    [
        ("You should have called me earlier.", "pressure", "I wish you had called me earlier."),
        ("You never listen.", "absolute", "I keep waiting for you to listen."),
        ("Nobody else thinks there's a problem.", "absolute", None),
        ("Why won't you ever listen to me?", "pressure", "Would you be willing to listen to me?"),
        ("I'm exhausted tonight, you're so selfish.", "label", None),
    ],
)
def test_a_pushing_sentence_gets_a_concrete_rewrite(
    text: str, finding_id: str, rewrite: str | None
) -> None:
    (finding,) = [f for f in analyse(text).findings if f.id == finding_id]
    assert finding.rewrite == rewrite
    assert (finding.hint is None) == (rewrite is not None)


@pytest.mark.parametrize(
    "text", ["I am stupid.", "I'm such an idiot.", "What a loser I am.", "What's wrong with me?"]
)
def test_self_criticism_is_noted_for_the_writer_not_scored_as_pushing(text: str) -> None:
    analysis = analyse(text)
    (finding,) = analysis.about_you
    assert finding.id == "label"  # still the thinking trap of labelling
    assert "label" in analysis.categories
    assert analysis.pushing == 0 and finding.rewrite is None and finding.hint is None
    assert analysis.tip is None  # no "make it warmer" idea under harsh words about oneself


def test_a_label_for_the_partner_beside_self_criticism_still_pushes() -> None:
    analysis = analyse("I'm such an idiot for trusting you, you're so selfish.")
    assert [f.polarity for f in analysis.findings if f.id == "label"] == ["self", "pushing"]
    assert analysis.pushing == 1


def test_apostrophes_are_not_quotes() -> None:
    assert quoted_spans("I'm sure you're right and it's fine") == []
    assert quoted_spans("you said 'always' there") == [(10, 16)]


def test_what_is_already_good_is_named() -> None:
    text = (
        "I've noticed we've both been stressed. It sounds like work has been a lot. "
        "Would you be open to one session together, just to see? It's completely up to you. "
        "What would make it feel safer?"
    )
    found = set(analyse(text).categories)
    assert {
        "i_statement",
        "validation",
        "permission",
        "low_commitment",
        "autonomy",
        "open_question",
        "shared_goal",
    } <= found
    assert analyse(text).pushing == 0


@pytest.mark.parametrize(
    ("text", "advice_counts"),
    [
        ("Can I share an idea? You could try journaling before bed.", False),
        ("Would it be okay if I made a suggestion? Maybe try a walk after dinner.", False),
        (
            "Can I share an idea? You could try journaling. We had a lovely weekend. "
            "The kids loved the beach. Also you should try meditation.",
            True,
        ),
        ("You should try meditation. Your sister said so too. The beach was lovely.", True),
    ],
)
def test_asking_permission_covers_only_the_advice_beside_it(text: str, advice_counts: bool) -> None:
    # One "can I share an idea?" does not make advice elsewhere in the message invited.
    found = {f.id for f in analyse(text).findings}
    assert ("unsolicited_advice" in found) is advice_counts, found


def test_every_finding_says_which_rule_fired() -> None:
    for f in find_patterns("You never listen and you should calm down."):
        source, _, rest = f.rule.partition(":")
        assert source.startswith("rules") and source.endswith(".toml")
        name, _, index = rest.partition("#")
        assert index.isdigit()
        assert any(r.name == name and r.id == f.id for r in rules())


def test_empty_text_has_no_findings_and_no_suggestion() -> None:
    analysis = analyse("")
    assert analysis.findings == ()
    assert analysis.categories == ()
    assert analysis.suggestion is None


def test_a_one_megabyte_message_is_analysed() -> None:
    text = ("I feel lonely when you never call. " * 30_000)[:1_000_000]
    analysis = analyse(text)
    assert "absolute" in analysis.categories
    assert all(0 <= f.start < f.end <= len(text) for f in analysis.findings)
    # the gentler words are written when read: every one of them, for a huge text too
    assert all(f.rewrite or f.hint for f in analysis.findings if f.polarity == "pushing")
    # a text this long is a letter or a log, not one message: no whole message is composed,
    # each sentence keeps its own note (coach/compose.py, COMPOSE_MAX_CHARS)
    assert len(text) > COMPOSE_MAX_CHARS
    assert analysis.suggestion is None


def _check_invariants(text: str, analysis: Analysis) -> None:
    assert analysis.text == text
    low = lower_same_length(text)
    by_source = {(r.source, r.name): r for r in rules()}
    for f in analysis.findings:
        assert 0 <= f.start < f.end <= len(text)
        if f.rule.startswith("model:"):  # the learned layer (coach/learned.py): a clause
            assert f.rule == f"model:{f.id}" and text[f.start].isalnum()
            assert (f.rewrite is not None or f.hint is not None) == (f.polarity == "pushing")
            continue
        source, _, rest = f.rule.partition(":")
        rule = by_source[(source, rest.partition("#")[0])]
        assert rule.id == f.id
        assert (f.start, f.end) in rule.triggers(low)
        if f.polarity == "pushing":
            assert f.rewrite is not None or f.hint is not None
        else:
            assert f.rewrite is None and f.hint is None
    assert set(analysis.categories) == {f.id for f in analysis.findings}


MESSAGEY = st.lists(
    st.sampled_from(
        [
            "You never listen.",
            "you're so selfish",
            "I'm not saying ",
            "'always'",
            '"',
            "'",
            "calm down",
            "What do you think?",
            "I feel sad",
            " or we're done",
            "🙄",
            "😀",
            "日本語",
            "مرحبا",
            "\x00",
            "\x0b",
            "\u2028",
            "\r\n",
            "İ",
            "\u2019",
            "\u201c",
        ]
    )
    | st.text(max_size=20),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(MESSAGEY)
def test_analyse_never_raises_and_spans_are_real_triggers(text: str) -> None:
    analysis = analyse(text)
    _check_invariants(text, analysis)
    assert analyse(text) == analysis  # deterministic


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_analyse_handles_any_string(text: str) -> None:
    _check_invariants(text, analyse(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab '\"\n.x")), max_size=40))
def test_the_quote_shortcut_never_hides_a_quoted_passage(text: str) -> None:
    from alongside.coach.analyse import _QUOTED

    expected = [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]
    assert quoted_spans(text) == expected
