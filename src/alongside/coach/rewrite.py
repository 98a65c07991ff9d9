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
# Which pushing pattern's rewrite stands for its sentence in the whole-message suggestion.
REWRITE_FIRST: tuple[str, ...] = (
    "therapy_as_fix",
    "ultimatum",
    "invalidation",
    "contempt",
    "absolute",
    "blame",
    "label",
    "pressure",
    "unsolicited_advice",
)
# Searched in lower-cased text: without IGNORECASE the engine skips a failing alternative on
# its first letter, which makes this search about ten times faster.
_THERAPY = re.compile(
    r"\b(?:therap\w*|counsel\w*|couples?\s+coach\w*|psycholog\w*|psychiatr\w*|shrink"
    r"|sessions?|see\s+someone|talk\s+to\s+someone|professional\s+help|get\s+help)"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_SENTENCE_ENDS = ".!?\n"
SENTENCE_MAX_CHARS = 400  # a "sentence" longer than this is cut, so huge texts stay linear

PIUS_PARTS: tuple[tuple[str, frozenset[str], str], ...] = (
    ("Positive", frozenset({"appreciation", "reassurance"}), "something you appreciate in them"),
    ("I-statement", frozenset({"i_statement"}), "how you feel, starting with “I feel …”"),
    ("Understanding", frozenset({"validation", "open_question"}), "what you understand of them"),
    ("Shared", frozenset({"shared_goal", "low_commitment", "autonomy"}), "what you'd do together"),
)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) around `start..end`, looking at most SENTENCE_MAX_CHARS away.

    Lower-casing keeps every sentence end in place, so the bounds are the same in a message
    and in its lower-cased form.
    """
    lo = max(0, start - SENTENCE_MAX_CHARS)
    left = lo
    for c in _SENTENCE_ENDS:
        found = text.rfind(c, lo, start)
        if found >= left:
            left = found + 1
    right = min(len(text), end + SENTENCE_MAX_CHARS)
    for c in _SENTENCE_ENDS:
        found = text.find(c, end, right)
        if found != -1:
            right = found + 1
    return left, right


def _tidy(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def rewrite_sentence(rule: Rule, text: str, left: int, right: int) -> str:
    """A gentler version of the sentence `text[left:right]` that fired `rule`."""
    sentence = _tidy(text[left:right])
    return apply_subs(rule, sentence) or rule.rewrite or sentence


def apply_subs(rule: Rule, sentence: str, *, edits_only: bool = False) -> str | None:
    """`sentence` with the rule's first matching `subs` rewrite; None when none matches.

    `edits_only` skips the subs that replace the whole sentence (their pattern starts `^`).
    """
    lowered = sentence.lower()
    for (pattern, replacement), probe in zip(rule.subs, rule.subs_lower, strict=True):
        if edits_only and pattern.pattern.startswith("^"):
            continue
        # The lower-case probe fails fast; the case-keeping pattern runs only where it matches.
        if probe.search(lowered) if len(lowered) == len(sentence) else pattern.search(sentence):
            return _tidy(pattern.sub(replacement, sentence, count=1))
    return None


def _gentler(sentence: str, inside: list[Finding]) -> str:
    """A sentence with several pushing findings, each rewritten in turn.

    The most urgent finding's rewrite comes first (as alone); when it was a rewrite of the
    person's own words (`subs`), the other findings' edits (subs that change a few words, not
    the whole sentence) then apply to the result, so "you always brush me off and you need to
    stop" loses both the "always" and the "need to".
    """
    first = _rule_of(inside[0])
    current = apply_subs(first, sentence) if first is not None else None
    if current is None:
        return inside[0].rewrite or sentence
    for finding in inside[1:]:
        rule = _rule_of(finding)
        changed = apply_subs(rule, current, edits_only=True) if rule is not None else None
        current = changed or current
    return current


def _rule_of(finding: Finding) -> Rule | None:
    """The rule a finding names ("file:name#pattern")."""
    from alongside.coach.rules import rules_by_label

    return rules_by_label().get(finding.rule.rsplit("#", 1)[0])


def suggest(text: str, findings: Iterable[Finding]) -> str | None:
    """A whole-message suggestion, or None when the message already has every PIUS part.

    With pushing patterns: the person's own message with each pushing sentence replaced by its
    gentler rewrite, opened by a gentle start-up when it has no I-statement, and closed by an
    open door (autonomy) when it talks about therapy without one.
    """
    if not text.strip():
        return None
    found = sorted(findings, key=lambda f: f.start)
    ids = {f.id for f in found}
    pushing = [f for f in found if f.polarity == "pushing"]
    if not pushing:
        missing = [(name, hint) for name, covers, hint in PIUS_PARTS if covers.isdisjoint(ids)]
        if not missing:
            return None
        hints = "; ".join(f"{name}: {hint}" for name, hint in missing)
        return f"To make it even warmer, you could add (PIUS) {hints}."
    parts: list[str] = []
    seen: set[str] = set()
    i = 0  # pushing findings and sentences are both in text order: one walk, not a scan each
    for start, end in _sentences(text):
        while i < len(pushing) and pushing[i].start < start:
            i += 1
        inside: list[Finding] = []
        while i < len(pushing) and pushing[i].start < end:
            inside.append(pushing[i])
            i += 1
        inside.sort(key=lambda f: REWRITE_FIRST.index(f.id))
        sentence = _tidy(text[start:end])
        if inside:
            sentence = _gentler(sentence, inside)
        if sentence and sentence not in seen:
            seen.add(sentence)
            parts.append(sentence)
    if "i_statement" not in ids and not any(p.startswith(("I feel", "I'm")) for p in parts):
        feeling = next(FEELING_FOR[p] for p in FEELING_FOR if p in ids)
        parts.insert(
            0,
            f"I feel {feeling} about how things have been between us lately, "
            "and I'd love for us to find our way through it together.",
        )
    if _THERAPY.search(text.lower()) and "autonomy" not in ids:
        parts.append("It's your choice, and I'll be here either way.")
    return " ".join(parts)


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text) if m.group().strip()]
