"""What `alongside check` says when no whole gentler message is written: the notes, hints
and the small idea must fit the message (blind raters, issue 12). Examples are our own."""

from __future__ import annotations

import pytest

from tests.conftest import RunCli, check_says


@pytest.mark.parametrize(
    "text",
    [
        "My counsellor thinks your temper is about your dad, and that you should talk to someone.",
        "My sister thinks you're depressed and won't admit it.",
        "Even my best friend reckons you've got anger issues.",
        "my mum says you need help",
    ],
)
def test_a_verdict_passed_on_from_someone_else_is_a_finding(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "Nothing here looks pushing" not in out
    assert "What might push" in out
    assert "someone else's words; they can stay exactly" not in out


@pytest.mark.parametrize(
    "text",
    [
        "My mum says you're welcome for Sunday lunch.",
        "My brother says you left your jacket at his flat.",
    ],
)
def test_family_passing_on_plain_news_is_not_a_verdict(cli: RunCli, text: str) -> None:
    assert "What might push" not in check_says(cli, text)


@pytest.mark.parametrize(
    "text",
    [
        "i feel hopeless when we keep having the same row about money",
        "Some nights I feel so unwanted, and I don't know how to say it.",
    ],
)
def test_a_named_feeling_is_not_harsh_self_talk(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "About you" not in out and "define you" not in out


@pytest.mark.parametrize(
    "text",
    [
        "I think we should separate. I've felt alone in this for two years.",
        "I feel hopeless when we go round in circles about the money.",
        "I haven't slept properly since the miscarriage.",
    ],
)
def test_no_lovely_over_a_painful_or_parting_message(cli: RunCli, text: str) -> None:
    assert "Lovely" not in check_says(cli, text)


@pytest.mark.parametrize(
    "text",
    [
        "I know the new job is scary. You're doing better than you give yourself credit for.",
        "Thank you for picking the kids up, it really helped.",
    ],
)
def test_encouragement_is_sent_as_it_is_with_no_feeling_to_add(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "Lovely" in out
    assert "I feel hurt" not in out and "--feel" not in out
    assert "send it as it is" in out or "Nothing to change" in out


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        (
            "Your depression is no excuse for missing Sam's first day at school.",
            "I was so hurt about you missing Sam's first day at school",
        ),
        (
            "His diabetes isn't an excuse for shouting at the waiter.",
            "I was so hurt about you shouting at the waiter",
        ),
    ],
)
def test_a_condition_they_have_is_not_a_label_the_push_is_no_excuse(
    cli: RunCli, text: str, hurt: str
) -> None:
    out = check_says(cli, text)
    assert "reads like a diagnosis" not in out
    assert "— blame" in out and "is a real hurt" in out
    assert hurt in out  # one example wording, in the person's own facts


def test_a_diagnosis_of_the_writers_own_is_still_a_label(cli: RunCli) -> None:
    out = check_says(cli, "You've got OCD or something, you can't leave a cupboard open.")
    assert "reads like a diagnosis" in out


def test_a_demand_to_talk_is_not_told_to_leave_it_for_tonight(cli: RunCli) -> None:
    out = check_says(cli, "We need to sort the money out. Tonight. No excuses.")
    assert "leave it for tonight" not in out
    assert "Does tonight work for you?" in out


def test_a_label_beside_what_was_done_to_them_gets_no_keep_it_advice(cli: RunCli) -> None:
    text = (
        "You yell at me over nothing and then act all sweet the next day. Do you have a "
        "personality disorder or something?"
    )
    out = check_says(cli, text)
    # named a diagnosis once (the Why), flagged, and never told to stay
    assert "What might push (1)" in out and "A diagnosis from a partner" in out
    assert "a label on the person · a label on the person" not in out
    assert "can stay as you said it" not in out and "can stay as it is" not in out


def test_the_header_counts_the_notes_it_lists(cli: RunCli) -> None:
    result = cli("check", "You're the one who should say sorry. For once in your life own it.")
    out = result.stdout
    count = int(out.split("What might push (")[1].split(")")[0])
    listed = sum(1 for line in out.splitlines() if line[:3] in ("1. ", "2. ", "3. ", "4. "))
    assert count == listed


def test_notes_quote_whole_phrases_and_each_why_fits_its_words(cli: RunCli) -> None:
    out = check_says(cli, "For once in your life admit you were wrong about my brother.")
    assert "“your life admit" not in out
    assert "selfish or childish" not in out
    assert "“For once in your”" not in out


def test_a_left_sentence_does_not_repeat_its_note(cli: RunCli) -> None:
    out = cli("check", "Sure. Don't bother. Keep telling yourself it's fine.").stdout
    body = out.split("Left for you to put in your own words")[-1]
    assert "dare" not in body or "dare" not in out.split("Left for you")[0]


def test_a_merged_note_gives_one_why_that_fits_the_hint(cli: RunCli) -> None:
    out = cli("check", "My aunt thinks you're depressed and won't see it.").stdout
    notes = out.split("What might push")[1].split("Left for you")[0]
    assert notes.count("Why: ") == 1
    assert "second-hand" in " ".join(notes.split()) and "a label on the person" in notes
    assert "Say it as a request" not in out
