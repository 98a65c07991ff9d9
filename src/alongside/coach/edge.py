"""A sign that kind words may not be meant kindly: praise is then withheld (issue 12).

Blind raters gave 1/5 whenever the coach praised sarcasm ("Lovely", "appreciation", "asks
for their side") on a jab that no pushing rule read. The pushing rules read the clear shapes
(`rules_undercut.toml`); this is the safe fallback for the rest: a praise, thanks, good-wish
or assent word with, in the same message, a cue that often takes it back ("for once", "a
whole", "eventually", "oh wait", "… not", a flat or upside-down face, a trailing "…"), or a
cue that is a jab on its own ("said no one", "what does that make me?", "is this the part
where", "must be nice"). Such a message is not praised: no appreciation, open question or
reassurance is listed, no "Lovely.", no "send it as it is", and the idea shown is a hedged
note instead (`Msg.TIP_EDGE`): warm if meant warmly, and if there is an edge, say what you
wanted instead.

Warmth said outright (a heart, a kiss, "love you", "can't wait", "proud of you") cancels the
doubt. Every cue is keyed on its own words (SPEED BUDGET), and `has_edge` is asked only where
there is praise to give.
"""

from __future__ import annotations

import re
from functools import cache

# (`alternatives` and `one_boundary` live in `lazyre` now; read here by tests and the bench)
from alongside.lazyre import alternatives as alternatives
from alongside.lazyre import one_boundary as one_boundary

# Inviting findings that praise the message; withheld when it may be sarcastic.
PRAISE_IDS = frozenset({"appreciation", "open_question", "validation", "reassurance"})

_SURFACE = (
    r"\b(?:thanks|thank\s+(?:you|u)|thx|ty|cheers|ta|congrats|congratulations|well\s+done|"
    r"good\s+job|great\s+job|nice\s+one|bravo|wow|great|brilliant|amazing|lovely|cool|fab|"
    r"fantastic|awesome|perfect|wonderful|impressive|enjoy|appreciate|grateful|love\s+(?:that|"
    r"how|it)|nice|glad|proud|so\s+kind|how\s+kind|sweet)\b"
)
# an assent word, for the flat faces: "it's fine 🙂", "sure 👍", "enjoy ur phone 👍"
_ASSENT = (
    r"\b(?:fine|ok|okay|k|kk|sure|noted|enjoy|good\s+to\s+know|cool|no\s+worries|whatever|"
    r"right|great|lovely|perfect|thanks|cheers|have\s+fun)\b"
)
_CUE = (
    r"\bfor\s+once\b|\b(?:you|u|for)\s+finally\b|\bfinally\s+(?:bothered|remembered|noticed|"
    r"managed|showed|turned\s+up|got\s+round)\b|\beventually\b|\bat\s+(?:long\s+)?last\b|"
    r"\ba\s+whole\s+(?:\d+|one|two|three|four|five|six|ten|fifteen|twenty|thirty|few|single|"
    r"half|hour|day|minute|evening|week)\b|\boh\s+wait\b|(?:\.{3}|…|[.,])\s*not[.!]*\s*$|"
    r"\bas\s+(?:usual|always|per\s+usual)\b|\bper\s+usual\b|\bi\s+guess[.!…]*\s*$|"
    r"\blucky\s+me\b|\bdeigned?\b|"
    r"\bbothered\s+to\b|\bactually\s+(?:bothered|remembered|managed|showed|turned|texted|rang|"
    r"called|did)\b|\bi'?m\s+(?:so\s+)?(?:touched|honou?red|flattered)\b|\bframe\s+it\b|"
    r"\bthanks\s+a\s+(?:lot|bunch)\b|(?:\.{2,}|…)\s*$|[🙃🙄😒😑]|"
    r"[.!…]\s+again[.!…]*\s*$|\bfor\s+a\s+change\b|"
    r"\bnot\s+that\s+(?:you|u)\b|\bwho\s+knew\b|\bsaid\s+no\s*(?:one|body)\b|"
    r"\banother\s+(?:weekend|night|evening|day|week|sunday|saturday|friday)\s+(?:at|with|on|of)\b|"
    r"\bsqueeze\s+(?:me|us)\s+in\b|"
    r"\bafter\s+only\s+(?:\w+\s+){0,2}(?:hours|days|weeks|months|years)\b|"
    r"\bonly\s+took\s+(?:you\s+|u\s+)?(?:\w+\s+){0,2}(?:hours|days|weeks|months|years)\b"
)
# a jab on its own, whatever else the message says
_ALONE = (
    r"[🙃🙄😒😑]|\boh\s+wait\b|\bsaid\s+no\s*(?:one|body)\b|\byeah,?\s+right\b|"
    r"\bwhat\s+does\s+(?:that|this)\s+make\s+me\b|\bis\s+this\s+the\s+(?:part|bit)\s+where\b|"
    r"\bthe\s+script\b|\bhappy\s+now\b|\bmust\s+be\s+nice\b|\b(?:nice|alright|all\s+right)"
    r"\s+for\s+some\b|\bthanks\s+for\s+nothing\b|\bwhat\s+an\s+honou?r\b|\bwhat'?s\s+next,?\s+"
    r"(?:us|me|the\s+kids|the\s+house)\b|\bwho\s+(?:even\s+)?does\s+that\b|\bjust\s+saying\b|"
    r"\bcool,?\s+cool,?\s+cool\b"
)
_FLAT_FACE = r"[🙂👍👌👏]"
# warmth said outright: the kind words are meant
_WARM = (
    r"(?:❤|♥|😍|🥰|😘|😊|🥳|🎉|💕|💖|🤗|😂|🤣|😜|\bx{1,4}\s*$|\bxo+\b|\blove\s+(?:you|u|ya)\b|"
    r"\bcan'?t\s+wait\b|\bso\s+(?:excited|proud|happy)\b|\bproud\s+of\s+(?:you|u)\b|"
    r"\b(?:you|u)\s+deserve\b|\bmeant\s+(?:so\s+much|a\s+lot)\b|\bi\s+know\s+how\s+hard\b|"
    r"\bmade\s+my\s+day\b|\blegend\b|\bstar\b)"
)


# Words one of which every match of _CUE (and of _ALONE) holds as written: in a text that
# holds none, the search cannot match and is skipped (a plain `in` each, ~50 ns, against a
# search of the whole text). A test checks every alternative of each pattern holds one.
CUE_NEEDS = (
    "once", "finally", "eventually", "last", "whole", "wait", "not", "usual", "always",
    "guess", "lucky", "deign", "bothered", "actually", "touched", "hono", "flattered",
    "frame", "thanks", "..", "…", "🙃", "🙄", "😒", "😑", "again", "change", "knew",
    "said", "squeeze", "only",
)  # fmt: skip
ALONE_NEEDS = (
    "🙃", "🙄", "😒", "😑", "wait", "said", "yeah", "make", "where", "script", "happy",
    "nice", "some", "nothing", "hono", "next", "does", "saying", "cool",
)  # fmt: skip


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(one_boundary(p)) for p in (_SURFACE, _ASSENT, _CUE, _ALONE, _FLAT_FACE, _WARM)
    )


def _holds(low: str, needs: tuple[str, ...]) -> bool:
    for need in needs:  # noqa: SIM110 - a plain loop: `any` of a generator costs ~3x here
        if need in low:
            return True
    return False


def has_edge(text: str) -> bool:
    """True when kind words in `text` may be sarcastic: a praise or assent word with a cue
    that takes it back, or a jab on its own; never when warmth is said outright.

    Warmth is read last, only where an edge was found (most messages have none, and it is
    the one answer either way then).
    """
    low = text.lower()
    surface, assent, cue, alone, flat, warm = _patterns()
    if not _edge(low, surface, assent, cue, alone, flat):
        return False
    return warm.search(low) is None


def _edge(
    low: str,
    surface: re.Pattern[str],
    assent: re.Pattern[str],
    cue: re.Pattern[str],
    alone: re.Pattern[str],
    flat: re.Pattern[str],
) -> bool:
    if _holds(low, ALONE_NEEDS) and alone.search(low):
        return True
    praise = surface.search(low) if _holds(low, CUE_NEEDS) else None
    if praise is not None:
        for m in cue.finditer(low):
            if m.start() >= praise.end() or m.end() <= praise.start():
                return True
    return bool(flat.search(low) and assent.search(low))


# A state the partner told the writer about, said back in disbelief (the rule
# `dismissed_feeling` in rules_pushing.toml reads it as contempt): the sentence is not a
# diagnosis of the writer's own, so its note never says "reads like a diagnosis".
_STATE = (
    r"(?:depressed|depression|anxious|anxiety|stressed|traumati[sz]ed|ptsd|unwell|ill|grieving)"
)
_YOU_ARE = r"(?:you(?:'re|\s+are|re)|ur|u\s+r)"
_DISMISSED = (
    rf"\b{_YOU_ARE}\s+(?:really\s+|actually\s+)?not\s+(?:really\s+)?{_STATE},?\s+{_YOU_ARE}\b|"
    rf"\b{_YOU_ARE}\s+(?:so\s+|really\s+|actually\s+|feeling\s+)?{_STATE}\s*\?|"
    rf"\bnow\s+{_YOU_ARE}\s+(?:feeling\s+|all\s+|suddenly\s+|so\s+)?{_STATE}\b|"
    rf"\b{_STATE}\s+my\s+(?:arse|ass|foot|backside|eye)\b|"
    rf"\b(?:your|ur)\s+(?:so[\s-]?called|alleged|supposed|convenient)\s+{_STATE}\b"
)


@cache
def _dismissed() -> re.Pattern[str]:
    return re.compile(_DISMISSED)


def dismisses_feeling(sentence: str) -> bool:
    """True when `sentence` says back, in disbelief, a state the partner told the writer
    about ("you're not depressed, you're lazy", "you're depressed?", "now you're anxious")."""
    return _dismissed().search(sentence.lower()) is not None
