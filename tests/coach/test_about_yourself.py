"""Words about the partner, not to them, and whose words a verdict is (about13; blind round 6,
the "about" kind averaged 2.33, the worst kind):

1. Third-person self-talk and venting ("my mate reckons im too soft on him about the drinking.
   maybe she's right. i just dont want another fight" was told "send it as it is") is answered
   as words to the app: what they said they feel or fear, one small step or question, support
   where it fits; never "send it as it is", never coached as a text to the partner. A message
   that names someone in the third person but is clearly to the partner stays coached.
2. The writer's own verdict framed with "say" ("I think I've earned the right to say you're the
   problem" was kept as someone else's words) is the writer's; real reported speech ("my sister
   says ...", "your dad said ...") stays reported.
3. Sarcasm about oneself after the partner's view ("So I guess I'm weak for going") is not
   self-criticism; plain "I'm such an idiot for yelling" is, and gets a kind reply.
4. Each kind of words for the app gets a reply that fits it.

Every example is our own wording (none is a rated sentence).
"""

from __future__ import annotations

import pytest

from alongside.app.coach import apology_example, for_yourself, reflect
from alongside.coach import analyse
from alongside.coach import rewrite as rw
from alongside.coach.analyse import pushing_in, to_the_coach
from alongside.messages import Msg
from tests.conftest import RunCli, check_says

# 1. Third person: the partner as "he", "she", "my husband", a name; someone else's view of
# the writer; "maybe she's right", "idk what to do", "am I the problem?".
ABOUT_THEM = [
    "my sister thinks I should leave him",
    "my mum keeps telling me im too soft on her",
    "everyone says I let him walk all over me. maybe they're right",
    "My therapist says I'm carrying the whole relationship on my own.",
    "my best friend reckons i need to stop making excuses for him",
    "my friends keep telling me to walk away. i cant tho",
    "My dad thinks I'm wasting my time waiting for her to change.",
    "my counsellor suggested I set a firmer limit with him about the drinking",
    "my mate says she's taking me for granted. maybe he's right",
    "My husband came home late again. I didn't say anything. I just don't know anymore.",
    "my wife hasn't spoken to me properly in a week",
    "My boyfriend got angry at dinner again and I just went quiet.",
    "my gf spent the whole weekend on her phone and i felt invisible",
    "idk what to do anymore with him",
    "I don't know what else to do, he shuts down every time",
    "i just dont want another fight with him tonight",
    "i miss her. she's right there and i miss her",
    "I love him but I can't keep doing this on my own",
    "why does he always go quiet when I bring up money",
    "I wish she'd just talk to me instead of the silent treatment",
    "i feel like a housemate, not a wife. he barely looks up from the telly",
    "I'm exhausted. He works late, comes home, and goes straight to the pub.",
    "im so fed up of him cancelling plans",
    "I'm stuck. She won't go to counselling and won't talk to me either.",
    "my other half forgot our anniversary again, honestly gutted",
    "My fiancé wants to postpone the wedding and won't say why.",
    "he said he'd think about therapy. that was in march",
    "She keeps saying she's fine. She's clearly not fine.",
    "hes been sleeping on the sofa for 3 nights now and i dont know what to do",
    "I told her how I felt and she just laughed. I feel so stupid for trying.",
    "maybe she's right and i do nag too much",
    "Is he right that I overreact? I honestly can't tell anymore.",
    "my hubby thinks counselling is for people with real problems",
    "i wish he would just see a doctor about his back",
    "I feel so alone in this marriage, he doesn't notice anything",
]
# What the partner said or thinks of the writer, told to the app: their view, not the
# writer's words to them.
THEIR_WORDS_ON_ME = [
    "he said im crazy for wanting counselling",
    "he keeps saying i'm the problem",
    "She thinks I'm overreacting about the money",
    "he reckons I nag too much. i just want him to help more",
    "my husband says I'm too sensitive",
    "she always makes out i'm the one who starts it",
    "He thinks I'm obsessed with therapy.",
    "my gf reckons im controlling because i asked where she was",
    "he told me i'm too much sometimes",
    "She says I never let anything go.",
    "my boyfriend acts like i'm the unreasonable one",
    "he says im always on at him about the drinking",
    "She told me I make everything about me.",
    "he thinks i'm exaggerating about how bad it's got",
    "my wife says I'm cold. maybe I am",
]
# What happened with them, told to the app: nothing to rework, a question for the person.
STORY = [
    "He stayed out till 3 again and didn't text.",
    "She finally said sorry after two days of silence.",
    "he went to the pub straight from work again",
    "She's been off work since March and barely leaves the house.",
    "He promised to call the counsellor on Monday. He didn't.",
    "she slammed the bedroom door and slept in the spare room",
    "He's been sober for three weeks now, which is huge for him.",
    "She got really defensive when I mentioned the credit card.",
    "He mentioned therapy himself today, out of nowhere.",
    "she cried all the way home after her dad's funeral",
    "He's been drinking in the garage so I won't see.",
    "hes been really quiet since he lost his job",
]
# Said to the partner although a third person is named: coached as before.
TO_THEM = [
    "Tell your mother she can't keep turning up unannounced.",
    "He's asleep, can you keep it down?",
    "Your sister says she's coming Sunday, is that ok?",
    "Can we talk about what my mum said last night?",
    "She's your daughter too, you could ask how her day was.",
    "I spoke to him today and he's fine, you don't need to worry.",
    "my mum says hi btw, u coming for tea sunday?",
    "He won't be home till 8, so dinner's late.",
    "Please ask him to move his car before you go.",
    "I'm worried about your brother, have you heard from him?",
    "She's got swimming again at 5, can you take her?",
    "He's at his mate's till 6, I'll pick him up.",
    "She was so proud of her drawing, make sure you look at it.",
]

# 2. The writer's own verdict, with "say" in it: read as theirs.
OWN_VERDICT = [
    "I think I've earned the right to say you're the problem.",
    "I have the right to say you're selfish.",
    "I'll say it: you're lazy.",
    "Let me say it, you're a coward.",
    "I'm just saying you're never here.",
    "I have to say you're being childish.",
    "I must say you're being really immature about this.",
    "Just saying, you're lazy.",
    "I told my mum you're lazy.",
    "im just saying ur pathetic",
    "lemme just say you're the most selfish person I know.",
    "I'll just say it, you're a liar.",
    "After everything, I get to say you're the problem here.",
    "I'm allowed to say you're lazy.",
    "I'm going to say it: you're a selfish person.",
    "All I'm saying is you're always on your phone.",
    "i gotta say ur so selfish",
    "I have to say it, you never listen.",
    "Can I just say you're being ridiculous.",
    "Like I said before, you're lazy.",
    "What I'm saying is you're selfish.",
    "I said it before and I'll say it again, you're a coward.",
    "I'd say you're the one with the problem.",
    "I need to say this: you're cold.",
    "Honestly I have to say you're the laziest person I know.",
    "I've said it a hundred times, you're lazy.",
    "I told you already, you're selfish.",
    "i'll say what everyone's thinking, ur useless",
    "I'd just say you're a coward.",
    "Twelve years. I think I can say you're the problem.",
    "Someone has to say it: you're lazy.",
    "Nobody else will say it, you're selfish.",
]
# Someone else's words, reported: they stay reported (kept as they are, or left for the
# person when a professional's verdict is passed on), never the writer's own label.
REPORTED = [
    "my sister says you're selfish.",
    "Your dad said you need to put me in my place.",
    "You said I'm the problem.",
    "My mum always said you were lazy.",
    "You told me I was crazy for wanting this.",
    "Your mate said you're never going to change.",
    "my nan used to say you're too quiet for your own good",
    "you said i was pathetic in front of the kids",
    "Your brother told me you're the stubborn one in the family.",
    "You keep telling me I'm too sensitive.",
    "He said you're the best thing that happened to him.",
    "your mum said you never cried as a kid",
    "You called me lazy in front of everyone.",
    "my sister has the nerve to say you're lazy",
    "You said I'm selfish and that hurt.",
    "your boss said you're overworked",
    "The kids said you're always tired.",
    "She told me you're not coming to the party.",
    "Your friend said you're really struggling.",
    "you told jen i was useless",
    "Mum said you were brilliant with the kids.",
    "you said I'm a nag, and maybe I am sometimes",
    "Your dad told me you never liked him.",
    "My brother said you're welcome any time.",
    "You told me I'm never there for you.",
    "Our neighbour said you're a great dad.",
    "you said im always on my phone",
    "Your sister thinks you're overdoing it at work.",
    "You told your mum I'm lazy.",
    "The doctor said you're doing really well.",
]

# 3. Sarcasm about oneself, aimed at them, after their view or with "apparently", "now?".
MOCKING_SELF = [
    "You told Marcus therapy is for weak people. I heard you. So I guess I'm weak for going.",
    "you think therapy is for losers. guess I'm a loser then",
    "apparently im crazy for wanting help",
    "Apparently I'm selfish for wanting one night out.",
    "You said only weak people need help. So I'm weak.",
    "so now I'm the crazy one?",
    "Oh so I'm the bad guy again?",
    "You keep saying I'm dramatic. I guess I'm dramatic then.",
    "u said im needy. guess im needy for wanting a hug",
    "Silly me, I'm so stupid for caring.",
    "According to you I'm lazy, so fine.",
    "You called me paranoid. So I guess I'm paranoid for asking where you were.",
    "so apparently I'm a nag now",
    "You think I'm controlling. I guess I'm controlling for wanting a plan.",
    "You told your mum I'm hysterical. So I guess I'm hysterical then.",
    "oh so im the selfish one now?",
    "You said people in therapy are broken. So I guess I'm broken.",
    "Right, so I'm the problem again?",
    "You made out I'm useless. Guess I'm useless then.",
    "apparently i'm too sensitive for being upset about it",
    "In your eyes I guess I'm a failure for going.",
    "You reckon counselling is for the weak. So I'm weak then?",
    "So I guess I'm a terrible person now?",
    "You said I'm obsessed. I guess I'm obsessed for caring about us.",
    "Apparently I'm an idiot for trusting you.",
    "Oh so now I'm the liar?",
    "You called me pathetic. So I'm pathetic for crying, fine.",
    "you said therapy is for crazy people so i guess im crazy",
    "You think I'm weak. So I guess I'm weak for asking for help.",
    "Apparently I'm stupid for believing you.",
]
# Plain self-criticism: noted kindly as harsh words about oneself.
SELF_CRITICISM = [
    "I'm such an idiot for yelling",
    "im such an idiot for snapping at him this morning",
    "I'm so stupid, I forgot her birthday again.",
    "I'm a terrible wife.",
    "i'm a rubbish partner honestly",
    "I'm such a mess lately.",
    "I'm such a failure at this.",
    "im such an idiot, i ruined the whole evening",
    "I'm a horrible person for shouting at her.",
    "I'm such a coward for not saying anything.",
    "I am so stupid for believing it would be different.",
    "I'm an idiot for bringing it up at dinner.",
    "i'm such a nag, i can hear myself doing it",
    "I'm a bad husband.",
    "I'm useless at this.",
    "I'm such an idiot for storming out.",
    "I'm so pathetic, crying over a text.",
    "I guess I'm just not good enough.",
    "what an idiot I am",
    "i'm so dumb for yelling at him about the dishes",
    "I'm a total mess today.",
    "I'm so selfish sometimes.",
    "I'm such a hypocrite for nagging about his phone.",
    "I'm a crap girlfriend.",
    "I'm such an idiot for shouting at him in front of his mum.",
    "im a terrible person",
    "I'm so stupid, I said the wrong thing again.",
    "I'm such a mess, I snapped at everyone today.",
    "I'm a complete idiot for swearing at her.",
    "I'm pathetic.",
]


@pytest.mark.parametrize("text", ABOUT_THEM)
def test_words_about_them_are_answered_as_words_to_the_app(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) != "", text
    answer = for_yourself(analysis)
    if analysis.safety.flagged:
        assert answer is None  # the safety screen speaks first
        return
    assert answer is not None
    assert "send it as it is" not in answer.lower()
    assert "{" not in answer and "}" not in answer


@pytest.mark.parametrize("text", THEIR_WORDS_ON_ME)
def test_their_words_about_the_writer_told_to_the_app_get_a_reply_of_their_own(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == "told", text
    answer = for_yourself(analysis)
    if analysis.safety.flagged:
        return
    assert answer is not None and "their view of you" not in answer
    assert "view of you, not the whole truth" in answer


@pytest.mark.parametrize("text", STORY)
def test_what_happened_with_them_is_kept_not_sent(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) in ("story", "vent"), text
    answer = for_yourself(analysis)
    if analysis.safety.flagged:
        return
    assert answer is not None and "send it as it is" not in answer.lower()


@pytest.mark.parametrize("text", TO_THEM)
def test_words_to_them_naming_someone_else_are_still_coached(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == ""
    assert for_yourself(analysis) is None


def test_the_rated_kind_of_self_talk_is_not_sent_as_it_is(cli: RunCli) -> None:
    # our own variant of the rated sentence: what a friend reckons, doubt, a fear
    text = (
        "my sister reckons im too easy on him about the gambling. maybe she's right. "
        "i just dont want a row"
    )
    said = check_says(cli, text)
    assert "send it as it is" not in said.lower()
    assert "you just don't want a row" in said
    assert "what would feel fair" in said
    assert "A gentler whole message" not in said


@pytest.mark.parametrize("text", OWN_VERDICT)
def test_the_writers_own_verdict_with_say_is_theirs(text: str) -> None:
    pushing = pushing_in(text)
    assert pushing, text  # the verdict is found
    done = rw.rework(text, False, pushing_in)
    assert not done.reported, text  # and never kept as someone else's words
    assert done.hint != rw.HINTS["reported"]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_speech_stays_reported(text: str) -> None:
    pushing = pushing_in(text)
    if not pushing:
        return  # read as someone else's words already by the analyser
    if any("by_proxy" in f.rule or f.id == "therapy_as_fix" for f in pushing):
        return  # a verdict passed on is left for the person (its own note)
    done = rw.rework(text, False, pushing_in)
    assert done.reported or done.text == text or done.hint is not None, text
    assert done.text is None or done.text.lower() == text.lower()  # never reworded


def test_reported_speech_is_still_read_for_safety() -> None:
    analysis = analyse("My sister said you told her you'd hurt me if I ever left.")
    assert analysis.safety.flagged


@pytest.mark.parametrize("text", MOCKING_SELF)
def test_sarcasm_about_oneself_is_not_self_criticism(text: str) -> None:
    analysis = analyse(text)
    assert not any(f.polarity == "self" and f.id == "label" for f in analysis.findings), text
    assert to_the_coach(text, analysis.findings) != "self"


@pytest.mark.parametrize("text", SELF_CRITICISM)
def test_plain_self_criticism_is_noted_kindly(text: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == "self", text
    answer = for_yourself(analysis)
    if analysis.safety.flagged:
        return
    assert answer is not None
    assert "hard on yourself" in answer and "apology" in answer


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        ("how do i get him to stop drinking so much", "reach", "group for families"),
        ("my husband lost his job and barely leaves the bedroom now", "vent", "GP"),
        ("my mum reckons im too hard on her. maybe she's right", "others", "what would feel fair"),
        ("am i being unreasonable wanting him to come to one session", "doubt", "a friend"),
        ("I'm such an idiot for yelling at him", "self", "I'm sorry I yelled at you"),
        ("she just doesn't listen and i feel so alone", "vent", "you feel so alone"),
        ("what do i say when he says therapy is a waste of money", "say", "rehearsal"),
    ],
)
def test_each_kind_gets_a_reply_that_fits(text: str, kind: str, words: str) -> None:
    analysis = analyse(text)
    assert to_the_coach(text, analysis.findings) == kind
    answer = for_yourself(analysis)
    assert answer is not None and words in answer, answer
    assert "send it as it is" not in answer.lower()


def test_them_is_said_as_him_or_her_when_the_person_names_one() -> None:
    him = for_yourself(analyse("he just doesn't care, I've tried everything"))
    her = for_yourself(analyse("my wife never listens to me anymore"))
    assert him is not None and "send him" in him and " them" not in him
    assert her is not None and "send her" in her


@pytest.mark.parametrize(
    ("text", "heard"),
    [
        ("i just dont want another fight", "you just don't want another fight"),
        ("Im scared he'll leave me if i push", "you're scared he'll leave you if you push"),
        (
            "I am so tired of being the only one who tries",
            "you're so tired of being the only one who tries",
        ),
        ("idk what to do", "you don't know what to do"),
        ("i love him but i cant do this", "you love him but you can't do this"),
        ("I feel like we are strangers", None),  # "we": not said back
        ("he never listens", None),  # nothing the person feels
    ],
)
def test_what_they_feel_is_said_back_in_their_words(text: str, heard: str | None) -> None:
    assert reflect(text) == heard


def test_an_apology_example_only_when_the_act_is_clear() -> None:
    assert apology_example("I'm such an idiot for shouting at her") == "I'm sorry I shouted at you."
    assert apology_example("I'm an idiot for snapping") == "I'm sorry I snapped."
    assert apology_example("I'm an idiot for saying what I said") is None
    assert apology_example("I'm such an idiot") is None


def test_no_note_says_send_it_as_it_is_or_names_a_framework() -> None:
    for note in (Msg.FOR_YOU_OTHERS, Msg.FOR_YOU_SELF, Msg.FOR_YOU_DOUBT, Msg.FOR_YOU_VENT):
        assert "send it as it is" not in note.lower()
        assert not any(code in note for code in ("P1", "PIUS", "CRAFT", "MI "))


@pytest.mark.parametrize(
    "text",
    [
        "She told me I'm too sensitive and should toughen up.",
        "my sister said I deserve better and should just leave",
        "He told me I'm overreacting and need to calm down.",
        "my mum says I'm too soft and should put my foot down",
        "The counsellor told me I'm doing my best and must rest more.",
        "his brother said I'm too much and should back off",
        "she said i was being dramatic and to get over it",
        "My dad always said I'm stubborn and should learn to bend.",
    ],
)
def test_reported_words_go_on_after_and_with_no_new_speaker(text: str) -> None:
    assert pushing_in(text) == [], text


@pytest.mark.parametrize(
    "text",
    [
        "Your dad said you need to rest and you should stop working so hard.",
        "He said I'm lazy and you should tell me off too.",
        "My sister said it's fine. And you should apologise.",
    ],
)
def test_a_new_speaker_after_and_is_the_writer_again(text: str) -> None:
    assert any(f.id == "pressure" for f in pushing_in(text)), text
