"""The composer's confidence gate (issue 12, blind round 3): a whole message only where it
keeps what the person meant; otherwise their sentences are left for them, each with a hint.

Each class of error the raters found has its own guard, tried on new messages written for
these tests (none of them is in the rated sample), and on every corpus message where the
guard can be read off the text.
"""

from __future__ import annotations

import re

import pytest

from alongside.coach import analyse
from alongside.coach.compose import addressed
from tests.coach.corpus_guards import corpus

CORPUS = corpus()


# -- 1. the need and the request come from the person's own topic words -------------------------

# A topic word in the coach's need or request, and the words of the person's that ground it.
TOPIC_GROUNDS = {
    r"\bdrinking\b": r"drink|drunk|beer|wine|pint|pub|empties|cans|booze|alcohol|sober"
    r"|hungover|rehab",
    r"\bmoney\b|\baccounts\b": r"money|£|\bquid|spen[dt]|bill|debt|betting|gambl|card|pay|crypto"
    r"|bank|parcel|amazon|trainers|savings|grand|thousand|owe|borrow",
    r"\bthe kids\b": r"kids|children|\bson\b|daughter|school|daddy|mummy"
    r"|[A-Z][a-z]+'s recital|he's \d",
    r"\bscreens?\b|\bphones?\b": r"phone|screen|gaming|game|xbox|fortnite|playstation"
    r"|tiktok|scroll",
    r"\bhonest|\btruth\b": r"\blie|\blied|liar|lying|hid|hiding|secret|behind my back|cheat|affair"
    r"|didn't tell|deny|denied",
    r"\bjobs at home\b|\bthe house\b": r"dish|laundry|bins?\b|clean|bathroom|kitchen|cook|hoover"
    r"|housework|maid|washing|nappy|nappies|chores|tidy|mess|school run",
    r"\bsession\b|talking to someone|someone to talk to": r"therap|counsel|session|someone|help"
    r"|psych|rehab|treatment|program|gamcare|anger management",
}


def _ungrounded(text: str, suggestion: str) -> list[str]:
    out = []
    for said, grounds in TOPIC_GROUNDS.items():
        mentioned = re.search(said, text, re.I) or re.search(grounds, text, re.I)
        if re.search(said, suggestion, re.I) and not mentioned:
            out.append(said)
    return out


UNRELATED = [
    "You were up gaming till 3am again on a school night. It's pathetic.",
    "You spent two hours on the phone with your ex-wife on Saturday and said nothing.",
    "We can do this the easy way or the hard way. Up to you.",
    "You haven't visited me once since I moved to Leeds. You clearly don't care.",
    "She's never been unfaithful, but she never listens either.",
    "You've not been honest with me since the wedding. You're a coward.",
    "You're always at your brother's. It's ridiculous.",
    "Your ex-husband rings you every night and you always pick up.",
]


@pytest.mark.parametrize("text", UNRELATED)
def test_a_stock_need_or_request_never_strays_from_the_persons_words(text: str) -> None:
    suggestion = analyse(text).suggestion
    if suggestion is None:
        return
    assert _ungrounded(text, suggestion) == [], suggestion
    assert not re.search(r"\babout it\b", suggestion) or _kept_sentence(text, suggestion)


def _kept_sentence(text: str, suggestion: str) -> bool:
    """Some sentence of the person's is in the message, so "it" has something to point at."""
    return any(s.strip() in suggestion for s in re.findall(r"[^.!?]+[.!?]?", text) if s.strip())


def test_no_corpus_message_gets_a_need_from_a_topic_it_does_not_mention() -> None:
    bad = []
    for message in CORPUS:
        suggestion = analyse(message["text"]).suggestion
        if suggestion and _ungrounded(message["text"], suggestion):
            bad.append((message["id"], suggestion))
    assert bad == []


def test_honesty_is_asked_for_only_where_lying_or_hiding_is_said() -> None:
    for message in CORPUS:
        text = message["text"]
        suggestion = analyse(text).suggestion or ""
        if re.search(r"\bhonest|\btruth\b", suggestion, re.I):
            assert re.search(TOPIC_GROUNDS[r"\bhonest|\btruth\b"], text, re.I), suggestion


def test_a_negated_mention_is_not_what_the_message_is_about() -> None:
    for text in (
        "You're not my dad. You never listen to a word I say.",
        "It's not about the money. You never ask how my day was.",
    ):
        added = analyse(text).suggestion or ""
        for own in re.findall(r"[^.!?]+[.!?]?", text):
            added = added.replace(own.strip(), "")  # what the coach added, not their words
        assert not re.search(r"your family|about money|the money|the accounts", added), added


# -- 2. a sentence with facts is never dropped -----------------------------------------------

FACTS = [
    ("You were up gaming till 3am again on a school night. It's pathetic.", ["3am"]),
    (
        "You spent two hours on the phone with your ex-wife on Saturday and said nothing.",
        ["two hours", "Saturday"],
    ),
    (
        "Your boss told me at the Christmas party that you were drunk at work. Everyone knows.",
        ["Christmas party"],
    ),
    ("You've had a drink every single day since June. You're an alcoholic.", ["since June"]),
    ("We agreed to separate in May. You keep acting like it never happened.", ["in May"]),
    ("You missed Noah's parents' evening on Thursday. Typical.", ["Thursday"]),
    ("Your daughter is rude to me and you let her. You're spineless.", ["Your daughter"]),
    ("Your boss saw you drunk at the BBQ. You're an embarrassment.", ["Your boss", "BBQ"]),
]


@pytest.mark.parametrize(("text", "facts"), FACTS)
def test_facts_stay_in_the_message_or_in_what_is_left_for_the_person(
    text: str, facts: list[str]
) -> None:
    analysis = analyse(text)
    if analysis.suggestion is None:
        return  # their own words stay theirs, with the hints
    for fact in facts:
        assert fact in analysis.suggestion, (fact, analysis.suggestion)


def test_a_whole_message_is_never_shown_beside_a_left_sentence_with_facts() -> None:
    for message in CORPUS:
        analysis = analyse(message["text"])
        if analysis.suggestion is None:
            continue
        for x in analysis.left_for_you:
            assert not re.search(r"\d", x.sentence), (message["id"], x.sentence)


# -- 3. no meaning flips after sarcasm -------------------------------------------------------

DARES = [
    "Fine. Don't come to the counselling then.",
    "Sure, stay out all night. See if I care.",
    "Whatever. Keep drinking. It's going brilliantly.",
    "Fine. Don't go. Nobody's making you.",
    "Oh great. Go to the pub again. Real nice.",
]


@pytest.mark.parametrize("text", DARES)
def test_a_dare_after_sarcasm_is_never_turned_into_a_plea(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion or ""
    assert not re.search(r"\bplease\b", suggestion, re.I), suggestion
    assert not re.search(r"talking to someone|one session|someone to talk to", suggestion)
    for x in analysis.left_for_you:
        assert "\u201cPlease" not in x.hint, x.hint  # nor in the hint
    assert not re.match(r"\W*(?:fine|sure|whatever|oh)\b", suggestion, re.I)


# -- 4. no blaming opener kept with a soft ending, no repetition ---------------------------

OPENERS = [
    "Your stress is turning you into someone I don't recognise. You snap at everything.",
    "Wow, you can find time for golf but not for your own son.",
    "Your mum gets more of your attention than I do. Maybe you should marry her.",
    "So you'd rather be at the pub than here. Great.",
    "Your jealousy is out of control and you take it out on me.",
    "We need to talk. Tonight. Don't be late.",
]


@pytest.mark.parametrize("text", OPENERS)
def test_a_blaming_opener_is_never_kept_with_a_soft_line_after_it(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion or ""
    first = re.findall(r"[^.!?]+[.!?]?", text)[0].strip()
    assert first not in suggestion, suggestion


def test_no_whole_message_says_the_same_words_twice() -> None:
    for message in CORPUS:
        suggestion = analyse(message["text"]).suggestion
        if not suggestion:
            continue
        original = message["text"].lower()
        grams = []
        for sentence in re.findall(r"[^.!?]+[.!?]?", suggestion.lower()):
            words = re.findall(r"[\w']+", sentence)
            grams += [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
        repeated = {g for g in grams if grams.count(g) > 1 and original.count(g) < 2}
        assert not repeated, (message["id"], repeated, suggestion)
        for when in ("tonight", "this week", "this weekend"):
            assert suggestion.lower().count(when) <= max(1, original.count(when)), suggestion


# -- 5. no therapy push the person never made ----------------------------------------------

OWN_THERAPY = [
    "You laugh at me for going to counselling. I've been going since January and it helps.",
    "My therapist says I'm allowed to have needs. You roll your eyes every time I mention her.",
    "You told your mates therapy is for losers. I heard you. I'm still going.",
    "You never ask how my sessions go.",
    "Normal couples talk to each other at dinner.",
]


@pytest.mark.parametrize("text", OWN_THERAPY)
def test_no_therapy_push_is_added_to_the_persons_own_therapy(text: str) -> None:
    suggestion = analyse(text).suggestion or ""
    assert not re.search(
        r"talking to someone|someone to talk to|one session|session with you|some help for us"
        r"|look at a few options",
        suggestion,
    ), suggestion


# -- 6. a limit stays a clear statement of what the person will do ----------------------------

ULTIMATUMS = [
    "GET HELP FOR THE DRINKING OR I'M MOVING OUT",
    "Either you see someone about the gambling or we're finished.",
    "Stop shouting at the kids or I'm taking them to my mum's.",
    "Go to the doctor or don't bother asking me for sympathy.",
    "If you don't stop the betting I'm leaving. I mean it.",
]


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_an_ultimatum_is_never_made_vague_it_is_left_for_the_person(text: str) -> None:
    analysis = analyse(text)
    suggestion = analysis.suggestion or ""
    assert not re.search(r"can't stay as they are|not willing to keep going on", suggestion)
    if analysis.suggestion is None:
        hints = " ".join(x.hint for x in analysis.left_for_you)
        assert "what you will do" in hints or not analysis.left_for_you, hints


LIMITS = [
    "If you come home drunk again I'm sleeping at my sister's. I'm telling you now, calmly.",
    "I won't discuss money after 10pm any more. We can talk at the weekend.",
    "I'm not going to cover for you with your boss again.",
]


@pytest.mark.parametrize("text", LIMITS)
def test_a_calm_limit_gets_nothing_added_after_it(text: str) -> None:
    suggestion = analyse(text).suggestion
    assert suggestion is None or not suggestion.rstrip().endswith("?"), suggestion


# -- 7. the person's own feeling or state is never replaced ---------------------------------

STATES = [
    "I don't know how to reach you any more. You just shut down.",
    "If you won't try counselling I honestly don't know what's left. I've tried everything.",
    "So I guess I'm the crazy one for wanting help. Whatever.",
    "I can't keep doing this on my own. You never lift a finger.",
    "You make me feel stupid. You correct everything I say.",
    "You made me feel so small at the party. You're cruel.",
]


@pytest.mark.parametrize("text", STATES)
def test_what_the_person_said_of_themselves_is_kept_or_nothing_is_composed(text: str) -> None:
    suggestion = analyse(text).suggestion
    if suggestion is None:
        return
    for own in re.findall(r"[^.!?]*\bI\b[^.!?]*[.!?]", text):
        assert own.strip() in suggestion or own.strip().rstrip(".") in suggestion, suggestion


# -- 8. the "I feel" idea only where it fits, and no flag names ------------------------------

NO_FEEL_TIP = [
    "Handover is at 4 on Sunday at the leisure centre. I'll bring his kit.",
    "We separated in March. Please send the school forms to my new address.",
    "I've booked the cinema for Friday at 8, just us. No big talk, just a film.",
    "Thank you for sorting the car. It was lovely to come home to.",
    "I'm not discussing the divorce over text. Call my solicitor.",
]


@pytest.mark.parametrize("text", NO_FEEL_TIP)
def test_no_i_feel_idea_or_feeling_picker_where_it_does_not_fit(text: str) -> None:
    analysis = analyse(text)
    tip = analysis.tip or ""
    assert "I feel" not in tip and "--" not in tip, tip
    assert analysis.compose().feelings == ()


def test_no_tip_anywhere_names_a_command_line_flag() -> None:
    for message in CORPUS:
        tip = analyse(message["text"]).tip or ""
        assert not re.search(r"--\w", tip), (message["id"], tip)


# -- 9. text about the partner, not to them -------------------------------------------------

THIRD_PERSON = [
    "He never asks how my day was.",
    "She drinks every night and says it's fine.",
    "My husband never listens. He just goes on his phone.",
    "She's never cheated, but she never makes time for me either.",
]


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_nothing_to_send_is_made_of_text_about_the_partner(text: str) -> None:
    analysis = analyse(text)
    assert not addressed(text)
    assert analysis.suggestion is None
    for x in analysis.left_for_you:
        assert not re.search(r"\bI'd like (?:him|her) to\b", x.hint), x.hint


def test_text_to_the_partner_or_with_no_pronoun_is_addressed() -> None:
    assert addressed("You never listen.")
    assert addressed("Stop checking my phone.")
    assert addressed("Your mum said he was drunk.")


# -- 10. a hint never keeps an insult as the person's own -----------------------------------

INSULTS = [
    "You're a mummy's boy and everyone knows it.",
    "You're such a drama queen and everyone knows it.",
    "Everyone thinks you're lazy.",
    "Everybody says you're a useless dad.",
]


@pytest.mark.parametrize("text", INSULTS)
def test_a_hint_never_offers_to_say_an_insult_in_the_first_person(text: str) -> None:
    analysis = analyse(text)
    hints = [f.hint or "" for f in analysis.findings] + [x.hint for x in analysis.left_for_you]
    for hint in hints:
        assert not re.search(r"\u201cI (?:know|think)\u201d", hint), hint


def test_a_plain_everyone_has_noticed_still_gets_a_first_person_example() -> None:
    hints = [f.hint or "" for f in analyse("Everyone has noticed the drinking.").findings]
    assert any("\u201cI've noticed\u201d" in h for h in hints), hints


# -- and: a gentle message keeps its own need; a verdict taken as theirs; the doctor's topic ----

OWN_NEEDS = [
    "I've had an awful day and I need you to just hold me tonight.",
    "I'm worn out and I need you to do bedtime tonight.",
    "We're £2,000 overdrawn. I need you to look at the statement with me. I'm scared.",
]


@pytest.mark.parametrize("text", OWN_NEEDS)
def test_their_own_i_need_you_to_is_not_reworded_into_a_whole_message(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None, analysis.suggestion
    assert all("I'd like you to" not in x.hint for x in analysis.left_for_you)


def test_a_verdict_the_person_agrees_with_is_not_kept_in_a_whole_message() -> None:
    text = "Your dad said you've always had a short fuse. So even he knows."
    assert "short fuse" not in (analyse(text).suggestion or "")


def test_a_doctor_asked_for_in_a_jab_keeps_what_it_is_about() -> None:
    text = (
        "Is it so much to ask that you act like an adult and see a doctor about the snoring? "
        "I haven't slept properly since 2021."
    )
    suggestion = analyse(text).suggestion or ""
    assert "snoring" in suggestion and "since 2021" in suggestion, suggestion


@pytest.mark.parametrize(
    "text",
    [
        "you fixed my bike without me asking. small thing but i noticed x",
        "You put the bins out before I even asked. I noticed.",
        "you made tea for my mum when she came round xx",
    ],
)
def test_a_thank_you_is_not_told_to_start_with_a_thank_you(text: str) -> None:
    assert "thank them" not in (analyse(text).tip or "")


def test_a_fact_inside_a_dig_is_left_with_a_hint_not_dropped() -> None:
    analysis = analyse("You drink every night and then act surprised when you feel rubbish.")
    assert analysis.suggestion is None
    assert [x.sentence for x in analysis.left_for_you] == [
        "You drink every night and then act surprised when you feel rubbish."
    ]


@pytest.mark.parametrize(
    "text",
    ["Why do you always have to criticise my driving?", "Why must you always be so late?"],
)
def test_a_why_reproach_is_not_kept_in_other_words(text: str) -> None:
    analysis = analyse(text)
    assert analysis.suggestion is None
    assert all("keep having" not in x.hint for x in analysis.left_for_you)


def test_selfish_with_money_gets_the_money_need_not_a_stock_one() -> None:
    suggestion = analyse("You're so selfish with money. You spent £200 on golf clubs.").suggestion
    assert suggestion is None or ("£200" in suggestion and "my side" not in suggestion)


@pytest.mark.parametrize(
    "text",
    [
        "Yer man from the pub is a bad influence. You're out with him 5 nights a week.",
        "That woman from your work is a snake. You text her all evening.",
    ],
)
def test_no_him_or_her_is_kept_once_who_it_was_is_dropped(text: str) -> None:
    suggestion = analyse(text).suggestion or ""
    assert not re.search(r"\b(?:him|her)\b", suggestion) or re.search(
        r"\b(?:man|woman)\b", suggestion
    ), suggestion


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We need to talk. Tonight. No excuses.", "summons"),
        ("Wow you can find time for the gym but not for me. Lovely.", "sarcasm"),
        ("Your mates get more of your time than I do. Every weekend.", "comparison"),
        ("Your stress is turning you into a different person. You snap constantly.", "inside"),
    ],
)
def test_a_blaming_sentence_left_for_the_person_gets_a_hint_that_names_its_kind(
    text: str, words: str
) -> None:
    hints = " ".join(x.hint for x in analyse(text).left_for_you)
    assert words in hints, hints


@pytest.mark.parametrize(
    "text",
    [
        "You need to sort your drinking out. It's embarrassing.",
        "You're so negative all the time. It's exhausting to be around.",
        "You should cut down on the wine. It's ridiculous.",
    ],
)
def test_a_verdict_like_its_embarrassing_is_never_kept(text: str) -> None:
    analysis = analyse(text)
    assert not re.search(r"embarrassing|exhausting|ridiculous", analysis.suggestion or "")


def test_what_a_therapy_push_was_for_is_kept_in_the_wish() -> None:
    text = "You need to get help for your gambling before you lose the house."
    assert "gambling" in (analyse(text).suggestion or "gambling")


def test_a_wish_from_never_anything_reads_naturally() -> None:
    suggestion = analyse("You never ask me anything about my day.").suggestion or ""
    assert "ask me anything" not in suggestion


@pytest.mark.parametrize(
    "text",
    [
        "You're acting like a child about the holiday. Just book it.",
        "You don't even notice when I'm upset. You just carry on watching telly.",
    ],
)
def test_an_order_or_a_dismissal_is_not_kept_under_a_soft_line(text: str) -> None:
    assert analyse(text).suggestion is None


def test_just_now_is_a_time_not_an_order() -> None:
    text = (
        "Just now I'm going to need you to actually do the school lift on Thursdays, hey. "
        "You promised in January."
    )
    analysis = analyse(text)
    # "actually" is a dig (round 3b, blind): no whole message; but "Just now" is no order
    if analysis.suggestion is not None:
        assert "You promised in January." in analysis.suggestion
    for x in analysis.left_for_you:
        assert "order" not in x.hint, x.hint


def test_a_hint_never_offers_always_said_as_keep_as_the_fix() -> None:
    for text in (
        "You're still texting your ex every night at midnight. You always say it's 'just friends'.",
        "You always leave me to do bedtime. It's not fair.",
    ):
        for x in analyse(text).left_for_you:
            assert "You keep" not in x.hint, x.hint


def test_an_emphatic_word_is_not_called_sarcasm() -> None:
    hints = [x.hint for x in analyse("I am DONE cleaning up your sick at 3am. DONE.").left_for_you]
    assert all("sarcasm" not in h for h in hints), hints
