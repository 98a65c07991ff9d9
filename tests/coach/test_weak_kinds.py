"""The kinds the coach read worst in partner messages (issue 11, meaning11b): mind-reading,
blame without "fault", standing by, self-talk, non-apologies and stories about a named person.

Written from the finding definitions in docs/coach.md with the team's own sentences (none from
`evalsets/meaning/` or `../shared/eval-data/`), each with controls that must stay quiet.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _kinds(text: str, polarity: str = "pushing") -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == polarity}


@pytest.mark.parametrize(
    "text",
    [
        "You just want to punish me for having a life.",
        "ur only being sweet cos u want something",
        "You're doing this on purpose.",
        "You only ever text when you need a lift.",
        "You don't want to fix this, you just want to win.",
        "All you care about is the football.",
        "You're enjoying this, aren't you.",
        "You obviously don't want this to work.",
    ],
)
def test_a_bad_motive_said_for_them_is_criticism(text: str) -> None:
    assert "criticism" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You just want to help, and I love that about you.",
        "Do you want to win the quiz this week?",
        "You want me to grab milk on the way home?",
        "All you need is a proper night's sleep.",
    ],
)
def test_a_wish_said_kindly_or_asked_is_no_mind_reading(text: str) -> None:
    assert "criticism" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You've turned the whole family against me.",
        "Your spending is why we can't get a mortgage.",
        "its ur fault the car got towed",
        "I'm so stressed and it's because you never lift a finger.",
        "If you hadn't gone to the casino none of this would have happened.",
        "u got us into this mess",
        "Your brother mocks me and you just sit there.",
        "ur mum was rude again and u said nothing",
    ],
)
def test_blame_and_standing_by_without_the_word_fault(text: str) -> None:
    assert "blame" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I feel so much better because of you.",
        "Your patience is why this works, honestly.",
        "If you'd like, we can walk the long way.",
        "Your sister called and you said nothing rude at all, thank you.",
    ],
)
def test_thanks_and_good_reasons_are_not_blame(text: str) -> None:
    assert "blame" not in _kinds(text)


def _polarities(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for f in analyse(text).findings:
        found.setdefault(f.polarity, set()).add(f.id)
    return found


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I always make a mess of things with him.", "absolute"),
        ("i never get anything right lately", "absolute"),
        ("I must be a calmer dad.", "pressure"),
        ("I should be thinner by now.", "pressure"),
        ("I have to stop being so clingy.", "label"),
        ("I'm heading out for a run to calm down.", "invalidation"),
        ("I seriously need to get a grip.", "contempt"),
        ("Note to self: don't bring up money at dinner.", "unsolicited_advice"),
    ],
)
def test_the_writers_words_to_themselves_are_noted_not_coached(text: str, kind: str) -> None:
    """Self-talk is found (the thinking traps count it) but noted "About you", never pushing."""
    found = _polarities(text)
    assert kind in found.get("self", set())
    assert not found.get("pushing")
    assert kind in analyse(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "You always make a mess of things.",
        "I need you to calm down.",
        "I want you to stop being so clingy.",
        "I'm going to make you go to that appointment.",
        "I always do the bins and you never notice.",
    ],
)
def test_words_to_the_partner_stay_coached(text: str) -> None:
    assert _polarities(text).get("pushing")


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry you feel that way.",
        "sorry u took it like that",
        "Sorry if you were offended, it was only banter.",
    ],
)
def test_a_non_apology_is_invalidation_not_an_apology(text: str) -> None:
    found = _polarities(text)
    assert "invalidation" in found.get("pushing", set())
    assert not found.get("inviting")


def test_sorry_for_their_bad_day_stays_kind() -> None:
    found = _polarities("I'm sorry you had such a horrible day.")
    assert not found.get("pushing")
    assert found.get("inviting")


@pytest.mark.parametrize("text", ["Are you cold?", "r u hungry? i can make toast"])
def test_asking_how_they_are_is_no_label(text: str) -> None:
    assert "label" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Dave is so lazy.", "label"), ("Nina never replies to anyone.", "absolute")],
)
def test_a_named_person_not_addressed_is_a_story(text: str, kind: str) -> None:
    found = _polarities(text)
    assert kind in found.get("other", set())
    assert not found.get("pushing")


@pytest.mark.parametrize(
    ("text", "kind"),
    [("Dave, you are so lazy.", "label"), ("Nina, you never reply.", "absolute")],
)
def test_a_named_person_addressed_is_coached(text: str, kind: str) -> None:
    assert kind in _kinds(text)
