"""The coach's gentler words: guards over many examples (issue 12), and composition.

Every guard is checked on every example: no template text, brackets or instructions in words
meant to be sent; reported speech untouched; no fact changed; no feeling the person did not
name; limits and decisions kept; no couples line after abuse, control, an affair or a
break-up; nothing diagnostic survives; every rewrite re-checked (no pushing finding of its
own, the safety screen not tripped).
"""

from __future__ import annotations

import re

import pytest

from alongside.coach import analyse
from alongside.coach.analyse import pushing_in
from alongside.coach.compose import has_fact, words
from alongside.coach.rewrite import (
    feeling_choices,
    guard_problems,
    is_diagnostic,
    is_hard,
    names_a_feeling,
    states_a_limit,
)
from alongside.safety import screen

# Varied messages (people, situations, anger, spelling); each is checked against every guard.
MESSAGES: tuple[str, ...] = (
    "You never listen. You need therapy or we're done.",
    "Calm down. Just get over it.",
    "But you always brush me off, and honestly you need to stop shouting.",
    "Every time I bring it up, you walk away.",
    "Every single time we visit your mum, you disappear into your phone.",
    "Your dad said you need to put me in my place.",
    "My sister told me I should just leave him.",
    "You need to see someone about your anger. It's not normal.",
    "You have issues and everyone can see it.",
    "Your anger issues are ruining this family.",
    "You always make plans without asking me. I feel so lonely.",
    "You should talk to someone.",
    "Stop checking my phone.",
    "I'm done. If you don't stop drinking, I'm leaving.",
    "I've decided to move out at the end of the month. You should start looking for a flat.",
    "You never once see how hard I work.",
    "Everyone else's husband manages to help with the kids.",
    "Why do you always leave your dishes in the sink?",
    "You made me feel stupid in front of my mum.",
    "I need you to do it.",
    "You need to do it.",
    "You should try meditation.",
    "I found out about the affair. You need therapy.",
    "You cheated on me with Sarah for 2 years. We need to work through it together in therapy.",
    "My ex keeps texting me and you need to calm down about it.",
    "We broke up 3 weeks ago. You should stop calling me every day.",
    "He screamed at me while I was in labour. You need to get help.",
    "You're so selfish. You never help with the kids.",
    "He never calls his mother and it's been 3 weeks.",
    "You always forget Tom's birthday, 3 years in a row now.",
    "u never txt back and its been 2 days",
    "you r always on ur phone at dinner",
    "I'm not okay with you reading my messages. You have to stop.",
    "I won't keep covering for you with your boss. You must call him on Monday.",
    "You spent £400 on the card last month and you never told me.",
    "Nobody in this house ever helps me.",
    "Why can't you just go to couples counselling like a normal person?",
    "You lied to me about the money.",
    "It's all your fault we missed the flight.",
    "Oh great, another one of your brilliant ideas.",
    "You should have told me you were going out.",
    "I should have called you earlier.",
    "You must tell me where you were on Friday night.",
    "Don't touch my laptop.",
    "Listen to me when I'm talking about the kids.",
    "You need to get your drinking under control or I'm taking the kids.",
    "Honestly you have to go to therapy, it's not normal to yell like that.",
    "You need therapy.",
    "You seriously need to get some help.",
    "I feel worried. You should see a doctor about your back.",
    "We never go out anymore and you don't even care.",
    "You're being too sensitive about the holiday.",
    "Thanks for dinner.",
    "I loved our walk on Sunday. Could we do it again this week?",
    "I know work has been a lot. Would you be open to one session, just to see?",
)

_NUMBER = re.compile(r"£?\d[\d,.]*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+)\b")
_WEAKER = re.compile(r"\b(?:sometimes|often|rarely|occasionally|not everyone|some people)\b", re.I)
_COUPLES = re.compile(
    r"\b(?:couples?|together\s+in\s+therapy|find\s+our\s+way\s+through|session\s+together"
    r"|therapy\s+together|work\s+through\s+it\s+together)\b",
    re.I,
)
_I_FEEL = re.compile(r"\bI\s+feel\s+(\w+)")
_CLOSER = re.compile(r"either way|it's your choice", re.I)


def _outputs(text: str) -> list[str]:
    """Every piece of text the coach offers to send for `text`."""
    analysis = analyse(text)
    out = [f.rewrite for f in analysis.findings if f.rewrite]
    if analysis.suggestion:
        out.append(analysis.suggestion)
    return out


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.findall(r"[^.!?]+[.!?]*", text) if s.strip()]


@pytest.mark.parametrize("text", MESSAGES)
def test_no_template_text_brackets_or_instructions_in_words_to_send(text: str) -> None:
    for out in _outputs(text):
        assert guard_problems(out) == [], out
        assert not re.search(
            r"[\[\]()…]|PIUS|\bP\d+\b|describe one moment|you could add", out, re.I
        )


@pytest.mark.parametrize("text", MESSAGES)
def test_no_fact_changed_numbers_names_and_frequencies_stay(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion
    if suggestion is None:
        return
    left = " ".join(x.sentence for x in analysis.left_for_you)
    for number in _NUMBER.findall(text):
        assert number in suggestion or number in left, (number, suggestion)
    for name in _NAME.findall(text):
        if name in ("I", "Oh", "Honestly", "Thanks"):
            continue
        assert name in suggestion or name in left, (name, suggestion)
    for out in _outputs(text):
        # "every time" never becomes "sometimes"; nothing weaker is slipped in
        assert len(_WEAKER.findall(out)) <= len(_WEAKER.findall(text)), out


@pytest.mark.parametrize("text", MESSAGES)
def test_no_feeling_the_person_did_not_name(text: str) -> None:
    for out in _outputs(text):
        for feeling in _I_FEEL.findall(out):
            assert re.search(rf"\b{feeling}\b", text, re.I), (feeling, out)
        if not names_a_feeling(text):
            assert not names_a_feeling(out) or re.search(r"\bfelt\s+\w+", text + out), out


@pytest.mark.parametrize("text", MESSAGES)
def test_reported_speech_is_kept_word_for_word(text: str) -> None:
    analysis = analyse(text)
    for sentence in _sentences(text):
        says = re.search(r"\b(?:said|told|says|tells)\b", sentence)
        pushing = pushing_in(sentence)
        if says is None or not pushing or says.start() > pushing[0].start:
            continue
        if analysis.suggestion is not None:
            assert sentence in analysis.suggestion or any(
                sentence == x.sentence for x in analysis.left_for_you
            ), sentence
        assert "I'd love it if you could" not in (analysis.suggestion or "")
        for f in analysis.findings:
            if f.polarity == "pushing" and text[f.start : f.end] in sentence:
                assert f.rewrite is None or sentence not in text


@pytest.mark.parametrize("text", MESSAGES)
def test_limits_and_decisions_are_kept_and_get_no_closer(text: str) -> None:
    analysis = analyse(text)
    for out in _outputs(text):
        assert not _CLOSER.search(out), out
    if not states_a_limit(text) or analysis.suggestion is None:
        return
    left = [x.sentence for x in analysis.left_for_you]
    calm_limit = analysis.suggestion.endswith(words().ending)  # an ultimatum's limit, said last
    for sentence in _sentences(text):
        if states_a_limit(sentence):
            assert sentence in analysis.suggestion or sentence in left or calm_limit, sentence
    assert not analysis.suggestion.endswith("Could we find a quiet moment to talk about it?")


@pytest.mark.parametrize("text", [m for m in MESSAGES if is_hard(m)])
def test_no_couples_line_after_abuse_control_an_affair_or_a_break_up(text: str) -> None:
    analysis = analyse(text)
    for out in _outputs(text):
        assert not _COUPLES.search(out), out
        assert "together" not in out or "together" in text, out
    if analysis.suggestion is not None or analysis.left_for_you:
        assert analysis.compose().support is not None


@pytest.mark.parametrize("text", MESSAGES)
def test_nothing_diagnostic_survives(text: str) -> None:
    analysis = analyse(text)
    for out in _outputs(text):
        assert not is_diagnostic(out), out
    for sentence in _sentences(text):
        if is_diagnostic(sentence) and analysis.suggestion is not None:
            assert sentence not in analysis.suggestion
            if has_fact(sentence):  # replaced by the need under it, but no fact is lost
                assert any(x.sentence == sentence for x in analysis.left_for_you)


@pytest.mark.parametrize("text", MESSAGES)
def test_every_rewrite_is_rechecked_no_pushing_and_no_safety_flag(text: str) -> None:
    analysis = analyse(text)
    for f in analysis.findings:
        if f.rewrite:
            assert pushing_in(f.rewrite) == [], f.rewrite
            assert not screen(f.rewrite).flagged
        if f.polarity == "pushing":
            assert f.rewrite or f.hint, f
    if analysis.suggestion:
        kept = [s for s in _sentences(text) if re.search(r"\b(?:said|told)\b", s)]
        for f in pushing_in(analysis.suggestion):
            assert any(analysis.suggestion[f.start : f.end] in s for s in kept), f
        assert not screen(analysis.suggestion).flagged


@pytest.mark.parametrize("text", MESSAGES)
def test_at_most_one_added_question_and_no_stock_opener(text: str) -> None:
    for out in _outputs(text):
        assert out.count("Could we find a quiet moment") <= 1
        assert "how things have been between us lately" not in out
        assert "I'd love it if you could do it" not in out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You always make plans without asking me.", "You keep making plans without asking me."),
        ("You never once see how hard I work.", "I keep waiting for you to see how hard I work."),
        # "He never calls his mother." is a story about him: noted for the record, not reworked
        ("You never call your mother.", "I keep waiting for you to call your mother."),
        ("Why do you always leave your dishes out?", "Why do you keep leaving your dishes out?"),
        ("You made me feel stupid in front of my mum.", "I felt stupid in front of my mum."),
        ("You should have told me.", "I wish you had told me."),
        ("You should try meditation.", "Can I share an idea? You could try meditation."),
        ("You need therapy.", "Would you be open to trying therapy, just to see what it's like?"),
    ],
)
def test_small_edits_keep_the_persons_words(text: str, expected: str) -> None:
    rewrites = {f.rewrite for f in analyse(text).findings if f.rewrite}
    assert rewrites == {expected}


@pytest.mark.parametrize(
    ("text", "bad"),
    [
        ("Everyone else's husband manages to help with the kids.", "Some people else's"),
        ("Why do you always feel like this is my job?", "Why do sometimes"),
        ("You never once see how hard I work.", "you don't once see"),
        ("You need to do it.", "could do it."),
        ("I need you to do it.", "to do it."),
        ("You always said you'd change.", "keep said"),
    ],
)
def test_grammar_the_old_patches_broke_stays_whole(text: str, bad: str) -> None:
    for out in _outputs(text):
        assert bad not in out, out


@pytest.mark.parametrize("text", ["Stop checking my phone.", "Don't text me tonight."])
def test_a_command_that_may_be_a_limit_stays_the_persons_own(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None
    (left,) = analysis.left_for_you
    assert left.sentence == text and "limit" in left.hint


def test_a_counted_every_time_is_a_fact_kept_word_for_word() -> None:
    text = "I asked you three times this month and every time you said you were busy."
    analysis = analyse(text)
    # the counted fact stays, so the whole message would be the person's own words again:
    # nothing is offered in its place
    assert analysis.suggestion is None
    picked = analysis.compose("tired").text
    assert picked is not None and "three times this month" in picked
    assert "every time" in picked and "sometimes" not in picked
    (finding,) = [f for f in analysis.findings if f.id == "absolute"]
    assert finding.rewrite is None and finding.hint is not None


def test_a_feeling_is_only_named_when_the_person_picks_it() -> None:
    analysis = analyse("Every time I bring it up, you walk away.")
    assert "I feel" not in (analysis.suggestion or "")
    assert analysis.compose().feelings == feeling_choices()
    picked = analysis.compose("hurt").text
    assert picked == "Every time I bring it up, you walk away. I feel hurt."
    named = analyse("You always make plans without asking me. I feel so lonely.")
    assert named.compose().feelings == ()
    assert named.compose("hurt").text is not None
    assert "hurt" not in (named.compose("hurt").text or "")


def test_the_closer_is_not_the_same_everywhere() -> None:
    endings = {(analyse(m).suggestion or "").rsplit(".", 1)[-1] for m in MESSAGES}
    closers = [analyse(m).suggestion or "" for m in MESSAGES]
    quiet = sum(c.endswith("quiet moment to talk about it?") for c in closers)
    assert quiet <= len([c for c in closers if c]) // 2
    assert len(endings) > 3


def test_sentences_left_for_the_person_get_a_short_hint_not_a_stock_line() -> None:
    analysis = analyse("You're so selfish. You never help with the kids.")
    (never,) = [f for f in analysis.findings if f.id == "absolute"]
    assert never.rewrite == "I keep waiting for you to help with the kids."
    # the label is not patched: the need under both sentences is said instead
    assert analysis.suggestion is not None
    assert analysis.suggestion.startswith("I'd like you to help with the kids.")
    assert "selfish" not in analysis.suggestion and analysis.left_for_you == ()
    # a fact the whole message cannot carry: no whole message, each sentence left, with a hint
    analysis = analyse("You're so selfish. You never help with the kids since 2021.")
    assert analysis.suggestion is None
    left = analysis.left_for_you
    assert [x.sentence for x in left] == [
        "You're so selfish.",
        "You never help with the kids since 2021.",
    ]
    # the advice is short; an example of the person's own may follow it (test_examples_in_notes)
    advice = [x.hint.split(" For example: ")[0] for x in left]
    assert all(0 < len(h) < 200 for h in advice), advice
    assert all("[" not in x.hint and len(x.hint) < 340 for x in left)


@pytest.mark.parametrize(
    "text",
    [
        "I'm really proud of you.",
        "Watching you teach Zain to ride his bike this morning, my heart was so full.",
        "You said I'm a mess. That really hurt.",
    ],
)
def test_warm_words_that_name_a_feeling_get_no_stock_question_or_i_feel(text: str) -> None:
    # raters: "How was it for you?" pasted after praise, and "add I feel" after "that hurt"
    idea = analyse(text).tip or ""
    assert "How was it for you" not in idea and "I feel" not in idea


def test_the_hint_when_nothing_pushes_is_concrete_not_a_framework() -> None:
    for text in ("Thanks for dinner.", "I loved our walk. I feel close to you.", "See you at 6"):
        analysis = analyse(text)
        assert analysis.suggestion is None
        if analysis.tip:
            assert "PIUS" not in analysis.tip and not re.search(r"\bP\d", analysis.tip)
            # a concrete next step, or (thanks, affection) plainly nothing to change
            assert analysis.tip.startswith(("You could", "Nothing to change"))
