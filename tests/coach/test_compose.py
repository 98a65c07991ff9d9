"""The composer (issue 12, docs/rewriting.md): one whole gentler message built from what the
person means, with its guards, each on many examples, and how often it composes at all."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from alongside.coach import analyse
from alongside.coach.analyse import pushing_in
from alongside.coach.compose import calm, has_fact, words
from alongside.coach.rewrite import guard_problems, is_diagnostic
from alongside.safety import screen
from tests.coach.corpus_guards import CORPUS

CORPUS_MESSAGES: list[dict[str, Any]] = [
    json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line
]
PUSHING = [m for m in CORPUS_MESSAGES if "pushing" in m["tags"]]
# The share of the pushing corpus messages that get a whole message. Blind raters scored a
# bad whole message below none at all (2.1 against 3.0 for the hints alone), so the composer
# composes only where it is sure (compose.py's confidence gate); the rest get their hints.
# Round 3b: stock need lines, a dropped concern and an undone decision rated 2, so those
# messages now get hints (3.07) instead: fewer whole messages, each one fitting (47 of 167).
# Round 4 (fresh messages nobody here had written: every whole message rated 1): a whole
# message only where every kept sentence is plainly neutral or the person's own and every
# dropped one is understood, so fewer again (34 of 167; the floor leaves room for a few more
# declines as the analyser learns, not for a composer that declines everything). Session 8:
# 30 of 167, after counselling is no longer asked for again where they walk out when it comes up.
# Session 9: 20 of 167, a stock wish to see someone, a stock time-out in place of the
# person's own point, and their sentences with only "When would be a good time to talk about
# it?" are left with hints instead (blind round 5: those scored 2 of 5, hints 3.56).
# Then 16: nothing is composed where nothing of theirs would be kept (only stock lines).
COMPOSED_AT_LEAST = 0.09


def _phrasings() -> list[str]:
    w = words()
    out = [p for group in (w.needs, w.asks) for options in group.values() for p in options]
    out += list(w.ending) + [f.format(feel="hurt") for f in w.feel]
    return [p.format(about=" about your dad", child="Ollie") for p in out]


@pytest.mark.parametrize("phrase", _phrasings())
def test_every_phrasing_is_plain_words_that_do_not_push(phrase: str) -> None:
    assert guard_problems(phrase) == []
    assert pushing_in(phrase) == [], phrase
    assert not screen(phrase).flagged, phrase
    assert not is_diagnostic(phrase)
    assert "either way" not in phrase and "your choice" not in phrase.lower()


def test_no_phrasing_names_a_feeling_for_the_person() -> None:
    for phrase in _phrasings():
        if "{feel}" in phrase or phrase.endswith("hurt."):
            continue
        assert not re.search(r"\bI\s+(?:feel|felt|am\s+(?:so\s+)?(?:sad|hurt|scared))", phrase)


@pytest.mark.parametrize("example", words().examples, ids=lambda e: str(e["text"])[:40])
def test_the_data_file_examples(example: dict[str, object]) -> None:
    text = str(example["text"])
    suggestion = analyse(text).suggestion
    if example.get("composed") is False:  # left for the person, each sentence with a hint
        assert suggestion is None, suggestion
        return
    assert suggestion is not None, text
    for part in example.get("contains", []):  # type: ignore[attr-defined]
        assert part in suggestion, (part, suggestion)
    for part in example.get("lacks", []):  # type: ignore[attr-defined]
        assert part not in suggestion, (part, suggestion)


def test_the_issue_examples_are_whole_messages_without_the_push() -> None:
    cases = {
        "You never listen to me. You need therapy.": ("listen to me", "You need therapy"),
    }
    for text, (kept, gone) in cases.items():
        suggestion = analyse(text).suggestion
        assert suggestion is not None, text
        if kept:
            assert kept in suggestion
        assert gone not in suggestion
        assert "Can I share an idea" not in suggestion and "?" in suggestion


FACTS = [
    (
        "You were drunk again last night. That's the fourth time this week. You're an alcoholic.",
        ["last night", "the fourth time this week"],
    ),
    ("You spent £340 on that betting app last week. You're hopeless.", ["£340", "last week"]),
    ("You said you'd call at 8. It's 11. You always do this.", ["at 8", "11"]),
    ("Every time I try to talk you pick up your phone. Calm down about it.", ["Every time"]),
    ("You missed Ella's recital on Friday. You're pathetic.", ["Ella's recital", "Friday"]),
    ("You've been on that game for 7 hours. Grow up.", ["7 hours"]),
]


@pytest.mark.parametrize(("text", "facts"), FACTS)
def test_facts_are_kept_word_for_word(text: str, facts: list[str]) -> None:
    analysis = analyse(text)
    if analysis.suggestion is None:
        return  # nothing composed: the person's own message stands, every fact in it
    kept = " ".join([analysis.suggestion or ""] + [x.sentence for x in analysis.left_for_you])
    for fact in facts:
        assert fact in kept, (fact, kept)


NO_FEELING = [
    "You never listen to me. You need therapy.",
    "You're so selfish. You never help with the kids.",
    "You were on that phone all of dinner. It's actually pathetic.",
    "You're so dramatic. You were on your phone all through dinner.",
    "You should stop drinking. Everyone's noticed.",
    "Why do you never ask about my day?",
]


@pytest.mark.parametrize("text", NO_FEELING)
def test_no_feeling_is_invented_and_a_picked_one_is_woven_in(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion
    assert suggestion is not None, text
    assert not re.search(r"\bI(?:'ve been)?\s+feel(?:ing)?\b", suggestion)
    picked = analysis.compose("lonely").text or ""
    assert "lonely" in picked and picked.count("lonely") == 1


REPORTED = [
    "Your brother said you owe him 500 quid. How many more people are you borrowing from?",
    "The cardiologist said you need to stop smoking. You promised me in the hospital. You lied.",
    "Your mam rang me crying. She said you were slurring at 4. Don't tell me it's fine.",
    "My therapist literally said you're emotionally unavailable. You never open up.",
    "Your dad said you need to put me in my place. Why do you never stand up for me?",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_speech_is_word_for_word_or_left_out(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion or ""
    for sentence in re.findall(r"[^.!?]+[.!?]", text):
        sentence = sentence.strip()
        if re.search(r"\b(?:said|says|thinks)\b", sentence):
            left = [x.sentence for x in analysis.left_for_you]
            assert sentence in suggestion or sentence in left or not suggestion, sentence
            assert "said I'd" not in suggestion and "said I'd like" not in suggestion


LIMITS = [
    "You never listen. You need therapy or we're done.",
    "GO TO THERAPY OR DONT BOTHER COMING HOME",
    "I am DONE cleaning up your sick at 3am. DONE.",
    "Don't ring me when you're pissed. I'll hang up. Ring me tomorrow.",
    "I'm not going to keep covering for you with your boss. You're a mess.",
    "You cheated and you lied and now I'm leaving. Don't text me tonight.",
]


@pytest.mark.parametrize("text", LIMITS)
def test_limits_stay_calm_statements_never_questions_nor_either_way(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion
    if suggestion is None:
        return  # left as the person's own words
    assert "either way" not in suggestion and "your choice" not in suggestion.lower()
    last = re.findall(r"[^.!?]+[.!?]", suggestion)[-1]
    assert not last.strip().endswith("?") or not any(
        s in suggestion for s in ("done", "leaving", "hang up", "covering")
    ), suggestion
    assert "DONE" not in suggestion  # said at normal volume


HARD = [
    "You slept with someone else and now you want ME to go to counselling. You need therapy.",
    "You cheated for a year and a half. You're a liar and a coward.",
    "You're still texting your ex every night at midnight. You always say it's just friends.",
    "You need therapy for how you treated me in our marriage. Your new girlfriend should know.",
    "Since the divorce you never call the kids. You need to grow up.",
    "You check my phone every night and decide who I see. You're so controlling.",
]


@pytest.mark.parametrize("text", HARD)
def test_no_couples_or_togetherness_line_in_hard_situations(text: str) -> None:
    analysis = analyse(text)
    for out in [analysis.suggestion or ""] + [f.rewrite or "" for f in analysis.findings]:
        assert not re.search(r"couples?|together|session|find our way", out, re.I), out


DIAGNOSES = [
    "You need to see someone about your anger. It's not normal.",
    "You're a functioning alcoholic and you're too proud to admit it.",
    "You have serious anger issues and you need anger management.",
    "u need to see a psychiatrist fr, something is not right in ur head",
    "Normal people don't throw their phone across the room because of a football match.",
    "You're bipolar, you can't just decide you're cured.",
    "Your PTSD is ruining this family. You need the VA program, today.",
]


@pytest.mark.parametrize("text", DIAGNOSES)
def test_nothing_diagnostic_and_no_template_in_the_whole_message(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion or ""
    assert not is_diagnostic(suggestion), suggestion
    assert guard_problems(suggestion) == []
    assert not re.search(r"[\[\]{}<>]|…|\.\.\.|PIUS|\bP\d+\b", suggestion)
    for f in pushing_in(suggestion):
        raise AssertionError((f.id, suggestion))


def test_phrasings_vary_across_messages_so_no_closer_is_everywhere() -> None:
    endings: dict[str, int] = {}
    composed = 0
    for message in PUSHING:
        suggestion = analyse(message["text"]).suggestion
        if suggestion:
            composed += 1
            last = re.findall(r"[^.!?]+[.!?]", suggestion)[-1].strip()
            endings[last] = endings.get(last, 0) + 1
    assert composed and max(endings.values()) <= composed * 0.15, sorted(endings.items())


def test_the_same_message_gets_the_same_words() -> None:
    text = "You never ask about my day. You're so selfish."
    assert analyse(text).suggestion == analyse(text + "").suggestion


def test_most_pushing_corpus_messages_get_a_whole_message() -> None:
    composed = sum(1 for m in PUSHING if analyse(m["text"]).suggestion)
    assert composed / len(PUSHING) >= COMPOSED_AT_LEAST, (composed, len(PUSHING))


def test_shouting_is_said_at_normal_volume_but_acronyms_stay() -> None:
    assert calm("I am DONE cleaning up at 3am!!") == "I am done cleaning up at 3am!"
    assert calm("Your ADHD meds and the NHS letter") == "Your ADHD meds and the NHS letter"
    assert calm("im tired") == "I'm tired"


def test_what_counts_as_a_fact() -> None:
    for sentence in ("It's been 2 years.", "Not once since you moved to Dubai.", "Every day."):
        assert has_fact(sentence), sentence
    for sentence in ("You're so selfish.", "Grow up.", "Calm down."):
        assert not has_fact(sentence), sentence


def test_the_issue_example_with_nothing_found_before_gets_a_whole_message() -> None:
    """ "I'm so tired of doing everything around here while you sit on your phone." was
    "Nothing here looks pushing. Lovely." (rated 1): their feeling kept, the need and one
    small request added. (That exact text now trips the retrained safety screen, so a close
    one is used.) Their own feeling already says how it is, so no stock need is put after it
    (blind round 4b: "I'd love us to be a team in this" after "I feel so alone in this")."""
    text = "I'm so tired of doing all the housework while you sit on your phone."
    suggestion = analyse(text).suggestion or ""
    assert suggestion.startswith("I'm so tired of doing all the housework.")
    assert suggestion.endswith("?") and "sit on your phone" not in suggestion
    assert "jobs at home" not in suggestion and "around the house" not in suggestion
    assert suggestion.count(".") + suggestion.count("?") == 2  # their words and one request


def test_a_plain_complaint_gets_its_need_and_one_request() -> None:
    text = "You promised you'd be home for Ella's recital. You missed it. She cried."
    suggestion = analyse(text).suggestion or ""
    assert suggestion.startswith(text) and suggestion.endswith("?")
    assert suggestion.count("?") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for the flowers, they made me smile all day.",
        "I loved Sunday. You were so present with the kids.",
        "What is it about therapy that worries you most? I'd genuinely like to understand.",
        "I won't lend you money again. I love you, and that's my line.",
        "Babe I found a couples counsellor near your work. No pressure x",
    ],
)
def test_warm_gentle_or_limit_messages_are_left_whole_with_a_plain_idea(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None
    tip = analysis.tip or ""
    assert "Lovely" not in tip and "PIUS" not in tip and not re.search(r"\bP\d", tip)
    assert "request" not in tip  # no request pushed onto warm words, a question, or a limit


def test_the_idea_for_a_question_is_to_send_it() -> None:
    tip = analyse("What is it about therapy that worries you most?").tip or ""
    assert tip.startswith("You could send it as it is")
