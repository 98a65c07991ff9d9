"""Notes are picked by the situation a message is about, and name what the words do (issue
12, blind round 7: notes on pushing messages rated 2.70). Faults seen there, each tested here
on the team's own messages (not the rated ones):

- an example picked by a topic word, not the situation: a suspected affair answered with
  couple time, someone who goes to therapy offered "a first session", the sender's own
  relative in hospital turned into "How was it for you?";
- one fallback question said word for word across many messages;
- a note naming the wrong thing: a jab that rules out their answer called a "limit", a dare
  ("Try being me for a day") called advice, "I'll never forget that" told to be a request.
"""

from __future__ import annotations

import json
import re
import zlib
from collections import Counter
from pathlib import Path

import pytest

from alongside.coach import analyse
from alongside.coach.examples import example_for, moment_example, situation
from tests.coach.notes_shown import examples_shown, notes_shown

_QUOTE = re.compile(r"\u201c([^\u201d]+)\u201d")
OUT = Path(__file__).resolve().parent.parent / "data" / "rewrite_corpus_out.jsonl"


_notes = notes_shown
_examples = examples_shown


# -- the situation, read from the whole message ---------------------------------------------------

SITUATIONS = [
    ("who is he. and dont tell me a gym buddy, im not an idiot", "suspicion"),
    ("Why are there texts from Marisa on your phone at 2am?", "suspicion"),
    ("so it's 'just a colleague' who sends kisses now is it", "suspicion"),
    ("You laughed when I said I see a counsellor. Guess I'm pathetic for going.", "in_therapy"),
    ("my therapist says I'm allowed to be angry about this", "in_therapy"),
    ("not one text when my mum was in intensive care", "mine_ill"),
    ("You went to the pub while my brother was in hospital.", "mine_ill"),
    ("ur off fishing again. ill just parent alone then", "alone_kids"),
    ("Bath and bedtime on my own again, cheers.", "alone_kids"),
    ("I'm the one holding this whole family together.", "load"),
    ("Try doing my week for once.", "load"),
    ("Nice of you to finally turn up.", "late"),
    ("4 hours is a quick pint now apparently", "late"),
]


@pytest.mark.parametrize(("text", "expected"), SITUATIONS)
def test_the_situation_is_read_from_the_message(text: str, expected: str) -> None:
    assert expected in situation(text), situation(text)


@pytest.mark.parametrize(
    "text",
    [
        "My therapist thinks you'd benefit from seeing someone.",  # therapy, not an affair
        "Your mum was in hospital and I drove her every day.",  # their relative, not mine
        "We could go fishing together on Saturday.",
    ],
)
def test_a_situation_is_not_read_into_a_message_without_it(text: str) -> None:
    assert not situation(text) & {"suspicion", "mine_ill", "alone_kids"}, situation(text)


# -- examples fit the situation -------------------------------------------------------------------

_COUPLE_TIME = re.compile(
    r"one\s+evening|evening\s+a\s+week|just\s+ours|just\s+for\s+us|time\s+with\s+you|close\s+again|put\s+it\s+away"
    r"|first\s+session|one\s+session|talking\s+to\s+someone|which\s+days",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "text",
    [
        "who is he. and dont tell me a gym buddy, im not an idiot",
        "Who's she then? Don't say a work friend, I saw the texts from Leanne.",
        "oh wow, another 'quick drink with a colleague' at midnight. who is she",
    ],
)
def test_a_suspicion_gets_no_couple_time_example(text: str) -> None:
    found = _examples(text)
    assert found, _notes(text)
    for ex in found:
        assert not _COUPLE_TIME.search(ex), ex
        assert re.search(r"truth|honest|straight\s+answer", ex, re.I), ex


def test_a_suspicion_names_the_person_the_message_names() -> None:
    ex = example_for("Don't lie.", "Don't lie. I saw the texts from Leanne.")
    assert ex is not None and "Leanne" in ex, ex


@pytest.mark.parametrize(
    "text",
    [
        "You laughed at me for seeing a counsellor. Honestly you're such a snob.",
        "You told your mates my therapy is a waste of money. You're pathetic.",
    ],
)
def test_someone_already_in_therapy_is_not_offered_a_first_session(text: str) -> None:
    notes = _notes(text)
    assert any("For example:" in n for n in notes), notes
    for note in notes:
        for ex in _QUOTE.findall(note.split("For example:")[-1]):
            assert not re.search(r"first\s+session|one\s+session|open\s+to", ex, re.I), note


def test_someone_who_goes_gets_an_example_about_their_own_therapy() -> None:
    text = "You laughed at me for seeing a counsellor. So I'm pathetic for going, am I?"
    ex = example_for("So I'm pathetic for going, am I?", text)
    assert ex is not None and re.search(r"\bI go\b|me going", ex), ex


@pytest.mark.parametrize(
    ("text", "sentence", "kept"),
    [
        (
            "Sobbing over a rugby match and not one call when my mum was in hospital. Pathetic.",
            "Pathetic.",
            "my mum was in hospital",
        ),
        (
            "Typical. You went to the pub while my brother was in intensive care.",
            "Typical.",
            "my brother was in intensive care",
        ),
    ],
)
def test_the_senders_own_relative_stays_theirs(text: str, sentence: str, kept: str) -> None:
    ex = example_for(sentence, text) or moment_example(sentence, text)
    assert kept in ex, ex
    assert "for you?" not in ex and "your " not in ex.lower(), ex
    assert re.search(r"\bI needed\b", ex), ex


def test_a_place_in_the_senders_own_loss_is_not_asked_about_as_theirs() -> None:
    text = "Pathetic. Didn't even visit when my nan was in hospital."
    found = _examples(text)
    assert found, _notes(text)
    for ex in found:
        assert "How was it for you" not in ex and "my nan" in ex, ex


@pytest.mark.parametrize(
    ("text", "sentence", "wanted"),
    [
        (
            "oh brilliant, ur off fishing again. ill just parent alone then",
            "oh brilliant, ur off fishing again.",
            r"kids",
        ),
        (
            "Must be nice having a husband who cooks AND pays the mortgage. Enjoy your xbox.",
            "Enjoy your xbox.",
            r"jobs|help at home",
        ),
        (
            "Nice of you to finally turn up. The kids had tea an hour ago.",
            "Nice of you to finally turn up.",
            r"late|text me",
        ),
        (
            "hope the lads enjoyed ur quick pint. 4 hours is a quick pint now apparently",
            "hope the lads enjoyed ur quick pint.",
            r"4 hours|text me",
        ),
    ],
)
def test_the_example_is_about_the_real_issue(text: str, sentence: str, wanted: str) -> None:
    ex = example_for(sentence, text)
    assert ex is not None and re.search(wanted, ex, re.I), ex
    assert not _COUPLE_TIME.search(ex), ex


# -- notes name what the words do ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "who is he. and dont tell me a gym buddy, im not an idiot",
        "Where were you? Don't say you forgot.",
        "Don't give me the traffic excuse again.",
    ],
)
def test_ruling_out_their_answer_is_a_jab_not_a_limit(text: str) -> None:
    notes = _notes(text)
    assert notes
    for note in notes:
        assert "is a limit, keep it" not in note and "is your limit" not in note, note
    assert any("before they speak" in n for n in notes), notes


@pytest.mark.parametrize(
    "text",
    [
        "Don't read my texts without asking.",
        # told not to be told what to feel: the person's limit, not their answer ruled out
        "I'm still angry about what you did with her. So don't tell me to get over it.",
    ],
)
def test_a_plain_dont_is_still_a_limit(text: str) -> None:
    notes = " ".join(_notes(text))
    assert "before they speak" not in notes


@pytest.mark.parametrize(
    "text",
    [
        "I'm doing the nights, the nursery run and my job. Try being me for a week.",
        "You think you're tired? Try working my shifts for once.",
    ],
)
def test_a_dare_is_not_called_advice(text: str) -> None:
    notes = _notes(text)
    assert notes
    for note in notes:
        assert "advice they didn't ask" not in note and "share an idea" not in note, note
    assert any("dare" in n for n in notes), notes


@pytest.mark.parametrize(
    "text",
    [
        "You missed our son's operation for a golf day. Not one call in 2 days. "
        "I'll never forget that.",
        "You weren't at my gran's funeral. You didn't even ring. I'll never forget that.",
    ],
)
def test_a_hurt_held_on_to_is_not_told_to_be_a_request(text: str) -> None:
    notes = _notes(text)
    held = [n for n in notes if "never forget" in n.lower() or "forget it" in n.lower()]
    assert held, notes
    for note in held:
        assert "request" not in note.split("For example")[0], note
        assert not _COUPLE_TIME.search(note.split("For example")[-1]), note


def test_a_label_why_quotes_no_stock_label_and_scorn_why_no_stock_list() -> None:
    a = analyse("You're such a drama queen.")
    whys = [f.why for f in a.findings if f.polarity == "pushing" and f.why]
    assert whys and not any("controlling" in w for w in whys), whys
    b = analyse("Off to your precious golf again then.")
    whys = [f.why for f in b.findings if f.polarity == "pushing" and f.why]
    assert whys and not any("faith" in w for w in whys), whys


# -- no fallback line said word for word across messages ---------------------------------------

TOPICLESS = [
    "You're such a drama queen.",
    "Honestly you're pathetic.",
    "You're a coward, plain and simple.",
    "Grow a spine.",
    "What a joke you are.",
    "You're so childish it's unreal.",
    "you are honestly the most selfish person alive",
    "Typical you.",
    "You're useless, you know that?",
    "Such a baby.",
    "you're a nightmare to live with",
    "You're impossible.",
]


def test_fallback_questions_vary_across_messages() -> None:
    given = Counter(moment_example(t, t, variant=zlib.crc32(t.encode("utf-8"))) for t in TOPICLESS)
    assert len(given) >= 7, given
    assert max(given.values()) <= 2, given.most_common(3)


def _closers(row: dict[str, object]) -> set[str]:
    """The closing question of every example, tip and suggestion shown for one message."""
    out: set[str] = set()
    texts = [str(row.get("suggestion") or "")]
    notes = [str(row.get("tip") or "")]
    for key in ("findings", "left_for_you"):
        notes += [str(x.get("hint") or "") for x in row[key]]  # type: ignore[attr-defined]
    texts += [q for n in notes for q in _QUOTE.findall(n)]
    for t in texts:
        last = re.split(r"(?<=[.!?])\s+", t.strip())[-1]
        if last.endswith("?"):
            out.add(last)
    return out


def test_no_closing_question_on_more_than_5_percent_of_the_corpus() -> None:
    rows = [json.loads(x) for x in OUT.read_text(encoding="utf-8").splitlines() if x]
    assert len(rows) >= 300
    counts = Counter(c for r in rows for c in _closers(r))
    worst, n = counts.most_common(1)[0]
    assert n <= 0.05 * len(rows), (worst, n)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # praise taken back is not an order to make into a request
        (
            "So when you actually bother you can be a half decent dad. Shame it's once a year.",
            "request",
        ),
        # an accusation is not an order either
        (
            "Your doctor said you need to stop vaping. You promised me at Christmas. You lied.",
            "request",
        ),
        # a tag after a comparison: the comparison is the dig, not "what happened" to keep
        ("Mia's husband booked every antenatal class himself. Just saying.", "Keep what happened"),
    ],
)
def test_the_note_names_what_the_words_do(text: str, wrong: str) -> None:
    notes = _notes(text)
    assert notes, text
    for note in notes:
        assert wrong not in note.split("For example")[0], note


def test_the_example_keeps_the_persons_own_word_for_the_habit() -> None:
    text = "Your doctor said you need to stop vaping. You promised me at Christmas. You lied."
    found = _examples(text)
    assert found and all("vaping" in ex for ex in found), found


def test_long_hours_and_the_kids_get_time_with_the_kids_not_couple_time() -> None:
    text = "You do 60 hour weeks and then wonder why the kids don't want to play with you."
    found = _examples(text)
    assert found, _notes(text)
    ex = found[0]
    assert "kids" in ex, ex
    assert not re.search(r"just\s+(?:ours|for\s+us)|time\s+with\s+you", ex), ex


PROMISES = [
    "You said you'd text when you landed. It's midnight. Again. Second time this month.",
    "You promised you'd be home for Jack's match. You missed it. Again. He looked for you.",
    "You said you'd collect the cake at 2. The shop closed at 5. Again.",
    "You promised you'd be back for tea. It's 10. Again. Fourth time this week.",
    "You said you'd book the vet for Monday. You forgot. Again.",
    "You promised you'd call your sister back. She rang me instead. Again.",
]


def test_whole_messages_about_promises_do_not_share_one_stock_closer() -> None:
    endings = []
    for text in PROMISES:
        whole = analyse(text).compose().text
        if whole:
            endings.append(re.split(r"(?<=[.!?])\s+", whole.strip())[-1])
    assert len(endings) >= 3, endings
    assert "What would make it easier next time?" not in endings, endings
    assert max(Counter(endings).values()) <= len(endings) // 2, endings


@pytest.mark.parametrize(
    "text",
    [
        "If you won't see someone I honestly don't know what else to do. I've tried everything.",
        "I'm exhausted. You need to get help. I've tried everything.",
    ],
)
def test_the_persons_exhaustion_gets_support_not_the_same_point(text: str) -> None:
    notes = _notes(text)
    assert notes
    for note in notes:
        assert "same point" not in note.lower(), note
    assert any("for yourself" in n for n in notes), notes


def test_being_taken_out_on_keeps_the_senders_own_need() -> None:
    text = "Your stress is turning into temper and you're taking it out on me since your dad died."
    ex = example_for(text, text)
    assert ex is not None and re.search(r"\bI need it not to (?:land on|come out at) me\b", ex), ex


@pytest.mark.parametrize(
    "text",
    [
        "My mate was right about you from day one. I just didn't want to see it.",
        "You've been like this since we met and I've always been the one to give in.",
    ],
)
def test_a_long_view_is_not_asked_about_as_what_just_happened(text: str) -> None:
    for v in range(12):
        ex = moment_example(text, text, variant=v)
        assert not re.search(r"just\s+(?:then|now|happened)|start\s+that\s+again", ex), ex


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("You should be sorting the garden, not watching the darts.", "watching"),
        ("You need to be putting the kids to bed instead of scrolling.", "scrolling"),
    ],
)
def test_a_should_said_as_a_wish_drops_the_contrast_that_digs(text: str, gone: str) -> None:
    rewrites = [f.rewrite for f in analyse(text).findings if f.rewrite]
    assert rewrites, text
    for r in rewrites:
        if r.startswith("I'd like you to"):
            assert gone not in r and "be " not in r.split("to", 1)[1][:4], r


def test_the_persons_own_anger_is_not_answered_with_a_time_out_for_raised_voices() -> None:
    text = "I'm still angry about what you did with her. So don't tell me to get over it."
    for ex in _examples(text):
        assert "voices" not in ex and "heated" not in ex, ex
    shouted = example_for("You were shouting at me again.", "You were shouting at me again.")
    assert shouted is not None and re.search(r"voices|heated", shouted), shouted
