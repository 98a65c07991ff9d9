"""Pushing written as people text, or as a rhetorical question, is read (issues 11, 12).

Round 4's blind raters gave 1/5 where the coach said "Nothing here looks pushing" to contempt,
labels, ultimatums and threats in texting spelling or as rhetorical questions. These are the
team's own messages of those kinds (not the raters'), with fond and neutral controls.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _pushing(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in analyse(text).findings:
        if f.polarity == "pushing":
            out.setdefault(f.id, []).append(text[f.start : f.end])
    return out


def _inviting(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "inviting"}


# (message, a finding id it must have, words of the person's own that its span must hold)
PUSHING = [
    # contempt in a rhetorical question, texting spelling or not
    (
        "could u BE any more selfish? im 8 months pregnant",
        "contempt",
        "could u BE any more selfish",
    ),
    ("Could you be any lazier if you tried", "contempt", "Could you be any lazier"),
    ("can u be any more useless", "contempt", "can u be any more useless"),
    ("do u think money grows on trees??", "contempt", "do u think money grows on trees"),
    ("You think money grows on trees or something?", "contempt", "money grows on trees"),
    ("Do you think I'm made of money?", "contempt", "Do you think I'm made of money"),
    ("do u think the dishes wash themselves", "contempt", "the dishes wash themselves"),
    ("What am I, your maid?", "contempt", "What am I, your maid"),
    ("Do I look like your mother?", "contempt", "Do I look like your mother"),
    ("r u blind or something", "contempt", "r u blind"),
    ("Have you lost your mind?", "contempt", "Have you lost your mind"),
    ("How stupid can one person be?", "contempt", "How stupid can one person be"),
    ("What do you want, a medal?", "contempt", "a medal"),
    ("Was that so hard?", "contempt", "Was that so hard"),
    ("is that rly the best u can do", "contempt", "is that rly the best u can do"),
    ("Since when do you care about the bills?", "contempt", "Since when do you care"),
    ("could you care any less about me", "contempt", "could you care any less"),
    # a label in texting spelling, or as a superlative
    (
        "Babe I love you but your honestly the laziest persn I've ever met.",
        "label",
        "your honestly the laziest persn",
    ),
    ("ur the most selfish man alive", "label", "ur the most selfish man"),
    ("youre broken and i cant fix you", "label", "youre broken"),
    # ultimatums
    ("either the xbox goes or i do. ur choice.", "ultimatum", "either the xbox goes or i do"),
    ("Either your mates go or I do.", "ultimatum", "Either your mates go or I do"),
    ("its me or the golf, choose", "ultimatum", "its me or the golf"),
    ("It's the pub or me.", "ultimatum", "It's the pub or me"),
    ("sort the drinking out or im gone", "ultimatum", "or im gone"),
    # coercion and threats
    (
        "we can do it the easy way or the hard way. Your call.",
        "ultimatum",
        "the easy way or the hard way",
    ),
    ("Go to the counsellor or you'll regret it.", "ultimatum", "you'll regret it"),
    ("ull be sorry", "ultimatum", "ull be sorry"),
    ("Don't make me come over there.", "ultimatum", "Don't make me come over there"),
    ("Don't test me.", "ultimatum", "Don't test me"),
    ("I'm warning you.", "ultimatum", "I'm warning you"),
    ("Do it again and see what happens.", "ultimatum", "again and see what happens"),
]


@pytest.mark.parametrize(("text", "kind", "words"), PUSHING, ids=[p[0][:40] for p in PUSHING])
def test_pushing_is_read_and_quotes_the_persons_words(text: str, kind: str, words: str) -> None:
    found = _pushing(text)
    assert kind in found, f"{kind} not found in {text!r}: {found}"
    assert any(words in span or span in words for span in found[kind]), found[kind]


FOND_OR_NEUTRAL = [
    "could you be any sweeter? thank you for the flowers",
    "Could u be any cuter in that hat",
    "Do you think we could go to the beach on Saturday?",
    "do u think the shop is still open",
    "Do you think it'll rain tomorrow?",
    "Money doesn't grow on trees, my nan used to say, and she was right about most things.",
    "Either the red one or the blue one is fine by me.",
    "It's me or the cat who knocked the vase over, I honestly can't tell.",
    "Either you or I can pick her up, whichever suits.",
    "Don't make me laugh, I'm trying to be serious about the plan.",
    "Don't make me cry, that's the sweetest thing you've said.",
    "You won't regret it, the food there is amazing.",
    "The easy way to the station is past the park.",
    "What do you want for dinner, pasta?",
    "How far can you run now?",
    "Was that hard for you to say? Thank you for saying it.",
    "I was warning you about the ice on the steps.",
    "You're the kindest man I've ever met.",
    "ur the best person i know",
    "i luv u so much",
    "im ill today so ill stay in bed",
]


@pytest.mark.parametrize("text", FOND_OR_NEUTRAL, ids=[t[:40] for t in FOND_OR_NEUTRAL])
def test_fond_or_neutral_is_not_read_as_pushing(text: str) -> None:
    found = _pushing(text)
    if text.startswith("Don't make me"):
        # the command rule reads any "Don't ..." as an order (not these rules' business)
        found.pop("pressure", None)
    assert not found, found


def test_i_love_you_but_is_no_reassurance() -> None:
    assert "reassurance" not in _inviting(
        "Babe I love you but your honestly the laziest persn I've ever met."
    )
    assert "reassurance" not in _inviting("I love you, but you're so selfish sometimes.")
    assert "reassurance" in _inviting("I love you and I'm here, whatever happens.")


def test_a_threat_is_not_praised_as_a_shared_goal_or_a_choice() -> None:
    inviting = _inviting("we can do it the easy way or the hard way. Your call.")
    assert not inviting & {"shared_goal", "autonomy"}, inviting
    inviting = _inviting("Either the xbox goes or I do. It's your choice.")
    assert "autonomy" not in inviting, inviting
    # a real choice stays one
    assert "autonomy" in _inviting("It's your choice whether we go on Sunday, no pressure.")
