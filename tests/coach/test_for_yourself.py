"""Words meant for the app, not the partner (context12g; blind round: "how do I get him to open
up about the drinking" was coached as a text to send, with "send it as it is"): a question
about what to say or how to reach them, doubt about oneself, venting about them in the third
person. The coach answers as a coach: a warm line and one of the app's tools, nothing to send.
Words to the partner are coached as before. Examples are our own wording."""

from __future__ import annotations

import pytest

from alongside.app.coach import for_yourself
from alongside.coach import analyse
from alongside.coach.analyse import to_the_coach
from alongside.messages import Msg
from tests.conftest import RunCli, check_says

SAY = [
    "What do I say when she shuts down?",
    "how do i bring up couples therapy without it turning into a fight",
    "what should i say to him when he gets defensive",
    "Should I tell her how I really feel or just leave it?",
    "I don't know how to bring it up with him anymore",
    "wat do i say when he gets like that",
    "What can I do to help him see he needs support?",
    'When she says "you never listen", what do I say?',
    "how should i word it so he doesnt feel attacked",
    "What do I tell my wife when she asks why I want counselling?",
]
REACH = [
    "how do i get him to open up about the drinking",
    "How can I get my husband to even consider counselling?",
    "any advice on how to get him to talk to someone",
    "how to convince my wife to see a therapist",
    "Is there a way to get him to stop drinking without nagging",
    "how do i support him if he won't get help",
    "how do i get her 2 open up",
    "where do i even start with her",
    "How can I encourage my boyfriend to take his meds?",
    "how do I make him understand that I'm not attacking him",
    "ok so random q but how do i get my gf to even think about therapy lol",
]
DOUBT = [
    "Am I too intense about this?",
    "maybe I'm the problem here",
    "am i being unreasonable",
    "Am I overreacting??",
    "Is it just me or is this not normal",
    "maybe I push too hard",
    "i think im the problem tbh",
    "sometimes I think it's me",
    "do i ask too much of him",
    "Maybe I should just give up on the therapy idea",
    "is it wrong to want him to get help",
    "Am I being selfish wanting this?",
    "honestly I'm the problem half the time",
    "I keep overreacting over nothing and I don't know why",
    "i feel like im always the one pushing and maybe im just too much idk",
    "I keep thinking I'm the one who ruined it.",
]
VENT = [
    "he just doesn't care, I've tried everything",
    "He never listens. Ever.",
    "she just doesnt care anymore",
    "my husband refuses to even talk about it",
    "He won't help with anything and I'm exhausted",
    "She's so selfish, she only thinks about herself",
    "nothing I do is ever enough for him",
    "i'm so sick of him ignoring me",
    "my boyfriend couldn't care less about how I feel",
    "He doesn't even try anymore.",
    "honestly my wife just doesn't listen, what's the point",
    "Tom never asks about my day. Ever. I'm so tired of it.",
    "He's been so distant lately. Doesn't talk, doesn't touch me, nothing. I've tried everything.",
    # the writer telling the app what happened with him, and what they feel (about13: third-
    # person self-talk is words to the app, not a text to send)
    "I told him I'm worried about him. He didn't answer.",
]
TO_THE_PARTNER = [
    "How do I know you'll actually go?",
    "What do you want me to say?",
    "Am I being unreasonable, or are you ignoring me?",
    "Can you pick up the kids at 5?",
    "How can I help?",
    "What should I get them for Christmas?",
    "Should I book the table for 7?",
    "He won't be home till 8, so dinner's late.",
    "I love you, and I'm worried about the drinking.",
    "You never listen to me.",
    "Why won't you just see someone?",
    "I feel hurt when you don't answer my texts.",
    "Would you be open to trying counselling together?",
    "Your mum said she can't come on Sunday.",
    "I'm going to my mum's for the weekend.",
    "Thanks for cooking tonight, it was lovely.",
    "I'm sorry I shouted, that was wrong.",
    "Is it ok if we talk later?",
    "Can we talk tonight about what happened?",
    "I need you to stop drinking.",
    "Dad never listens to anyone, you know what he's like.",
    "I miss you.",
    "How was your day?",
    "u never listen to me when i talk about counselling",
    "How do you feel about seeing someone together?",
    "what do u want for dinner",
    "He's asleep, can you keep it down?",
    "Is it just you and me tonight?",
    "Maybe we could try a session and see?",
    "Other husbands would never speak to their wives like that.",
    "I want to talk about us, when suits you?",
    "A counsellor might help us plan how to talk when we're both stressed.",
    "She says I'm the problem and won't go to counselling, but I think you'd listen.",
]
CASES = (
    [(t, "say") for t in SAY]
    + [(t, "reach") for t in REACH]
    + [(t, "doubt") for t in DOUBT]
    + [(t, "vent") for t in VENT]
)
NOTES = {Msg.FOR_YOU_SAY, Msg.FOR_YOU_REACH, Msg.FOR_YOU_DOUBT, Msg.FOR_YOU_VENT}


@pytest.mark.parametrize(("text", "kind"), CASES)
def test_words_for_the_coach_are_read_as_such(text: str, kind: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == kind


@pytest.mark.parametrize("text", TO_THE_PARTNER)
def test_words_to_the_partner_are_coached_as_before(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == ""
    assert for_yourself(analysis) is None


def test_each_answer_is_warm_plain_and_points_to_one_tool() -> None:
    tools = ("alongside questions", "alongside rehearse", "alongside journal", "alongside ready")
    for note in NOTES:
        assert "send it as it is" not in note.lower()
        assert "reads like" in note or "sounds like" in note
        assert sum(tool in note for tool in tools) == 1, note
        assert not any(code in note for code in ("P1", "PIUS", "CRAFT"))


def test_the_safety_screen_speaks_first() -> None:
    text = "how do i get him to stop hitting me"
    analysis = analyse(text)
    assert analysis.safety.flagged
    assert for_yourself(analysis) is None


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("how do i get him to open up about the drinking", Msg.FOR_YOU_REACH),
        ("What do I say when she shuts down?", Msg.FOR_YOU_SAY),
        ("Am I too intense about this?", Msg.FOR_YOU_DOUBT),
        ("maybe I'm the problem here", Msg.FOR_YOU_DOUBT),
        ("he just doesn't care, I've tried everything", Msg.FOR_YOU_VENT),
    ],
)
def test_check_answers_as_a_coach_with_nothing_to_send(cli: RunCli, text: str, note: str) -> None:
    said = check_says(cli, text)
    answer = for_yourself(analyse(text))
    assert answer is not None
    assert " ".join(answer.split()) in said
    assert " ".join(note.split())[-40:] in said  # the kind's own answer, its tool
    assert "send it as it is" not in said.lower()
    assert "A gentler whole message" not in said
    assert "Left for you" not in said
    assert "What already invites" not in said


def test_check_json_has_nothing_to_send(cli: RunCli) -> None:
    import json

    result = cli("check", "--json", "how do i get him to open up about the drinking")
    out = json.loads(result.stdout)
    assert out["for_yourself"] == for_yourself(
        analyse("how do i get him to open up about the drinking")
    )
    assert "alongside questions" in out["for_yourself"]
    assert out["suggestion"] is None and out["tip"] is None and out["left_for_you"] == []


def test_check_still_coaches_a_text_to_the_partner(cli: RunCli) -> None:
    said = check_says(cli, "Why won't you just see someone?")
    assert not any(" ".join(n.split()) in said for n in NOTES)
