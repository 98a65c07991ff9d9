"""The safety panel names the right kind of danger, or none (issue 12's blind ratings).

Three raters gave 1/5 to a panel that named the wrong danger or raised a false alarm, and 2/5 to
a coach that missed one:

- "ur drunk again arent u ... dont bother coming home til ur sober" (a drinking limit) was
  named sexual harm, with a rape-crisis line first ('drunk' was a sexual-violence cue);
- "Everyone with ADHD takes their meds" showed the suicide line ('meds');
- "Our counsellor literally said you have avoidant attachment, so don't pretend this is all in
  my head" was named fear of the partner ('pretend', 'avoid');
- "My therapist says I'm allowed to be angry about the affair" was read as control ('allow');
- "If I go to my cousin's wedding ... don't bother coming back" (a threat that cuts someone off
  from family) and "You called me a fat useless cow in front of your friends" (a put-down in
  front of others) got no panel at all.

The rater items are here as they were rated; the other sentences are our own variations, written
for this test and not in the training files. The causes: cues that named a kind from a word the
kind does not need (`data/kind_cues.toml`), ordinary words the learned layer leaned on
(`data/quiet.toml`), and no pattern for the threat or the put-down (`data/lexicon.toml`).
"""

from __future__ import annotations

import re

import pytest

from alongside.safety import screen
from alongside.safety.cues import cues, quiet
from alongside.safety.messages import BEFORE_SENDING, SEEN, before_sending
from alongside.safety.model import model, words_of
from tests.conftest import RunCli

# Rated 1/5 as false alarms: nothing here is danger.
RATED_FALSE_ALARMS = [
    "ur drunk again arent u. i can tell from ur texts. dont bother coming home til ur sober",
    "Everyone with ADHD takes their meds. Why do you have to be so difficult about it?",
    "Our counsellor literally said you have avoidant attachment, so don't pretend this is all in "
    "my head.",
    "My therapist says I'm allowed to be angry about the affair as long as I need to. So don't "
    "tell me to 'move on'.",
]
# Our own variations of the same ordinary talk: drinking, medication, feelings, "in my head".
ORDINARY = [
    "ur drunk again arent u",
    "You're drunk again, I can hear it in your voice.",
    "you were so drunk last night you fell asleep on the sofa",
    "don't bother ringing me until you've sobered up",
    "Everyone else manages to take their meds, why can't you?",
    "You need to take your medication every morning, not when you remember.",
    "My counsellor says I'm allowed to feel sad about it for as long as I need.",
    "I'm allowed to be upset about the affair.",
    "Don't pretend it's all in my head, I saw the messages.",
]
# Danger beside the same words: it must still flag, with its kind.
STILL_DANGER = [
    ("the kids are scared of you when you've been drinking", "harm_to_children"),
    ("you were drunk and you hit me", "physical_violence"),
    ("when you're drunk you throw things at me", "physical_violence"),
    ("he took all his pills last night", "self_harm"),
    ("she's been saving up her meds, I found them in a sock", "self_harm"),
    ("he had sex with me when I was too drunk to say no", "sexual_violence"),
]
# A threat that cuts the person off from family or friends: coercive control.
CUT_OFF = [
    "If you go to your cousin's wedding don't bother coming back",
    "You said if I go to my cousin's wedding without you, don't bother coming back. I'm going.",
    "if u go see ur sister this weekend dont bother coming home",
    "He says if I visit my mum again I needn't come back.",
    "If you go to Jess's party, don't bother coming back here.",
    "she told me if i go to my friends birthday drinks i shouldn't bother coming home",
]
# Put-downs and humiliation: verbal abuse, part of coercive control, named plainly.
PUT_DOWNS = [
    "You called me a fat useless cow in front of your friends",
    "You called me a fat useless cow in front of your friends and they laughed. Then you said it "
    "was a joke.",
    "He calls me an ugly fat pig when he's angry.",
    "she called me a stupid bitch in front of the kids",
    "you keep humiliating me in front of your whole family",
    "he mocks me in front of his mates and calls me thick",
    "he puts me down all the time",
]
# Not a put-down, not a threat: the same words used ordinarily.
NOT_ABUSE = [
    "If you go to the wedding, bring me back some cake!",
    "if you go to your mum's, don't bother coming back without the casserole dish lol",
    "My friends call me a silly goose when I forget my keys.",
    "You called me at work three times today, is everything ok?",
    "I called you a cab, it'll be there in ten.",
]


@pytest.mark.parametrize("text", RATED_FALSE_ALARMS + ORDINARY)
def test_ordinary_talk_brings_no_panel(text: str) -> None:
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]


@pytest.mark.parametrize(("text", "kind"), STILL_DANGER)
def test_danger_beside_the_same_words_still_flags(text: str, kind: str) -> None:
    found = screen(text)
    assert found.flagged, text
    assert kind in found.kinds, (text, found.kinds)


@pytest.mark.parametrize("text", CUT_OFF)
def test_a_threat_to_cut_someone_off_is_control(text: str) -> None:
    found = screen(text)
    assert "coercive_control" in found.kinds, (text, found.kinds)
    assert before_sending(found.kinds), "the coach must say what sending it could do"


@pytest.mark.parametrize("text", PUT_DOWNS)
def test_a_put_down_is_named_plainly(text: str) -> None:
    found = screen(text)
    assert "coercive_control" in found.kinds, (text, found.kinds)
    assert "put down" in found.message, found.message
    assert before_sending(found.kinds)


@pytest.mark.parametrize("text", NOT_ABUSE)
def test_the_same_words_used_ordinarily_bring_no_panel(text: str) -> None:
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("sexual_violence", "ur drunk again arent u"),
        ("sexual_violence", "you were wasted at the party"),
        ("self_harm", "Everyone with ADHD takes their meds"),
        ("coercive_control", "Everyone with ADHD takes their meds"),
        ("coercive_control", "My therapist says I'm allowed to be angry about the affair"),
        ("fear_of_partner", "so don't pretend this is all in my head"),
        ("fear_of_partner", "you have avoidant attachment"),
    ],
)
def test_a_kind_is_not_cued_by_a_word_it_does_not_need(kind: str, text: str) -> None:
    assert not cues().carries(kind, text)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("sexual_violence", "he did it when I was drunk"),
        ("sexual_violence", "she waits till I'm wasted"),
        ("sexual_violence", "he got me drunk first"),
        ("self_harm", "she took all her meds at once"),
        ("self_harm", "he's been stockpiling his meds"),
        ("coercive_control", "I'm not allowed to be out after nine"),
        ("coercive_control", "he won't allow me a phone"),
        ("coercive_control", "he hides my meds"),
        ("fear_of_partner", "I pretend to be asleep when he comes in"),
        ("fear_of_partner", "I avoid him when he's like that"),
    ],
)
def test_the_cues_still_carry_what_the_kind_needs(kind: str, text: str) -> None:
    assert cues().carries(kind, text)


QUIET = quiet()


@pytest.mark.parametrize("text", [t for p in QUIET.phrases for t in p.quiet])
def test_a_quiet_phrase_example_is_not_flagged(text: str) -> None:
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]


@pytest.mark.parametrize("text", [t for p in QUIET.phrases for t in p.quiet])
def test_the_quiet_phrase_is_what_stops_it(text: str) -> None:
    """Each example would fire without the phrases: the phrase, not luck, keeps it quiet."""
    learned = model()
    assert learned.peak(text) >= learned.threshold, "the example no longer needs quieting"
    assert any(re.search(rf"\b(?:{p.pattern})\b", " ".join(words_of(text))) for p in QUIET.phrases)


@pytest.mark.parametrize("text", [t for p in QUIET.phrases for t in p.kept])
def test_danger_beside_a_quiet_phrase_still_flags(text: str) -> None:
    assert screen(text).flagged


def test_rest_drops_only_the_phrase_words() -> None:
    assert QUIET.rest(words_of("ur drunk again arent u")) == ["arent", "u"]
    assert QUIET.rest(words_of("the kids are scared of you")) is None


def test_the_slow_reader_quiets_alike() -> None:
    """Text whose lower case changes length is read unit by unit (`Model._read_units`)."""
    text = "\u0130zzy, ur drunk again arent u"
    assert len(text.lower()) != len(text)
    assert model().read(text) == []
    assert model().read("\u0130zzy, you were drunk and you hit me")


@pytest.mark.parametrize(
    "text",
    [
        "If you go to your cousin's wedding don't bother coming back",
        "You called me a fat useless cow in front of your friends",
    ],
)
def test_check_names_it_and_says_what_sending_could_do(cli: RunCli, text: str) -> None:
    result = cli("check", text, env={"ALONGSIDE_COUNTRY": "GB", "COLUMNS": "100"})
    out = " ".join(result.stdout.split())
    assert result.returncode == 0, result.stderr
    assert SEEN["coercive_control"] in out
    assert BEFORE_SENDING in out
    helplines = out[out.index("Who can help first in the United Kingdom") :]
    assert helplines.index("0808 2000 247") < helplines.index("More help")
    assert "116 123" not in helplines and "0808 500 2222" not in helplines  # one step away


def test_check_coaches_a_drinking_limit_without_a_panel(cli: RunCli) -> None:
    text = RATED_FALSE_ALARMS[0]
    result = cli("check", text, env={"ALONGSIDE_COUNTRY": "GB", "COLUMNS": "100"})
    out = " ".join(result.stdout.split())
    assert result.returncode == 0, result.stderr
    assert "Your safety comes first" not in out
    assert "Rape Crisis" not in out
