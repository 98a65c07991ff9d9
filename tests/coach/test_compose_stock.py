"""No stock whole message where the person's own point would be lost (blind round 5, issue 12).

Raters gave about 2 of 5 to "I really think talking to someone could help ... no pressure?"
put in place of a demand for help: the observation, the person's own limit and what it was
about were gone. A whole message is composed only when every sentence is kept or gently
reworded; otherwise each sentence is left for the person with a short hint saying what to
keep, what to drop, and one small ask in their own words. A complaint put as a "why" question
is never "send it as it is: it asks for their side". The examples are the team's own.
"""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse

STOCK_LINES = ("talking to someone could help", "no pressure", "take a breath")

# a demand for help with the person's own point next to it, or nothing of theirs at all
DEMANDS = [
    "You need professional help and I'm not trained to give it to you.",
    "Your dad's been gone a year. You can't keep sleeping all day. You need grief counselling.",
    "You have a real temper problem and you need anger management.",
    "You're a gambling addict and you need GamCare.",
    "You should see a psychiatrist. End of story.",
]


@pytest.mark.parametrize("text", DEMANDS)
def test_a_demand_for_help_is_left_with_a_small_ask_not_a_stock_message(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None, analysis.suggestion
    left = analysis.left_for_you
    demand = next(x for x in left if any(w in x.sentence for w in ("need", "should")))
    assert "?" in demand.hint  # one small question they can say yes or no to
    assert not any(s in demand.hint for s in STOCK_LINES)


def test_their_own_limit_in_the_demand_is_named_as_theirs_to_keep() -> None:
    analysis = analyse("You need professional help and I'm not trained to give it to you.")
    hint = analysis.left_for_you[0].hint
    assert "Keep \u201cI'm not trained to give it to you" in hint


def test_the_ask_uses_their_own_word_for_the_help() -> None:
    analysis = analyse("You have a real temper problem and you need anger management.")
    assert "anger management" in analysis.left_for_you[0].hint


def test_a_demand_that_keeps_what_it_is_about_still_gets_a_whole_message() -> None:
    suggestion = analyse("You need to talk to someone about your gambling.").suggestion
    assert suggestion is not None and "gambling" in suggestion
    assert "no pressure" not in suggestion


# "calm down" with the person's own point beside it: no stock time-out in its place
OWN_POINT = [
    ("Stop being so touchy. I was only joking.", "sorry"),
    ("CALM DOWN I'M TRYING TO HELP YOU", "trying to help you"),
    ("Chill out, I'm on your side here", "on your side here"),
]


@pytest.mark.parametrize(("text", "kept"), OWN_POINT)
def test_calm_down_beside_their_own_point_is_left_with_hints(text: str, kept: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None, analysis.suggestion
    hints = " ".join(x.hint for x in analysis.left_for_you)
    assert kept in hints.lower()


WHY_COMPLAINTS = [
    "Why is it that every time I bring up counselling you leave the room?",
    "Why is it that you go silent whenever my sister comes round?",
    "Why do you never ask how my day was at work?",
    "Why do you always have your phone out at dinner?",
]


@pytest.mark.parametrize("text", WHY_COMPLAINTS)
def test_a_complaint_put_as_why_is_never_send_it_as_it_is(text: str) -> None:
    analysis = analyse(text)
    tip = analysis.tip or ""
    assert "send it as it is" not in tip
    assert analysis.suggestion is not None or analysis.left_for_you


def test_why_is_it_that_is_said_back_as_what_they_saw() -> None:
    analysis = analyse("Why is it that you go silent whenever my sister comes round?")
    hint = analysis.left_for_you[0].hint
    assert "\u201cYou go silent whenever my sister comes round" in hint
    assert "What gets in the way?" in hint


def test_after_they_walk_out_the_ask_is_about_them_not_counselling_again() -> None:
    analysis = analyse("Why is it that every time I bring up counselling you leave the room?")
    hint = analysis.left_for_you[0].hint
    assert "What's it like for you when I bring it up?" in hint
    assert "Would you be open" not in hint


def test_a_real_open_why_question_is_not_left_as_a_complaint() -> None:
    analysis = analyse("Why do you think it's hard for you to talk about it?")
    assert not analysis.left_for_you


# nothing of theirs kept and no wish in their words: the whole message would be stock lines
ALL_STOCK = [
    "You only ever think about yourself these days.",
    "Relax. You're being hysterical.",
    "You're addicted to your Xbox. It's honestly embarrassing.",
]


@pytest.mark.parametrize("text", ALL_STOCK)
def test_no_whole_message_made_only_of_the_coachs_lines(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None, analysis.suggestion
    assert analysis.left_for_you


@pytest.mark.parametrize(
    "text", ["Fine. You win. Happy now?", "OK. You're always right. Happy now?"]
)
def test_giving_in_with_an_edge_is_never_send_it_as_it_is(text: str) -> None:
    analysis = analyse(text)
    assert "send it as it is" not in (analysis.tip or "")
    hints = [x.hint for x in analysis.left_for_you]
    assert "say when you'll come back" in hints[0], hints
    # the later notes are short and do not repeat the first one's advice
    assert all(h == "The same point as the note above." for h in hints[1:]), hints


def test_again_after_a_time_is_not_joined_to_it() -> None:
    text = "You said you'd be back by 6. It's 9. Again. Fourth time this month."
    suggestion = analyse(text).suggestion or ""
    assert "9 again" not in suggestion
    assert "Fourth time this month" in suggestion


def test_again_after_what_they_did_still_joins_it() -> None:
    suggestion = analyse("You missed the parents' evening. Again.").suggestion or ""
    assert suggestion.startswith("You missed the parents' evening again.")


def test_you_are_being_irrational_gets_a_hint_about_their_feelings() -> None:
    analysis = analyse("Calm down. You're being completely irrational.")
    hint = next(x.hint for x in analysis.left_for_you if "irrational" in x.sentence)
    assert "feelings" in hint and "request of your own" not in hint


@pytest.mark.parametrize(
    "text",
    [
        "Don't mind me, I'll just eat on my own again tonight.",
        "No no, you go and have a great time. I'll stay in with the baby as usual.",
    ],
)
def test_a_guilt_trip_is_never_kept_as_a_limit_or_said_with_please(text: str) -> None:
    analysis = analyse(text)
    hints = [f.hint or "" for f in analysis.findings if f.polarity == "pushing"]
    hints += [x.hint for x in analysis.left_for_you]
    assert hints
    for hint in hints:
        assert "\u201cPlease" not in hint and "If this is a limit" not in hint
