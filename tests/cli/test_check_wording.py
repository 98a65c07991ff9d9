"""The notes `alongside check` shows read once each, fit what the person said, and never
point at each other (issue 12, blind round 4b: "See note 1 above", the same "Why" twice, one
stock support line on every hard message, "You counted it, so it stays")."""

from __future__ import annotations

import pytest

from tests.conftest import RunCli, check_says


@pytest.mark.parametrize(
    "text",
    [
        "Are you a psychopath or something? You laughed when I cried at the vet.",
        "You always ruin dinner. You're such a child about vegetables.",
        "You're pathetic, hiding in the shed every Saturday. Come and eat with us.",
        "Honestly what is wrong with you? You forgot to collect Ava from school.",
    ],
)
def test_no_note_points_at_another_note(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "See note" not in out and "above." not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We can try again tomorrow. We can also ask your sister to help.", "a shared goal"),
        ("Thank you for the flowers. Thank you for fixing the gate too.", "appreciation"),
    ],
)
def test_the_same_praise_is_said_once(cli: RunCli, text: str, name: str) -> None:
    out = check_says(cli, text)
    assert out.count(f"— {name}") == 1
    assert "What already invites (1)" in out


@pytest.mark.parametrize(
    "text",
    [
        "Every time I bring up the holiday you change the subject.",
        "Every single time your brother visits, the fridge is empty by Sunday.",
        "Every time we go to your mum's you sit on your phone.",
    ],
)
def test_a_reported_every_time_is_kept_not_counted(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "You counted" not in out and "so it stays" not in out
    assert "Yours, kept as it is" in out
    assert "last time it happened" in out


@pytest.mark.parametrize(
    ("text", "fits"),
    [
        ("You slept with your coworker for months and lied to my face.", "lied to"),
        ("I'm leaving you. I've found a flat and I move out on the 3rd.", "Ending things"),
        ("You yelled at me in front of the kids and called me useless.", "put down"),
        ("You check my phone every night and won't let me see my sister.", "helpline"),
    ],
)
def test_the_support_word_fits_what_was_said(cli: RunCli, text: str, fits: str) -> None:
    from alongside.coach.rewrite import support_for

    line = support_for(text)
    assert fits in line
    assert "a lot to carry" not in line


def test_support_words_differ_between_situations() -> None:
    from alongside.coach.rewrite import support_for

    said = {
        support_for(t)
        for t in (
            "You had an affair with Jo.",
            "We're separating after Christmas.",
            "You screamed at me at the party.",
            "You track my location all day.",
        )
    }
    assert len(said) == 4


def test_a_message_with_only_sentences_left_does_not_open_on_a_gap(cli: RunCli) -> None:
    out = check_says(cli, "Are you a psychopath or something? You laughed when I cried at the vet.")
    assert "Left for you to put in your own words" in out
    assert "Some words may land harder than you mean." in out


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("I love you. Please don't ring me at work again.", "“Please don't ring me at work again”"),
        ("Babe, talk to me tonight. I miss you.", "“talk to me tonight”"),
    ],
)
def test_a_kept_fragment_is_quoted_with_its_clause(cli: RunCli, text: str, quoted: str) -> None:
    assert quoted in check_says(cli, text)


def test_an_ultimatum_is_not_quoted_cut_off_mid_clause(cli: RunCli) -> None:
    out = check_says(cli, "Either you come to the session on Monday or I'm moving out.")
    assert "or I”" not in out


@pytest.mark.parametrize(
    "text",
    [
        "You yelled at me in the car park on Saturday because I forgot the bags.",
        "You shouted at me in front of the kids at dinner last night.",
    ],
)
def test_how_they_were_treated_gets_a_next_step_not_a_gap(cli: RunCli, text: str) -> None:
    from alongside.messages import Msg

    out = check_says(cli, text)
    assert " ".join(Msg.TIP_TREATED.split()) in out
    assert "someone else's words" not in out


def test_the_why_of_a_threat_speaks_of_the_threat(cli: RunCli) -> None:
    out = check_says(cli, "Pay me back by Friday or I'll tell everyone at work what you did.")
    assert "threat" in out.split("Why:", 1)[1].split("Over to you:", 1)[0]


@pytest.mark.parametrize(
    "text",
    [
        "We can sort the house out nicely or we can do it the hard way. Your call.",
        "We can talk like adults, or I'll tell your boss about the expenses.",
    ],
)
def test_kind_words_inside_a_threat_are_not_praised(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "a shared goal" not in out and "Lovely" not in out
