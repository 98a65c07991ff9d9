"""What blind round 10 marked down and nobody had fixed (issue 12, fix19), in wordings of our
own, each a family:

- a sarcastic offer ("want me to cut your toast into soldiers too?") is not praised as asking
  first, and the message is not told nothing pushes; a sincere offer keeps its praise;
- asking the app to read one's own message ("does this sound ok to send") or one's own
  feeling ("I'm jealous of her friends. Is that wrong?") is words to the app, not a message;
- the example request is not picked by a word that is not the complaint ("ringing me at
  work" is not about time spent at work);
- an idiom of absolutes ("a word I say", "lift a finger") is not kept in a request;
- rule patterns that fired on kind neighbours (an "if you say so" that agrees, "don't expect
  much" about a thing, an ex compared in the partner's favour, a counsellor's kind word).
"""

from __future__ import annotations

import pytest

from alongside.app.coach import for_yourself, praise_hidden, sounds_warm
from alongside.coach import analyse
from alongside.coach.analyse import to_the_coach
from alongside.coach.examples import candidates


def _praised(text: str) -> list[str]:
    """The kind finding ids shown under "What already invites" (as the faces list them)."""
    a = analyse(text)
    hidden = praise_hidden(a)
    return [
        f.id
        for f in a.findings
        if f.polarity == "inviting" and (f.id, text[f.start : f.end]) not in hidden
    ]


def _nothing_pushing(text: str) -> bool:
    a = analyse(text)
    return not any(f.polarity == "pushing" for f in a.findings) and a.leaning is None


MOCK_OFFERS = [
    "Do you want me to cut your sandwiches into triangles too?",
    "Shall I print it and staple it to your forehead?",
    "Want me to cut the crusts off your toast as well?",
    "do u want me to tie ur shoelaces for you too",
    "Would you like me to spell it out in crayon?",
    "Should I draw you a diagram of where the bin goes?",
    "Shall I wipe your nose for you while I'm at it?",
    "You lost the car keys again. Want me to sew them into your coat like a toddler's mittens?",
    "Do you want me to chew your food for you as well?",
    "want me to write it on your hand so u dont forget AGAIN",
    "Maybe I should give you a gold star for emptying the dishwasher?",
    "Shall I tattoo the bin day on your arm?",
]

SINCERE_OFFERS = [
    "Do you want me to pick up milk too?",
    "Want me to book the table?",
    "Shall I ring the garage tomorrow?",
    "Would you like me to come with you to the appointment?",
    "Do you want me to cut the cake now or after the candles?",
    "Want me to print the tickets as well?",
    "Shall I make us a cup of tea?",
    "Do you want me to draw you a bath tonight?",
]


@pytest.mark.parametrize("text", MOCK_OFFERS)
def test_a_mock_offer_is_not_praised_as_asking_first(text: str) -> None:
    assert "permission" not in _praised(text), text
    assert not _nothing_pushing(text), text
    assert not sounds_warm(analyse(text)), text


@pytest.mark.parametrize("text", SINCERE_OFFERS)
def test_a_sincere_offer_is_not_read_as_contempt(text: str) -> None:
    a = analyse(text)
    assert "contempt" not in {f.id for f in a.findings if f.polarity == "pushing"}, text
    assert not a.doubted, text


@pytest.mark.parametrize(
    "text",
    [
        "Do you want me to pick up milk too?",
        "Would you like me to come with you to the appointment?",
        "Do you want me to draw you a bath tonight?",
    ],
)
def test_a_sincere_offer_keeps_its_praise(text: str) -> None:
    assert "permission" in _praised(text), text


TO_THE_APP = [
    "can you check if my next message sounds too harsh",
    "does this sound ok to send",
    "Is this too harsh to send him?",
    "how does this sound??",
    "Could you read my text before I send it, I don't want to start a row",
    "be honest, am I being unfair here",
    "I feel jealous when she goes out with her work friends. Is that wrong?",
    "I still resent him for missing the birth. Is that bad?",
    "i get so annoyed when he's on his phone every night. is that normal??",
    "Would this come across as passive aggressive?",
    "tell me honestly, is it too much to send",
    "Does my message sound needy?",
]


@pytest.mark.parametrize("text", TO_THE_APP)
def test_words_to_the_app_get_the_to_the_app_reading(text: str) -> None:
    a = analyse(text)
    assert to_the_coach(text, a.findings), text
    assert for_yourself(a), text


@pytest.mark.parametrize(
    "text",
    [
        "Can you check the oven is off before you leave?",
        "Does this sound ok to you, dinner at mine on Friday?",
        "Is that wrong of me to ask you to call when you're late?",
        "You were rude to my mum. Is that normal to you?",
        "Can you check if the kids have their PE kit?",
        "how does friday sound for the cinema?",
    ],
)
def test_words_to_the_partner_are_still_coached(text: str) -> None:
    assert to_the_coach(text, analyse(text).findings) == "", text


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Stop ringing me at work.", "evening"),
        ("You always ring me at work, it's so embarrassing.", "hear from you"),
        ("Don't turn up at my work again without asking.", "late"),
        ("You embarrassed me at the pub in front of everyone.", "drinking"),
        ("Stop texting me at the gym every five minutes.", "evening"),
        ("Quit messaging my work phone.", "evening"),
        ("Quit messaging my work phone.", "put it away"),
        ("You called me a liar in front of your mates.", "evening"),
        ("You spend every weekend at the golf and never with us.", "money"),
        ("You spent the whole evening sulking.", "money"),
        ("You never spend any time with the kids.", "money"),
        ("You keep calling me at my mum's, it's awkward.", "hear from you"),
    ],
)
def test_an_example_is_not_picked_by_a_word_outside_the_complaint(text: str, wrong: str) -> None:
    said = " ".join(candidates(text, text))
    assert wrong not in said, said


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("You're always at work.", "work"),
        ("You spend every weekend at the golf and never with us.", "golf"),
        ("You go to the pub every night.", "drinking"),
        ("You spent 300 quid on trainers.", "money"),
        ("You're always on your phone.", "phone"),
        ("You never text me back.", "hear from you"),
        ("You'd rather be at the gym than with us.", "gym"),
    ],
)
def test_the_complaints_own_topic_keeps_its_example(text: str, right: str) -> None:
    assert right in " ".join(candidates(text, text)), text


IDIOMS = [
    ("You never listen to a word I say.", "a word"),
    ("you never listen to a single word i say", "single word"),
    ("You never lift a finger around here.", "lift a finger"),
    ("You never lift a finger to help me with the kids.", "lift a finger"),
    ("You never hear a word I'm saying.", "a word"),
    ("You never do a single thing I ask.", "single thing"),
    ("You never give me the time of day.", "time of day"),
    ("You never do a blind bit of washing up.", "blind bit"),
    ("He never lifts a finger at home.", "lift a finger"),
    ("You never help with a single thing.", "single thing"),
]


@pytest.mark.parametrize(("text", "idiom"), IDIOMS)
def test_an_idiom_of_absolutes_is_not_kept_in_a_request(text: str, idiom: str) -> None:
    a = analyse(text)
    lines = [a.suggestion or ""] + [f.rewrite or "" for f in a.findings]
    for line in lines:
        assert idiom not in line.lower(), line
        assert "lifts a finger" not in line.lower(), line


@pytest.mark.parametrize(
    "text",
    ["You never listen to me.", "You never help with the bins.", "You never ring your mum back."],
)
def test_a_plain_never_still_becomes_a_wish(text: str) -> None:
    assert "I'd like you to" in (analyse(text).suggestion or ""), text


QUIET = [
    "If you say so, I'll trust your sat nav over mine.",
    "ok if you say so, I'll book the earlier train then",
    "Whatever you say, I'll go with your plan for Saturday.",
    "Don't expect much from the hotel, the reviews are dreadful.",
    "Don't expect much for dinner, it's just pasta tonight x",
    "don't expect a lot from the film, Sam said it drags",
    "Go on, enjoy your weekend, I'll hold the fort.",
    "Go on, treat yourself, you've earned it.",
    "My ex would never have made me breakfast in bed. You're a keeper x",
    "My ex was way better at parallel parking than me, honestly.",
    "my ex at least taught me what I don't want, and you're the opposite of all of it",
    "My therapist thinks you sound really supportive.",
    "My counsellor said you're welcome to come to a session any time, no pressure.",
    "The doctor said your dad can come home on Friday.",
    "My therapist thinks you handled it really well.",
]


@pytest.mark.parametrize("text", QUIET)
def test_kind_neighbours_are_quiet(text: str) -> None:
    pushing = [f.rule for f in analyse(text).findings if f.polarity == "pushing"]
    assert not pushing, (text, pushing)


@pytest.mark.parametrize(
    "text",
    [
        "If you say so.",
        "Whatever you say, genius.",
        "Don't expect a penny from me.",
        "Go and sort your mess out.",
        "My ex would never have done this.",
        "My ex at least paid his share of the rent.",
        "My therapist thinks you might have anger issues.",
        "Even my counsellor agrees you need help.",
    ],
)
def test_their_pushing_neighbours_still_push(text: str) -> None:
    assert any(f.polarity == "pushing" for f in analyse(text).findings), text
