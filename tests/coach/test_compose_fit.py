"""The whole message fits what the person said (issue 12, blind round 3b).

Each class the raters marked down more than once, on new messages written for these tests:
a stock need line that does not fit the topic, the concern dropped with the contempt around
it, a decision turned into an invitation, a fact of how often ("Again.") lost, a question that
answers an echo of the partner's words left pointing at nothing.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.compose import has_fact


def _whole(text: str) -> str | None:
    return analyse(text).suggestion


# -- a need that fits: a child named with their age, the person's own loss --

CHILD = [
    ("The way you yell at Noah when he drops his food is NOT ok. He's 3.", "Noah"),
    ("You snap at Priya every single time she spills her juice. She's only 4.", "Priya"),
    ("The way you shout at Alfie over his homework is not OK. He's 7.", "Alfie"),
]


@pytest.mark.parametrize(("text", "child"), CHILD)
def test_a_named_child_gets_a_need_about_that_child_not_about_our_arguments(
    text: str, child: str
) -> None:
    suggestion = _whole(text)
    if suggestion is None:  # declining is allowed; a stock line about "our arguments" is not
        return
    added = suggestion.split(". ")[-2:]
    assert any(child in part for part in added), suggestion
    assert "arguments" not in suggestion, suggestion


def test_at_least_one_child_message_is_composed_with_the_child_named() -> None:
    composed = [(t, c) for t, c in CHILD if _whole(t)]
    assert composed, "every child example was declined"
    for text, child in composed:
        suggestion = _whole(text) or ""
        assert suggestion.count(child) >= 2, suggestion  # theirs, and the need


OWN_LOSS = [
    "You're not the only one grieving. I lost my dad too. Start acting like it.",
    "You act like nobody else is sad. I lost my best friend too. Act like it.",
]


@pytest.mark.parametrize("text", OWN_LOSS)
def test_their_own_loss_is_not_turned_into_support_offered_to_the_partner(text: str) -> None:
    suggestion = _whole(text)
    if suggestion is None:
        return
    low = suggestion.lower()
    assert "there for you" not in low and "what would help you" not in low, suggestion
    assert "my loss" in low or "my own grief" in low or "my grief" in low, suggestion


def test_a_grief_message_where_whose_loss_is_unclear_gets_no_stock_grief_line() -> None:
    for text in (
        "Everyone else cried at the funeral except you. It's not right.",
        "You didn't say one word at the funeral. Not one. It was cold.",
    ):
        suggestion = _whole(text) or ""
        assert "there for you" not in suggestion, suggestion


def test_no_health_line_hints_at_a_serious_illness_nobody_named() -> None:
    for text in (
        "You're such a baby. Can't even ring the dentist without me doing it for you.",
        "Aye, you've had that cough for six weeks and still won't see the doctor. Stubborn.",
        "You keep saying you'll book the GP. That was in March.",
    ):
        suggestion = _whole(text) or ""
        assert "long time" not in suggestion, suggestion


# -- the concern kept, the contempt not --


@pytest.mark.parametrize(
    "text",
    [
        "you hide the bank statements like a kid hiding a bad report. pathetic",
        "you stash cash in your car like a teenager hiding cigarettes. honestly",
        "Lying about the overdraft again, like a child caught out.",
    ],
)
def test_hiding_or_lying_is_not_dropped_for_a_stock_money_line(text: str) -> None:
    suggestion = _whole(text)
    if suggestion is None:
        return  # declined: the hints keep their words
    low = suggestion.lower()
    assert any(w in low for w in ("hide", "hid", "stash", "lying", "lie")), suggestion
    assert "like a" not in low, suggestion  # the comparison that carried the contempt


def test_a_comparison_is_cut_only_when_a_whole_observation_is_left() -> None:
    for text in (
        "You're 40 and you eat like a teenager. You should be ashamed.",
        "You act like a child when you lose at cards.",
    ):
        suggestion = _whole(text) or ""
        assert "you eat." not in suggestion.lower(), suggestion
        assert "You act." not in suggestion, suggestion


def test_the_subject_of_a_dropped_sentence_stays_in_the_message() -> None:
    # the doctor or dentist was the point: "book an appointment" alone is for what?
    for text in (
        "You're such a baby. Can't even phone the doctor without me holding your hand.",
        "Honestly you're hopeless. Can't even book the dentist on your own.",
    ):
        suggestion = _whole(text)
        if suggestion is not None:
            low = suggestion.lower()
            assert "doctor" in low or "dentist" in low, suggestion


# -- a decision stays the person's --


@pytest.mark.parametrize(
    "text",
    [
        "You need counselling. End of discussion. I'm not talking about it again.",
        "Get help for your gambling. Full stop. I'm done arguing about it.",
        "You need to see someone. That's final. I won't keep asking.",
        "Go to therapy. I'm not discussing it anymore.",
    ],
)
def test_a_decision_is_not_followed_by_an_invitation_that_undoes_it(text: str) -> None:
    suggestion = _whole(text)
    assert suggestion is None or "?" not in suggestion, suggestion


# -- how often stays --


@pytest.mark.parametrize(
    "text",
    [
        "You said you'd pick the kids up at 4. You forgot. Again.",
        "You told me you'd ring the landlord. You didn't. Again.",
    ],
)
def test_again_is_kept_when_the_rest_is_composed(text: str) -> None:
    suggestion = _whole(text)
    if suggestion is not None:
        assert "again" in suggestion.lower(), suggestion


# -- an answer to an echo --


def test_a_reply_to_their_words_echoed_back_is_not_sent_without_them() -> None:
    for text in (
        "Oh you're stressed? YOU'RE stressed? I've done every night feed for a month.",
        "You're bored? I worked a double shift and then made dinner.",
    ):
        assert _whole(text) is None, text


# -- stock tags the raters marked down --


def test_no_stock_tags_that_share_the_blame_or_imply_a_fight() -> None:
    texts = [
        "You promised you'd come to Sam's parents' evening. You missed it. Again. He noticed.",
        "You said you'd be back by 7. It's 10. Third time this week.",
        "You obviously don't care or you'd make an effort. 3 months and not one phone call.",
        "You spent 6 hours on the xbox on Sunday. 6. It was my birthday.",
    ]
    for text in texts:
        suggestion = _whole(text) or ""
        assert "we can both keep to" not in suggestion, suggestion
        assert "once things are calm" not in suggestion, suggestion
        assert suggestion.count("just us") <= 1, suggestion


# -- the same reproach in other words, and a need line that fits nothing --


@pytest.mark.parametrize(
    "text",
    [
        "I'm tired of being the only one who plans anything. You never organise a thing.",
        "You should just let me finish for once instead of interrupting every sentence.",
        "I'm going to need you to actually take the bins out on Mondays. You said you would.",
    ],
)
def test_a_kept_sentence_that_still_reproaches_means_no_whole_message(text: str) -> None:
    suggestion = _whole(text) or ""
    for reproach in ("the only one who", "instead of", "to actually"):
        assert reproach not in suggestion, suggestion


GENERAL_STOCK = (
    "This matters to me, and I'd like us to talk about it.",
    "I'd like us to sort this out.",
    "I want us to be able to talk about this.",
    "I'd really like things to be different between us here.",
    "This matters a lot to me.",
    "It matters to me that you hear this.",
)


def test_no_stock_need_line_where_no_topic_fits() -> None:
    texts = [
        "You obviously don't care or you'd make an effort. 3 months and not one phone call.",
        "You love the pub more than you love me. Your brother said you were there till 2.",
        "How far? You no dey answer my texts since Friday. Is this how we're doing it now?",
        "I asked you twice last week to sit down with me and both times you said later. "
        "You're never too tired for the pub.",
    ]
    for text in texts:
        suggestion = _whole(text) or ""
        for stock in GENERAL_STOCK:
            assert stock not in suggestion, suggestion


def test_a_lost_job_or_thing_is_not_read_as_grief() -> None:
    for text in (
        "I lost my job and you haven't asked me once how I'm doing.",
        "I lost my wallet on Friday and you just laughed about it.",
    ):
        suggestion = _whole(text) or ""
        assert "grief" not in suggestion and "my loss" not in suggestion, suggestion


def test_their_own_should_is_not_reworded_into_a_wish() -> None:
    # "you act like I should be over it" is not "you act like I'd like to be over it"
    for text in (
        "My mum died in May and you still act like I should be over it.",
        "You talk to me like I should be grateful you turned up at all.",
    ):
        suggestion = _whole(text) or ""
        assert "like I'd like" not in suggestion, suggestion


def test_a_demand_to_admit_being_wrong_is_not_sent_as_a_request() -> None:
    for text in (
        "Why can't you just admit you were wrong for once?",
        "Just admit you're wrong for once in your life.",
    ):
        suggestion = _whole(text) or ""
        assert "wrong" not in suggestion, suggestion


def test_with_no_need_line_the_request_does_not_point_at_a_dropped_sentence() -> None:
    # "It's been 5 months. Could we talk about it?": talk about what?
    for text in (
        "you're not even trying to find a job. it's been 5 months.",
        "u aren't even looking for a flat. it's been 3 months.",
    ):
        suggestion = _whole(text)
        if suggestion is not None:
            assert any(w in suggestion for w in ("job", "flat")), suggestion


def test_every_single_night_is_a_fact_that_is_not_dropped() -> None:
    assert has_fact("every single night")
    for text in (
        "ur always on ur phone when im talking to u. every single night",
        "You're on that tablet in bed. Every single night.",
    ):
        suggestion = _whole(text)
        if suggestion is not None:
            assert "every single night" in suggestion.lower(), suggestion
