"""Coaching a message, the same way from every face: its limits, the feeling picked, and
the saved "message" entry."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from alongside.lazyre import lazy
from alongside.messages import Msg

if TYPE_CHECKING:
    from alongside.app.record import FieldErrors, Saved
    from alongside.coach import Analysis
    from alongside.vault import Vault

MAX_MESSAGE_CHARS = 20_000  # a long letter; longer texts are better coached a part at a time
FEEL_MAX_CHARS = 40  # a feeling in a word or two


QUOTE_MAX = 120  # a longer sentence is quoted up to here in the note on leaning words


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
    if any(f.polarity == "pushing" for f in analysis.findings):
        return False  # thanks with a dig after it ("Guilty conscience?"): not "Lovely"
    if criticises_body(text):
        return False  # words about their body are not "Lovely"
    if appeases(text):
        return False  # taking the blame for their anger: a word for the person, not praise
    from alongside.coach.edge import has_edge

    if analysis.doubted or has_edge(text):
        return False  # kind words the message may take back ("thanks. eventually."): no praise
    if analysis.leaning is not None:
        return False  # a sentence the learned layer reads as likely to push: no "Lovely"
    return warm_words(text) or encourages(text) or any(f.id in _WARM_IDS for f in analysis.findings)


def praise_hidden(analysis: Analysis) -> frozenset[tuple[str, str]]:
    """The inviting findings (id, words) not listed under "what already invites": the same
    words praised a second time (one point, said once), a kind clause that a "but" and a
    push take back ("I want to support you, but you're acting like a child"), and every one
    where a sentence may land harder than meant (`Analysis.leaning`)."""
    import re

    text = analysis.text
    if analysis.leaning is not None or analysis.doubted:
        # a sentence the learned layer reads as likely to push, or kind words in a sentence
        # that reads as sarcasm (`analyse.praise_read_as_sarcasm`): no praise at all (issue 12)
        return frozenset(
            (f.id, text[f.start : f.end]) for f in analysis.findings if f.polarity == "inviting"
        )
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
    about what to say or how to reach them, what someone else thinks, doubt about oneself,
    harsh words about oneself, venting about them (`coach.analyse.to_the_coach`). Then
    nothing is offered to send, no "send it as it is": what they said they feel, fear or want
    said back (`reflect`), a line for that kind with one small step or question and one of the
    app's tools, and a word of support where the topic calls for it. None for words to the
    partner, and when the safety screen fired (safety first)."""
    from alongside.coach.analyse import to_the_coach

    if analysis.safety.flagged:
        return None
    kind = to_the_coach(analysis.text, analysis.findings)
    if not kind:
        return None
    text = analysis.text
    core = _FOR_YOU[kind]
    if kind == "self":
        said = apology_example(text)
        core = core.format(example=f" (for example: “{said}”)" if said else "")
    parts = [core]
    heard = reflect(text) if kind in ("told", "others", "doubt", "vent", "reach", "story") else None
    if heard:
        opener, _, rest = core.partition(". ")
        parts = [f"{opener}.", Msg.FOR_YOU_HEARD.format(feeling=heard), rest]
    if _LOW_MOOD.search(text):
        parts.append(Msg.FOR_YOU_LOW_MOOD)
    elif _DRINKING.search(text):
        parts.append(Msg.FOR_YOU_DRINKING)
    elif kind in ("self", "doubt") and _AGAIN.search(text):
        parts.append(Msg.FOR_YOU_AGAIN)
    elif kind == "told" and _PUT_DOWN.search(text):
        parts.append(Msg.SUPPORT_PUT_DOWN)
    return _about_them(text, " ".join(p.strip() for p in parts if p.strip()))


_HIM = lazy(
    r"\b(?:him|his|himself|my\s+(?:husband|hubby|boyfriend|bf|fianc[eé]|fella|man))\b", re.I
)
_HER = lazy(r"\b(?:her|hers|herself|my\s+(?:wife|wifey|girlfriend|gf|fianc[eé]e|missus))\b", re.I)
_THEM_AS = {
    "him": (
        ("they decide", "he decides"),
        ("they said", "he said"),
        ("is their view of you", "is his view of you"),
        ("they seem", "he seems"),
        ("they are really", "he is really"),
        ("they might harm themselves", "he might harm himself"),
        (" them", " him"),
    ),
    "her": (
        ("they decide", "she decides"),
        ("they said", "she said"),
        ("is their view of you", "is her view of you"),
        ("they seem", "she seems"),
        ("they are really", "she is really"),
        ("they might harm themselves", "she might harm herself"),
        (" them", " her"),
    ),
}


_HE = lazy(r"\b(?:he|he's|hes|he'd|he'll)\b", re.I)
_SHE = lazy(r"\b(?:she|she's|shes|she'd|she'll)\b", re.I)


def _about_them(text: str, said: str) -> str:
    """`said` with "them" as "him" or "her" when the person speaks of one of them only
    ("him" / "her" first: in "my mate reckons im too soft on him. maybe she's right" the
    "she" is the mate)."""
    him, her = _HIM.search(text) is not None, _HER.search(text) is not None
    if him == her and not him:
        him, her = _HE.search(text) is not None, _SHE.search(text) is not None
    if him == her:
        return said
    for plain, personal in _THEM_AS["him" if him else "her"]:
        said = said.replace(plain, personal)
    return said


_FOR_YOU = {
    "say": Msg.FOR_YOU_SAY,
    "reach": Msg.FOR_YOU_REACH,
    "told": Msg.FOR_YOU_TOLD,
    "others": Msg.FOR_YOU_OTHERS,
    "doubt": Msg.FOR_YOU_DOUBT,
    "check": Msg.FOR_YOU_CHECK,
    "self": Msg.FOR_YOU_SELF,
    "vent": Msg.FOR_YOU_VENT,
    "story": Msg.FOR_YOU_STORY,
}
_DRINKING = lazy(
    r"\b(?:drink(?:s|ing)?|drunk|booze|boozing|alcohol\w*|pub\s+every|beers?|wine|vodka|sober"
    r"|hungover|gambl\w*|betting)\b",
    re.IGNORECASE,
)
_LOW_MOOD = lazy(
    r"\b(?:barely\s+(?:leaves|gets\s+out\s+of|eats|sleeps)|(?:won'?t|doesn'?t|can'?t)\s+get"
    r"\s+out\s+of\s+bed|lost\s+(?:his|her|their)\s+job|depressed|so\s+low|really\s+low|stopped"
    r"\s+(?:eating|going\s+out|seeing\s+(?:anyone|friends))|hopeless|no\s+point\s+in\s+anything"
    r"|doesn'?t\s+want\s+to\s+(?:be\s+here|live|do\s+anything))\b",
    re.IGNORECASE,
)
_PUT_DOWN = lazy(
    r"\b(?:called\s+me|calls\s+me|calling\s+me|pathetic|useless|worthless|psycho|mental"
    r"|hysterical|crazy|stupid|idiot|screamed|shouted|yelled)\b",
    re.IGNORECASE,
)
_AGAIN = lazy(
    r"\b(?:again|always|constantly|keep|keeps|every\s+time|all\s+the\s+time|don'?t\s+(?:even\s+)?"
    r"know\s+why)\b",
    re.IGNORECASE,
)

# What the person said they feel, fear or want, in their words: "i just dont want another
# fight" -> "you just don't want another fight"; "im scared he'll leave" -> "you're scared
# he'll leave". Only a short clause with no "we", "us" or "you" in it is said back.
_HEARD = lazy(
    r"\b(?P<c>(?:i|im|i'm|i\s+am)\s+(?:(?:just|really|honestly|so|still|getting|kind\s+of|a\s+bit"
    r"|actually)\s+)*(?:(?:don'?t|dont|do\s+not)\s+want|(?:don'?t|dont|do\s+not)\s+know\s+what"
    r"\s+(?:else\s+)?to\s+do|scared|afraid|terrified|frightened|worried|exhausted|drained|knackered"
    r"|worn\s+out|lonely|heartbroken|lost|stuck|overwhelmed|miserable|fed\s+up|gutted|tired|hurt"
    r"|feel|miss|love|wish|want)\b[^.!?\n,;:]{0,60})"
    r"|\b(?P<idk>idk|dunno)\s+what\s+(?:else\s+)?to\s+do\b",
    re.IGNORECASE,
)
_HEARD_CUT = lazy(
    r"\s+(?:because|cos|cause|coz|so\s+(?:i|he|she)|and\s+(?:i|he|she|then))\b.*$", re.IGNORECASE
)
_HEARD_SKIP = lazy(r"\b(?:we|us|our|ours|you|u|ur|your|let'?s)\b", re.IGNORECASE)
_SWAP = {
    "i": "you",
    "im": "you're",
    "i'm": "you're",
    "am": "are",
    "i've": "you've",
    "ive": "you've",
    "i'll": "you'll",
    "i'd": "you'd",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "doesnt": "doesn't",
    "didnt": "didn't",
    "isnt": "isn't",
    "hes": "he's",
    "shes": "she's",
}
HEARD_MAX_WORDS = 14


def reflect(text: str) -> str | None:
    """The first feeling, fear or want the person names about themselves, said back to them
    ("you don't want another fight"), or None. Never a feeling they did not name."""
    m = _HEARD.search(text)
    if m is None:
        return None
    if m.group("idk"):
        return "you don't know what to do"
    clause = _HEARD_CUT.sub("", m.group("c")).strip(" -")
    words = clause.split()
    if not 3 <= len(words) <= HEARD_MAX_WORDS or _HEARD_SKIP.search(clause):
        return None
    out = []
    for k, word in enumerate(words):
        low = word.lower()
        if low == "was" and k and words[k - 1].lower() == "i":
            out.append("were")
        else:
            out.append(_SWAP.get(low, word))
    said = " ".join(out)
    if said.lower().startswith("you are "):
        said = "you're " + said[8:]
    return said[0].lower() + said[1:] if said else None


# "for yelling at him" -> "I'm sorry I yelled at you": a few common acts, in the past tense.
_FOR_ACT = lazy(
    r"\bfor\s+(?P<act>[a-z]+ing)\b(?P<rest>(?:\s+(?:at|to|on|with)\s+(?:him|her|them))?)",
    re.IGNORECASE,
)
_PAST = {
    "yelling": "yelled",
    "shouting": "shouted",
    "snapping": "snapped",
    "screaming": "screamed",
    "swearing": "swore",
    "saying": "said",
    "losing": "lost",
    "nagging": "nagged",
    "pushing": "pushed",
    "ignoring": "ignored",
    "forgetting": "forgot",
    "walking": "walked",
    "storming": "stormed",
    "slamming": "slammed",
    "bringing": "brought",
    "starting": "started",
    "picking": "picked",
    "going": "went",
    "being": "was",
    "overreacting": "overreacted",
    "crying": "cried",
    "lying": "lied",
}
_OBJECT = {"him": "you", "her": "you", "them": "you"}
_DID_BACK = lazy(
    r"\bshould(?:n'?t|nt|\s+not)\s+(?:have|of)\s+(?P<past>yelled|shouted|snapped|screamed|nagged"
    r"|slammed)\b(?P<rest>(?:\s+(?:at|on|with)\s+(?:him|her|them))?)",
    re.IGNORECASE,
)


def apology_example(text: str) -> str | None:
    """A short apology in the person's words, when they say what they did ("I'm such an
    idiot for yelling at him" -> "I'm sorry I yelled at you."); None when it is not clear."""
    back = _DID_BACK.search(text)
    if back is not None:
        rest = back.group("rest").split()
        tail = f" {rest[0]} {_OBJECT[rest[1].lower()]}" if rest else ""
        return f"I'm sorry I {back.group('past').lower()}{tail}."
    m = _FOR_ACT.search(text)
    if m is None or m.group("act").lower() not in _PAST:
        return None
    past = _PAST[m.group("act").lower()]
    if past in ("said", "lost", "brought", "started", "picked", "went", "was", "walked"):
        return None  # needs its object ("saying what I said"), not clear enough to say back
    rest = m.group("rest").split()
    tail = f" {rest[0]} {_OBJECT[rest[1].lower()]}" if rest else ""
    return f"I'm sorry I {past}{tail}."


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


def leaning_note(analysis: Analysis) -> str | None:
    """The plain word shown instead of "Nothing here looks pushing" where the learned layer
    reads a sentence as likely to push (`Analysis.leaning`), quoting it; None otherwise."""
    if analysis.leaning is None or analysis.safety.flagged:
        return None
    start, end = analysis.leaning
    words = " ".join(analysis.text[start:end].split())
    if len(words) > QUOTE_MAX:
        words = words[: QUOTE_MAX - 1].rstrip() + "…"
    said = Msg.LEANS_AS.get(analysis.leaning_as or "", Msg.LEANS_PUSHING)
    return said.format(q=f"“{words}”")
