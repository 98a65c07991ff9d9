"""Hints for the sentences the coach leaves for the person: concrete, in plain words, about
THIS sentence (issue 12).

A hint quotes the words it is about, says in one line why they may not land as meant, and,
where it is safe, offers one example built from the person's own words ("You never stand up
for me" -> "I'd like you to stand up for me."). No framework names, no principle codes, no
feeling the person did not name put in their mouth: an example only rearranges their words
or adds "please", "I'd like", "I've noticed". Each finding gets its own hint, so two notes
on one sentence never say the same thing twice.

Hints are not words to send: they may say "in your own words" and give an example in
quotes. Where the message is about being hurt or controlled, the hint does not ask the
person to be gentler; it speaks to their own safety and support.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from alongside.lazyre import lazy

_Q_OPEN, _Q_CLOSE = "\u201c", "\u201d"


def quote(words: str) -> str:
    """Words in curly quotes, trimmed of end punctuation and spaces."""
    return _Q_OPEN + words.strip().strip(" ,;:").rstrip(".!?") + _Q_CLOSE


def _example(words: str) -> str:
    """An example phrasing, in quotes, ending with a full stop (or the ? it has)."""
    words = " ".join(words.split()).strip(" ,;:")
    words = words[:1].upper() + words[1:]
    if words[-1:] not in ".!?":
        words += "."
    return _Q_OPEN + words + _Q_CLOSE


_CUT = lazy(
    r"\s*(?:,|;|:|\.|!|\?|\band\b|\bbut\b|\bso\b|\bbecause\b|\bor\b|\bwhen\b|\bwhile\b"
    r"|\bever\b|\banymore\b|\bagain\b|\blol\b|\bfr\b|$)",
    re.IGNORECASE,
)
_NEVER = lazy(
    r"\b(?P<who>you|u|he|she|they)\s+(?:(?:just|really|even|actually)\s+)*(?:never|don'?t\s+ever"
    r"|never\s+ever|never,\s*ever)\s+(?:(?:even|once|ever|really|actually|ever,)\s+)*"
    r"(?P<vp>[a-z][^.!?]*)",
    re.IGNORECASE,
)
_NEVER_SEEN = lazy(
    r"\bi\s+(?:have|'ve)\s+never\s+(?:once\s+)?seen\s+(?P<who>you|him|her|them)\s+(?P<vp>[a-z][^.!?]*)",
    re.IGNORECASE,
)
_OBJ = {"you": "you", "u": "you", "he": "him", "she": "her", "they": "them"}
_SCORN = lazy(
    r"\b(?:nonsense|rubbish|pathetic|ridiculous|stupid|idiotic|useless|rocket\s+science|for\s+once"
    r"|grow\s+up|lazy|selfish|disgusting|crazy|psycho|normal|wrong\s+with)\b",
    re.IGNORECASE,
)
_BAD_START = frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "going",
        "have",
        "has",
        "had",
        "do",
        "does",
        "did",
        "get",
        "got",
        "want",
        "need",
        "like",
        "love",
        "care",
        "mind",
        "seem",
        "seems",
        "think",
        "know",
        "a",
        "an",
        "the",
        "to",
        "any",
    ]
)


# Verbs whose plain form ends in "-ing" ("ring your brother", "bring the car back").
_ING_VERBS = frozenset(
    ["ring", "bring", "sing", "sting", "swing", "cling", "fling", "spring", "string", "wring"]
)


# Idioms of absolutes (fix19; blind round 10: "You never listen to a word I say" became "I'd
# like you to listen to a word I say"): kept in a request, their literal words read oddly. Each
# is said plainly ("really listen when I talk", "help out"), or, where no plain words keep the
# meaning, no request is made from it (None: the general request is offered instead).
_WORD_I_SAY = (
    r"(?:a\s+(?:single\s+)?|one\s+(?:single\s+)?)word\s+"
    r"(?:i\s+(?:say|said)|i'?m\s+saying|of\s+(?:it|what\s+i\s+say))"
)
_IDIOM_PLAIN: tuple[tuple[re.Pattern[str], str], ...] = (
    (lazy(rf"\blisten(?P<s>s?)\s+to\s+{_WORD_I_SAY}\b", re.I), "really listen{s} when I talk"),
    (lazy(rf"\bhear(?P<s>s?)\s+{_WORD_I_SAY}\b", re.I), "really hear{s} me when I talk"),
    (
        lazy(r"\blift(?P<s>s?)\s+a\s+(?:single\s+|bloody\s+|damn\s+)?finger\s+to\s+help\b", re.I),
        "help{s}",
    ),
    (lazy(r"\blift(?P<s>s?)\s+a\s+(?:single\s+|bloody\s+|damn\s+)?finger\b", re.I), "help{s} out"),
    (lazy(r"\bgive(?P<s>s?)\s+me\s+the\s+time\s+of\s+day\b", re.I), "make{s} time for me"),
    (lazy(r"\ba\s+(?:single|blind|tiny|little)\s+bit\s+of\s+(?:the\s+)?", re.I), "some of the "),
    (lazy(r"\bthe\s+(?:slightest|faintest|least\s+bit\s+of)\b", re.I), "some"),
    (lazy(r"\bso\s+much\s+as\s+", re.I), ""),
)
_IDIOM_NONE = lazy(
    rf"\b(?:{_WORD_I_SAY}|(?:a|one)\s+(?:single\s+)?(?:damn\s+|bloody\s+|flipping\s+)?thing"
    r"|give\s+a\s+(?:damn|toss|shit|monkey'?s|fig|hoot|stuff|flying)|bat\s+an\s+eye(?:lid)?"
    r"|an?\s+(?:ounce|shred|iota|scrap|jot)\s+of|lift\s+a\s+finger|the\s+time\s+of\s+day"
    r"|a\s+(?:single\s+)?(?:penny|minute|second|moment)\s+of\s+(?:your|ur)|a\s+blind\s+bit)\b",
    re.I,
)


def _said_as(plain: str) -> Callable[[re.Match[str]], str]:
    """The replacement for an idiom: `plain`, with the verb's "s" kept ("lifts" -> "helps")."""

    def sub(m: re.Match[str]) -> str:
        return plain.format(s=m.groupdict().get("s") or "")

    return sub


def plain_idioms(words: str) -> str | None:
    """`words` with each idiom of absolutes said plainly ("listen to a word I say" -> "really
    listen when I talk", "lifts a finger" -> "helps out"); None when one has no plain words
    ("do a single thing I ask")."""
    for rx, plain in _IDIOM_PLAIN:
        words = rx.sub(_said_as(plain), words)
    return None if _IDIOM_NONE.search(words) else words


def verb_phrase(vp: str) -> str | None:
    """The action in "you never <vp>", cut at the next clause; None when it is not plain."""
    m = _CUT.search(vp)
    vp = vp[: m.start()] if m else vp
    vp = " ".join(vp.split())
    words = vp.split()
    if not words or len(words) > 10:
        return None
    first = words[0].lower()
    ends = first.endswith(("ing", "ed", "'s", "n't")) and first not in _ING_VERBS
    if first in _BAD_START or ends or not first.isalpha():
        return None
    if _SCORN.search(vp):
        return None
    plain = plain_idioms(vp)
    if plain is None:
        return None  # "do a single thing I ask": no request made from the idiom
    vp = plain
    vp = re.sub(r"\bany\b", "some", vp, count=1, flags=re.IGNORECASE)
    vp = re.sub(r"\banything\b", "something", vp, count=1, flags=re.IGNORECASE)
    return vp


def _base_of(verb: str, who: str) -> str | None:
    if who.lower() not in ("he", "she"):
        return verb
    low = verb.lower()
    if low.endswith("ies"):
        return verb[:-3] + "y"
    if low.endswith(("ches", "shes", "xes", "sses")):
        return verb[:-2]
    if low.endswith("s") and not low.endswith("ss"):
        return verb[:-1]
    return None


def wish_from_never(sentence: str) -> str | None:
    """ "You never stand up for me" -> "I'd like you to stand up for me."; None if unsure."""
    m = _NEVER.search(sentence)
    if m is not None:
        wish = _wish(m.group("who"), m.group("vp"))
        return None if wish is None else _example(wish)
    m = _NEVER_SEEN.search(sentence)
    if m is not None:
        vp = verb_phrase(m.group("vp"))
        if vp is None:
            return None
        return _example(f"I'd like {m.group('who').lower()} to {vp}")
    return None


_WHOLE_NEVER = lazy(
    r"^\W*(?P<who>you|u|he|she|they)\s+(?:(?:just|really|even|actually)\s+)*(?:never,?\s*ever"
    r"|never)\s+(?:(?:even|once|ever|really|actually)\s+)*(?P<vp>[a-z][^.!?,;:]*?)"
    r"(?:,?\s+(?:ever|any\s*more))?\s*[.!]*$",
    re.IGNORECASE,
)
_JOINS = lazy(r"\b(?:and|but|so|because|or|when|while|if|until|since)\b", re.IGNORECASE)


def never_as_wish(sentence: str) -> str | None:
    """A whole "You never stand up for me." said as the wish under it: "I'd like you to stand
    up for me." Only when the sentence is that one clause (nothing else is lost)."""
    m = _WHOLE_NEVER.match(sentence)
    if m is None or _JOINS.search(m.group("vp")):
        return None
    wish = _wish(m.group("who"), m.group("vp"))
    return None if wish is None else wish + "."


def _wish(who: str, said: str) -> str | None:
    """ "you" + "never stand up for me" -> "I'd like you to stand up for me"; None if unsure."""
    vp = verb_phrase(said)
    if vp is None:
        return None
    first, _, rest = vp.partition(" ")
    base = _base_of(first, who)
    if base is None:
        return None
    return f"I'd like {_OBJ[who.lower()]} to {base} {rest}".strip()


_SHOULD = lazy(
    r"\b(?P<who>you|u)\s+(?:(?:really|just|seriously)\s+)*(?:should|need\s+to|have\s+to|must"
    r"|ought\s+to|gotta)\s+(?:(?:really|just)\s+)*(?P<vp>[a-z][^.!?]*)",
    re.IGNORECASE,
)


def wish_from_should(sentence: str) -> str | None:
    """ "You need to stop shouting" -> "I'd like you to stop shouting."; None if unsure."""
    m = _SHOULD.search(sentence)
    if m is None:
        return None
    vp = verb_phrase(m.group("vp"))
    if vp is None:
        return None
    return _example(f"I'd like you to {vp}")


_TREATED = lazy(r"\b(?:me|my|i|i'm|i've|myself|us)\b", re.IGNORECASE)
_IMPERATIVE = lazy(
    r"^\W*(?:(?:so|and|but|now|just|ok|okay|look)[\s,]+)*(?P<cmd>(?:don'?t|dont|do\s+not|stop)\s+"
    r"(?P<vp>[a-z][^.!?]*))",
    re.IGNORECASE,
)


def please_from_command(sentence: str) -> str | None:
    """ "Don't text me tonight" -> "Please don't text me tonight."; None if unsure."""
    if re.match(r"\W*so\b", sentence, re.IGNORECASE):
        return None  # a retort ("So don't tell me you're too tired"), not a limit
    m = _IMPERATIVE.match(sentence)
    if m is None or _SCORN.search(sentence) or re.search(r"\beven\s+think\b", sentence, re.I):
        return None
    cmd = " ".join(m.group("cmd").split()).rstrip(".!? ")
    cmd = re.sub(r"^dont\b", "don't", cmd, flags=re.IGNORECASE)
    if _DARE_COMMAND.match(cmd) or _DIG_AFTER.search(cmd):
        return None  # "Don't you dare ...", "..., you'll only be on your phone anyway": no please
    # the dig inside an order goes, the request stays ("Stop sulking and talk to me like an
    # adult" -> "Please talk to me."): "Please" before the same words was the same push
    cmd = _DIG_IN_ORDER.sub("", cmd)
    cmd = re.sub(r"^stop\s+\w+ing\s+and\s+", "", cmd, flags=re.IGNORECASE)
    if len(cmd.split()) > 14 or not cmd:
        return None
    return _example("Please " + cmd[:1].lower() + cmd[1:])


# An order that is a dare ("Don't you dare ...", "Don't bother coming"): never "Please ...".
_DARE_COMMAND = lazy(
    r"\W*(?:don'?t|do\s+not)\s+(?:you\s+dare|bother|even|worry\s+about\s+me)\b|\W*go\s+on\s+then\b",
    re.IGNORECASE,
)
# A dig after the order ("..., you'll only be on your phone anyway", "... as usual").
_DIG_AFTER = lazy(
    r",\s*(?:you'?ll|you\s+will|you'?d|you\s+always|you\s+never)\b|\banyway\W*$|\bas\s+usual\b",
    re.IGNORECASE,
)
# A dig inside an order: "like an adult", "for once", "for a change".
_DIG_IN_ORDER = lazy(
    r"\s+(?:like\s+an?\s+(?:adult|grown[- ]?up|child|baby|normal\s+person|human\s+being|man)"
    r"|for\s+once|for\s+a\s+change|for\s+god'?s\s+sake|already)\b",
    re.IGNORECASE,
)
DARE_HINT = (
    "{q} reads as a dare, so they'll answer the challenge, not the hurt under it. Say plainly "
    "what you'd like from them, in your own words."
)


_EVERYONE = lazy(
    r"\b(?:every\s*one|every\s*body|nobody|no\s+one|no-one)(?:'s|\s+has|\s+have)?\s+"
    r"(?P<verb>noticed|knows|can\s+see|sees|thinks|says)\b",
    re.IGNORECASE,
)
# A name or a verdict in the same sentence ("You're a mummy's boy and everyone knows it"):
# "I know it" would keep the insult as the person's own, so no first-person example is given.
_LABELS = lazy(
    r"\byou(?:'re|\s+are|r)\s+(?:such\s+|just\s+|a\s+|an\s+|so\s+)|\b(?:boy|girl|idiot|loser"
    r"|child|baby|joke|mess|failure|addict|alcoholic|narcissist|psycho|crazy|lazy|selfish)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = {
    "noticed": "I've noticed",
    "knows": "I know",
    "can see": "I can see",
    "sees": "I can see",
    "thinks": "I think",
    "says": "I think",
}


_CLAUSE_BREAK = lazy(
    r"[,;:()]|\s(?:and|but|so|because|or|while|when|if|then)\s|[.!?]\s", re.IGNORECASE
)


def phrase(words: str, sentence: str) -> str:
    """The words a hint quotes: a short finding ("never") with its clause around it."""
    w = " ".join(words.split())
    at = sentence.lower().find(w.lower())
    if at < 0:
        return w
    start = 0
    for brk in _CLAUSE_BREAK.finditer(sentence, 0, at):
        start = brk.end()
    nxt = _CLAUSE_BREAK.search(sentence, at + len(w))
    end = nxt.start() if nxt else len(sentence)
    clause = " ".join(sentence[start:end].split()).rstrip(".!? ")
    clause = re.sub(r"^(?:and|but|so|or|then)\s+", "", clause, flags=re.IGNORECASE)
    if len(clause.split()) > 12:
        return w
    return clause or w


_OR_ELSE = lazy(
    r"\bor\s+(?:else|don'?t\s+bother|dont\s+bother|i'?m\s+(?:leaving|done|gone|out)"
    r"|we'?re\s+(?:done|over|through)|i\s+will|i'll)\b",
    re.IGNORECASE,
)
_SCORNFUL = lazy(r"\b(?:ashamed|grow\s+up|get\s+a\s+grip|get\s+over\s+yourself)\b", re.I)
_SARCASM_START = lazy(
    r"^\W*(?:sure|fine|oh\s+sure|yeah\s+right|oh\s+great|great|brilliant|well\s+done"
    r"|maybe\s+you\s+should|ok(?:ay)?\s+then)\b",
    re.IGNORECASE,
)


# The findings this module writes hints for; any other (a finding added in the rule files)
# gets the `hint` its rule file gives it.
KNOWN_IDS = frozenset(
    {
        "absolute",
        "label",
        "invalidation",
        "contempt",
        "blame",
        "ultimatum",
        "therapy_as_fix",
        "unsolicited_advice",
        "pressure",
    }
)


def sarcastic_start(sentence: str) -> bool:
    """ "Sure, go to the footy again", "Maybe you should go back to her": likely sarcasm."""
    return _SARCASM_START.match(sentence) is not None


def for_finding(
    finding_id: str,
    rule: str,
    words: str,
    sentence: str,
    *,
    diagnostic: bool = False,
    abuse: bool = False,
    limit: bool = False,
    closing: bool = False,
    ids: frozenset[str] = frozenset(),
) -> str:
    """A hint about one finding's words in its sentence, in plain words.

    `ids` are the pushing findings in the same sentence: an example phrasing is offered only
    where this finding is the sentence's only kind of push.
    """
    q = quote(phrase(words, sentence))
    low = words.lower().strip()
    alone = ids <= {finding_id, "pressure", "unsolicited_advice", "therapy_as_fix"}
    # in a message about being hurt, only a sentence about the writer ("you screamed at me")
    # is how they were treated; a label on the partner ("Do you have a split personality?")
    # is still a label, and "it can stay as you said it" would contradict its note
    if abuse and _IMPERATIVE.match(sentence):
        return f"{q} is your limit, and it can stay as it is; you don't have to make it softer."
    if abuse and _TREATED.search(sentence):
        return (
            f"{q} is about how you were treated; you don't have to make it softer, and it "
            "can stay as you said it."
        )
    if threatens(sentence) and not abuse:
        # a threat is the point of its sentence, whatever word was found in it
        return ultimatum_hint(sentence) or ""
    if finding_id in ("therapy_as_fix", "unsolicited_advice", "pressure") and diagnostic:
        return for_diagnosis(sentence)
    if finding_id == "absolute":
        return _absolute(low, q, words, sentence, alone)
    if finding_id == "label":
        if re.match(r"\s*(?:i\b|i'm|im\b|myself)", low):
            return (
                f"{q} is hard on yourself. Say what happened and how it was for you, as you "
                "would to a friend."
            )
        if "diagnosis" in rule or diagnostic:
            return for_diagnosis(sentence)
        if "comparison" in rule:
            return (
                f"{q} holds them up against someone else, which stings. Say what you would "
                "like from them, in your own words."
            )
        return f"{q} is about who they are; say what they did and how it was for you."
    if finding_id == "invalidation" and not re.search(
        r"calm|relax|chill|get\s+over|sensitive|overreact|dramatic|big\s+deal|whole\s+thing", low
    ):
        return (
            f"{q} tells them what is going on inside them, and they'll argue with it. Say what "
            "you see them do, and what you need."
        )
    if finding_id == "invalidation":
        return (
            f"{q} tends to do the opposite. Say what you can see first, like "
            f"{_Q_OPEN}I can see you're upset.{_Q_CLOSE}, then what you need."
        )
    if finding_id == "contempt" and "dismissed_feeling" in rule:
        from alongside.messages import Msg

        return Msg.NOTE_DISMISSED_FEELING.format(q=q)
    if finding_id == "contempt" and "undercut_praise" in rule:
        # praise its own message takes back (rules_undercut.toml): named as what it is
        return (
            f"{q} reads as sarcasm, and sarcasm is what they will hear. Say plainly what "
            "happened and what you wanted, in your own words."
        )
    if finding_id == "contempt" and "passive_aggression" in rule:
        return (
            f"{q} says it's fine when it isn't, and they'll hear the edge. Say plainly what "
            "upset you and what you'd like instead."
        )
    if finding_id == "contempt" or (
        finding_id in ("pressure", "unsolicited_advice")
        and (_SARCASM_START.match(sentence) or _SCORNFUL.search(sentence))
    ):
        return (
            f"{q} can sound scornful, and scorn is what they will hear. Say plainly what "
            "happened and what you wanted, in your own words."
        )
    if finding_id == "blame":
        if "make me feel" in low or "made me feel" in low or "makes me feel" in low:
            return (
                f"{q} puts your feeling on them. Start from yourself instead: "
                f"{_Q_OPEN}I feel{_Q_CLOSE} and your own word for it."
            )
        if "standing_by" in rule:
            return (
                f"{q} sounds like a charge. Say what happened and what you needed from them then."
            )
        if "no_excuse" in rule:
            return no_excuse(words, sentence)
        return f"{q} says whose fault it is. Say what happened and how it was for you."
    if finding_id == "ultimatum" and ("coercion" in rule or coerces(sentence)):
        return COERCION
    if finding_id == "ultimatum" and (threat := ultimatum_hint(sentence)) is not None:
        return threat
    if (finding_id == "ultimatum" or _OR_ELSE.search(sentence)) and (
        threat := ultimatum_hint(sentence)
    ) is not None:
        return threat  # a threat, or help made a condition: never "keep it as a limit"
    if (
        finding_id == "ultimatum"
        or (limit and finding_id in ("pressure", "command"))
        or _OR_ELSE.search(sentence)
    ):
        return (
            f"If {quote(sentence) if _OR_ELSE.search(sentence) else q} is your limit, keep it, "
            "and say it as what you will do, calmly, not as a threat or a deal."
        )
    if finding_id == "therapy_as_fix":
        if "by_proxy" in rule:
            return by_proxy(q)
        return (
            f"{q} sounds like a verdict. If you'd like them to try it, ask: "
            f"{_Q_OPEN}Would you be open to talking to someone, just to see what it's "
            f"like?{_Q_CLOSE}"
        )
    if finding_id in ("unsolicited_advice", "pressure") and _DARE.match(sentence):
        # "Try being me for a day": a dare about how much the person carries, not advice nor
        # a limit (blind round 7 called it advice, rated 1)
        return (
            f"{q} is a dare, not advice: it says you're carrying too much, but they'll hear a "
            "challenge. Say what your days hold and the one thing you'd like them to take on."
        )
    if finding_id == "pressure" and _PREEMPT.match(sentence):
        # "don't say a work friend": their answer ruled out before they give it, a jab and
        # not a limit (blind round 7 called it a limit, rated 1)
        return (
            f"{q} answers for them before they speak, so it reads as a jab, not a limit. Ask "
            "the one thing you need to know, plainly, and leave room for their answer."
        )
    if finding_id == "unsolicited_advice":
        return (
            f"{q} is advice they didn't ask for. Ask first, {_Q_OPEN}Can I share an "
            f"idea?{_Q_CLOSE}, and let them say no."
        )
    if closing:
        return for_closing(sentence)
    if finding_id == "pressure" and "contempt" in ids and _IMPERATIVE.match(sentence):
        return f"{q} can read as a dare here. Say plainly what you want, in your own words."
    return _pressure(low, q, rule, sentence, alone)


_QUOTED_WORDS = lazy(r"\u201c[^\u201d]*\u201d")
_DARE = lazy(
    r"^\W*(?:(?:so|and|but|well|go\s+on|honestly)[\s,]+)*(?:you\s+)?try\s+(?:being|doing|working|living"
    r"|walking|spending|running|juggling|looking\s+after)\s+(?:me|my|a\s+day\s+as\s+me|in\s+my)\b",
    re.IGNORECASE,
)
_PREEMPT = lazy(
    r"^\W*(?:(?:so|and|but|oh|just)[\s,]+)*(?:don'?t|dont|do\s+not)\s+(?:you\s+)?(?:dare\s+)?"
    r"(?:say|tell\s+me(?!\s+(?:to|how\s+to|what\s+to)\b)|give\s+me|start\s+with"
    r"|bother\s+(?:saying|telling|lying)|even\s+(?:say|try)"
    r"|pretend|come\s+at\s+me\s+with|fob\s+me\s+off)\b(?!\s+(?:it|that)\s+(?:again|to))",
    re.IGNORECASE,
)


def for_criticism(rule: str, words: str, sentence: str) -> str | None:
    """A hint for the criticism rules of `rules_undercut.toml` (a verdict said as the
    sender's own, mind-reading said as knowledge, others brought in as ammunition); None
    for the other criticism rules, which keep the finding's own hint."""
    q = quote(phrase(words, sentence))
    if "own_verdict" in rule:
        if "?" in sentence or re.search(r"\b(?:script|surprised|cue)\b", sentence.lower()):
            return (
                f"{q} is a jab put as a question; they'll hear the scorn, not the hurt. Say "
                "plainly what hurt and what you'd like instead."
            )
        return (
            f"{q} passes a verdict on who they are, and they'll defend against it. Say the one "
            "thing that happened and how it was for you."
        )
    if "mind_claimed" in rule:
        return (
            f"{q} tells them what they think or feel, and they can only deny it. Ask instead, "
            f"like {_Q_OPEN}What's going on for you?{_Q_CLOSE}"
        )
    if "ammunition" in rule:
        return (
            f"{q} brings others in against them, and they'll defend against everyone at once. "
            "Keep it between you two: what you saw, and how it was for you."
        )
    return None


def let_it_stand(finding_id: str, words: str, sentence: str, said: str) -> str:
    """A label or scorn beside a sentence that already says what happened: point at it."""
    q = quote(phrase(words, sentence))
    if finding_id == "contempt":
        return (
            f"{q} can sound scornful. {quote(said)} already makes your point; you could leave "
            f"{q} out, or say plainly how it was for you."
        )
    return (
        f"{q} is about who they are. {quote(said)} already says what happened; you could let "
        "it stand and say how it was for you."
    )


_KEEP_AS_IS = lazy(r"\bcan\s+stay\b|\bit\s+stays\b|\bso\s+it\s+stays\b", re.IGNORECASE)


def keeps_as_is(hint: str) -> bool:
    """True when a hint tells the person their words can stay as they are."""
    return _KEEP_AS_IS.search(hint) is not None


def left_hint_shown(hint: str, note_hints: Iterable[str | None], noted: bool) -> bool:
    """Whether a sentence left for the person shows its own hint: not when a note above
    already says it, and never "it can stay as it is" for a sentence a note flags (the
    advice would contradict the note; blind raters found it did)."""
    if noted and _KEEP_AS_IS.search(hint):
        return False
    mine = _gist(hint)
    return not any(h and (same_advice(hint, h) or (mine and mine in _gist(h))) for h in note_hints)


def _gist(hint: str) -> str:
    """A hint's advice without its quoted words, case, punctuation or "in your own words":
    "Say plainly what you want." is the gist of "... Say plainly what you want, in your own
    words." """
    bare = _QUOTED_WORDS.sub("", hint).lower().replace("in your own words", "")
    return " ".join(re.sub(r"[^a-z' ]+", " ", bare).split())


def same_gist(one: str, other: str) -> bool:
    """Two hints that give the same advice, whatever words each quotes."""
    mine = _gist(one)
    return bool(mine) and mine == _gist(other)


def same_advice(one: str, other: str) -> bool:
    """Two hints that say the same thing about different words."""
    return _QUOTED_WORDS.sub("", one, count=1) == _QUOTED_WORDS.sub("", other, count=1)


def again(finding_id: str, words: str, sentence: str) -> str:
    """A short hint for words like an earlier note's: the point is not made twice."""
    q = quote(phrase(words, sentence))
    lines = {
        "absolute": f"{q} is another “always” or “never”; the earlier note applies here too.",
        "invalidation": f"{q} brushes their feeling aside as well; the earlier note fits here.",
        "label": f"{q} is about who they are too; here also, say what they did.",
        "contempt": f"{q} can sound scornful too; say plainly what you mean here as well.",
    }
    return lines.get(finding_id, f"{q}: the earlier note about the same kind of words fits here.")


def _absolute(low: str, q: str, words: str, sentence: str, alone: bool) -> str:
    if low in ("every time", "every single time", "everytime"):
        return counted_hint(words, sentence)
    people = ("everyone", "everybody", "every one", "every body", "no one", "nobody", "no-one")
    if low.startswith((*people, "all of")):
        m = _EVERYONE.search(sentence)
        verb = " ".join(m.group("verb").lower().split()) if m is not None else ""
        if (
            m is not None
            and verb in ("noticed", "can see", "sees")
            and not _LABELS.search(sentence)
        ):
            mine = _FIRST_PERSON[" ".join(m.group("verb").lower().split())]
            return (
                f"{q} brings other people in, and they'll argue about who. Speak for "
                f"yourself, like {_Q_OPEN}{mine}{_Q_CLOSE}, and say what you saw."
            )
        return (
            f"{q} brings other people in, and they'll argue about who. Speak for yourself: "
            "what have you seen, and how is it for you?"
        )
    wish = wish_from_never(sentence) if "never" in low and alone else None
    if wish is not None:
        return (
            f"{q} makes them defend the exception. Say what you'd like instead, like {wish}"
            ", or name one time it happened."
        )
    if "never" in low and re.search(r"\bnever\s+going\s+to\s+change\b", sentence, re.I):
        return f"{q} sounds like you've given up on them. Name one small change you'd like to see."
    return (
        f"{q} turns many moments into a verdict, so they'll argue with the word. Name the "
        "last time it happened and how it was for you."
    )


def counted_hint(words: str, sentence: str) -> str:
    """ "Every time I ask, you walk away": how often it happens is the person's to say (kept);
    the hint offers the one step that helps, the last time it happened, in their own words."""
    q = quote(phrase(words, sentence))
    return (
        f"{q} is how often it happens, and that is yours to say. Adding the last time it "
        "happened (the day, what was said) gives them one moment to answer, not a pattern to "
        "defend."
    )


_GLOAT = lazy(
    r"\s*(?:(?:are|r)\s+(?:you|u)\s+)?(?:happy|satisfied|pleased|content)(?:\s+now)?\W*$",
    re.IGNORECASE,
)


def _pressure(low: str, q: str, rule: str, sentence: str, alone: bool) -> str:
    if "guilt_trip" in rule or low.startswith(("after everything", "the least you")):
        return (
            f"{q} keeps score, and they'll hear a debt. Ask for the one thing you want, on its own."
        )
    if "martyr" in rule:
        # "Don't worry about me, I'll just sit here alone again": a sacrifice, never "keep it
        # as a limit" nor "Please don't worry about me ..." (blind round 5, rated 1)
        return (
            f"{q} says the hurt as a sacrifice, so they'll hear guilt rather than what you "
            "need. You could say plainly how it is for you, and the one thing you'd like."
        )
    if re.match(r"\s*(?:no\s+excuses|no\s+buts)\b", low):
        return (
            f"{q} leaves no room for their side. Say what you'd like, and leave room for "
            "their answer."
        )
    if _GLOAT.match(low):
        # "Happy now?" is a jab, not an order (the rewrite corpus's reading)
        return (
            f"{q} is a jab, not a question they can answer, so it ends the talk without "
            "settling it. Say plainly what you would like to happen next."
        )
    if _DARE_COMMAND.match(sentence) or (
        re.match(r"\s*(?:don'?t|dont|do not|stop)\b", low) and _DIG_AFTER.search(sentence)
    ):
        return DARE_HINT.format(q=q)  # "Don't bother coming, you'll only be on your phone"
    please = please_from_command(sentence) if alone else None
    if please is not None:
        return (
            f"If this is a limit, keep it; said as yours it is easier to hear than an order, "
            f"like {please}"
        )
    if re.match(r"\s*(?:don'?t|dont|do not|stop|please)\b", low):
        return f"If {q} is a limit, keep it, and say it calmly as what you will or won't accept."
    wish = wish_from_should(sentence) if alone else None
    if wish is not None:
        return f"{q} sounds like an order. Say it as your own wish, like {wish}"
    if re.match(r"\s*(?:keep|go\s+on|carry\s+on)\b", low):
        return f"{q} can sound sarcastic. Say plainly what you want instead, in your own words."
    return f"{q} sounds like an order. Say it as a request of your own, one they can say no to."


_DIAGNOSIS_WORDS = lazy(
    r"\b(?:not\s+normal|(?:your|his|her|their)\s+(?:\w+\s+)?(?:issues|problems?|disorder)"
    r"|(?:anger|rage|mental|spending|drinking)\s+(?:issues|problems?|management)"
    r"|about\s+(?:your|his|her)\s+(?:anger|temper|head)|something\s+(?:is\s+)?(?:seriously\s+)?"
    r"wrong\s+with\s+(?:you|him|her)|wrong\s+with\s+(?:you|him|her)|not\s+right\s+in\s+\w+\s+head"
    r"|emotionally\s+unavailable|ptsd|manic|normal\s+(?:people|couples?|men|women)|(?:an?\s+)?(?:functioning\s+)?alcoholic|an?\s+illness|bipolar|narcissist\w*|avoidant"
    r"|psycho\w*|crazy|insane|in\s+denial|depressed|adhd|toxic|need(?:s)?\s+(?:professional\s+|"
    r"serious\s+)?(?:help|treatment|rehab|meds|medication|anger\s+management)|sane)\b",
    re.IGNORECASE,
)


_NEEDS_HELP = lazy(
    r"\b(?:you|u|he|she)\s+(?:\w+\s+){0,2}(?:need|needs)\s+(?:to\s+)?(?:see|get|go|talk)?\s*"
    r"(?:\w+\s+){0,3}(?:someone|somebody|help|treatment|rehab|meds|medication|a\s+psychiatrist"
    r"|a\s+doctor|anger\s+management|therapy|professional)",
    re.IGNORECASE,
)


def for_diagnosis(sentence: str, hard: bool = False) -> str:
    """A sentence that reads like a diagnosis: what to say instead (varies with the words)."""
    m = _DIAGNOSIS_WORDS.search(sentence)
    q = quote(m.group(0)) if m else quote(sentence)
    if len(sentence.split()) <= 8:
        q = quote(sentence)
    helps = _NEEDS_HELP.search(sentence)
    if helps is not None:
        end = _CLAUSE_BREAK.search(sentence, helps.end())
        q = quote(sentence[helps.start() : end.start() if end else len(sentence)])
    if helps is not None and not hard:
        return (
            f"{q} tells them what is wrong with them. If you'd like them to talk to someone, "
            f"ask instead, like {_Q_OPEN}Would you be open to talking to someone, just to see "
            f"what it's like?{_Q_CLOSE}"
        )
    if m is not None and re.match(
        r"not\s+normal|normal\s|sane|crazy|insane", m.group(0), re.IGNORECASE
    ):
        return (
            f"{q} is a verdict on them, and they'll argue with it. You can leave it out, or "
            "say what worries you, in your own words."
        )
    return (
        f"{q} reads like a diagnosis, and they'll defend themselves. Say what you saw and "
        "how it was for you instead."
    )


_NO_SAY = lazy(r"\bno\s+(?:excuses|buts|arguments)\b|\bdon'?t\s+argue\b", re.IGNORECASE)


def for_closing(sentence: str) -> str:
    """A sentence that closes the talk ("Full stop.", "I'm not discussing it anymore.")."""
    if _NO_SAY.search(sentence):  # "No excuses.": a demand to talk, not a wish to stop
        return (
            f"{quote(sentence)} takes away their say before they have answered. You could "
            f"leave it out and ask what suits them, like {_Q_OPEN}Does tonight work for "
            f"you?{_Q_CLOSE}"
        )
    return (
        f"{quote(sentence)} shuts the door you are asking them to open. If you need to stop "
        f"for now, say so as yours, like {_Q_OPEN}I'd rather leave it for tonight.{_Q_CLOSE}"
    )


# Forcing the partner ("whether you like it or not", "I'll drag you there"): coercion, not a
# limit on the writer's own behaviour, so never "keep it" (issue 12).
_COERCION = lazy(
    r"\b(?:whether\s+(?:you|u)\s+like\s+it\s+or\s+not|(?:you|u)\s+(?:have|'ve\s+got|got)\s+no"
    r"\s+(?:choice|say)|(?:make|force|drag)\s+(?:you|u)\s+(?:to\s+)?(?:go|come|see|attend|sit|talk"
    r"|there|along|in)\b|like\s+it\s+or\s+lump\s+it)",
    re.IGNORECASE,
)
COERCION = (
    "This isn't a limit of yours to keep, because it decides for them. Invite them instead, "
    "and say what you will do either way, "
    "like \u201cI've booked a session. I'd love you to come with me, and I'm going "
    "either way.\u201d"
)


# A threat to do something to them, not a limit on what the writer will put up with: telling
# their mother, posting, "the hard way" (issue 12, blind round 4b: told "keep it as a limit").
_THREATENS = lazy(
    r"\bor\s+(?:else\s+)?(?:i'?m|im|i\s+will|i'll|ill|i\s+swear\s+i'?ll)\s+(?:going\s+to\s+|gonna\s+)?"
    r"(?:tell|telling|show|showing|post|posting|send|sending|ring|ringing|call|calling|report"
    r"|reporting|make\s+(?:you|u)|ruin|ruining|expose|exposing)\b"
    r"|\b(?:the|do\s+it\s+the)\s+hard\s+way\b|\byou'?ll\s+(?:regret|be\s+sorry)\b"
    # "If you don't come, I'll tell your mother what you did": the same threat, put as an "if"
    r"|\b(?:if|unless)\s+(?:you|u)\b[^.!?]{0,80}?\b(?:i'?ll|ill|i\s+will|i'?m\s+going\s+to"
    r"|i'?m\s+gonna)\s+(?:tell|show|post|send|report|expose|ruin)\b",
    re.IGNORECASE,
)
_EITHER_YOU = lazy(
    r"\b(?:either\s+)?(?:you|u)\s+(?P<vp>[a-z][^.!?]*?)\s*,?\s+or\s+(?:else\s+)?(?:i|i'?m|im|ill|we)\b",
    re.IGNORECASE,
)
# Help made a condition ("Go to therapy or don't come home"): CRAFT's own advice is that help
# taken under threat rarely lasts; the example is going oneself, and an open door.
_HELP = lazy(r"\b(?:therap\w*|counsell?\w*|rehab|aa|meetings?|session|doctor|gp)\b", re.I)


# Ringing a solicitor, a lawyer or a mediator is a step of the writer's own about the
# relationship (like moving out), not something done to them (blind round 8: "Either you book
# the therapist by Friday or I'm ringing a solicitor" was told to leave the solicitor out).
_OWN_STEP = lazy(
    r"^\W*(?:to\s+)?(?:a|my|the|our|an)?\s*(?:family\s+|divorce\s+)?(?:solicitor|lawyer|attorney"
    r"|mediator|mediation|divorce)\b",
    re.IGNORECASE,
)


def threatens(sentence: str) -> bool:
    """True when the sentence threatens to do something to them ("or I'm telling your mum").
    Ringing a solicitor is the writer's own step, not a threat against them."""
    m = _THREATENS.search(sentence)
    if m is not None and _MYSELF.search(sentence[m.start() :]) is not None:
        return False  # "or I'll ring them myself": the step they asked for, taken by the person
    return m is not None and _OWN_STEP.search(sentence[m.end() :]) is None


# The same step taken by the person ("... or I'll ring them myself", "Call them or I will."):
# their own limit, not a threat against the partner.
_MYSELF = lazy(
    r"\b(?:call|ring|phone|contact)\w*\s+(?:them|it|the\s+[\w\s]{0,30}?(?:helpline|line|gp|doctor"
    r"|service|number))\s+(?:myself|me\s+self)\b"
    r"|\bor\s+(?:else\s+)?(?:i'?ll|i\s+will|ill)\s*(?:do\s+it\s+myself)?[.!]*\s*$",
    re.IGNORECASE,
)


def ultimatum_hint(sentence: str) -> str | None:
    """The hint for an either-or that is not simply the writer's limit: a threat to do
    something to them, or help made a condition; None for a plain limit ("or I'll leave")."""
    if threatens(sentence):
        m = _EITHER_YOU.search(sentence)
        vp = verb_phrase(m.group("vp")) if m is not None else None
        ask = f" like {_example(f'Would you {vp}?')}" if vp else ""
        return (
            "This reads as a threat to do something to them, not a limit of yours, and a "
            f"threat gets a fight or silence, not a change. Leave it out and ask for what you "
            f"want,{ask or ' in your own words.'}"
        ).rstrip(",")
    if _HELP.search(sentence) and _OR_ELSE.search(sentence) and not _MYSELF.search(sentence):
        return (
            "Help taken under a threat rarely lasts. If this is your limit, say it calmly as "
            "what you will do, not as a deal, and leave the door open, like \u201cI'm going to "
            "see a counsellor on my own, and you'd be welcome to come.\u201d"
        )
    return None


def coerces(sentence: str) -> bool:
    """True when the sentence forces the partner ("You're coming whether you like it or not")."""
    return _COERCION.search(sentence) is not None


def for_limit(sentence: str, ultimatum: bool) -> str:
    """A limit or decision with a push in it: kept, said calmly; coercion is not a limit."""
    if coerces(sentence):
        return COERCION
    if (threat := ultimatum_hint(sentence)) is not None:
        return threat
    if ultimatum:
        return (
            "If this is your limit, keep it: say calmly what you will do, as your own "
            "choice, not as a threat."
        )
    return "Your limit stays as it is; say it calmly, in your own words."


HARD_THERAPY = (
    "After what you describe, look after your own support first: a friend, or a counsellor "
    "just for you."
)
ABUSE = (
    "This is about how you were treated; you don't have to make it softer. Your own safety "
    "and support come first."
)
SAFETY_FIRST = (
    "If any of this touches on your safety, that comes before any wording. You deserve "
    "support of your own: a helpline can listen and help you think it through."
)
REPORTED = "These are someone else's words; they can stay exactly as they are."
OWN_NEED = "This is your own need, said as yours; it can stay as it is."
KIND_LIMIT = "This is your limit, said kindly; it can stay as it is."


def safety_first(words: str, sentence: str, first: bool = True) -> str:
    """The hint for a finding in a message the safety screen flagged: not about the words."""
    if not first:
        return "The wording can wait; what matters first is that you are safe and supported."
    return (
        "Before any wording: if you are not safe, that comes first, and a helpline can "
        "listen and help you think it through."
    )


ENDORSED = (
    "Agreeing with someone else's verdict makes it yours too. Say what you have seen "
    "yourself, and how it is for you."
)
SHARED = "This is about the two of you, said as “we”; it can stay as it is."
SAME_WORDS = "The same point as the note before; one change covers both."
OWN_WORDS = "These are your own words about yourself; they can stay as they are."
CHEER = "A cheer for the two of you; it can stay as it is."
OWN_REQUEST = "Asking them to talk to you is a request of your own; it can stay as it is."
GOOD_NEWS = "This tells of something that went well; it can stay as it is."
NOT_SAYING = "You are saying what you do not mean, which helps; it can stay as it is."


_EMPHASIS = lazy(
    r"^\W*(?:i\s+mean\s+it|i\s+heard\s+you|(?:and\s+)?you\s+know\s+it|think\s+about\s+(?:it|that)"
    r"|just\s+saying|that'?s\s+all\s+i'?m\s+asking)\b|\band\s+you\s+know\s+it\W*$",
    re.IGNORECASE,
)
_ASIDE = lazy(
    r"^\W*(?:oh|wow|guess|funny|so\s+i\s+guess|sure|fine|great|real\s+nice|typical|like\s+the"
    r"|see,|shame|lol|that'?s\s+where\s+we\s+are)\b|\bor\s+anything\W*$|\bthen\W*$",
    re.IGNORECASE,
)
_ARGUES = lazy(r"\b(?:literally\s+the\s+opposite|it'?s\s+not\s+(?:healthy|right|normal))\b", re.I)


_LABELS = lazy(
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+)?(?:the\s+most|so|such|just\s+like|like)\b|\blike\s+a\s+\w+"
    r"|\bjust\s+like\s+your\b|\blook\s+how\s+you\s+turned\s+out\b|\bstill\s+in\s+your\s+head\b"
    r"|\byou'?re\s+behaving\b|\bthen\s+wonder\s+why\b",
    re.IGNORECASE,
)
_MIND_READ = lazy(r"\byou'?ll\s+say\b|\byou'?re\s+going\s+to\s+say\b", re.IGNORECASE)
_KEEPS_SCORE = lazy(r"\bafter\s+everything\b|\bthe\s+least\s+you\b", re.IGNORECASE)
_BRUSHES = lazy(r"\bdon'?t\s+have\s+to\s+make\s+it\b|\bwhole\s+thing\b", re.IGNORECASE)
_AGREES = lazy(r"\b(?:i\s+agree|so\s+do\s+i|(?:she|he)'?s\s+right|said\s+so)\b", re.I)
_REPORTS = lazy(r"\b(?:said|says|thinks|told|reckons)\b", re.IGNORECASE)
_THERAPY_WORDS = lazy(
    r"\b(?:therap\w*|counsell?\w*|program(?:me)?|psychiatrist|treatment|rehab)\b", re.I
)
_BARE_FACT = lazy(r"^\W*(?:not\s+once|\d|\w+\s+(?:one|time)\s+this|one\s)", re.IGNORECASE)


_PROXY = lazy(
    r"\b(?:my|our)\s+(?:best\s+)?(?:therapist|counsell?or|psychologist|psychiatrist|doctor|gp"
    r"|mum|mom|mother|dad|father|sister|brother|sis|friends?|mates?|family|parents|gran|nan"
    r"|aunt(?:ie)?|uncle|cousin|boss|colleagues?|neighbou?rs?)\s+(?:thinks"
    r"|says|said|reckons|believes|agrees|told\s+me)\s+(?:that\s+)?(?:you|your)\b",
    re.IGNORECASE,
)


def by_proxy(q: str) -> str:
    """Someone else's verdict on the partner, passed on ("My sister thinks you're ...")."""
    return (
        f"{q} sounds like someone else's verdict on them. Speak for yourself: what have you "
        "noticed, and how is it for you?"
    )


_EXCUSE_FOR = lazy(r"\bexcuse\s+for\s+(?P<what>[a-z']+ing\b[^.!?,;]*)", re.IGNORECASE)


def no_excuse(words: str, sentence: str) -> str:
    """Arguing with their reason ("Your ADHD is not an excuse for ..."): the hurt under it is
    named, and one example says it as the person's own."""
    q = quote(words)
    m = _EXCUSE_FOR.search(sentence)
    if m is None:
        return (
            f"{q} starts an argument about the reason, and they'll defend it. What happened "
            "is what matters: say that, and how it was for you."
        )
    what = m.group("what").strip()
    return (
        f"{quote(what[:1].upper() + what[1:])} is a real hurt, and it matters more than the "
        f"reason. {q} starts an argument about the reason; say what happened and how it was "
        f"for you, like {_Q_OPEN}I was so hurt about you {what}{_Q_CLOSE}, if that is how "
        "it was."
    )


_GRUDGE = lazy(
    r"^\W*(?:and\s+)?i(?:'ll|\s+will|\s+won'?t|\s+can'?t|\s+cannot)\s+(?:never\s+|ever\s+)?"
    r"(?:forget|forgive)\s+(?:you\s+for\s+)?(?:that|this|it|what\s+you\s+did|you)\b",
    re.IGNORECASE,
)


_BACKHANDED = lazy(
    r"\bwhen\s+(?:you|u)\s+(?:actually|really|finally)\s+(?:try|make\s+an\s+effort|bother"
    r"|put\s+(?:your|ur)\s+mind|pull\s+(?:your|ur)\s+finger\s+out)\b",
    re.IGNORECASE,
)
_CHARGE = lazy(
    r"^\W*(?:and\s+)?(?:you|u)\s+(?:lied|lied\s+to\s+me|cheated|betrayed\s+me|broke\s+(?:your|ur)"
    r"\s+promise)(?:\s+again)?\W*$",
    re.IGNORECASE,
)


def plain_hint(sentence: str, *, own: bool = False) -> str | None:
    """A hint for a sentence that pushes without a rule of its own (sarcasm, emphasis, a
    label, someone's verdict, the person's own state said as a jab); None when none fits."""
    q = quote(sentence)
    if _BACKHANDED.search(sentence):
        # "when you actually try you can be a decent husband": praise taken back in one breath
        return (
            f"{q} praises and takes it back in one breath, so the dig is what they'll hear. "
            "Keep the praise on its own: what they did that you liked."
        )
    if _CHARGE.match(sentence):
        return (
            f"{q} is a charge, and they'll defend themselves against it. Say what was "
            "promised, what happened, and what you need now."
        )
    if _GRUDGE.match(sentence):
        # "I'll never forget that": the hurt held, not an order (blind round 7: "say it as a
        # request" was called odd)
        return (
            f"{q} says the hurt is still with you, and that matters, but it shuts the door on "
            "what could come next. You could say what you needed then, and what would help now."
        )
    if _EMPHASIS.search(sentence):
        return f"{q} adds pressure but no new point; you could leave it out."
    if _MIND_READ.search(sentence):
        return (
            f"{q} answers for them before they have spoken. You could start from what "
            "happened, and ask how it was for them."
        )
    if _KEEPS_SCORE.search(sentence):
        return (
            f"{q} keeps score, and they'll hear a debt. Ask for the one thing you want, on its own."
        )
    if (_AGREES.search(sentence) and _REPORTS.search(sentence)) or _AGREES.search(sentence):
        return ENDORSED
    if _PROXY.search(sentence):  # "My sister thinks you're depressed."
        return by_proxy(q)
    if _REPORTS.search(sentence) and re.match(r"\W*(?:then\s+)?you\s+said\b", sentence, re.I):
        return REPORTED
    if own and re.search(r"\bi\s+don'?t\s+know\b", sentence, re.IGNORECASE):
        return (
            f"{q} says how it is for you, which is worth keeping. Said on its own, without the "
            "\u201cif\u201d, it reads as yours, not as a threat."
        )
    if _THERAPY_WORDS.search(sentence):
        return (
            f"{q} sounds like a verdict. If you'd like them to try it, ask: "
            f"{_Q_OPEN}Would you be open to talking to someone, just to see what it's "
            f"like?{_Q_CLOSE}"
        )
    if _BRUSHES.search(sentence):
        return (
            f"{q} brushes their feeling aside, and they'll argue with it. Say what you can see, "
            "and what you need."
        )
    if _BARE_FACT.search(sentence) and re.search(r"\d|\b(?:once|since|month|week)\b", sentence):
        return (
            f"{q} is what happened, and it can stay; next to what you'd like instead, it is "
            "easier to hear."
        )
    if _ASIDE.search(sentence) and re.search(r"\d|(?<=\s)[A-Z][a-z]+'s\b", sentence):
        return (
            f"{q} holds what happened; you could keep the facts and say them plainly, "
            "without the edge."
        )
    if _ASIDE.search(sentence):
        return (
            f"{q} reads as sarcasm, and sarcasm is what they will hear. You could leave it out, "
            "or say plainly what you wanted."
        )
    if _LABELS.search(sentence):
        return f"{q} is about who they are; say what they did and how it was for you."
    if own:
        return (
            f"{q} says how it is for you, which is worth keeping. Said plainly as yours, "
            "without a dig, it is easier to hear."
        )
    if _ARGUES.search(sentence):
        return f"{q} argues with their view; you could say what it means to you instead."
    if re.search(r"\bby\s+now\b", sentence, re.IGNORECASE):
        return f"{q} sounds like a verdict; say what you'd like, as a request of your own."
    return None
