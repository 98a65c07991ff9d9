"""Pushing language people really write: Gottman's four horsemen (criticism, contempt,
defensiveness, stonewalling), MI's confronting, CRAFT's pushing.

Written from the definitions, with the team's own varied examples (informal, misspelt, long
and short, with names); none comes from an evaluation set. Each kind has controls: the same
words said kindly, about oneself, reported, or told to a friend are not coached as pushing,
so these tests fail if a rule swallows everything.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.mi import classify_sentence


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


def _inviting(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "inviting"}


# (message, a finding it must get)
PUSHES = [
    # criticism: a complaint turned into a verdict on the person
    ("I'm so tired of doing everything around here while you sit on your phone.", "criticism"),
    ("i do all the washing and cooking while u just play xbox all night", "criticism"),
    ("Why do you always have to make everything about you? Calm down.", "criticism"),
    ("Why do you never ask how my day was?", "absolute"),
    ("Why are you being so selfish?", "criticism"),
    ("why are you always so grumpy in the mornings", "criticism"),
    ("Why do you keep doing this to me, Tom?", "criticism"),
    ("How many times do I have to ask you to take the bins out?", "criticism"),
    ("how many more times do i have to tell you", "criticism"),
    ("What kind of father forgets his own son's birthday?", "criticism"),
    ("What kind of person says that to their wife?", "criticism"),
    ("You only ever think about yourself.", "criticism"),
    ("You don't even try anymore, Priya.", "criticism"),
    ("You can't even remember to feed the cat.", "criticism"),
    ("You do absolutely nothing around this house.", "criticism"),
    ("You clearly don't care about this family.", "criticism"),
    ("Do you even care??", "criticism"),
    ("what the hell is wrong with you", "label"),
    ("You're so controlling about money, it's exhausting.", "label"),
    ("ur so negative all the time", "label"),
    ("Kev you get stroppy over the tiniest things", "criticism"),
    ("You care about your fantasy football more than us.", "criticism"),
    ("Forgot the bins. As usual.", "criticism"),
    # contempt: mockery, sarcasm, eye-roll words, disgust
    ("Must be nice to sleep in till noon while I do the school run.", "contempt"),
    ("Oh here we go.", "contempt"),
    ("Pathetic, honestly.", "contempt"),
    ("you hide money like a child. pathetic", "contempt"),
    ("How hard is it to put a plate in the dishwasher?", "contempt"),
    ("Would it kill you to say thank you once?", "contempt"),
    ("Is it really too much to ask for a text when you're late?", "contempt"),
    ("Typical man, can't find anything in his own fridge.", "contempt"),
    ("Love that for us.", "contempt"),
    ("Sure you were working late. Sure.", "contempt"),
    ("Well excuse me for breathing.", "contempt"),
    ("Nice of you to finally show up.", "contempt"),
    ("Look who finally decided to come home.", "contempt"),
    ("Newsflash: the world doesn't revolve around you.", "contempt"),
    ("You think you're so perfect.", "contempt"),
    ("You make me sick.", "contempt"),
    ("I can't believe I married you.", "contempt"),
    ("Do you even hear yourself?", "contempt"),
    ("Aww did I hurt your little feelings?", "contempt"),
    ("*eye roll* ok Mark", "contempt"),
    ("Ridiculous. Absolutely ridiculous.", "contempt"),
    ("Interesting how you suddenly remember when your mum's coming.", "contempt"),
    ("Would it be too much to ask for you to text back?", "contempt"),
    # defensiveness: counter-blame, the innocent victim, whataboutism
    ("Well you do it too!", "defensiveness"),
    ("You're one to talk, you were on your phone all dinner.", "defensiveness"),
    ("I wouldn't have to nag if you just did what you said.", "defensiveness"),
    ("I only shouted because you ignored me.", "defensiveness"),
    ("What about all the times you forgot my birthday?", "defensiveness"),
    ("It's not my fault you're unhappy.", "defensiveness"),
    ("Don't turn this around on me.", "defensiveness"),
    ("Oh so now it's my fault?", "defensiveness"),
    ("Yeah but you never listen either.", "defensiveness"),
    ("I was only trying to help, god.", "defensiveness"),
    ("It was just a joke, you can't take a joke.", "defensiveness"),
    ("Look who's talking.", "defensiveness"),
    ("I didn't do anything wrong!", "defensiveness"),
    ("you started it", "defensiveness"),
    # stonewalling: shutting the talk down
    ("I'm done talking about this.", "stonewalling"),
    ("im not discussing this anymore", "stonewalling"),
    ("This conversation is over.", "stonewalling"),
    ("End of discussion.", "stonewalling"),
    ("I have nothing more to say to you.", "stonewalling"),
    ("I don't care anymore. Do what you like.", "stonewalling"),
    ("Forget it.", "stonewalling"),
    ("Talk to the hand.", "stonewalling"),
    ("I'm not talking to you until you apologise.", "stonewalling"),
    ("Suit yourself.", "stonewalling"),
    # rhetorical questions that push
    ("Why can't you just be normal for once?", "pressure"),
    ("Who even does that?", "criticism"),
    # guilt trips and comparisons
    ("If you loved me you'd come to one session.", "pressure"),
    ("Do you have any idea how hard I work for this family?", "pressure"),
    ("I guess I'll just do it all myself, like always.", "pressure"),
    ("Fine, I guess I don't matter.", "pressure"),
    ("Have you any idea what your drinking is doing to the kids?", "pressure"),
    ("And this is how you thank me.", "pressure"),
    ("A real man would look after his family.", "label"),
    ("Normal people don't scream at the telly.", "label"),
    ("Any sane person would go to the doctor.", "label"),
    ("Every other dad at school manages to do pickups.", "label"),
    ("Sarah's husband actually remembers their anniversary.", "label"),
    ("My ex would never have done this.", "label"),
]


@pytest.mark.parametrize(("text", "finding"), PUSHES)
def test_pushing_language_is_found(text: str, finding: str) -> None:
    assert finding in _pushing(text), (text, _pushing(text))


# Not coached as pushing: kind words, limits, the writer's own feelings and self-talk,
# reported speech, and stories about the partner told to someone else.
NOT_PUSHING = [
    "I'm so tired tonight, can we talk tomorrow?",
    "I've been doing a lot around the house and I'd love some help this week.",
    "Why do you think the meeting went badly?",
    "How many times a week would you like to go to the gym?",
    "What kind of holiday would you like this year?",
    "It must be nice to have your sister close by again.",
    "Here we go, the first day of the holiday!",
    "How hard is it to get a table there on a Friday?",
    "I love that for you, congratulations on the job!",
    "I'm done with work for today, want to go for a walk?",
    "I need a break from this talk; can we come back to it after dinner?",
    "I'm done talking for tonight, let's pick it up tomorrow when we're calm.",
    "Forget it for tonight, we're both tired; tomorrow after breakfast?",
    "I was wrong, and I'm sorry. I only shouted because I was scared, which isn't an excuse.",
    "It's not my fault that the train was cancelled, but I'm sorry I missed dinner.",
    "What about going to the coast this weekend?",
    "You do so much around here, thank you.",
    "You care about this family so much, I can see it.",
    "I don't care what we eat, you choose.",
    "I'm not talking about you, I mean my boss.",
    "If you loved the film, we could watch the sequel.",
    "My ex and I are on good terms now.",
    "Normal people would find that hard too, it's okay.",
    "My husband always says 'well you do it too' when I bring things up.",
    "He told me I'm pathetic and that he's done talking.",
    "He says I'm one to talk.",
    "I'm so negative lately, I need to work on that.",
    "I wonder why I always make everything about me.",
    "Sam thinks I'm controlling.",
]


@pytest.mark.parametrize("text", NOT_PUSHING)
def test_kind_limits_self_talk_and_reports_are_not_pushing(text: str) -> None:
    found = {
        f.id
        for f in analyse(text).findings
        if f.polarity == "pushing"
        and f.id in {"criticism", "contempt", "defensiveness", "stonewalling", "label", "pressure"}
    }
    assert found == set(), (text, found)


RHETORICAL = [
    "Why do you always have to make everything about you?",
    "Why do you never listen to me?",
    "How many times do I have to say it?",
    "How hard is it to close a cupboard door?",
    "What kind of man leaves his wife at a party?",
    "Who even does that?",
]


@pytest.mark.parametrize("text", RHETORICAL)
def test_a_rhetorical_question_is_not_an_open_question(text: str) -> None:
    assert "open_question" not in _inviting(text), text
    assert classify_sentence(text) == "confront"


def test_a_real_open_question_is_still_praised() -> None:
    for text in ("Why do you think it went badly?", "How was it for you when I left?"):
        assert "open_question" in _inviting(text), text


def test_criticism_dressed_as_a_feeling_is_not_praised_as_an_i_statement() -> None:
    text = "I'm so tired of doing everything around here while you sit on your phone."
    assert "i_statement" not in _inviting(text)
    assert "i_statement" in _inviting("I'm so tired of the rain this week.")


@pytest.mark.parametrize(
    "text",
    ["Well you do it too.", "You're one to talk.", "I'm done talking about this.", "Must be nice."],
)
def test_counter_blame_scorn_and_stonewalling_are_confronting_in_mi(text: str) -> None:
    assert classify_sentence(text) == "confront"
