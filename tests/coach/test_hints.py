"""Hints for what the coach leaves to the person (issue 12): about THIS sentence, each point
said once, concrete, and about safety where the message is about being hurt."""

from __future__ import annotations

import re

import pytest

from alongside.coach import analyse
from alongside.coach.hints import SAFETY_FIRST, never_as_wish, phrase
from alongside.safety.screen import screen

ISSUE_EXAMPLE = (
    "You never listen to me and you need to see someone about your anger. It's not normal."
)


def _hints(text: str) -> list[str]:
    return [h for f in analyse(text).findings if (h := f.hint)]


def test_each_finding_gets_its_own_hint_about_its_own_words() -> None:
    analysis = analyse(ISSUE_EXAMPLE)
    by_id = {f.id: f.hint for f in analysis.findings if f.polarity == "pushing"}
    assert "You never listen to me" in (by_id["absolute"] or "")
    assert "I'd like you to listen to me." in (by_id["absolute"] or "")
    assert "diagnosis" not in (by_id["absolute"] or "")
    # "you need to see someone about your anger" is therapy as a fix (docs/coach.md), not advice
    assert "see someone about your anger" in (by_id["therapy_as_fix"] or "")
    assert "unsolicited_advice" not in by_id
    # no stock whole message where "about your anger" cannot be kept (blind round 5: 2 of 5):
    # the sentences are left with what is under each part, the wish and one small ask
    assert analysis.suggestion is None
    left = " ".join(x.hint for x in analysis.left_for_you)
    assert "I'd like you to listen to me." in left and "talking to someone" in left
    assert "It's not normal." in [x.sentence for x in analysis.left_for_you]


@pytest.mark.parametrize(
    "text",
    [
        ISSUE_EXAMPLE,
        "You never stand up for me. You're so selfish. Calm down.",
        "Stop drinking or I'm leaving. Everyone's noticed.",
        "You need therapy. Full stop. I'm not discussing it anymore.",
    ],
)
def test_no_hint_sentence_is_repeated_between_sentences(text: str) -> None:
    left = [x.hint for x in analyse(text).left_for_you]
    assert len(left) == len(set(left))


@pytest.mark.parametrize("text", ["You should see a counsellor. End of discussion."])
def test_a_closing_off_sentence_gives_way_to_an_open_invitation(text: str) -> None:
    analysis = analyse(text)
    # a stock wish to see someone with nothing of theirs in it is not composed (blind round
    # 5): the demand is left with one small ask in their own words, the closing with its hint
    assert analysis.suggestion is None
    hint = next(x.hint for x in analysis.left_for_you if "counsellor" in x.sentence)
    assert hint.endswith("\u201d") and "?" in hint and "counsellor" in hint
    assert any("End of" in x.sentence for x in analysis.left_for_you)


@pytest.mark.parametrize(
    "text",
    [
        "You need therapy. Full stop. I'm not discussing it anymore.",
        "Go and talk to someone. I'm done talking about it.",
    ],
)
def test_a_decision_of_their_own_is_not_undone_by_an_invitation(text: str) -> None:
    """Round 3b, blind: "I'm not discussing it anymore" turned into an invitation to discuss
    was rated 2 by all three raters. The decision stays theirs (P7): no whole message, and
    the sentences are left for the person with their hints."""
    analysis = analyse(text)
    assert analysis.suggestion is None
    assert analysis.left_for_you


def test_a_limit_said_kindly_stays_and_is_not_coached_as_an_order() -> None:
    analysis = analyse("I'm not ready to talk about it yet. Please don't push me on it.")
    assert analysis.left_for_you == ()
    (finding,) = [f for f in analysis.findings if f.polarity == "pushing"]
    assert finding.hint is not None and "limit" in finding.hint


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("Everyone's noticed.", "“I've noticed”"),
        ("Don't text me tonight.", "“Please don't text me tonight.”"),
        ("You need to be home by six, end of.", None),
    ],
)
def test_a_hint_offers_an_example_in_the_persons_own_words(text: str, example: str | None) -> None:
    hints = " ".join(_hints(text) + [x.hint for x in analyse(text).left_for_you])
    if example:
        assert example in hints
    assert not re.search(r"\bP\d{1,2}\b|PIUS|rules_pushing|\[", hints)


def test_hints_quote_the_clause_not_a_lone_word() -> None:
    assert phrase("never", "You're never too busy for golf.") == "You're never too busy for golf"
    assert phrase("every time", "And every time you said no, I left.") == "every time you said no"


def test_a_flagged_message_speaks_to_safety_not_wording() -> None:
    text = "He hit me last night and you never listen."
    analysis = analyse(text)
    assert analysis.safety.flagged
    assert analysis.compose().support == SAFETY_FIRST
    for hint in _hints(text):
        assert "safe" in hint
        assert "gentler" not in hint and "couples" not in hint


def test_being_controlled_is_not_coached_to_be_gentler() -> None:
    text = "You yelled at me while I was in labour and you've never said sorry. I can't forget it."
    analysis = analyse(text)
    assert analysis.suggestion is None
    for hint in _hints(text) + [x.hint for x in analysis.left_for_you]:
        assert "don't have to make it softer" in hint or "safety" in hint
    assert analysis.compose().support is not None


def test_a_never_the_screen_misreads_is_said_as_the_wish_under_it() -> None:
    """ "I keep waiting for you to stand up for me" tripped the safety screen's learned layer
    before its retraining (issue 10); when the screen flags that wording, the wish under "You
    never stand up for me" is said plainly instead. Either way no suggestion trips the screen."""
    # (the first sentence is a plain account: "... and you said nothing" is now read as
    # standing by, a blame left for the person, so no whole suggestion would be written)
    first = "Your mother criticised my cooking again at lunch."
    analysis = analyse(f"{first} You never stand up for me.")
    assert (analysis.suggestion or "").startswith(f"{first} I'd like you to stand up for me.")
    assert not screen(analysis.suggestion or "").flagged
    assert never_as_wish("You never stand up for me.") == "I'd like you to stand up for me."


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be married anymore. I've thought about it for a long time.",
        "I'm taking a break from us for two weeks. I'll stay at Dev's.",
        "I won't lend you money again. I love you, and that's my line.",
    ],
)
def test_no_question_is_suggested_after_a_limit_or_a_decision(text: str) -> None:
    tip = analyse(text).tip
    assert tip is not None and "question" not in tip and "?" not in tip


def test_no_small_idea_when_a_sentence_is_left_for_the_person() -> None:
    analysis = analyse("You were on that phone all of dinner. It's actually pathetic.")
    suggestion = analysis.suggestion or ""
    assert suggestion.startswith("You were on that phone all of dinner.")
    assert "pathetic" not in suggestion  # scorn is dropped, the need said plainly
    assert analysis.tip is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("My mum thinks you're depressed and honestly so do I.", False),
        # a verdict passed on by family is a finding too (issue 12): left, not kept
        ("My mum thinks you're depressed.", False),
        ("Normal couples talk to each other at dinner.", False),
        ("You're manic again.", False),
    ],
)
def test_a_verdict_the_writer_takes_as_their_own_is_left(text: str, kept: bool | None) -> None:
    """Left for the person, or (None) replaced by the need under it in a whole message."""
    analysis = analyse(text)
    if kept is None:
        assert analysis.left_for_you == () and "ormal" not in (analysis.suggestion or "ormal")
        return
    assert (analysis.left_for_you == ()) == kept, analysis.left_for_you


@pytest.mark.parametrize(
    ("sentence", "own", "says"),
    [
        ("I mean it this time.", False, "leave it out"),
        ("It's not healthy and you know it.", False, "leave it out"),
        ("Guess we're not eating this week then.", False, "sarcasm"),
        ("Like the one beer at Jamie's wedding that turned into you crying.", False, "facts"),
        ("I've tried everything.", True, "worth keeping"),
        ("You're 52 and you eat like a teenager.", False, "who they are"),
        ("I'm guessing you'll say I'm overreacting, but you left.", False, "answers for them"),
        ("After everything I've done for you, the least you could do is call.", False, "score"),
        ("Not once since you moved to Dubai.", False, "what happened"),
        ("My mum thinks you're lazy and she's right.", False, "Agreeing"),
    ],
)
def test_a_sentence_without_a_rule_of_its_own_gets_a_hint_about_it(
    sentence: str, own: bool, says: str
) -> None:
    from alongside.coach.hints import plain_hint

    hint = plain_hint(sentence, own=own) or ""
    assert says in hint, hint
    assert "request of your own, one they can say yes or no" not in hint


def test_no_plain_hint_for_a_sentence_that_does_not_push() -> None:
    from alongside.coach.hints import plain_hint

    assert plain_hint("We had dinner at 7.") is None
