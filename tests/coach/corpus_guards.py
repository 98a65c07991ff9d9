"""The guards of issue 12, read off one corpus message and what the coach offers for it,
and the rated output file (`rendered`). Shared by `tests/coach/test_rewrite_corpus.py` and
`tools/rewrite_corpus.py`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from alongside.coach.analyse import pushing_in
from alongside.coach.rewrite import guard_problems, is_diagnostic
from alongside.safety import screen

ROOT = Path(__file__).resolve().parent.parent.parent
CORPUS = ROOT / "tests" / "data" / "rewrite_corpus.jsonl"
OUT = ROOT / "tests" / "data" / "rewrite_corpus_out.jsonl"
HARD_TAGS = frozenset({"abuse_or_control", "affair", "breakup"})
_COUPLES = re.compile(
    r"\b(?:couples?|marriage\s+counsel\w*|find\s+our\s+way\s+through|session\s+together"
    r"|therapy\s+together|work\s+through\s+it\s+together)\b",
    re.I,
)
_CLOSER = re.compile(r"either\s+way|it's\s+your\s+choice", re.I)
_I_FEEL = re.compile(r"\bI\s+(?:feel|felt)\s+(\w+)", re.I)
# Thanks, pride, good luck: a warm sentence a whole rewrite must keep (blind round 12).
_WARM = re.compile(
    r"\b(?:thanks?\b|thank\s+you|(?:i'?m|i\s+am)\s+(?:so\s+|really\s+)*proud\s+of"
    r"|good\s+luck|best\s+of\s+luck|fingers\s+crossed)[^.!?\n]*",
    re.I,
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WEAKER = re.compile(r"\b(?:sometimes|often|rarely|occasionally|not everyone|some people)\b", re.I)


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def violations(message: dict[str, Any], row: dict[str, Any]) -> list[str]:
    """Every guard the coach's words break for this message (empty: none)."""
    text: str = message["text"]
    tags = set(message["tags"])
    suggestion: str | None = row["suggestion"]
    outputs = [f["rewrite"] for f in row["findings"] if f["rewrite"]]
    if suggestion:
        outputs.append(suggestion)
    kept = _norm(" ".join([suggestion or ""] + [x["sentence"] for x in row["left_for_you"]]))
    found: list[str] = []
    for out in outputs:
        found += [f"{p}: {out}" for p in guard_problems(out)]
        if _CLOSER.search(out):
            found.append(f"closer: {out}")
        if is_diagnostic(out):
            found.append(f"diagnostic: {out}")
        if screen(out).flagged:
            found.append(f"trips the safety screen: {out}")
        for feeling in _I_FEEL.findall(out):
            if not re.search(rf"\b{re.escape(feeling)}\b", text, re.I):
                found.append(f"feeling not named ({feeling}): {out}")
        if len(_WEAKER.findall(out)) > len(_WEAKER.findall(text)):
            found.append(f"frequency weakened: {out}")
        if tags & HARD_TAGS and _COUPLES.search(out) and not _COUPLES.search(text):
            found.append(f"couples line in a hard situation: {out}")
        if tags & HARD_TAGS and "together" in out.lower() and "together" not in text.lower():
            found.append(f"togetherness in a hard situation: {out}")
    if suggestion:
        reported = [_norm(r) for r in message.get("reported", [])]
        for f in pushing_in(suggestion):
            words = _norm(suggestion[f.start : f.end])
            if not any(words in r for r in reported):
                found.append(f"pushing finding ({f.id}: {words}) in: {suggestion}")
        for sentence in (m.group() for m in _SENTENCE.finditer(text)):
            warm = _WARM.search(sentence)
            if warm is None or pushing_in(sentence):
                continue
            if _norm(warm.group()).strip(" .!?,") not in kept:
                found.append(f"warm sentence lost ({warm.group().strip()}): {suggestion}")
        names = {"facts": "fact", "feelings": "feeling", "reported": "reported", "limits": "limit"}
        for key, name in names.items():
            for span in message.get(key, []):
                pieces = [p for p in re.findall(r"[^.!?]+[.!?]*", span) if p.strip()] or [span]
                for piece in pieces:
                    if _norm(piece).strip(" .!?") not in kept:
                        found.append(f"{name} lost ({piece}): {suggestion}")
    return found


def coach_words(message: dict[str, Any]) -> dict[str, Any]:
    """One corpus message with everything the coach would show for it."""
    from alongside.coach import analyse

    analysis = analyse(message["text"])
    composed = analysis.compose()
    text = analysis.text
    return {
        "id": message["id"],
        "text": text,
        "tags": message["tags"],
        "safety_flagged": analysis.safety.flagged,
        "suggestion": composed.text,
        "left_for_you": [{"sentence": x.sentence, "hint": x.hint} for x in composed.left],
        "findings": [
            {
                "id": f.id,
                "words": text[f.start : f.end],
                "rewrite": f.rewrite,
                "hint": f.hint,
            }
            for f in analysis.findings
            if f.polarity == "pushing"
        ],
        "feelings_offered": list(composed.feelings) if composed.text else [],
        "support": composed.support,
        "tip": analysis.tip,
    }


def corpus() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def rendered() -> str:
    """The whole output file, as it should be now."""
    lines = [json.dumps(coach_words(m), ensure_ascii=False) for m in corpus()]
    return "\n".join(lines) + "\n"
