"""A break-up is read only where something ends (context12g, blind round: "Ending things is
hard" was shown on a weekend at mum's and on "I'm not leaving you", and missed on "We're
done"): leaving the relationship, separating, a divorce, "we're done", "I want out"; never
under negation, a condition or a fear. Examples and counter-examples are our own wording."""

from __future__ import annotations

import pytest

from alongside.coach.rewrite import ends_relationship, support_kind
from alongside.messages import Msg
from tests.conftest import RunCli, check_says

ENDINGS = [
    "I want a divorce.",
    "We're done. I can't do this anymore.",
    "I've decided to leave. I'm moving out on Saturday and I won't change my mind.",
    "i want out",
    "I'm leaving you.",
    "we're breaking up",
    "I think we should break up.",
    "it's over between us",
    "He left me for someone else last month",
    "we've separated",
    "we are separating after 12 years",
    "im moving out this weekend",
    "I'm done with this relationship",
    "this is goodbye",
    "I filed for divorce today",
    "I'm ending our marriage",
    "i'm leaving him for good",
    "We split up in March",
    "I'm ready to leave.",
    "she walked out on me.",
    "I want to separate.",
    "we broke up last night and I feel sick",
    "I've moved out",
    "I've decided to move out at the end of June.",
    "I'm done with us.",
    "I still love you, but I'm ending this.",
    "i'm ending things. please don't call tonight",
    "After a lot of thought, I want my own place.",
    "I've decided I need to live apart from you for a while.",
]

NOT_ENDINGS = [
    "I'm going to my mum's for the weekend",
    "I'm not leaving you",
    "I don't want to break up",
    "I would never leave you.",
    "we're not breaking up, we're just tired",
    "If you don't stop drinking I'm leaving you.",
    "Go to therapy or we're done.",
    "I'm scared you'll leave me.",
    "Are you going to leave me?",
    "I'm leaving at 5, see you at home",
    "I'm leaving work early today",
    "I'll leave you some dinner in the oven",
    "We're done with dinner, come down",
    "Can we separate the laundry?",
    "we have separate accounts",
    "my parents divorced when I was ten",
    "can you break up the fight between the kids",
    "I'm done for today, I'm shattered",
    "I'm ending this call now, my train's here",
    "I'm not ending this, I just need a night at Mum's",
    "when the kids leave home I want my own place by the sea with you",
    "I need some space tonight, I'm going to sleep in the spare room",
    "I'm going to stay at my sister's for a few days",
    "I need a break from this conversation",
    "I want out of this job",
    "Please don't leave me",
    "nobody is talking about divorce",
    "I don't want a divorce, I want us to get help",
    "Let's not break up over this",
    "We're through the worst of it",
    "It's over, the exam went fine",
    "I'm leaving the room until we're both calm",
    "leave him alone, he's tired",
    "Our son has decided to move out in September.",
]

ENDING_LINE = " ".join(Msg.SUPPORT_ENDING.split())


@pytest.mark.parametrize("text", ENDINGS)
def test_an_ending_is_read_as_one(text: str) -> None:
    assert ends_relationship(text)


@pytest.mark.parametrize("text", NOT_ENDINGS)
def test_a_limit_a_negation_or_an_errand_is_no_ending(text: str) -> None:
    assert not ends_relationship(text)
    assert support_kind(text) != "ending"


@pytest.mark.parametrize(
    "text",
    ["I want a divorce.", "We're done. I can't do this anymore.", "I've decided to leave him."],
)
def test_check_says_ending_is_hard_on_a_real_break_up(cli: RunCli, text: str) -> None:
    assert ENDING_LINE in check_says(cli, text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to my mum's for the weekend",
        "I'm not leaving you",
        "I don't want to break up",
        "I'm going to stay at my sister's for a few days",
    ],
)
def test_check_says_nothing_of_an_ending_where_nothing_ends(cli: RunCli, text: str) -> None:
    assert ENDING_LINE not in check_says(cli, text)
