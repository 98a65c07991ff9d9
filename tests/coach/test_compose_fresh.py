"""Whole messages that hold up on text nobody here has seen (issue 12, blind round 4).

On fresh messages every whole message the composer wrote was rated 1: the gate and the
phrasings fitted the team's corpus, not language. The principle now built in: a whole message
only when every sentence kept is plainly neutral or the person's own feeling or fact, and every
sentence dropped is fully understood. Each class below is tried on new messages written for
these tests (none from the rated sample or the corpus); each must either get no whole message
or a whole message without the fault.
"""

from __future__ import annotations

import re

import pytest

from alongside.coach import analyse


def whole(text: str) -> str | None:
    return analyse(text).compose().text


# -- 1. the kept text still carries a push the analyser did not see ---------------------------

KEPT_PUSH = re.compile(
    r"at some point|have to|stop being|stop moping|your usual|actually|right about you"
    r"|you know\b|ok\?|wow|'quick drink'",
    re.IGNORECASE,
)


@pytest.mark.parametrize(
    "text",
    [
        "I know the job loss hit you hard. But at some point you have to start looking again.",
        "I get that work is busy. But at some point you have to stop being so grumpy with us.",
        "Maybe if you spent less time at the pub you'd actually see your daughter.",
        "Your brother is right about you, you know. You never finish anything.",
        "Looking forward to your sister's party. Try not to be your usual grumpy self this "
        "time, ok? 😊",
        "You were late again. Your 'quick drink' lasted four hours.",
        "I get that you're grieving your dad, I really do. But it's been months and you need to "
        "stop moping around.",
    ],
)
def test_no_push_is_kept_in_a_whole_message(text: str) -> None:
    out = whole(text)
    assert out is None or not KEPT_PUSH.search(out), out


@pytest.mark.parametrize(
    "text",
    [
        "You're hopeless. Cheers for leaving me to do the whole school run on my own.",
        "You're lazy. The hedge hasn't been cut since April, not that you'd notice.",
        "Such a shock, you're late again. Tea's gone cold.",
        "Nice one, you forgot Ruby's assembly. Good to know where we rank.",
        "Every time I ask about your day you shrug. Every. Single. Time.",
        "Every time I start talking you pick up your phone. Every. Time.",
    ],
)
def test_no_sarcastic_thanks_or_aside_is_kept(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(
        r"cheers|not that|such a shock|nice one|good to know|Every\. |Each\. ", out, re.IGNORECASE
    ), out


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, you're pathetic. You cried at a car advert but not at my dad's funeral.",
        "Typical. You remember every football score but not our anniversary.",
    ],
)
def test_no_score_keeping_contrast_is_kept(text: str) -> None:
    out = whole(text)
    assert out is None or "but not" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Why can't you just be normal at parties?",
        "Why can't you just be normal around my friends?",
        "Why can't you act your age at family dinners?",
    ],
)
def test_a_verdict_is_not_kept_inside_a_polite_request(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"normal|your age", out), out


@pytest.mark.parametrize(
    "text",
    [
        "You've got so cold since the redundancy. You never ask how I am.",
        "You've become so hard since your brother moved away. I miss you.",
        "I asked you to come to one appointment. The fact that you won't tells me everything.",
    ],
)
def test_no_verdict_on_the_partner_is_kept(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"so cold|so hard|tells me everything", out), out


# -- 2. no stock line inserted where it makes things worse ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Looking forward to your sister's party. Try not to be your usual grumpy self this "
        "time, ok? 😊",
        "Dinner at mum's is on Sunday. Try not to check your phone all through it.",
        "I'm glad you're coming. Try to be a bit more chatty with my dad this time.",
    ],
)
def test_no_permission_question_before_a_kept_sentence(text: str) -> None:
    out = whole(text)
    assert out is None or "share an idea" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "I get that you're grieving your dad, I really do. But it's been months and you need to "
        "stop moping around.",
        "I know you miss your brother. You never talk to me about him though.",
        "Since the miscarriage you never talk to me. I need you to talk to me.",
        "I miss my gran so much. You never even mention her.",
        "You never talk about the baby we lost. It's like it never happened to you.",
    ],
)
def test_no_up_for_or_bolted_on_closer_after_grief(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"up for|sound to you|tonight|try that|OK with", out), out


@pytest.mark.parametrize(
    "text",
    [
        "You never come to bed at the same time as me. Can we talk on Thursday?",
        "You never ask about my day. Could we go for a walk at the weekend?",
    ],
)
def test_the_persons_own_time_is_not_asked_again_or_moved(text: str) -> None:
    out = whole(text)
    if out is None:
        return
    assert "tonight" not in out, out
    # their own request stays after what it asks about, not moved in front of it
    assert out.rstrip().endswith("?"), out


# -- 3. a kept sentence must not point at a dropped one ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You're a control freak. I looked it up and you match every sign.",
        "You're a psycho. My sister saw it too and said the same thing.",
        "You're an addict. I counted them last night and there were nine.",
        "Are you seriously out again? That's the fourth time this week.",
        "You never mention the baby we lost. It's like it only happened to me.",
    ],
)
def test_no_kept_sentence_refers_to_a_dropped_one(text: str) -> None:
    assert whole(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "You're a mess when you drink. On Friday you fell asleep on the stairs.",
        "You're a mess when you drink. Last night you fell asleep in the bath.",
    ],
)
def test_the_need_is_not_read_from_what_was_kept_alone(text: str) -> None:
    """The drinking went with the dropped label: the whole message must not turn to time
    together or a bare "How does it look from your side?"."""
    out = whole(text)
    assert out is None or "drink" in out, out


def test_a_sarcastic_suddenly_is_not_kept() -> None:
    out = whole(
        "You always change the subject. I bring up the chores and suddenly I'm the lazy one."
    )
    assert out is None or "suddenly" not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "You never say you love me unless I say it first.",
        "You never hug me unless you want something.",
    ],
)
def test_a_never_with_a_condition_is_not_turned_into_a_wish(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"I'd like you to .*\bunless\b", out), out


@pytest.mark.parametrize(
    "text",
    [
        "You forgot Theo's inhaler this morning. He was coughing all day.",
        "You forgot Nell's lunchbox this morning. She was hungry all day.",
    ],
)
def test_a_day_mentioned_is_not_a_need_to_be_heard(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"heard|talk about hard things", out), out


# -- 4. the observation is not dropped for the most wounding line ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You never hold my hand now. Never. Is it because I've put on weight or is there "
        "another woman?",
        "you never text me during the day anymore. is work really that busy or are you avoiding me",
        "u never kiss me anymore. not once. do u even fancy me or have u met someone",
    ],
)
def test_no_accusing_question_is_kept(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"\bor\b.*\?|avoiding|another woman|met someone", out)


@pytest.mark.parametrize(
    "text",
    [
        "u never cook anymore. do u even notice im here",
        "ur always at ur mums. i miss u",
    ],
)
def test_texting_spelling_is_not_mixed_with_the_coachs(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"\b(?:u|ur)\b", out), out


# -- 5. punctuation after an emoji --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for cooking 😊 Maybe clear up after yourself next time?",
        "Looking forward to your sister's party. Try not to be your usual grumpy self this "
        "time, ok? 😊",
    ],
)
def test_no_full_stop_after_an_emoji(text: str) -> None:
    out = whole(text)
    assert out is None or not re.search(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]\.", out), out


# -- 6. a decision of theirs is not followed by an invitation ---------------------------------


def test_a_decision_is_not_followed_by_a_request() -> None:
    out = whole("Your mum rang again about Easter. I'm not doing four days there this year.")
    assert out is None or not out.rstrip().endswith("?"), out


# -- the principle, on a plain message: a good whole message is still written ------------------


def test_a_plain_observation_still_gets_a_whole_message() -> None:
    out = whole("You promised you'd cut down. It's 11 and you're on your fourth beer.")
    assert out is not None
    assert out.startswith("You promised you'd cut down. It's 11 and you're on your fourth beer.")
