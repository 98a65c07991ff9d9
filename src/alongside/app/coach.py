"""Coaching a message, the same way from every face: its limits, the feeling picked, and
the saved "message" entry."""

from __future__ import annotations

from typing import TYPE_CHECKING

from alongside.messages import Msg

if TYPE_CHECKING:
    from alongside.app.record import FieldErrors, Saved
    from alongside.coach import Analysis
    from alongside.vault import Vault

MAX_MESSAGE_CHARS = 20_000  # a long letter; longer texts are better coached a part at a time
FEEL_MAX_CHARS = 40  # a feeling in a word or two


def check_message(text: str) -> str:
    """Why `text` can't be coached as it is (a sentence), or "" when it can."""
    if not text.strip():
        return Msg.MESSAGE_EMPTY
    if len(text) > MAX_MESSAGE_CHARS:
        return Msg.MESSAGE_TOO_LONG.format(size=len(text), limit=MAX_MESSAGE_CHARS)
    return ""


def check_reply(reply: str) -> str:
    """Why a rehearsal reply can't be coached (a sentence), or "" when it can."""
    if len(reply) > MAX_MESSAGE_CHARS:
        return Msg.REPLY_TOO_LONG.format(limit=MAX_MESSAGE_CHARS)
    return ""


def clean_feeling(feel: str) -> str | None:
    """A feeling picked or typed, tidied ("" when none was given); None when it is not a
    word or two of letters."""
    words = " ".join(feel.split()).strip(" .!,;:").lower()
    if len(words) > FEEL_MAX_CHARS or not all(w.replace("-", "").isalpha() for w in words.split()):
        return None
    return words


_WARM_IDS = frozenset({"appreciation", "reassurance", "validation", "apology"})


def sounds_warm(analysis: Analysis) -> bool:
    """True when a message with nothing pushing is warm (thanks, praise, repair), so a
    "Lovely." fits; never over a break-up, a painful message or harsh words about oneself."""
    from alongside.coach.compose import warm_words
    from alongside.coach.rewrite import appeases, criticises_body, encourages, is_abuse, is_hard

    text = analysis.text
    if analysis.about_you or analysis.about_them or is_hard(text) or is_abuse(text):
        return False
    if criticises_body(text):
        return False  # words about their body are not "Lovely"
    if appeases(text):
        return False  # taking the blame for their anger: a word for the person, not praise
    return warm_words(text) or encourages(text) or any(f.id in _WARM_IDS for f in analysis.findings)


def praise_hidden(analysis: Analysis) -> frozenset[tuple[str, str]]:
    """The inviting findings (id, words) not listed under "what already invites": the same
    words praised a second time (one point, said once), and a kind clause that a "but" and a
    push take back ("I want to support you, but you're acting like a child")."""
    import re

    text = analysis.text
    inviting = sorted(
        (f for f in analysis.findings if f.polarity == "inviting"), key=lambda f: (f.start, -f.end)
    )
    pushing = [f.start for f in analysis.findings if f.polarity == "pushing"]
    left = [(x.start, x.end) for x in analysis.compose().left if x.start >= 0]
    hidden: set[tuple[str, str]] = set()
    shown: list[tuple[int, int]] = []
    for f in inviting:
        words = text[f.start : f.end]
        after = text[f.end :]
        cut = re.match(r"[^.!?\n]*?,?\s*\bbut\b", after)
        taken_back = cut is not None and (
            any(f.end + cut.end() <= p < f.end + len(after.split(".")[0]) + 1 for p in pushing)
            or any(s <= f.start < e and f.end + cut.end() < e for s, e in left)
        )
        # kind words inside a sentence the person is asked to reword are not praised as well
        # ("We can do this the easy way or the hard way": no "shared goal"; blind raters)
        inside_left = any(s <= f.start < e for s, e in left) or _in_threat(text, f.start, f.end)
        if taken_back or inside_left or any(s <= f.start and f.end <= e for s, e in shown):
            hidden.add((f.id, words))
            continue
        shown.append((f.start, f.end))
    return frozenset(hidden)


def _in_threat(text: str, start: int, end: int) -> bool:
    """True when the words sit in a sentence that threatens to do something to them ("We can
    do this nicely or we can do it the hard way"): nothing in it is praised."""
    from alongside.coach.hints import threatens
    from alongside.coach.rewrite import sentence_bounds

    a, b = sentence_bounds(text, start, end)
    return threatens(text[a:b])


def care_note(analysis: Analysis) -> str | None:
    """A gentle word for the person when they take the blame for the partner's anger, give
    up friends or account for small spending to keep the peace (a warning sign of control,
    never a diagnosis), or tell where they are staying after leaving home for the night;
    else None."""
    from alongside.coach.rewrite import accounts_for_money, appeases, says_where_staying

    if analysis.safety.flagged:
        return None  # the safety screen speaks first when it fired
    if says_where_staying(analysis.text):
        return Msg.WHERE_YOU_ARE  # where you are is yours to share or not
    if not appeases(analysis.text):
        return None
    if accounts_for_money(analysis.text):
        return Msg.APPEASING_MONEY_NOTE  # statements, receipts, sorry for a coffee
    return Msg.APPEASING_NOTE


def for_yourself(analysis: Analysis) -> str | None:
    """A coach's answer when the words are meant for the app, not the partner: a question
    about what to say or how to reach them, doubt about oneself, venting about them
    (`coach.analyse.to_the_coach`). Then nothing is offered to send, no "send it as it is",
    only a warm line and one of the app's tools. None for words to the partner, and when the
    safety screen fired (safety first)."""
    from alongside.coach.analyse import to_the_coach

    if analysis.safety.flagged:
        return None
    kind = to_the_coach(analysis.text, analysis.findings)
    return _FOR_YOU.get(kind)


_FOR_YOU = {
    "say": Msg.FOR_YOU_SAY,
    "reach": Msg.FOR_YOU_REACH,
    "doubt": Msg.FOR_YOU_DOUBT,
    "vent": Msg.FOR_YOU_VENT,
}


def message_fields(analysis: Analysis) -> dict[str, object]:
    """The fields of a record entry of kind "message" for a coached text."""
    import json

    return {
        "text": analysis.text,
        "findings": json.dumps(analysis.to_json(), ensure_ascii=False),
        "pushing": analysis.pushing,
        "inviting": analysis.inviting,
    }


def save_message(vault: Vault, analysis: Analysis) -> Saved | FieldErrors:
    """Keep a coached message and what the coach found in the record. Its safety screen is
    the analysis's own (the coach screened the words first)."""
    from alongside.app.record import FieldErrors, Saved, check_entry

    checked = check_entry("message", message_fields(analysis))
    if isinstance(checked, FieldErrors):
        return checked
    return Saved(vault.add("message", checked.values), analysis.safety)
