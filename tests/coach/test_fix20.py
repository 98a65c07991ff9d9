"""What blind round 12 marked down (issue 12, fix20), in wordings of our own, each a family:

- a message of good luck, encouragement or pride gets no whole rewrite and no stock
  question, and a whole rewrite never drops a warm sentence;
- booking a doctor, counsellor or rehab *for them* is help pressed on them, not the
  writer's own decision; booking a table or one's own counsellor stays as it is;
- scare quotes in a question, a "just curious" after an accusing question and a
  cross-examination ("did you or did you not", "yes or no:") are no open question;
- "guilty conscience?" after thanks or a kind act is a dig, and the thanks is not praised;
- a writer who speaks of the app, or of the partner with a question about what to do,
  gets the for-the-app reading;
- a limit said as the writer's own step ("I'm stepping back from ...") is kept, not hedged;
- an apology that owns a part with hindsight ("that wasn't ok", "I should have respected
  it") is praised, with no hedge and no example meant for a limit.
"""

from __future__ import annotations

import pytest

from alongside.app.coach import for_yourself, praise_hidden, sounds_warm
from alongside.coach import analyse
from alongside.coach.analyse import to_the_coach
from alongside.messages import Msg


def _praised(text: str) -> list[str]:
    """The kind finding ids shown under "What already invites" (as the faces list them)."""
    a = analyse(text)
    hidden = praise_hidden(a)
    return [
        f.id
        for f in a.findings
        if f.polarity == "inviting" and (f.id, text[f.start : f.end]) not in hidden
    ]


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


_HEDGES = frozenset({Msg.TIP_EDGE, Msg.TIP_LEAN, *Msg.TIP_LEAN_AS.values()})


def _said(text: str) -> str:
    """Everything the coach says about `text`: the whole message, the hints, the idea."""
    a = analyse(text)
    c = a.compose()
    return " ".join([c.text or "", a.tip or ""] + [x.hint for x in c.left])


# 1. Good luck, encouragement, pride ------------------------------------------------------

CHEERING = [
    "Thinking of you with your driving test. However it goes, I'm so proud of you",
    "Good luck for your exam tomorrow! Win or lose I'm so proud of you for sticking with it",
    "Knock em dead at the interview! So proud of how far you've come",
    "Break a leg tonight. Whatever the reviews say, I'm so proud of you for getting up there",
    "Fingers crossed for the scan results. Either way I'm so proud of how you've coped",
    "good luck w the marathon!! however long it takes im so proud of u 🏃",
    "All the best for the first day at the new school, Mr Teacher. Whatever happens I am so "
    "proud of you",
    "Rooting for you at the tribunal today. Win or lose, so proud of you for standing up for "
    "yourself",
    "Thinking of you at the hearing. No matter how it goes, I'm really so proud of you x",
]


@pytest.mark.parametrize("text", CHEERING)
def test_cheering_gets_no_whole_rewrite_and_no_stock_question(text: str) -> None:
    a = analyse(text)
    c = a.compose()
    assert c.text is None, (text, c.text)
    assert not c.left, (text, [x.hint for x in c.left])
    assert "good time to talk" not in _said(text), text
    assert not _pushing(text), text


@pytest.mark.parametrize(
    "text",
    [
        "You're too proud to ever say sorry.",
        "you're so proud you'd rather drown than ask for help",
        "You never say well done to the kids.",
    ],
)
def test_pride_as_a_reproach_still_pushes(text: str) -> None:
    a = analyse(text)
    assert _pushing(text) or a.leaning is not None or a.left_for_you, text


@pytest.mark.parametrize(
    ("text", "warm"),
    [
        (
            "Thanks for doing the school run today. You never help with the homework though.",
            "thanks for doing the school run today",
        ),
        (
            "I'm so proud of how you handled your dad. But you always leave me to do the bins.",
            "i'm so proud of how you handled your dad",
        ),
        (
            "Good luck at the match. You never come to watch mine though.",
            "good luck at the match",
        ),
    ],
)
def test_a_whole_rewrite_never_drops_a_warm_sentence(text: str, warm: str) -> None:
    said = analyse(text).suggestion
    assert said is None or warm in said.lower(), said


# 2. Help booked for them ----------------------------------------------------------------

BOOKED_FOR_THEM = [
    "I've made you an appointment with the doctor for Thursday at 10. The snoring is keeping "
    "the whole house up",
    "You're booked in with the counsellor on Monday, I've paid for it already",
    "I've put your name down for the rehab programme at St Mary's. The kids are frightened",
    "Ive booked u in at the GP tmrw 9am, the drinking is scaring the kids",
    "I've signed you up for anger management on Wednesdays. It starts next week.",
    "I've booked you an appointment with a therapist for the 14th",
    "I've got you an appointment with Dr Okafor on Friday, the coughing is worrying me",
    "Just so you know I've booked you in with a psychologist for next Tuesday",
    "i've registered you with the counselling service at work, they'll ring you",
]


@pytest.mark.parametrize("text", BOOKED_FOR_THEM)
def test_help_booked_for_them_is_pressed_on_them(text: str) -> None:
    a = analyse(text)
    assert "therapy_as_fix" in _pushing(text), text
    assert a.tip not in (Msg.TIP_DECISION, Msg.TIP_LIMIT), (text, a.tip)
    assert "\u201c\u201d" not in _said(text), _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've booked us a table at Luigi's for Friday",
        "I've booked myself in with a counsellor, it's something I need for me",
        "I've made myself a doctor's appointment for my back",
        "I've booked the car in for its MOT on Thursday",
        "I've booked you a massage for your birthday 🥰",
        "I've booked you in with the GP like you asked, Thursday at 10",
        "I've booked you in with the hairdresser at 2",
    ],
)
def test_a_booking_of_ones_own_or_asked_for_stays(text: str) -> None:
    assert "therapy_as_fix" not in _pushing(text), text


# 3. A sarcastic question, a cross-examination --------------------------------------------

LOADED_QUESTIONS = [
    "what exactly was the 'emergency' that meant you couldn't pick up?",
    "So where was this 'team meeting' until 2am?",
    "How much did that 'quick pint' end up costing us?",
    "Who else was at this 'training day' then?",
    "Why is the car still not fixed? just curious",
    "Where did the £200 go? Just wondering.",
    "why were you still out at 3? just asking",
    "Are you or are you not going to pay me back?",
    "Yes or no: did you text her?",
    "did u or did u not promise to pick up the kids",
    "Simple question, yes or no: were you at the pub?",
    "Did you or didn't you tell your mum about the money?",
]


@pytest.mark.parametrize("text", LOADED_QUESTIONS)
def test_a_loaded_question_is_not_an_open_question(text: str) -> None:
    a = analyse(text)
    assert "open_question" not in _praised(text), text
    assert _pushing(text) & {"contempt", "criticism"}, text
    assert not (a.tip or "").startswith("You could send it"), (text, a.tip)


@pytest.mark.parametrize(
    "text",
    [
        "What time will you be home? Just wondering so I can plan dinner",
        "How was the work do? Did you have fun?",
        "Did you see 'Bake Off' last night? Just curious what you thought",
        "What did you think of 'The Crown'?",
        "Are you coming to the party or not? No worries either way",
        "Where did you get that jumper? just curious, I love it",
        "Why did you choose that paint colour? just curious",
        "What made you pick the Italian place? Just wondering",
    ],
)
def test_a_real_question_is_not_a_push(text: str) -> None:
    assert not _pushing(text) & {"contempt", "criticism"}, text


# 4. Suspicion of a kind act --------------------------------------------------------------

SUSPICIOUS_THANKS = [
    "Thank you for cooking tonight. What are you after?",
    "Oh you cleaned the kitchen. What have you done?",
    "Thanks for the chocolates. What have you done?",
    "Cheers for the lift. Guilty conscience or something?",
    "thx for hoovering, what do u want",
    "You bought me a card? What are you after this time?",
    "Thanks for the roses. Who are you trying to impress?",
    "Breakfast in bed? Guilty conscience? 🤨",
    "Thank you for the surprise, feeling guilty about something?",
]


@pytest.mark.parametrize("text", SUSPICIOUS_THANKS)
def test_suspicion_of_a_kind_act_is_a_dig(text: str) -> None:
    a = analyse(text)
    assert "contempt" in _pushing(text), text
    assert "appreciation" not in _praised(text), text
    assert not sounds_warm(a), text


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the flowers! What's the occasion? 😍",
        "Breakfast in bed?! What did I do to deserve this? ❤️",
        "Thanks for the lift. What are you up to tonight?",
        "Thanks for cooking. What have you got planned for tomorrow?",
        "Thanks for tidying the garage. What have you done with the old bikes?",
    ],
)
def test_a_sincere_question_after_thanks_stays_kind(text: str) -> None:
    assert not _pushing(text), text


# 5. Words to the app ---------------------------------------------------------------------

TO_THE_APP = [
    "Not sure why I'm even typing this into a phone app but she won't go to counselling and I "
    "don't know what to do",
    "Maybe this thing can tell me what to say. He won't go to the GP about his chest. I've "
    "asked and asked.",
    "Is there any point typing into this app? He won't go. What do I even do",
    "feel daft writing this in an app. she won't see anyone about her back. what else can I do",
    "I never thought I'd be asking an app for help. He says he's fine. He isn't.",
    "He won't go to AA. I've asked calmly, I've asked angrily. What else am I supposed to do?",
    "She refuses to see the doctor about her knee. I've tried asking gently. What else can I do?",
    "Can this app even help with this? My wife won't talk to anyone about her mum dying.",
]


@pytest.mark.parametrize("text", TO_THE_APP)
def test_words_to_the_app_get_the_to_the_app_reading(text: str) -> None:
    a = analyse(text)
    assert not a.safety.flagged, text
    assert to_the_coach(text, a.findings), text
    assert for_yourself(a), text


@pytest.mark.parametrize(
    "text",
    [
        "Did you download that app I sent you?",
        "I saw this app for couples, want to try it with me?",
        "You're always on that betting app, can you delete it please?",
        "What else can I do to help you with the move?",
    ],
)
def test_words_to_the_partner_about_an_app_are_still_coached(text: str) -> None:
    assert to_the_coach(text, analyse(text).findings) == "", text


# 6. A kind limit said as one's own step --------------------------------------------------

OWN_STEP_LIMITS = [
    "Can't keep being the person who reminds you to take your tablets. I'll support you in "
    "other ways, but I'm stepping back from that part.",
    "I'm stepping back from chasing your dentist appointments. I'll help in other ways.",
    "Cant keep being the one who rings your work when you're hungover. I'll still help, but "
    "I'm stepping back from that.",
    "I can't keep being the one who remembers your mum's birthday. I'll help you set a "
    "reminder instead.",
    "I won't be the one who checks your bank balance any more. I'm happy to sit with you while "
    "you do it.",
    "I'm not going to be the one who wakes you for work any more. I'll get you an alarm clock "
    "instead.",
    "I'm stepping back from sorting your prescriptions. I love you and I'll help where I can.",
    "I'm stepping away from being the go-between with your sister. I'll still come to "
    "Sunday lunch.",
]


@pytest.mark.parametrize("text", OWN_STEP_LIMITS)
def test_a_limit_said_as_ones_own_step_is_kept(text: str) -> None:
    a = analyse(text)
    assert not _pushing(text), text
    assert a.leaning is None, (text, a.leaning_as)
    assert not a.doubted, text
    assert a.tip is not None and a.tip not in _HEDGES, (text, a.tip)
    assert any(w in a.tip for w in ("limit", "what you will do", "decided")), (text, a.tip)


@pytest.mark.parametrize(
    "text",
    [
        "You can't keep being the one who starts every argument and then sulks.",
        "You're not going to be the one who decides where we live.",
    ],
)
def test_their_pushing_neighbours_are_not_kept_as_a_limit(text: str) -> None:
    assert analyse(text).tip not in (Msg.TIP_LIMIT, Msg.TIP_DECISION), text


# 7. An apology with hindsight ------------------------------------------------------------

APOLOGIES = [
    "When you said you were too tired to go to the party, I got snippy, and that wasn't fair. "
    "It was your choice and I should have respected it.",
    "I snapped at you about the car this morning and that wasn't ok. I should have waited till "
    "we'd both calmed down.",
    "Last night when you didn't want to talk, I pushed and pushed. That wasn't ok. I should "
    "have given you space.",
    "When you told me you'd rather stay in, I sulked, and that wasn't fair on you. It was your "
    "decision to make and I should have respected it.",
    "i had a go at you for going to your brothers and that wasnt ok. your call to make, i "
    "should of respected it",
    "You said you didn't want to go to the wedding and I shouted at you. That was wrong of me. "
    "It was your call and I should have respected that.",
    "When you didn't want to come to church I got angry, and that wasn't right. I should have "
    "respected your choice.",
    "I raised my voice when you said no to the holiday. That wasn't okay. I should have listened.",
]


@pytest.mark.parametrize("text", APOLOGIES)
def test_an_apology_with_hindsight_is_praised_and_not_read_as_a_limit(text: str) -> None:
    a = analyse(text)
    assert "apology" in _praised(text), text
    assert a.leaning is None and not a.doubted, text
    assert not _pushing(text), text
    assert not a.about_you, (text, [f.rule for f in a.about_you])
    said = _said(text)
    assert "your limit" not in said and "step out" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "You shouted at me and that wasn't ok.",
        "That wasn't fair of you.",
        "I should have left years ago.",
        "You called me selfish in front of your mum. That wasn't ok.",
    ],
)
def test_their_wrong_or_a_regret_is_no_apology(text: str) -> None:
    assert "apology" not in _praised(text), text


@pytest.mark.parametrize(
    ("text", "worry"),
    [
        ("Ive booked u in at the GP tmrw 9am, the drinking is scaring the kids", "drinking"),
        ("I've booked you in with a counsellor for Friday, I'm so worried about you", "worried"),
    ],
)
def test_the_worry_after_a_booking_is_kept_as_theirs(text: str, worry: str) -> None:
    hints = " ".join(x.hint for x in analyse(text).compose().left)
    assert "Booking it for them" in hints, hints
    assert "Keep \u201c" in hints and worry in hints.split("Keep \u201c", 1)[1], hints
