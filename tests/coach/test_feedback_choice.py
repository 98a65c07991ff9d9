"""The note the coach chooses fits the situation (issue 12, blind round 4b): accounting for a
coffee to a partner who asks for statements is not "owning your part"; words about their
body are not "a healthy limit"; a counsellor's verdict passed on is not "someone else's words,
keep them"; words a note says can stay are not also listed as pushing; a duration said in
words is a fact the whole message must keep; a feeling the person named is not followed by a
stock need. Examples written for these tests, not taken from the rated messages."""

from __future__ import annotations

import pytest

from alongside.app.coach import care_note, sounds_warm
from alongside.coach import analyse
from alongside.coach.compose import has_fact
from alongside.coach.rewrite import accounts_for_money, criticises_body, passes_on_a_verdict
from alongside.coach.variety import variants_of
from alongside.messages import Msg
from tests.cli.inprocess import run

ACCOUNTING = [
    "Here's the receipt for the petrol like you wanted. Sorry, I should have checked first.",
    "I've forwarded you my statements for March. The £30 was for Mum's present, sorry.",
    "Sorry I bought a magazine without asking. It was only £4, I'll send you the receipt.",
    "I've attached the card statement as you asked. The $18 was lunch with Dee, sorry.",
]
NOT_ACCOUNTING = [
    "I've sent you the receipts for the boiler so you can claim the warranty.",
    "Sorry I borrowed your charger, I should have asked first.",
    "I bought the tickets for Saturday! £40 for both of us.",
]


@pytest.mark.parametrize("text", ACCOUNTING)
def test_accounting_for_small_spending_gets_care_not_praise(text: str) -> None:
    assert accounts_for_money(text)
    analysis = analyse(text)
    assert "apology" not in {f.id for f in analysis.findings}  # no "owning your part"
    assert analysis.tip is None  # no "send it as it is"
    assert not sounds_warm(analysis)  # no "Lovely."
    assert care_note(analysis) == Msg.APPEASING_MONEY_NOTE


@pytest.mark.parametrize("text", NOT_ACCOUNTING)
def test_ordinary_money_talk_is_not_read_as_accounting(text: str) -> None:
    assert not accounts_for_money(text)


def test_the_cli_shows_the_money_note_and_no_praise() -> None:
    ran = run("check", ACCOUNTING[1])
    assert ran.code == 0, ran.err
    out = " ".join(ran.out.split())
    assert "owning your part" not in out and "Lovely" not in out
    assert "keeping the peace about money" in out


BODY = [
    "You've gained so much weight this year. I don't find you attractive and I won't fake it.",
    "You've really let yourself go since the kids. I'm not going to pretend otherwise.",
    "ur getting fat and i'm just not attracted to u anymore, sorry not sorry",
]
NOT_BODY = [
    "I've put on weight since Christmas and I feel rubbish about it.",
    "Your body needs rest after the surgery. I'll do the school run this week.",
]


@pytest.mark.parametrize("text", BODY)
def test_words_about_their_body_are_never_praised_or_sent_as_is(text: str) -> None:
    assert criticises_body(text)
    analysis = analyse(text)
    assert "boundary" not in {f.id for f in analysis.findings}  # not "a healthy limit"
    assert analysis.tip == Msg.TIP_BODY
    assert not sounds_warm(analysis)


@pytest.mark.parametrize("text", NOT_BODY)
def test_their_own_weight_or_their_health_is_not_body_criticism(text: str) -> None:
    assert not criticises_body(text)


VERDICTS = [
    "Our couples counsellor said you have commitment issues.",
    "My therapist thinks people like you never change.",
    "The GP told me you're probably depressed and just won't admit it.",
    "My counsellor says avoidant types always shut down like this.",
]
NOT_VERDICTS = [
    "My counsellor said I should take more walks.",
    "My therapist says I'm doing better.",
    "The doctor said your blood test is fine.",
]


@pytest.mark.parametrize("text", VERDICTS)
def test_a_professionals_verdict_passed_on_is_not_kept_as_reported_speech(text: str) -> None:
    assert passes_on_a_verdict(text)
    ran = run("check", text)
    assert ran.code == 0, ran.err
    out = " ".join(ran.out.split())
    assert "someone else's words" not in out and "stay exactly as they are" not in out


@pytest.mark.parametrize("text", NOT_VERDICTS)
def test_what_a_professional_said_about_the_writer_is_not_a_verdict(text: str) -> None:
    assert not passes_on_a_verdict(text)


@pytest.mark.parametrize(
    "text",
    [
        "You screamed at me on Christmas Day and you've never said sorry.",
        "You yelled at me at the barbecue and you've never apologised.",
    ],
)
def test_words_a_note_keeps_are_not_also_listed_as_pushing(text: str) -> None:
    ran = run("check", text)
    assert ran.code == 0, ran.err
    out = " ".join(ran.out.split())
    assert "What might push" not in out
    assert "Yours, kept as it is" in out
    assert out.count("can stay as you said it") == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "It's been eight months and nothing has changed.",
        "You've been out three weekends in a row.",
        "For a couple of years now you've worked late.",
        "It's been twelve weeks since you said you'd call.",
    ],
)
def test_a_duration_in_words_is_a_fact(sentence: str) -> None:
    assert has_fact(sentence)


def test_no_stock_need_follows_a_feeling_they_named() -> None:
    text = "Since the baby came I do all the nappies and you sleep straight through. I'm so lonely."
    suggestion = analyse(text).suggestion or ""
    assert suggestion.startswith(text)  # their words and their feeling, as they said them
    rest = suggestion[len(text) :].strip()
    assert rest.endswith("?") and rest.count(".") == 0  # one small request, no need line


@pytest.mark.parametrize(
    "text",
    [
        "Can you pick up milk on the way home? We're out.",
        "could u drop the car at the garage tmrw, the light's on again",
        "Would you ring the school about the trip form when you get a sec",
    ],
)
def test_a_request_already_made_is_not_asked_again_nor_called_asking_their_side(
    text: str,
) -> None:
    said = analyse(text).tip
    assert said in variants_of(Msg.TIP_SEND_IT_INVITES)


def test_an_open_question_still_asks_for_their_side() -> None:
    assert analyse("What would make Sundays easier for you?").tip in variants_of(
        Msg.TIP_SEND_IT_ASKS
    )


def test_already_says_how_it_is_only_where_a_feeling_is_named() -> None:
    no_feeling = analyse(
        "No rush at all, I found a leaflet about that cooking class. Thought of you x"
    )
    assert no_feeling.tip not in variants_of(Msg.TIP_SEND_AS_IT_IS)


def test_the_feeling_command_is_short_where_the_idea_already_suggests_a_feeling() -> None:
    from alongside.cli.coach import feel_command

    text = "Three weekends in a row you went fishing with Dev."
    full = feel_command(text, ("hurt", "worried"))
    short = feel_command(text, ("hurt", "worried"), short=True)
    assert "how this is for you" in full
    assert "how this is for you" not in short and "--feel hurt" in short


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        (
            "Either you sell the motorbike or I'm posting the photos on Facebook.",
            "Would you sell the motorbike?",
        ),
        (
            "You ring your brother back tonight or I'm telling your dad what you said.",
            "Would you ring your brother back tonight?",
        ),
        ("Pay me back by Friday or I'll tell everyone at work what you did.", ""),
    ],
)
def test_a_threat_is_never_kept_as_a_limit(text: str, ask: str) -> None:
    ran = run("check", text)
    flat = " ".join(ran.out.split())
    assert ran.code == 0, ran.err
    assert "is your limit, keep it" not in flat
    assert "If this is your limit" not in flat
    assert "threat" in flat
    if ask:
        assert f"\u201c{ask}\u201d" in flat


@pytest.mark.parametrize(
    "text",
    [
        "See a counsellor or don't bother coming back tonight.",
        "You go to rehab or we're done.",
    ],
)
def test_help_made_a_condition_gets_an_example_of_going_oneself(text: str) -> None:
    ran = run("check", text)
    flat = " ".join(ran.out.split())
    assert ran.code == 0, ran.err
    assert "on my own, and you'd be welcome to come" in flat


@pytest.mark.parametrize(
    "text",
    [
        "You're hopeless. A grown woman who can't read a bus timetable.",
        "Unbelievable. Forty years old and still can't use a washing machine.",
    ],
)
def test_a_mocking_description_is_never_kept_in_a_whole_message(text: str) -> None:
    suggestion = analyse(text).suggestion or ""
    assert "who can't" not in suggestion and "years old" not in suggestion


@pytest.mark.parametrize(
    "text",
    [
        "I've booked a room at the Premier Inn for two nights. Please don't try to find me.",
        "Staying at a Travelodge tonight, I can't sleep in the flat right now. Don't come over.",
    ],
)
def test_saying_where_one_is_staying_gets_a_word_before_sending(text: str) -> None:
    analysis = analyse(text)
    assert not analysis.safety.flagged  # else the safety panel speaks, with its own caution
    assert care_note(analysis) == Msg.WHERE_YOU_ARE


@pytest.mark.parametrize(
    "text",
    [
        "I'm at Sam's place tonight watching the match, back by 11.",
        "We've booked the hotel for Jo's wedding, it's the one by the station.",
    ],
)
def test_an_ordinary_night_away_gets_no_such_word(text: str) -> None:
    assert care_note(analyse(text)) is None
