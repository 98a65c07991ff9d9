"""Gentler words: a rewrite of each pushing sentence, and a whole-message suggestion.

A sentence rewrite tries the rule's `subs` (regex, replacement) in order on the sentence that
holds the finding and falls back to the rule's `rewrite`. The whole-message suggestion is a
Gottman gentle start-up ("I feel ... about ..., and I'd love ...") when something pushes, or a
PIUS check (Positive, I-statement, Understanding, Shared responsibility) naming what is
missing when nothing does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alongside.coach.model import Finding
    from alongside.coach.rules import Rule

# The feeling a gentle start-up can name, by the pushing pattern it replaces (most urgent first).
FEELING_FOR: dict[str, str] = {
    "ultimatum": "scared",
    "contempt": "hurt",
    "label": "hurt",
    "blame": "hurt",
    "invalidation": "unheard",
    "absolute": "lonely",
    "therapy_as_fix": "worried",
    "pressure": "worried",
    "unsolicited_advice": "worried",
}
_THERAPY = re.compile(r"\b(?:therap\w*|counsel\w*|couples?\s+coach\w*|psycholog\w*)", re.I)

PIUS_PARTS: tuple[tuple[str, frozenset[str], str], ...] = (
    ("Positive", frozenset({"appreciation", "reassurance"}), "something you appreciate in them"),
    ("I-statement", frozenset({"i_statement"}), "how you feel, starting with “I feel …”"),
    ("Understanding", frozenset({"validation", "open_question"}), "what you understand of them"),
    ("Shared", frozenset({"shared_goal", "low_commitment", "autonomy"}), "what you'd do together"),
)


def _tidy(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def rewrite_sentence(rule: Rule, text: str, left: int, right: int) -> str:
    """A gentler version of the sentence `text[left:right]` that fired `rule`."""
    sentence = _tidy(text[left:right])
    for pattern, replacement in rule.subs:
        if pattern.search(sentence):
            return _tidy(pattern.sub(replacement, sentence, count=1))
    return rule.rewrite or sentence


def suggest(text: str, findings: Iterable[Finding]) -> str | None:
    """A whole-message suggestion, or None when the message already has every PIUS part."""
    if not text.strip():
        return None
    ids = {f.id for f in findings}
    pushing = [p for p in FEELING_FOR if p in ids]
    if pushing:
        feeling = FEELING_FOR[pushing[0]]
        if _THERAPY.search(text):
            return (
                f"I feel {feeling} about how things have been between us lately, and I'd love "
                "us to find some support together. Would you be open to talking about it when "
                "we're both calm? It's your choice, and I'll be here either way."
            )
        return (
            f"I feel {feeling} about what happened, and I'd love for us to talk it through "
            "together when we're both calm. What do you think?"
        )
    missing = [(name, hint) for name, covers, hint in PIUS_PARTS if covers.isdisjoint(ids)]
    if not missing:
        return None
    hints = "; ".join(f"{name}: {hint}" for name, hint in missing)
    return f"To make it even warmer, you could add (PIUS) {hints}."
