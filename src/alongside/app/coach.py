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
    from alongside.coach.rewrite import encourages, is_abuse, is_hard

    text = analysis.text
    if analysis.about_you or analysis.about_them or is_hard(text) or is_abuse(text):
        return False
    return warm_words(text) or encourages(text) or any(f.id in _WARM_IDS for f in analysis.findings)


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
