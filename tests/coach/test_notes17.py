"""Faults blind round 8 found in the notes and whole messages (issue 12), with examples of our
own (the rated sentences are only paraphrased here).

- A message with several complaints became one request; the rest, and the person's own
  tiredness, were lost.
- A sarcastic jab ("Impressive stuff") was kept in a whole message.
- A traffic text got "add how this is for you".
- "Call them or I will" (a helpline, the person's own step) got an example without the limit.
"""

from __future__ import annotations

import re

import pytest

from alongside.coach import hints
from alongside.coach.analyse import analyse, pushing_in
from alongside.coach.compose import tip
from alongside.coach.examples import limit_example
from alongside.coach.rewrite import feeling_fits, guard_problems, is_diagnostic
from alongside.coach.variety import Line, lines, variants_of, vary
from alongside.safety import screen
from tests.conftest import RunCli

from .corpus_guards import coach_words, corpus
from .notes_shown import examples_shown
from .stock_sentences import advice_of, shares, shown

MULTI = [
    "You never take the bins out, you never walk the dog, and I'm exhausted.",
    "You don't help with homework, you don't do bath time, and I'm on my knees.",
    "You always leave your dishes in the sink and you never hoover.",
    "You never ring your mum back, you never answer my texts, and I'm the one who gets the earful.",
    "You forgot the car insurance, you forgot Mia's parents evening, and I'm so stressed.",
    "You never come to bed at the same time as me and you never want to talk.",
    "You didn't pay the gas bill and you didn't tell me.",
    "You never do the school run, you never do the shopping, I'm completely drained.",
    "You always stay late at work and you never tell me when you'll be home.",
    "You don't text when you're late, you don't eat with us, and I'm lonely.",
    "You never plan anything for us and you always cancel on my friends.",
    "You never wash your gym stuff, you never change the bed, and I'm knackered.",
    "You didn't call the landlord and you didn't fix the leak, and now I'm stressed about the "
    "deposit.",
    "You never listen when I talk about work and you always check your phone at dinner.",
    "You never help with the baby at night, you never let me sleep in, and I'm running on empty.",
    "You always spend Saturdays at the football and you never take the kids.",
    "You didn't book the vet, you didn't order the prescription, and I'm worn out.",
    "You never put the kids to bed and you never clean the bathroom.",
    "You never ask about my day and you always talk over me.",
    "You don't do the laundry, you don't do the dishes, and you wonder why I'm fed up.",
    "You never sort the recycling, you never feed the cat, and I'm tired of asking.",
    "u never cook, u never clean, and then u wonder why im shattered",
    "You never thank me for the packed lunches and you never notice when I've cleaned.",
]
_CLAUSE = re.compile(
    r"\b(?:you|u)\s+(?:never|always|don'?t|didn'?t|forgot)\s+(?P<what>[^,;.]+?)(?=,|;|\.|$|\s+and\b)",
    re.IGNORECASE,
)
_STATE = re.compile(
    r"\b(?:i'?m|im)\s+(?:so\s+|completely\s+)?(?P<s>exhausted|stressed|drained|knackered|lonely"
    r"|worn|tired|fed|shattered|on\s+my\s+knees|running\s+on\s+empty)",
    re.IGNORECASE,
)
_STOP = frozenset(
    [
        "the",
        "a",
        "an",
        "to",
        "of",
        "my",
        "me",
        "your",
        "with",
        "us",
        "for",
        "at",
        "on",
        "up",
        "out",
        "when",
        "you'll",
    ]
)


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z']+", text.lower()) if w not in _STOP}


@pytest.mark.parametrize("text", MULTI)
def test_a_whole_message_carries_every_complaint_and_their_own_state(text: str) -> None:
    whole = analyse(text).compose().text
    if whole is None:
        return  # left for the person with notes: nothing lost
    said = _stems(whole)
    for m in _CLAUSE.finditer(text):
        assert _stems(m.group("what")) & said, (m.group("what"), whole)
    for m in _STATE.finditer(text):
        assert m.group("s").split()[0][:5].lower() in said, (m.group("s"), whole)


def test_the_kids_the_cooking_and_the_tiredness_are_not_cut_to_one_request() -> None:
    text = "You never do nursery pickup, you never cook, and then you wonder why I'm tired."
    assert analyse(text).compose().text is None


@pytest.mark.parametrize(
    "text",
    [
        "Wow. Four pints before lunch on a Monday. Impressive stuff Gary.",
        "Oh bravo. Another £300 on the fantasy league. Well done you.",
        "Nice one. Home at 2am on a school night. Quite the role model.",
    ],
)
def test_no_whole_message_keeps_mock_praise(text: str) -> None:
    c = analyse(text).compose()
    assert c.text is None, c.text


def test_the_mock_praise_is_left_for_the_person_with_a_word_on_it() -> None:
    text = "Wow. Four pints before lunch on a Monday. Impressive stuff Gary."
    left = {x.sentence: x.hint for x in analyse(text).compose().left}
    assert "Impressive stuff Gary." in left
    assert "jab" in left["Impressive stuff Gary."]


def test_a_message_the_learned_layer_reads_as_scornful_gets_no_whole_message() -> None:
    text = "I washed up, hoovered AND did the big shop today. What did you do? Oh right, nothing."
    c = analyse(text).compose()
    assert c.text is None
    assert "Oh right, nothing." in {x.sentence for x in c.left}, c.left


def test_again_on_its_own_line_gets_a_word_that_joins_it_to_what_happened() -> None:
    # written in lower case, so no whole message is composed: the notes say what to do
    text = "you said you'd pick ollie up from karate. you forgot him. again. he waited an hour."
    c = analyse(text).compose()
    hints_for = {x.sentence.lower(): x.hint for x in c.left}
    assert c.text is None
    assert "You forgot him again." in hints_for.get("again.", ""), hints_for


def test_again_in_a_whole_message_is_joined_to_what_happened() -> None:
    text = "You said you'd pick Ollie up from karate. You forgot him. Again. He waited an hour."
    said = analyse(text).compose().text
    assert said is None or ("You forgot him again." in said and "Again." not in said), said


EVERYDAY = [
    "stuck on the A14, gonna be 20 mins late sorry",
    "Running late, train's cancelled again, be home about 8",
    "traffic is fucking horrendous, be there in 30",
    "ffs the bus didn't turn up, getting an uber",
    "Can you grab bread and oat milk on the way home?",
    "we're out of loo roll btw",
    "can u get the kids from school today, my meeting's running over",
    "I'll do pickup, you do bedtime?",
    "Bin day tomorrow, recycling week",
    "Parcel came for you, left it by the door",
    "running abt 10 min behind, traffic is shite",
    "omg look at this meme 😂",
    "lmaooo this is literally you with the remote",
    "Dinner at your mum's is 6 not 7",
    "Just parked, where are you?",
    "Car's making that noise again, booking it in Thursday",
    "Got the tickets for Saturday, 2 adults 2 kids",
    "damn, forgot my charger at work, might be slow to reply",
    "Mechanic says it'll be ready friday",
    "the M25 is a car park, sorry love, be late",
    "Can you move the car, I'm blocked in",
    "Ella's got a dentist appt at 4.15 tomorrow, can you take her?",
    "shit I left the oven on, can you check?",
    "Tesco order comes between 6 and 7",
    "Picking up pizza, what do you want on yours?",
    "bloody roadworks on Mill Lane, taking the long way round",
    "gonna be late, boss kept us back",
    "Don't forget Jake's footy kit is in the dryer",
    "heading home now, need anything from the shop?",
    "flight's delayed 2 hrs, ugh, will text when we land",
    "queue at the petrol station is mental, be a bit",
]
_FEELING_TIP = re.compile(r"\bI feel\b|how this is for you|how it is for you|request|--feel", re.I)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_texts_get_no_feeling_or_request_tip_and_no_finding(text: str) -> None:
    a = analyse(text)
    assert not [f for f in a.findings if f.polarity == "pushing"], a.findings
    assert not feeling_fits(text)
    c = a.compose()
    assert c.text is None and not c.left and not c.feelings, c
    said = tip(a.findings, text, pushing_in) or ""
    assert not _FEELING_TIP.search(said), said


@pytest.mark.parametrize(
    "text",
    [
        "Running late again. You could have told me the car needed petrol.",
        "stuck in traffic, not that you care 🙄",
        "The mortgage is late again and I feel sick about it.",
    ],
)
def test_a_text_with_more_than_logistics_is_not_read_as_everyday(text: str) -> None:
    a = analyse(text)
    shown = a.compose()
    said = tip(a.findings, text, pushing_in) or ""
    assert (
        shown.left
        or shown.text
        or [f for f in a.findings if f.polarity == "pushing"]
        or "feel" in said.lower()
        or "plainly" in said.lower()
        or shown.feelings
        or feeling_fits(text) is False
    )


@pytest.mark.parametrize(
    ("text", "sentence", "kept"),
    [
        (
            "I found the number for the gambling helpline. Call them or I will.",
            "Call them or I will.",
            ("If you don't call the gambling helpline", "I'll call them myself"),
        ),
        (
            "Ring the drink and drugs helpline this week, or I'll ring them myself.",
            "Ring the drink and drugs helpline this week, or I'll ring them myself.",
            ("the drink and drugs helpline by the end of the week", "I'll ring them myself"),
        ),
        (
            "You said you'd phone the debt advice line. Phone them today or I will.",
            "Phone them today or I will.",
            ("phoned the debt advice line by tonight", "I'll phone them myself"),
        ),
        (
            "Here's the eating disorder helpline. If you won't, I will call them myself.",
            "If you won't, I will call them myself.",
            ("the eating disorder helpline", "I'll call them myself"),
        ),
    ],
)
def test_the_example_under_keep_your_limit_keeps_their_step_and_its_condition(
    text: str, sentence: str, kept: tuple[str, ...]
) -> None:
    ex = limit_example(sentence, text)
    assert ex is not None, sentence
    assert all(k in ex for k in kept), ex
    assert not hints.threatens(sentence)


def test_the_limit_example_is_the_one_the_person_is_shown() -> None:
    text = "I found the number for the gambling helpline. Call them or I will."
    shown = examples_shown(text)
    assert any("gambling helpline" in x and "myself" in x for x in shown), shown


def test_telling_their_family_is_still_a_threat_not_a_step_of_their_own() -> None:
    assert limit_example("Call the GP or I'll ring your mum.") is None
    assert hints.threatens("Call the GP or I'll ring your mum.")


# -- stock sentences ---------------------------------------------------------------------------

STOCK_SHARE = 0.03


def test_no_sentence_of_advice_is_shown_on_more_than_3_percent_of_corpus_messages(
    cli: RunCli,
) -> None:
    rows = []
    for m in corpus():
        printed = cli("check", m["text"]).stdout
        rows.append((m["text"], [advice_of(printed), *shown(coach_words(m))]))
    n, count = shares(rows)
    stock = [(s, k) for s, k in count.most_common() if k / n > STOCK_SHARE]
    assert not stock, stock


@pytest.mark.parametrize("line", lines(), ids=lambda x: x.stock[:40])
def test_each_variant_is_warm_and_plain(line: Line) -> None:
    for v in variants_of(line.stock):
        assert not guard_problems(v), v
        assert not re.search(r"\b(?:MI|CRAFT|Gottman|OARS|NVC)\b|[\[\]…]", v), v
        assert not is_diagnostic(v), v
        if line.sendable:  # said in an example the person may send: checked as a message
            a = analyse(v)
            assert not [f for f in a.findings if f.polarity == "pushing"], (v, a.findings)
            assert not screen(v).flagged, v


def test_a_stock_line_reads_the_same_for_the_same_message_and_differs_across_messages() -> None:
    stock = "You could send it as it is: it already says how it is for you."
    texts = [f"I've been so tired since the move, number {i}, and I miss you." for i in range(40)]
    said = {vary(stock, t) for t in texts}
    assert len(said) >= 3
    assert all(vary(stock, t) == vary(stock, t) for t in texts)
    assert said <= set(variants_of(stock))


# -- reading the notes on 40 pushing messages of our own: the two most common faults ----------
# 1. A dig no rule reads was told "send it as it is" (9 of 40).
# 2. An order's note offered "Please" before the same words, the dig kept ("Please don't
#    bother coming ..., you'll only be on your phone anyway", "... like an adult") (3 of 40).


@pytest.mark.parametrize(
    "text",
    [
        "I'm not your maid. Wash your own mugs.",
        "Maybe if you actually helped for once I wouldn't be so stressed.",
        "I told you four times to ring the council. Four times!",
        "You're a grown woman who can't even post a parcel.",
        "Can't you just be normal at my work do for one night?",
        "You made me look like a fool at Dan's party.",
    ],
)
def test_a_dig_no_rule_reads_is_never_told_send_it_as_it_is(text: str) -> None:
    a = analyse(text)
    said = a.tip or ""
    assert "send" not in said.lower() or "before you send" in said.lower(), said
    assert "Nothing to change" not in said, said


@pytest.mark.parametrize(
    "text",
    [
        "Can you grab milk on the way home?",
        "I'd love it if we had a night in on Friday, just us.",
        "Thank you for doing the school run, it really helped.",
    ],
)
def test_plain_kind_or_logistic_texts_are_not_told_they_may_sting(text: str) -> None:
    assert "dig" not in (analyse(text).tip or "")


@pytest.mark.parametrize(
    ("sentence", "not_said"),
    [
        ("Don't bother coming to the carol concert, you'll only sulk anyway.", "Please"),
        ("Stop moaning and help me like an adult.", "adult"),
        ("Don't you dare walk out on me.", "Please"),
    ],
)
def test_an_order_with_a_dig_is_not_said_back_with_please_before_it(
    sentence: str, not_said: str
) -> None:
    notes = [f.hint or "" for f in analyse(sentence).findings if f.polarity == "pushing"]
    notes += [x.hint for x in analyse(sentence).compose().left]
    assert notes
    pleas = [q for n in notes for q in re.findall("\u201c(Please[^\u201d]*)\u201d", n)]
    if not_said == "Please":
        assert not pleas, notes
    else:
        assert not any(not_said in q for q in pleas), pleas


def test_a_plain_order_still_gets_its_please() -> None:
    assert hints.please_from_command("Don't text me after midnight.") is not None
    assert hints.please_from_command("Stop shouting and talk to me like an adult.") == (
        "\u201cPlease talk to me.\u201d"
    )


def test_talking_to_their_mother_is_the_persons_own_step_when_the_partner_wont() -> None:
    ex = limit_example("Talk to your dad about the loan or I will.")
    assert ex is not None and "talk to him myself" in ex and "the loan" in ex, ex
