"""`analyse(text)`: find pushing and inviting patterns in a message, with exact spans.

How one rule becomes findings (see docs/coach.md):
1. Each word of the (lower-cased) text looks up the patterns that may start there by its first
   letters, the word and the next word, and only those are tried there.
   Clause patterns are tried where clauses start.
2. Each match gives a trigger span (the group `t`, else the whole match).
3. Scope: a pushing pattern inside quotes is mentioned, not used ("you said 'always'");
   one with a negation cue earlier in the same clause is denied, not said
   ("I'm not saying you're selfish"); one after the partner's reading of the writer is
   reflected, not said ("it feels like I'm saying you're lazy"). All are skipped.
4. `unless` patterns in the same sentence, and `cancelled_by` findings in the same sentence
   or the one just before or after, cancel it (advice after asking permission is not
   unsolicited; advice elsewhere in the message still is).
Every text passes the safety screen first; a flagged message still gets its findings,
but no whole-message suggestion, because safety comes before any invitation. Rewrites and
the suggestion are written when read (`Finding.rewrite`, `Analysis.suggestion`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

from alongside.coach.compose import hedges
from alongside.coach.edge import PRAISE_IDS, has_edge
from alongside.coach.learned import Scope, learned_findings, withhold_learned_praise
from alongside.coach.model import Analysis, Finding
from alongside.coach.rewrite import (
    SENTENCE_MAX_CHARS,
    appeases,
    counted,
    criticises_body,
    encourages,
    own_need,
    own_words,
)
from alongside.coach.rules import KEY_CHARS, NORMALISE, WORD, Pattern, Rule, rules
from alongside.coach.suspicion import suspicion
from alongside.coach.texting import normalise
from alongside.lazyre import lazy

if TYPE_CHECKING:
    from alongside.safety.screen import Screening

# Negation scope: a cue in the same clause, in the last few words before the trigger.
NEGATION_WINDOW_CHARS = 48
NEGATION_WINDOW_WORDS = 4  # "I'm not saying that you ..." reaches; "can't ... go to X" does not
# Both run on lower-cased text, so without IGNORECASE: the regex engine then skips a failing
# alternative on its first letter instead of entering it (about 5x faster on a window).
_NEGATOR = lazy(
    r"\b(?:not|never|no|nobody|cannot|hardly|without|stop(?:ped)? saying)\b"
    r"|\b(?:don|doesn|didn|isn|aren|wasn|weren|won|wouldn|shouldn|couldn|can|haven|hasn|hadn"
    r"|ain|mustn)'?t\b"
)
_CLAUSE_BREAK = lazy(
    r"[.,;:!?()\n\"]|\b(?:but|and|so|because|though|although|yet|then|or|why|how|what|when|where)\b"
)
# Reported scope: the partner's reading of what the writer says, said back to them.
REPORTED_WINDOW_CHARS = 64
_REPORTED = lazy(
    r"\b(?:(?:feels?|felt|sounds?|sounded|seems?|seemed|looks?)\s+(?:to\s+you\s+)?"
    r"(?:like|as\s+if|as\s+though)|you(?:'re|\s+are)?\s+(?:think|thought|heard|hear|hearing"
    r"|felt|feel|feeling|might\s+think|may\s+think)(?:\s+that)?)"
    r"\s+i(?:'m|\s+am|\s+was)?\s+(?:saying|said|say|calling|called|telling|told|accusing"
    r"|blaming|meant|mean|judging|think|thought)\b"
)
# Speaker scope: who says this to whom. Only what the writer says to the partner is coached
# as pushing; words someone else said (reported speech, with or without quote marks), the
# writer's own commitments and self-criticism, and a story of how someone has always been
# are read, not coached.
SPEAKER_WINDOW_CHARS = 64
_SPEECH = lazy(
    r"\b(?P<who>[a-z]+)(?:'s|'ve|'d|'m|'re|'ll|\s+has|\s+had|\s+have)?\s+"
    r"(?:(?:always|just|once|also|even|then|still|keeps?|kept|would|will|used\s+to)\s+)?"
    r"(?:said|says|say(?:ing)?|told|tells|telling|asked|asks|wrote|writes|texted|texts|yelled"
    r"|shouted|screamed|goes|went|was\s+like|is\s+like|reckons?|claims?|claimed|insists?"
    r"|insisted|warned|warns|suggested|suggests)\b"
)
# The verbs alone, to settle the common case (no speech verb near) with one cheap search.
_SPEECH_VERB = lazy(
    r"\b(?:sa(?:id|ys?|ying)|t(?:old|ells?|elling|exted|exts)|ask(?:ed|s)|wr(?:ote|ites)"
    r"|yelled|shouted|screamed|goes|went|(?:was|is)\s+like|reckons?|claim|insist|warn|suggest)"
)
# "I said", "we've said", "let me say", "just saying": the writer's own words (about13)
_WRITER = frozenset(
    {"i", "we", "and", "to", "not", "never", "me", "lemme", "just", "only", "simply", "honestly"}
)
_MODAL = frozenset(
    {"can", "could", "gotta", "must", "would", "will", "might", "may", "should", "wanna", "gonna"}
)
_I_BEFORE = lazy(r"\b(?:i|i'd|i'll)\s+(?:(?:just|really|honestly|only|think|have|still)\s+)*$")
# What the writer said to someone else is a story, not words to the partner ("I told him to
# grow up", "I said to my mum she's lazy"); "I told you ..." stays the writer's own.
_TO_SOMEONE_ELSE = lazy(
    r"\s+(?:to\s+)?(?:him|her|them|(?:my|his|her|their)\s+(?!self\b)[a-z]+"
    r"|(?!(?:you|u|ya|yourself)\b)[a-z]+\s+(?=to\s))\b"
)
# "what you wrote", "as he said": the words are a noun phrase or an aside, not reported.
_NOT_REPORTING = lazy(r"\b(?:what|as|how|which|that|like)\s+$")
_GOES_ON = lazy(
    r"\s*(?:(?:should|shouldn'?t|must|(?:needs?|ha(?:ve|s)|ought|got)\s+to|to|just|never|always)\s+)?"
)
_SPEECH_BREAK = lazy(r"[.!?;\n]|\b(?:but|and|so|because|though|although|yet)\b")
# The clause's subject: the last pronoun before the trigger in its clause, else its first word.
_SUBJECT = lazy(r"\b(?:i|im|you|u|he|she|they|we|it|this|that|there)\b")
_AT_YOU = lazy(r"\b(?:you|u|ur|your)\b")
# A commitment: an obligation word the writer puts on themselves, then an action
# ("I need to work on that", "I should call my sister"); not a standard ("I should be
# thinner", "I should have known", "I must look perfect"), which stays a should-statement
# (noted under "About you": `said_of_self`).
_OBLIGATION = lazy(r"(?:should|ought\s+to|oughta|(?:need|needs|have|has|got)\s+to|gotta)$")
_ACTION = lazy(
    r"\s+(?:(?:really|just|probably|definitely|also|still|maybe)\s+)?"
    r"(?!(?:be|have|'ve|feel|look|not|never|always|stop\s+being)\b)[a-z]+\b"
)
# Someone else's habit of saying something ("my dad always said", "your mum never says"): the
# absolute is theirs (issue 12). The word before it names the speaker, not the writer or partner.
_SAYS_AFTER = lazy(r"\s+(?:said|says|told|tells|used\s+to\s+(?:say|tell))\b")
_SOMEONE_ELSE_BEFORE = lazy(
    r"(?<!')\b(?:he|she|they|everyone|everybody|people|dad|mum|mom|mother|father|sister|brother"
    r"|friends?|boss|family|parents|nan|gran|grandma|gran(?:d)?dad|grandpa|aunt|auntie|uncle"
    r"|therapist|counsellor|counselor|doctor|ex|wife|husband|[a-z]+'s)\s+$"
)
# A story: how someone has always (or never) been ("she's never been unfaithful").
_STORY = lazy(r"\b(?:he|she|they|we|it)(?:'s|'ve|\s+has|\s+have|\s+had|'d)\s+(?:\w+\s+)?$")
_STORY_VERB = lazy(r"\s+(?:been|had|done|gone|[a-z]+ed)\b")


def spoken_by_others(text: str, start: int) -> bool:
    """True when `start` follows, in the same clause, someone else's words being reported.

    "Your dad said you need to rest", "my mum told me I should call more": the words are
    theirs, reported, not the writer's own pressure. "I told you ..." stays the writer's.
    `text` is lower-cased.
    """
    window = text[max(0, start - SPEAKER_WINDOW_CHARS) : start]
    if _SPEECH_VERB.search(window) is None:
        return False  # the common case, settled by one call
    cues = list(_SPEECH.finditer(window))
    if not cues:
        return False  # the common case, settled by one call
    cue = cues[-1]
    if _NOT_REPORTING.search(window, 0, cue.start()):
        return False
    if cue.group("who") in _MODAL and _I_BEFORE.search(window, 0, cue.start()):
        return False  # "I can say", "I gotta say", "I must say": the writer's own words
    if cue.group("who") in _WRITER and (
        _TO_SOMEONE_ELSE.match(window, cue.end()) is None or _AT_YOU.match(text, start)
    ):
        # "I told you, you need help", "I told my mum you're lazy": the writer's own words,
        # a verdict on the partner; "I told him to grow up" is a story
        return False
    breaks = list(_SPEECH_BREAK.finditer(window, cue.end()))
    if not breaks:
        return True
    # "She told me I'm too sensitive and should toughen up": the reported words go on after
    # "and" with no new speaker (about13)
    last = breaks[-1]
    return (
        len(breaks) == 1
        and last.group() == "and"
        and _GOES_ON.fullmatch(window, last.end()) is not None
    )


def not_to_partner(text: str, start: int, end: int) -> bool:
    """True when the words at `start:end` are not said to the partner (speaker scope).

    Reported speech; the writer's own commitment ("I need to work on that": the clause's
    subject is "I", an obligation word, then an action); a story of how someone has been
    ("she's never been unfaithful"). `text` is lower-cased.
    """
    if spoken_by_others(text, start):
        return True
    if _SAYS_AFTER.match(text, end) is not None and _SOMEONE_ELSE_BEFORE.search(text, 0, start):
        return True  # "my dad always said ...": how often someone else said it, not a verdict
    story = _STORY_VERB.match(text, end) is not None
    commitment = (
        _OBLIGATION.search(text, start, end) is not None and _ACTION.match(text, end) is not None
    )
    if not story and not commitment:
        return False  # the common case: two cheap calls at the trigger
    window = text[max(0, start - NEGATION_WINDOW_CHARS) : start]
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    clause = window[cut:]
    if story and _STORY.search(clause) is not None:
        return True
    if not commitment:
        return False
    subjects = _SUBJECT.findall(clause)
    if subjects:
        subject = subjects[-1]
    else:
        first = WORD.match(text, start)
        subject = first.group().split("'")[0] if first is not None else ""
    return subject in ("i", "im")


# Words to the coach, not to the partner (context12g; the speaker scope above, one level up):
# a question about how to reach them ("how do I get him to open up about the drinking", "what
# do I say when she shuts down?"), doubt about oneself ("am I too intense about this?", "maybe
# I'm the problem here"), or venting about them ("he just doesn't care, I've tried everything",
# and the story rules' findings, `about = "other"`). Only where nothing speaks to "you"
# outside quotes. Each pattern starts on a specific word (how, what, should, am, maybe, is,
# he, she, my ...), none on "i" or "you".
_PARTNER_3RD = lazy(
    r"\b(?:he|him|his|she|her|they|them|hes|shes|he's|she's|my\s+(?:husband|hubby|wife|partner"
    r"|boyfriend|girlfriend|bf|gf|fianc[eé]e?|other\s+half|spouse|man|missus|wifey))\b"
)
_COMPARED = lazy(
    r"\b(?:ex|ex-\w+|my\s+(?:dad|mum|mom|father|mother|first\s+husband|first\s+wife)"
    r"|other\s+(?:husbands|wives|men|women|boyfriends|girlfriends|couples|people'?s))\b"
)
_SPOKEN_TO = lazy(r"\b(?:you\w*|u|ur|ya|yall|y'all)\b")
_ABOUT_TOPIC = lazy(
    r"\b(?:therap\w*|counsel\w*|drinking|his\s+drink|her\s+drink|gambling|meds|medication"
    r"|couples?\s+(?:therapy|counselling|counseling))\b"
)
# The writer speaks of the app itself ("I don't know why I'm typing this into an app", "can
# this thing even help"): what follows is told to the app, not sent (blind round 12).
_THE_APP = lazy(
    r"\b(?:(?:typing|telling|writing|putting|saying|asking|pouring)\s+(?:all\s+)?(?:this|it|that"
    r"|these\s+things)?\s*(?:in|into|to)\s+(?:an?|this|the|some)\s+(?:\w+\s+)?app"
    r"|asking\s+(?:an?|this|some)\s+(?:\w+\s+)?app|this\s+(?:\w+\s+)?app\s+(?:can|could|will"
    r"|would|might|even)|(?:can|could|will|would|does|is)\s+(?:this|an?)\s+(?:app|thing|bot|chatbot)"
    r"|(?:this|the)\s+(?:app|thing|bot|chatbot)\s+(?:can|could|will|would|might)\s+(?:even\s+)?"
    r"(?:help|tell|fix|say)|(?:point|use)\s+(?:in\s+)?(?:typing|writing)\s+(?:in|into|to)\s+"
    r"(?:this|an?)\s+(?:app|thing)|(?:in|into)\s+an\s+app\b)"
)
# A question about what to do, asked of no one in the message ("What else am I supposed to
# do?", "what else can I do at this point").
_WHAT_TO_DO = lazy(
    r"\bwhat\s+(?:else\s+)?(?:am\s+i|can\s+i|should\s+i|do\s+i|could\s+i|is\s+there)\s+"
    r"(?:even\s+|actually\s+|meant\s+to\s+|supposed\s+to\s+)*(?:do|try|say)\b"
)
_WHAT_TO_SAY = lazy(
    r"\b(?:what\s+(?:do|can|should|would|could)\s+i\s+(?:even\s+)?(?:say|tell|text|write|reply"
    r"|answer|do)|how\s+(?:do|can|should|would|could)\s+i\s+(?:\w+\s+)?(?:say|tell|reply|respond"
    r"|answer|word|phrase|bring\s+(?:it|this|that|up)|raise|start|approach|talk|explain|ask|put)"
    r"|(?:^\s*|\b(?:know|advice\s+on|tips\s+on|ideas?\s+on|figure\s+out|wondering|learn)\s+)how\s+to"
    r"\s+(?:say|tell|word|phrase|bring\s+(?:it|this|that|up)|raise|approach|talk|start)"
    r"|should\s+i\s+(?:just\s+)?(?:tell|ask|say|bring|mention|text|raise|confront|talk)"
    r"|i\s+don'?t\s+know\s+(?:how|what)\s+to\s+(?:say|tell|word|bring|raise|approach|talk))\b"
)
_HOW_TO_REACH = lazy(
    r"\b(?:how\s+(?:do|can|should|would|could)\s+i\s+(?:\w+\s+)?(?:get|make|help|convince"
    r"|persuade|encourage|reach|support|handle|deal\s+with)|(?:^\s*|\b(?:know|advice\s+on|tips"
    r"\s+on|ideas?\s+on|figure\s+out|wondering|learn)\s+)how\s+to\s+(?:get|make|help|convince"
    r"|persuade|encourage|reach|support|handle|deal\s+with)|is\s+there\s+(?:a|any)\s+way\s+to"
    r"\s+(?:get|make|help)|any\s+(?:advice|tips|ideas)|what\s+(?:can|should)\s+i\s+do\s+to"
    r"|where\s+do\s+i\s+(?:even\s+)?(?:start|begin))\b"
)
_SELF_DOUBT = lazy(
    r"\b(?:am\s+i\s+(?:being\s+)?(?:too|overreacting|over\s+reacting|unreasonable|crazy|wrong"
    r"|the\s+problem|asking\s+too\s+much|expecting\s+too\s+much|selfish|controlling|paranoid"
    r"|(?:being\s+)?(?:unfair|dramatic|petty|needy|pushy|naive|stupid))"
    r"|(?:maybe|perhaps|what\s+if|i\s+wonder\s+if|i\s+worry|i'?m\s+worried|i\s+think|sometimes"
    r"\s+i\s+think|i\s+keep\s+thinking)\s+(?:that\s+)?(?:it'?s\s+(?:me|my\s+fault)|i'?m\s+(?:just"
    r"\s+)?(?:the\s+(?:problem|issue)"
    r"|too\s+\w+|asking\s+too\s+much|overreacting|being\s+(?:unfair|unreasonable|dramatic|too\s+\w+)"
    r"|the\s+one\s+who)|i\s+(?:am\s+the\s+(?:problem|issue)|expect\s+too\s+much|push\s+too"
    r"\s+(?:hard|much)|ask\s+too\s+much|want\s+too\s+much))"
    r"|(?:^\s*|\b(?:honestly|tbh|really|probably)\s+)i'?m\s+the\s+(?:problem|issue)\b"
    r"|\bi\s+(?:keep|always)\s+overreact\w*"
    r"|is\s+it\s+(?:just\s+)?me\b|is\s+it\s+(?:wrong|bad|selfish|unfair)\s+(?:that|of\s+me|to"
    r"\s+want|if)|do\s+i\s+(?:push|nag|expect|ask|want)\s+too\s+much"
    r"|(?:maybe|perhaps)\s+i\s+should\s+(?:just\s+)?(?:give\s+up|let\s+it\s+go|back\s+off"
    r"|stop\s+(?:asking|pushing|trying)|accept))"
)
# Asking the app to read the writer's own words (fix19; blind round 10 coached "can you check
# if my next message sounds too harsh" as a message): "does this sound ok to send", "is this
# too harsh to send him?", "how does my text come across". Not "does that sound ok?" after a
# plan, nor "can you check if the kids have their kit" (said to them).
_CHECK_MINE = lazy(
    r"\b(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+|just\s+)?(?:check|read|look\s+(?:at|over)"
    r"|go\s+over|proofread)\s+(?:(?:if|whether|how)\s+)?(?:my|this|the|what\s+i)\s+(?:\w+\s+){0,2}?"
    r"(?:message|msg|text|reply|email|note|letter|words|draft|wording)"
    r"|(?:does|do|would|will|did)\s+(?:this|my\s+(?:\w+\s+)?(?:message|msg|text|reply|email|note"
    r"|letter|wording|draft)|the\s+(?:message|text|wording))\s+(?:sound|come\s+across|read|seem|look"
    r"|land)"
    r"|how\s+(?:does|do|would|will)\s+(?:this|my\s+(?:message|msg|text|reply|email|wording))\s+"
    r"(?:sound|come\s+across|read|land|look)"
    r"|is\s+(?:this|my\s+(?:message|msg|text|reply))\s+(?:too\s+\w+|ok(?:ay)?|alright|fine|harsh"
    r"|mean|rude|passive[\s-]aggressive|needy|clingy)\s+(?:to\s+(?:send|say)|or\b)"
    r"|(?:ok(?:ay)?|fine|alright|safe)\s+to\s+send|too\s+(?:\w+|much)\s+to\s+send"
    r"|before\s+i\s+send\s+(?:it|this|my)"
    # "ok so I'm going to paste what I want to send him", "here's what I want to text her"
    r"|(?:i'?m|im|i\s+am)\s+(?:going\s+to|gonna|about\s+to)\s+(?:paste|copy|put|type)\s+(?:in\s+)?"
    r"(?:what|the\s+(?:message|text)|my\s+(?:message|text|draft))"
    r"|what\s+i\s+(?:want|plan|mean|'?m\s+going|am\s+going)\s+to\s+(?:send|text|say\s+to)\s+(?:him|her|them))\b"
)
# "Is that wrong?" after the writer's own feeling ("I still resent him for it. Is that bad?"):
# doubt about oneself, told to the app (fix19).
_IS_THAT_WRONG = lazy(
    r"\b(?:is|was|isn'?t)\s+(?:that|this|it)\s+(?:so\s+|really\s+|even\s+)?(?:wrong|bad|unfair"
    r"|selfish|unreasonable|normal|ok(?:ay)?|petty|crazy|mad|terrible|awful|too\s+much)"
    r"(?:\s+of\s+me)?\s*\?"
)
_OWN_FEELING = lazy(
    r"\bi\s+(?:still\s+|really\s+|just\s+|kind\s+of\s+|sometimes\s+|secretly\s+|always\s+)?"
    r"(?:feel|felt|get|got|resent|hate|envy|miss|want|wanted|wish|can'?t\s+stop|don'?t\s+want"
    r"|dread)\b|\b(?:i'?m|im|i\s+am)\s+(?:so\s+|really\s+|still\s+|a\s+bit\s+|kind\s+of\s+)?"
    r"(?:jealous|angry|hurt|annoyed|upset|resentful|bitter|glad|relieved|fed\s+up|sick\s+of)\b"
)
_VENT = lazy(
    r"\b(?:(?:he|she|hes|shes|he's|she's|my\s+(?:husband|hubby|wife|partner|boyfriend|girlfriend"
    r"|bf|gf|fianc[eé]e?|other\s+half))(?:\s+(?:just|still|literally|honestly|really|simply"
    r"|clearly|obviously|even|never\s+even|just\s+doesn'?t))*\s+(?:doesn'?t|does\s+not|dont"
    r"|doesnt|won'?t|wont|will\s+not|never|refuses\s+to|can'?t\s+be\s+bothered\s+to|ignores"
    r"|ignored|couldn'?t\s+care|could\s+not\s+care|acts\s+like)\s+(?:even\s+|ever\s+|really\s+)?"
    r"(?:care|cares|listen|listens|help|helps|try|tries|understand|understands|get\s+it|bother"
    r"|talk|talks|open\s+up|want|wants|lift|respect|notice|ask|apologi[sz]e|change|admit|see"
    r"|take|give|less|me|i\s+(?:don'?t\s+)?exist)"
    r"|i'?ve\s+tried\s+everything|i\s+(?:just\s+)?give\s+up|(?:i'?m|im)\s+at\s+my\s+wits'?\s+end"
    r"|i\s+don'?t\s+know\s+what\s+(?:else\s+)?to\s+do|what'?s\s+the\s+point|nothing\s+i\s+(?:do"
    r"|say)\s+(?:works|helps|is\s+(?:ever\s+)?enough|makes\s+a\s+difference)"
    r"|(?:i'?m|im)\s+(?:so\s+)?(?:sick|tired)\s+of\s+(?:him|her|it))"
)


# The partner named as "my husband", "my gf": said to the app (or a friend), never to them.
_MY_PARTNER = lazy(
    r"\bmy\s+(?:husband|hubby|wife|wifey|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?"
    r"|other\s+half|spouse|missus|fella|man)\b"
)
# Someone else's view of the writer or of them ("my mate reckons im too soft on him", "my
# sister thinks I should leave him", "everyone keeps telling me to walk away"); about13.
_OTHERS_VIEW = lazy(
    r"\b(?:(?:my|our|his|her)\s+(?:(?:best\s+|close\s+|old\s+)?(?:mate|mates|friend|friends|pal|bestie)"
    r"|mum|mom|mam|mother|dad|father|sister|sis|brother|bro|family|therapist|counsell?or|counselor"
    r"|psychologist|gp|doctor|nan|gran|aunt|auntie|cousin|colleague|boss|neighbou?r|in-laws"
    r"|mother-in-law|pastor|priest|group|daughter|son|kids)|everyone|everybody|people|all\s+my"
    r"\s+friends)\s+(?:(?:always|just|keeps?|kept|still|also|even|literally|honestly|clearly)\s+)*"
    r"(?P<verb>reckons?|thinks?|thought|says?|said|tells?\s+me|told\s+me|telling\s+me"
    r"|saying|suggest(?:s|ed)|warned\s+me|believes?|feels?\s+(?:like|that))\b"
)
_VIEW_OF_ME = lazy(
    r"\s+(?:that\s+)?(?:(?:i|i'm|im|i've|ive|i'd|me|my|myself)\b|to\s+(?:leave|dump|divorce"
    r"|give\s+up|walk\s+away|kick|stop|stand\s+up|put\s+my|move\s+out|get\s+out|be\s+firmer"
    r"|tell\s+(?:him|her))\b)"
)
# Their view of the writer, reported to the app ("he keeps saying i'm the problem", "she
# thinks I'm overreacting", "my husband called me pathetic").
_THEIR_WORDS_ON_ME = lazy(
    r"\b(?:he|she|my\s+(?:husband|hubby|wife|partner|boyfriend|girlfriend|bf|gf|fianc[eé]e?"
    r"|other\s+half))\s+(?:(?:always|just|keeps?|kept|still|even|literally|basically|now)\s+)*"
    r"(?:said|says|saying|told\s+me|tells\s+me|thinks|thought|reckons|reckoned|claims|made\s+out"
    r"|makes\s+out|acts\s+like|called\s+me|calls\s+me|calling\s+me)\s+(?:that\s+)?"
    r"(?:i\b|i'm|im\b|i've|i'd|i\s+am|me\b|my\b|an?\s+|so\s+|too\s+|crazy|pathetic|useless"
    r"|selfish|lazy|needy|stupid|dramatic|paranoid|psycho|mental|hysterical)"
)
# Someone's view of the partner, with the writer unsure ("my sister says he's a narcissist
# and i should leave. idk"); "my mum says she can't come on sunday" has no doubt in it.
_VIEW_OF_THEM = lazy(
    r"\s+(?:that\s+)?(?:he|she|hes|shes)(?:'s|\s+is|\s+needs|\s+should|\s+has|\s+won'?t"
    r"|\s+will\s+never|\s+never|\s+doesn'?t)\b"
)
_UNSURE = lazy(
    r"\b(?:idk|dunno|i\s+don'?t\s+know|i\s+should|maybe|i\s+guess|not\s+sure|i'?m\s+not\s+sure"
    r"|is\s+(?:he|she|it)|what\s+if)\b"
)
# Looking back at what one did to them ("i shouldnt have yelled at him"), not a regret about
# them ("I should have left him years ago").
_OWN_HINDSIGHT = lazy(
    r"\bi\s+(?:really\s+)?(?:should(?:n'?t|nt)\s+(?:have|of)|should\s+not\s+have)\s+(?:yelled"
    r"|shouted|snapped|screamed|sworn|swore|said\s+(?:that|it|what)|lost\s+my\s+temper|walked\s+out"
    r"|stormed\s+(?:off|out)|slammed|gone\s+off|kicked\s+off|brought\s+(?:it|that)\s+up|pushed"
    r"|nagged|called\s+(?:him|her))\b"
    r"|\bi\s+should(?:\s+have|'ve)\s+(?:listened|been\s+(?:nicer|kinder|calmer|more\s+patient))\b"
)
# Doubt after someone's view of them ("maybe she's right", "what if they're right").
_THEY_RIGHT = lazy(
    r"\b(?:(?:maybe|perhaps|what\s+if)\s+(?:he|she|they)(?:'s|s|'re|re|\s+is|\s+are)\s+right"
    r"|(?:he|she|they)(?:'s|s|'re|re|\s+is|\s+are)\s+(?:probably|prob|maybe|possibly)\s+right"
    r"|(?:is|are)\s+(?:he|she|they)\s+right|(?:he|she|they)\s+(?:might|may|could)\s+be\s+right"
    # "starting to think she's right", "i kinda think they're right"
    r"|(?:starting|beginning|begining)\s+to\s+(?:think|wonder\s+if|feel\s+like)\s+(?:he|she|they)"
    r"(?:'s|s|'re|re|\s+is|\s+are|\s+was|\s+were)\s+right)\b"
)
# The writer talking to themselves about them: a fear, a feeling, a want, not knowing what to
# do ("i just dont want another fight", "idk what to do anymore", "i miss him").
_SELF_TALK = lazy(
    r"\b(?:(?:idk|dunno|i\s+(?:just\s+|honestly\s+|really\s+)?(?:don'?t|do\s+not)\s+know)"
    r"\s+(?:what\s+(?:else\s+)?to\s+do|anymore|what\s+i'?m\s+doing|how\s+much\s+longer|if\s+i\s+can"
    r"|how\s+to\s+(?:feel|cope|help))"
    r"|i\s+(?:just\s+|really\s+|honestly\s+)?(?:don'?t|do\s+not)\s+want\s+(?:another|any\s+more"
    r"|to\s+(?:fight|argue|lose|start|make|be\s+the|push|nag|upset|leave|rock|set\s+(?:him|her))"
    r"|a\s+(?:fight|row|scene|divorce))"
    r"|(?:i'?m|i\s+am)\s+(?:so\s+|really\s+|just\s+|honestly\s+|getting\s+|kind\s+of\s+)?"
    r"(?:scared|afraid|terrified|frightened|worried|exhausted|drained|knackered|worn\s+out|lonely"
    r"|heartbroken|lost|stuck|overwhelmed|miserable|fed\s+up|at\s+a\s+loss|at\s+my\s+wits|gutted)"
    r"|i\s+feel\s+(?:so\s+|really\s+|completely\s+|totally\s+|just\s+)?(?:alone|lonely|invisible"
    r"|stuck|lost|hopeless|helpless|trapped|unheard|ignored|exhausted|drained|like\s+a\s+(?:ghost"
    r"|single|housemate|flatmate|maid|nag|stranger))"
    r"|i\s+feel\s+(?:so\s+|really\s+|such\s+)?(?:stupid|silly|foolish|pathetic|useless|like\s+an?"
    r"\s+(?:idiot|fool|mug))"
    r"|i\s+(?:still\s+|really\s+)?(?:miss|love)\s+(?:him|her|them)|i\s+wish\s+(?:he|she|they)"
    r"|why\s+(?:does|doesn'?t|won'?t|can'?t|is|isn'?t|did|didn'?t)\s+(?:he|she)"
    r"|i\s+can'?t\s+(?:keep\s+(?:doing|going|living)|do\s+this|take\s+(?:it|much)|go\s+on)"
    r"|what\s+am\s+i\s+(?:supposed|meant)\s+to\s+do)\b"
    r"|\b(?:idk|dunno)\b(?=\s*(?:[.!?,]|$))"
)
# Their words, told as a story with a doubt or a topic ("he said he'd think about therapy.
# that was in march", "she keeps saying she's fine. she's clearly not fine").
_THEY_SAID = lazy(
    r"\b(?:he|she)\s+(?:(?:always|just|still|keeps?|kept)\s+)?(?:said|says|saying|told\s+me|tells"
    r"\s+me|promised|swore|swears|claims|insists)\b"
)
_STORY_DOUBT = lazy(
    r"\b(?:not\s+fine|again|anymore|any\s+more|clearly|obviously|yeah\s+right|as\s+if|that\s+was"
    r"\s+(?:in|on|last|months|weeks|years)|still\s+(?:waiting|nothing)|never\s+(?:did|does|happened))\b"
)
# What happened with them, told to the app: a third-person story about the relationship
# ("He came home at 2am again and slept on the sofa", "she stopped taking her meds").
_STORY_CUE = lazy(
    r"\b(?:again|affair|cheat(?:ed|ing)?|unfaithful|drink(?:s|ing)?|drunk|hungover|sober|sofa|couch"
    r"|slam(?:s|med)|storm(?:s|ed)\s+(?:off|out)|silent|silence|defensive|gets\s+(?:angry|mad|upset)"
    r"|shout(?:s|ed)\s+at\s+me|yell(?:s|ed)\s+at\s+me|meds|medication|promis(?:es|ed|ing)"
    r"|counsell?(?:or|ing)|therap(?:y|ist)|said\s+sorry|apologi[sz]ed|insult(?:s|ed)|funeral"
    r"|lost\s+(?:his|her)\s+job|off\s+work|since\s+(?:the|his|her|we|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|20\d\d))\b"
)
_STORY_SUBJECT = lazy(r"(?:^|[.!?]\s+)(?:he|she|hes|shes|he's|she's|[a-z]+\s+(?:just|keeps|has))\b")
# A request to whoever reads it ("can we talk tomorrow", "please"): a message, not self-talk.
_TO_READER = lazy(
    r"\b(?:(?:can|could|shall)\s+we|let'?s|please|pls|plz|(?:i'?m|im|i\s+am|so|really)\s+sorry"
    r"|(?:^|[.!?]\s*)sorry|i\s+apologi[sz]e|(?:don'?t|do\s+not"
    r"|never|stop)\s+(?:tell|ask|talk\s+to|text|call|touch|make|push|rush)\s+me"
    r"|i'?d\s+(?:like|love)\s+(?:us\s+)?to\s+(?:talk|try|sort|chat))\b"
)
# A put-down of oneself with the sender's own self-blame ("I hate myself for what I said").
_HARSH_ON_SELF = lazy(
    r"\bi\s+(?:hate|can'?t\s+stand|despise)\s+myself|\bi\s+(?:always|keep)\s+(?:ruin|mess|screw"
    r"|wreck)\w*|\bi(?:'m|\s+am|m)\s+(?:such\s+an?|a\s+(?:terrible|horrible|awful|rubbish|useless"
    r"|crap|shit|shitty|bad|lousy))\s+\w+"
)


def to_the_coach(text: str, findings: tuple[Finding, ...] = ()) -> str:
    """What the person tells the coach rather than their partner: "say" (what to say to
    them), "reach" (how to get them to do something), "told" (what they said or think of
    the writer, "he keeps saying i'm the problem"), "others" (what someone else thinks of
    them or of the writer, "my mate reckons im too soft on him"), "doubt" (doubt about
    themselves), "check" (asking the app to read their own words, "does this sound ok to
    send"), "self" (harsh words about themselves, "I'm such an idiot for yelling"),
    "vent" (a feeling or a complaint about them in the third person), "story" (what
    happened with them, "He came home at 2am again and slept on the sofa"), or "" (words for
    the partner, the common case).

    `findings` are the message's own: a story about someone else (`about = "other"`) with
    nothing said to "you" reads as venting; harsh words about oneself (`about = "self"`) as
    self-criticism.
    """
    low = lower_same_length(text)
    read = normalise(low)
    if read is not None:
        low = read.text
    if "?" not in low and len(low) > 600:
        return ""  # a long letter: read sentence by sentence by the coach, not as a question
    spans = quoted_spans(low)
    bare = "".join(" " if any(s <= k < e for s, e in spans) else c for k, c in enumerate(low))
    mine = _CHECK_MINE.search(bare)
    if mine is not None and not spans and ":" not in bare[mine.end() :]:
        # "can you check if my next message sounds too harsh": the "you" is the app; asked
        # about words not shown, so nothing here is a message (fix19)
        rest = bare[: mine.start()] + " " + bare[mine.end() :]
        if _SPOKEN_TO.search(rest) is None:
            return "check"
    if _SPOKEN_TO.search(bare) is not None:
        return ""  # something speaks to them: a message for the partner
    about_them = _PARTNER_3RD.search(bare) is not None
    if _THE_APP.search(bare) is not None:
        # "I don't even know why I'm typing this into an app. He won't go.": told to the app
        # (blind round 12); a question of what to do or say is asked of it
        return "say" if _WHAT_TO_DO.search(bare) or _WHAT_TO_SAY.search(bare) else "vent"
    if about_them and _WHAT_TO_DO.search(bare) is not None:
        # "He won't go to AA. I've asked calmly. What else am I supposed to do?": the partner
        # in the third person, and what to do asked of no one in it: for the app
        return "say"
    if _WHAT_TO_SAY.search(bare) and (about_them or _ABOUT_TOPIC.search(bare)):
        return "say"
    if _HOW_TO_REACH.search(bare) and (about_them or _ABOUT_TOPIC.search(bare)):
        return "reach"
    if _TO_READER.search(bare) is not None:
        # "So don't tell me to ...", "Sorry. I'm such an idiot", "can we talk later": said to
        # whoever reads it, though no "you" is in it
        return "vent" if _VENT.search(bare) and about_them else ""
    if _THEIR_WORDS_ON_ME.search(bare) is not None:
        return "told"
    others = _OTHERS_VIEW.search(bare)
    if others is not None and (
        _VIEW_OF_ME.match(bare, others.end()) is not None
        or _THEY_RIGHT.search(bare) is not None
        or (
            _VIEW_OF_THEM.match(bare, others.end()) is not None and _UNSURE.search(bare) is not None
        )
    ):
        return "others"
    if (
        _SELF_DOUBT.search(bare)
        or (_THEY_RIGHT.search(bare) and about_them)
        or (_IS_THAT_WRONG.search(bare) and _OWN_FEELING.search(bare))
    ):
        return "doubt"
    if _VENT.search(bare) and about_them:
        return "vent"
    harsh = _HARSH_ON_SELF.search(bare)
    if harsh is not None and (
        mocks_self(bare, harsh.start(), harsh.end()) or their_view_of_me(bare, harsh.start())
    ):
        harsh = None  # "So I guess I'm a terrible person now?": sarcasm, aimed at them
    if any(f.polarity == "self" and f.id == "label" for f in findings) or harsh is not None:
        return "self"
    if _OWN_HINDSIGHT.search(bare) is not None:
        return "self"  # "I shouldn't have yelled at him": looking back at what one did
    if (
        _MY_PARTNER.search(bare) is not None
        or (about_them and _SELF_TALK.search(bare))
        or (
            _THEY_SAID.search(bare) is not None
            and (_STORY_DOUBT.search(bare) is not None or _ABOUT_TOPIC.search(bare) is not None)
        )
    ):
        return "vent"
    if (
        about_them
        and not any(f.polarity == "pushing" for f in findings)
        and _STORY_SUBJECT.search(bare) is not None
        and _STORY_CUE.search(bare) is not None
    ):
        return "story"  # what happened with them, told to the app
    if any(f.polarity == "other" for f in findings) and not _COMPARED.search(bare):
        # a story about them ("Tom never asks about my day"), said to no one; not someone
        # else held up to them ("my ex would never have ...": a comparison, coached)
        return "vent"
    return ""


# The writer's own words to themselves (issue 11, meaning11b): a coached rule's words whose
# clause is the writer's own plan ("I'm going for a walk to calm down", "I need to get a grip",
# "Note to self: don't text him"), the writer's own standard ("I must be a better mum", "I
# have to stop being so needy") or self-criticism with "always" / "never" ("I always mess it
# up", "why am I always like this"). They are still found (the thinking traps count them, so
# the categories do not move) but noted under "About you", with polarity "self", not coached.
_OWN_LEAD = lazy(
    r"(?:\bto|\bmust|\bshould|'ll|\bwill|\bgonna|\bgotta)\s+"
    r"(?:(?:just|really|try\s+(?:and|to)|learn\s+to|actually|finally|properly)\s+)?$"
)
_OWN_STANDARD = lazy(
    r"\s+(?:(?:really|just|honestly|seriously)\s+)?(?:be|look|feel|stop\s+being|not\s+be"
    r"|get\s+over|toughen|try\s+harder|do\s+better|remember|get\s+a\s+grip|pull\s+myself"
    r"|sort\s+myself|get\s+myself)\b"
)
_OBLIGATION_WORD = lazy(r"\b(?:must|should|have\s+to|need\s+to|got\s+to|gotta|ought\s+to)$")
_SELF_FAILING = lazy(
    r"\s+(?:(?:just|manage\s+to|seem\s+to|end\s+up)\s+)?(?:mess|screw|muck|cock|fuck|ruin"
    r"|spoil|fail|overreact|overthink|forget|let\s+\w+\s+down|get\s+(?:it|things|everything"
    r"|anything)\s+(?:wrong|right)|do\s+anything\s+right|do\s+(?:it|things|everything)\s+wrong"
    r"|say\s+the\s+wrong|say\s+something\s+stupid|make\s+(?:it|things|everything)\s+worse"
    r"|make\s+a\s+(?:mess|hash|muddle)\s+of|lose\s+my|blow\s+up"
    r"|pick\s+the\s+wrong|choose\s+the\s+wrong|like\s+this|so\s+\w+|such\s+an?\b)"
)
_I_LAST = lazy(r"\b(?:i(?:'m|\s+am|m)?)\s+(?:\w+\s+){0,3}$")
_NOTE_TO_SELF = lazy(r"\bnote\s+to\s+(?:self|myself)\b")
OWN_PLAN_WHY = (
    "This reads as your own plan or a note to yourself, not words to them, so nothing here "
    "is coached."
)
OWN_STANDARD_WHY = (
    "A “must” you put on yourself is worth noticing kindly: you'd likely be gentler with a "
    "friend in the same spot."
)
OWN_ABSOLUTE_WHY = (
    "“Always” and “never” about yourself are worth noticing kindly: one hard moment doesn't "
    "make a rule about who you are."
)


def said_of_self(text: str, start: int, end: int, finding_id: str) -> str | None:
    """Why the words at `start:end` are the writer's own, to themselves (see above), or None.

    `text` is lower-cased. Only a clause whose last subject before the words is "I", and
    words that do not name the partner ("I'm going to make you go" stays coached).
    """
    window = text[max(0, start - NEGATION_WINDOW_CHARS) : start]
    if "note" in window:
        last_stop = max(window.rfind("."), window.rfind("!"), window.rfind("?"))
        if _NOTE_TO_SELF.search(window, last_stop + 1):
            return OWN_PLAN_WHY
    if "i" not in window:
        return None  # the common case, settled by one test
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    clause = window[cut:]
    subjects = _SUBJECT.findall(clause)
    if not subjects or subjects[-1] not in ("i", "im") or _AT_YOU.search(text, start, end):
        return None
    if _OWN_LEAD.search(clause):
        return OWN_PLAN_WHY
    if _OBLIGATION_WORD.search(text, start, end) and _OWN_STANDARD.match(text, end):
        return OWN_STANDARD_WHY
    if finding_id == "absolute" and _I_LAST.search(clause) and _SELF_FAILING.match(text, end):
        return OWN_ABSOLUTE_WHY
    return None


# Sarcasm about oneself, aimed at them (about13; blind round 6: "You told Marcus therapy is
# for weak people. I heard you. So I guess I'm weak for going." was noted as harsh words about
# oneself): a put-down of oneself after "I guess", "apparently", "so now", when the message
# gives the partner's view of the writer, echoes their word, or ends "then?" / "now?". Plain
# "I'm such an idiot for yelling" stays self-criticism.
_MOCK_LEAD = lazy(
    r"\b(?:(?:so|oh|well|ok(?:ay)?|right|fine)\s*,?\s+)?(?:i\s+guess|guess|i\s+suppose|apparently"
    r"|so\s+now|oh\s+so|so|clearly|obviously|of\s+course|silly\s+me|according\s+to\s+(?:you|u"
    r"|him|her))\s*,?\s+$"
)
_STRONG_MOCK = lazy(r"\b(?:apparently|so\s+now|oh\s+so|silly\s+me|according\s+to)\b")
_MOCK_TAIL = lazy(r"[^.!?\n]{0,40}?\s(?:then|now|again|right)\s*\?")
_THEIR_VIEW = lazy(
    r"\b(?:you|u)\s+(?:(?:always|just|basically|literally|even|keep|kept|practically)\s+)*"
    r"(?:said|say|says|told|tell|think|thought|reckon|call|called|make\s+out|made\s+out|act"
    r"|acted|treat|treated|keep\s+saying|implied|imply)\b"
    r"|\b(?:according\s+to\s+(?:you|u)|in\s+your\s+eyes)\b"
)
MOCK_LEAD_CHARS = 28


def mocks_self(text: str, start: int, end: int) -> bool:
    """True when a put-down of the writer at `start:end` is sarcasm aimed at the partner
    ("So I guess I'm weak for going" after "You told Marcus therapy is for weak people";
    "apparently I'm the crazy one"; "so I'm the bad guy now?"). It needs a lead ("so",
    "I guess", "apparently") and one more sign: a strong lead, a "then?" / "now?" ending,
    the partner's view of the writer earlier, or their word echoed. `text` is lower-cased."""
    lead = _MOCK_LEAD.search(text, max(0, start - MOCK_LEAD_CHARS), start)
    if lead is None:
        return False  # the common case: no "so", "I guess", "apparently" just before
    if _STRONG_MOCK.search(lead.group()) or _MOCK_TAIL.match(text, end) is not None:
        return True
    before = text[:start]
    if _THEIR_VIEW.search(before) is not None:
        return True
    last = WORD.findall(text, start, end)
    return bool(last) and len(last[-1]) > 3 and last[-1] in before  # their word, echoed


def their_view_of_me(text: str, start: int) -> bool:
    """True when the words at `start` give the partner's view of the writer ("You made out
    I'm useless", "you think I'm weak"): theirs, not self-criticism. `text` is lower-cased."""
    return _THEIR_VIEW_BEFORE.search(text, max(0, start - MOCK_LEAD_CHARS), start) is not None


_THEIR_VIEW_BEFORE = lazy(
    r"\b(?:you|u)\s+(?:(?:always|just|basically|literally|even|keep|kept|clearly|obviously)\s+)*"
    r"(?:said|say|says|told\s+\w+|tell\s+\w+|think|thought|reckon|call(?:ed)?\s+me|made\s+out"
    r"|make\s+out|implied|imply|act\s+like|treat\s+me\s+like|keep\s+saying)\s+(?:that\s+)?$"
)


# Quotation scope: double quotes, or single quotes that are not apostrophes.
_QUOTED = lazy(r"\"[^\"\n]{1,400}\"|(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){1,400}?'(?!\w)")
# Where a single-quoted passage could open: a quote mark not after a letter or digit. It starts
# with a literal, so the engine jumps from quote mark to quote mark; most messages have none.
_OPENING_SINGLE = lazy(r"'(?<!\w')")
_SENTENCE_END = lazy(r"[.!?\n]")  # what `_sentence_around` looks for
_CLAUSE_START = re.compile(r"[.!?,;:…\-—\"(\n]+\s*")
WORD_CACHE_SIZE = 65536  # distinct words whose candidate patterns are remembered


def negated(text: str, start: int) -> bool:
    """True when a negation cue precedes `start` in the same clause ("I'm not saying ...").

    `text` is lower-cased (`lower_same_length`).
    """
    window = text[max(0, start - NEGATION_WINDOW_CHARS) : start]
    if _NEGATOR.search(window) is None:
        return False  # the common case, settled by one call
    cut = 0
    for brk in _CLAUSE_BREAK.finditer(window):
        cut = brk.end()
    near = " ".join(window[cut:].split()[-NEGATION_WINDOW_WORDS:])
    return _NEGATOR.search(near) is not None


def reported(text: str, start: int) -> bool:
    """True when `start` follows, in the same clause, how the partner hears the writer.

    "It feels like I'm saying something is wrong with you", "you think I'm calling you lazy":
    the words are the partner's reading, said back to them (a reflection), not a label.
    `text` is lower-cased.
    """
    window = text[max(0, start - REPORTED_WINDOW_CHARS) : start]
    if _REPORTED.search(window) is None:
        return False  # the common case, settled by one call
    cues = list(_REPORTED.finditer(window))
    return _CLAUSE_BREAK.search(window, cues[-1].end()) is None


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted passages (inside the quote marks)."""
    if '"' not in text and _OPENING_SINGLE.search(text) is None:
        return []  # no quote mark can open a passage: apostrophes ("you're") alone never do
    return [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]


def lower_same_length(text: str) -> str:
    """`text` lower-cased, character for character, so every offset stays the same.

    Typographic quotes become plain ones (NORMALISE). `str.translate` looks every character
    up in a dict (~15 µs a message here), so the four quotes are replaced one by one, and
    only in text that is not plain ASCII.
    """
    low = text.lower()
    if len(low) == len(text):
        if low.isascii():
            return low
        for typographic, plain in _QUOTES:
            low = low.replace(typographic, plain)
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(NORMALISE))


# NORMALISE as pairs (each maps one character to one), for `str.replace`.
_QUOTES = tuple((chr(k), str(v)) for k, v in NORMALISE.items())


Entry = tuple[int, Rule, Pattern]  # (rule order, rule, pattern)
Hit = tuple[int, int, int, Rule, int]  # (rule order, start, end, rule, pattern index)


@cache
def _entries() -> tuple[Entry, ...]:
    """Every pattern of every rule, in rule-file order; an entry's place is its id."""
    return tuple((order, rule, p) for order, rule in enumerate(rules()) for p in rule.patterns)


Matcher = Callable[[str, int], "re.Match[str] | None"]
# One pattern as the hot loop tries it: its bound `regex.match`, then what a hit records (the
# rule's order, the number of the pattern's trigger group `t` (0: none), the rule, the
# pattern's index in its rule). Built when a word first needs it, so each pattern still
# compiles only when first tried.
Try = tuple[Matcher, int, int, Rule, int]
# A keyed pattern with needs (`Pattern.needs`): tried only in a text that holds one of them,
# which `_candidates` tests once per text.
Gated = tuple[frozenset[str], Try]
# A word and the next word when only whitespace comes between (else None), as `groups()`
# gives them.
Key = tuple["str | Any", ...]


class _Tries:
    """Each entry's `Try`, built on first use (so its pattern compiles only then)."""

    def __init__(self) -> None:
        self.table: list[Try | None] = [None] * len(_entries())
        self.sets: dict[tuple[int, ...], tuple[tuple[Try, ...], tuple[Gated, ...]]] = {}

    def __call__(self, i: int) -> Try:
        found = self.table[i]
        if found is None:
            order, rule, pattern = _entries()[i]
            found = self.table[i] = (
                pattern.regex.match,
                order,
                pattern.trigger_group,
                rule,
                pattern.index,
            )
        return found

    def of(self, ids: tuple[int, ...]) -> tuple[tuple[Try, ...], tuple[Gated, ...]]:
        """The patterns `ids` as tries, those with needs apart (remembered per set: a plain
        dict, emptied when full)."""
        found = self.sets.get(ids)
        if found is None:
            if len(self.sets) >= WORD_CACHE_SIZE:
                self.sets.clear()
            entries = _entries()
            found = self.sets[ids] = (
                tuple(self(i) for i in ids if not _gated(entries[i][2].needs)),
                tuple((entries[i][2].needs, self(i)) for i in ids if _gated(entries[i][2].needs)),
            )
        return found


# A word pattern with more needs than this is tried at its keys without testing them: the
# test (an `in` per need, all of them when none is there, as in most texts) costs more than
# the match it saves (callgrind, bench messages: 2.1 % fewer instructions a message than
# testing every pattern's needs, 0.9 % fewer than testing none; unseen text 1.3 % fewer).
# A pattern cannot match a text without one of its needs, so which are tested changes
# nothing found.
GATED_NEEDS_MAX = 4


def _gated(needs: frozenset[str]) -> bool:
    """Whether a word pattern's needs are tested before it is tried (`_Tries.of`)."""
    return 0 < len(needs) <= GATED_NEEDS_MAX


class _Index:
    """Patterns by the keys where they may start, with each word's candidates remembered.

    A word's candidates are the patterns keyed by its first letters or by the whole word;
    when the word starts some two-word key, the next word (whole, or its first letters)
    may add more. Both look-ups are remembered (plain dicts, emptied when full).
    """

    def __init__(self, ids: list[int]) -> None:
        by_key: dict[str, list[int]] = {}
        keyless: list[int] = []
        for i in ids:
            keys = _entries()[i][2].keys
            if not keys:
                keyless.append(i)
            for key in keys:
                by_key.setdefault(key, []).append(i)
        self.by_key = {k: tuple(v) for k, v in by_key.items()}
        self.keyless = tuple(keyless)  # tried everywhere this index is used
        # the two-word keys ("word next " and "word ne"), by their first word, then the rest
        seconds: dict[str, dict[str, tuple[int, ...]]] = {}
        for k, v in self.by_key.items():
            if " " in k[:-1]:
                first, rest = k.split(" ", 1)
                seconds.setdefault(first, {})[rest] = v
        self.seconds = seconds
        self.firsts = frozenset(seconds)
        self.words: dict[str, tuple[tuple[int, ...], bool]] = {}
        self.pairs: dict[tuple[str, str], tuple[int, ...]] = {}

    def _ids_for(self, keys: list[str]) -> tuple[int, ...]:
        """The patterns keyed so (those without keys are tried apart: `_candidates`)."""
        by_key = self.by_key
        return tuple(sorted({i for key in keys for i in by_key.get(key, ())}))

    def _word_keys(self, word: str) -> list[str]:
        keys = [word[:n] for n in range(1, min(len(word), KEY_CHARS) + 1)]
        keys.append(word + " ")
        return keys

    def word(self, word: str) -> tuple[tuple[int, ...], bool]:
        """The patterns that may start at `word`, and whether the next word may add some."""
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= WORD_CACHE_SIZE:
                self.words.clear()
            found = self.words[word] = (
                self._ids_for(self._word_keys(word)),
                word in self.firsts,
            )
        return found

    def pair(self, word: str, after: str) -> tuple[int, ...]:
        """The patterns that may start at `word` when `after` is the next word."""
        found = self.pairs.get((word, after))
        if found is None:
            if len(self.pairs) >= WORD_CACHE_SIZE:
                self.pairs.clear()
            # the word's own keys, and the two-word keys "word after " and "word af" (each
            # looked up by what follows the word, so no key string is built)
            found = self.word(word)[0]
            rests = self.seconds.get(word)
            if rests:
                more = [rests.get(after[:n], ()) for n in range(1, min(len(after), KEY_CHARS) + 1)]
                more.append(rests.get(after + " ", ()))
                if any(more):
                    found = tuple(sorted({*found, *(i for ids in more for i in ids)}))
            self.pairs[(word, after)] = found
        return found


# What may start at a word: the word patterns, and the clause patterns' ids (tried only
# where a clause starts, so they compile only when first tried there; BY_PAIR when the
# next word may add some, looked up only then), and the word patterns with needs; () when
# none.
Found = tuple[tuple[Try, ...], tuple[int, ...], tuple[Gated, ...]] | tuple[()]
BY_PAIR = (-1,)  # never tried: `_candidates` replaces it


class _Indexes:
    """The word-start and clause-start indexes, the scanning patterns (each with its needs),
    and what may start at each word with its next word (`known`: the one look-up a word in
    the hot loop; a plain dict, emptied when full)."""

    def __init__(self) -> None:
        word: list[int] = []
        clause: list[int] = []
        scan: list[int] = []
        for i, (_, _, pattern) in enumerate(_entries()):
            {"word": word, "clause": clause, "scan": scan}[pattern.mode].append(i)
        self.make = _Tries()
        self.words = _Index(word)
        self.clauses = _Index(clause)
        self.scan = tuple((i, _entries()[i][2].needs) for i in scan)
        self.keyless = tuple((i, _entries()[i][2].needs) for i in self.clauses.keyless)
        # One search for every need of those two: in most texts it finds none, and then only
        # the patterns without needs are tried (each need tested apart costs ~20 `in` a text).
        needs = sorted({n for _, found in (*self.scan, *self.keyless) for n in found})
        self.gate = re.compile("|".join(map(re.escape, needs))) if needs else None
        # (those without needs are tried in every text, so they compile on the first anyway)
        self.scan_always = tuple(self.make(i) for i, found in self.scan if not found)
        self.keyless_always = tuple(self.make(i) for i, found in self.keyless if not found)
        self.known: dict[Key, Found] = {}
        self.plain: dict[str, Found] = {}

    def at(self, key: Key) -> Found:
        """What may start at `key`'s word with `key`'s next word after it, remembered.

        Most words name no two-word key: what they start is kept per word (`plain`), so that
        a word met with a new next word costs two look-ups.
        """
        word, after = key
        found = self.plain.get(word)
        if found is None:
            ids, first = self.words.word(word)
            starting, clause_first = self.clauses.word(word)
            if first and after:
                ids = self.words.pair(word, after)
            if clause_first and after:
                starting = BY_PAIR
            if ids or starting:
                tries, gated = self.make.of(ids)
                found = (tries, starting, gated)
            else:
                found = ()
            if not first and not clause_first:
                if len(self.plain) >= WORD_CACHE_SIZE:
                    self.plain.clear()
                self.plain[word] = found
        if len(self.known) >= WORD_CACHE_SIZE:
            self.known.clear()
        self.known[key] = found
        return found


@cache
def _indexes() -> _Indexes:
    """The indexes, built on first use."""
    return _Indexes()


# A word (as WORD finds it) and the next word when only whitespace comes between them, the
# one a two-word key may name: one regex call per word instead of slicing the gap in Python.
# The next word may start with an apostrophe ("you 've got"): a key "you '" names that.
_WORD_AND_NEXT = re.compile(
    r"([a-z]+(?:'[a-z]+)?)(?:(?=\s+([a-z]+(?:'[a-z]+)?|'[a-z]*(?:'[a-z]+)?)))?"
)


def _try_at(tries: tuple[Try, ...], low: str, pos: int, out: list[Hit]) -> None:
    """Try each pattern at `pos` (the hot loop in `_candidates` does the same inline)."""
    for match, order, group, rule, index in tries:
        found = match(low, pos)
        if found is not None:
            if group and found.start(group) != -1:
                out.append((order, *found.span(group), rule, index))
            else:
                out.append((order, *found.span(), rule, index))


def _candidates(low: str) -> list[Hit]:
    """Every pattern match, before scope checks: patterns tried where they may start.

    Word patterns are tried at words; clause patterns where a clause starts (the text's
    start, or after a clause break), in the same walk over the words. Patterns without keys
    (clause patterns tried at every clause start, and scanning ones) only in a text that holds
    one of their needs (`Pattern.needs`).

    (Alternations of the patterns met at one place, compiled per combination, were tried
    before: new text keeps meeting new combinations, 1,185 in the 4,869 dev messages, at
    1-5 ms a compile, so a first pass over real text cost 5x a second one. One pattern at a
    time is as fast on known text and never compiles more than the ~200 patterns.)
    """
    hits: list[Hit] = []
    append = hits.append
    index = _indexes()
    known = index.known  # read inline: the hot loop
    held: dict[frozenset[str], bool] = {}  # whether the text holds one of these needs
    for m in _WORD_AND_NEXT.finditer(low):
        key = m.groups()
        try:
            found = known[key]
        except KeyError:
            found = index.at(key)
        if found:
            tries, starting, gated = found
            pos = m.start()
            if starting and (
                # a word after a letter and one space starts no clause (the common case,
                # settled without the call)
                (pos < 2 or low[pos - 1] != " " or not low[pos - 2].isalpha())
                and _starts_clause(low, pos)
            ):
                if starting is BY_PAIR:
                    starting = index.clauses.pair(*key)
                more, more_gated = index.make.of(starting)
                tries += more
                gated += more_gated
            for match, order, group, rule, number in tries:
                hit = match(low, pos)
                if hit is not None:
                    if group and hit.start(group) != -1:
                        append((order, *hit.span(group), rule, number))
                    else:
                        append((order, *hit.span(), rule, number))
            for needs, (match, order, group, rule, number) in gated:
                ok = held.get(needs)
                if ok is None:
                    ok = held[needs] = _may_match(needs, low)
                if ok:
                    hit = match(low, pos)
                    if hit is not None:
                        if group and hit.start(group) != -1:
                            append((order, *hit.span(group), rule, number))
                        else:
                            append((order, *hit.span(), rule, number))
    if index.gate is None or index.gate.search(low) is not None:
        make = index.make
        keyless = tuple(make(i) for i, needs in index.keyless if _may_match(needs, low))
        scanning = tuple(make(i) for i, needs in index.scan if _may_match(needs, low))
    else:  # the common case: the text holds no need, so only the patterns without needs
        keyless, scanning = index.keyless_always, index.scan_always
    if keyless:
        for pos in {0, *map(_END, _CLAUSE_START.finditer(low))}:
            _try_at(keyless, low, pos, hits)
    for _, order, group, rule, number in scanning:
        regex = rule.patterns[number].regex
        if regex.search(low) is None:
            continue  # the common case: one search costs a fifth of an empty `finditer`
        for hit in regex.finditer(low):
            if group and hit.start(group) != -1:
                append((order, *hit.span(group), rule, number))
            else:
                append((order, *hit.span(), rule, number))
    return hits


_END = re.Match.end
_CLAUSE_BREAKS = frozenset('.!?,;:…-—"(\n')  # the characters _CLAUSE_START starts with


def _starts_clause(low: str, pos: int) -> bool:
    """True when a match of _CLAUSE_START ends at the word at `pos` (or `pos` is 0).

    Only the few words that start some clause pattern ask, so the walk back over the spaces
    costs less than finding every clause start of the text. _CLAUSE_START is break characters
    then spaces, greedy: a match ends at `pos` exactly when, going back over spaces, a break
    character comes before anything else ("\n" is both).
    """
    at = pos - 1
    while at >= 0:
        char = low[at]
        if char == "\n" or not char.isspace():
            return char in _CLAUSE_BREAKS
        at -= 1
    return pos == 0


def _may_match(needs: frozenset[str], low: str) -> bool:
    """False when `low` holds none of a pattern's needs (then it cannot match there)."""
    for need in needs:  # a plain loop: `any` of a generator costs ~3x here
        if need in low:
            return True
    return not needs


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """`rewrite.sentence_bounds`, its loops written out (~2x faster; a finding with `unless`
    patterns asks once). A test checks both agree."""
    low_end = start - SENTENCE_MAX_CHARS if start > SENTENCE_MAX_CHARS else 0
    back = text.rfind
    left = max(
        back(".", low_end, start),
        back("!", low_end, start),
        back("?", low_end, start),
        back("\n", low_end, start),
    )
    high_end = min(len(text), end + SENTENCE_MAX_CHARS)
    ahead = text.find
    right = min(
        ahead(".", end, high_end) % _NOT_FOUND,
        ahead("!", end, high_end) % _NOT_FOUND,
        ahead("?", end, high_end) % _NOT_FOUND,
        ahead("\n", end, high_end) % _NOT_FOUND,
    )
    return (left + 1 if left >= 0 else low_end), (right + 1 if right < high_end else high_end)


def _ends(low: str) -> list[int]:
    """Where `low`'s sentences end (`_sentence_in`)."""
    return [m.start() for m in _SENTENCE_END.finditer(low)]


def _sentence_in(ends: list[int], size: int, start: int, end: int) -> tuple[int, int]:
    """`_sentence_around` of a text of `size` characters whose sentence ends ('.', '!', '?',
    newline) are at `ends` (sorted): two bisections instead of eight searches."""
    low_end = start - SENTENCE_MAX_CHARS if start > SENTENCE_MAX_CHARS else 0
    high_end = end + SENTENCE_MAX_CHARS if end + SENTENCE_MAX_CHARS < size else size
    i = bisect_left(ends, start)
    left = ends[i - 1] + 1 if i and ends[i - 1] >= low_end else low_end
    i = bisect_left(ends, end)
    right = ends[i] + 1 if i < len(ends) and ends[i] < high_end else high_end
    return left, right


# `find`'s -1 modulo this is larger than any place in a text `find` can search (so `min`
# skips it), and any place stays itself.
_NOT_FOUND = 1 << 62


def find_patterns(text: str, low: str | None = None) -> tuple[Finding, ...]:
    """All findings in `text`, ordered by position (no safety screen).

    `low` is `lower_same_length(text)` when the caller has it already. Each candidate is kept
    unless its scope says otherwise (see the module's docstring, step 3 and 4). A text in
    texting spelling ("could u BE any more selfish") is read written out (`texting`), and
    each span is mapped back to the words the person typed.
    """
    if low is None:
        low = lower_same_length(text)
    read = normalise(low)
    if read is None:
        return _find(text, low)
    return tuple(
        Finding(
            f.id,
            read.start(f.start),
            read.end(f.end),
            f.principles,
            f.why,
            f.polarity,
            f.rule,
            (f.source[0], text, pushing_in) if f.source is not None else None,
        )
        for f in _find(read.text, read.text)
    )


def _find(text: str, low: str) -> tuple[Finding, ...]:
    """`find_patterns` on `text` as it is (`low` is it lower-cased, same offsets)."""
    hits = _candidates(low)
    if not hits:
        return ()
    hits.sort(key=_by_position)
    # the scope facts of this message, each found when a candidate first needs it
    quotes: list[tuple[int, int]] | None = None
    ends: list[int] | None = None  # sentence ends (`_sentence_in`)
    kept: list[Hit] = []
    last_end: dict[int, int] = {}
    noted = False  # a story about someone else or the writer's self-talk was found
    own: dict[tuple[int, int, int], str] = {}  # coached words the writer says to themselves
    for hit in hits:
        order, start, end, rule, _ = hit
        if start >= end or start < last_end.get(order, 0):
            continue  # empty, or overlaps a kept finding of the same rule
        if rule.quotable:
            if quotes is None:
                quotes = quoted_spans(low)
            if quotes and any(qs <= start and end <= qe for qs, qe in quotes):
                continue  # mentioned, not used
            if rule.negatable and negated(low, start):
                continue
            if reported(low, start):
                continue
        elif rule.negatable and negated(low, start):
            continue
        if rule.addressed and not_to_partner(low, start, end):
            continue
        if (
            rule.about_self
            and rule.id == "label"
            and (mocks_self(low, start, end) or their_view_of_me(low, start))
        ):
            continue  # sarcasm aimed at them, or their view of the writer: not self-criticism
        unless = rule.unless
        if unless is not None:
            if ends is None:
                ends = _ends(low)
            left, right = _sentence_in(ends, len(low), start, end)
            if unless.search(low[left:right]):  # a slice, so ^ is the sentence start
                continue
        kept.append(hit)
        last_end[order] = end
        if rule.about_other or rule.about_self:
            noted = True
        elif rule.addressed and rule.polarity == "pushing":
            why = said_of_self(low, start, end, rule.id)
            if why is not None:
                own[(order, start, end)] = why
    if not kept:
        return ()
    if noted:
        kept = _noted_over_coached(kept)
    kept.sort(key=_by_span)
    if any(h[3].cancelled_by for h in kept):
        found = {h[3].id for h in kept}
        if ends is None:
            ends = _ends(low)  # `text`'s too: lower-casing keeps them
        kept = [
            h
            for h in kept
            if h[3].cancelled_by.isdisjoint(found) or not _cancelled(h, ends, len(low), kept)
        ]
    shown = _without_praise_inside_a_push(kept, own)
    if len(shown) > 1:
        # two rules of one kind on the same words are one finding (the first rule's, whose
        # hint is the more specific): "a label on the person · a label on the person" was shown
        seen: set[tuple[str, int, int]] = set()
        unique = []
        for hit in shown:
            if (hit[3].id, hit[1], hit[2]) not in seen:
                seen.add((hit[3].id, hit[1], hit[2]))
                unique.append(hit)
        shown = unique
    if own:
        return tuple(
            Finding(
                rule.id,
                start,
                end,
                rule.principles,
                own[(order, start, end)],
                "self",
                rule.labels[index],
                (rule, text, pushing_in),
            )
            if (order, start, end) in own
            else _finding(rule, start, end, index, text)
            for order, start, end, rule, index in shown
        )
    return tuple(_finding(rule, start, end, index, text) for _, start, end, rule, index in shown)


def _finding(rule: Rule, start: int, end: int, index: int, text: str) -> Finding:
    return Finding(
        rule.id,
        start,
        end,
        rule.principles,
        rule.why,
        "self" if rule.about_self else "other" if rule.about_other else rule.polarity,
        rule.labels[index],
        (rule, text, pushing_in),
    )


def _without_praise_inside_a_push(
    kept: list[Hit], own: dict[tuple[int, int, int], str] | None = None
) -> list[Hit]:
    """`kept` without an inviting hit whose words lie inside a pushing hit's.

    The same words cannot both push and invite: "i get" inside the sneer "should i get it
    framed" is no I-statement, and "You don't have to" inside "You don't have to make it a
    whole thing" gives no choice (issue 12).
    """
    pushing = [
        (s, e)
        for order, s, e, rule, _ in kept
        if rule.polarity == "pushing"
        and not rule.about_self
        and not rule.about_other
        and not (own and (order, s, e) in own)
    ]
    if not pushing or len(pushing) == len(kept):
        return kept  # the common case: nothing to weigh against
    return [
        hit
        for hit in kept
        if hit[3].polarity != "inviting" or not any(s <= hit[1] and hit[2] <= e for s, e in pushing)
    ]


def _noted_over_coached(kept: list[Hit]) -> list[Hit]:
    """Where a story or self-talk rule read the same words as a coached rule with the same
    finding id ("He never listens": `story_absolute` and `absolute` on "never"), the words
    are noted, not coached: the coached hit is dropped."""
    noted = {(s, e, r.id) for _, s, e, r, _ in kept if r.about_other or r.about_self}
    return [
        h for h in kept if h[3].about_other or h[3].about_self or (h[1], h[2], h[3].id) not in noted
    ]


def _cancelled(hit: Hit, ends: list[int], size: int, kept: list[Hit]) -> bool:
    """A `cancelled_by` finding in the same sentence or the one just before or after.

    Asking permission for one idea ("Can I share something?") covers the advice that
    follows it, not advice three sentences on. `ends` are the text's sentence ends
    (`_sentence_in`), `size` its length.
    """
    _, start, end, rule, _ = hit
    cancelling = [(s, e) for _, s, e, other, _ in kept if other.id in rule.cancelled_by]
    if not cancelling:
        return False  # no finding that cancels this one, no sentence search
    left, right = _sentence_in(ends, size, start, end)
    if left > 0:
        left = _sentence_in(ends, size, left - 1, left - 1)[0]
    if right < size:
        right = _sentence_in(ends, size, right, right)[1]
    return any(s < right and left < e for s, e in cancelling)


def pushing_in(text: str) -> list[Finding]:
    """The pushing findings in `text` (no safety screen), counted frequencies aside.

    "Every time I bring it up, you walk away" reports how often something happened; the
    coach keeps it word for word (a fact), so it is not counted against a rewrite; nor are
    the person's own need ("I need to feel safe"), a limit said kindly ("Please don't push me
    on it"), their own feeling or plan ("I feel sick all the time", "I'm going for a walk to
    calm down"), or good news ("No one shouted. Go us!"): `rewrite.own_words`. The gentler
    words are checked with it (`rewrite.Check`): each finding carries it, so the rewriter
    never imports the analyser.
    """
    return [
        f
        for f in find_patterns(text)
        if f.polarity == "pushing"
        and not counted(f, text)
        and not own_need(f, text)
        and own_words(f, text) is None
    ]


def _by_span(hit: Hit) -> tuple[int, int, int]:
    return hit[1], hit[2], hit[0]


def _by_position(hit: Hit) -> tuple[int, int, int, int]:
    order, start, end, _, index = hit
    return start, -end, order, index


@cache
def _category_order() -> dict[str, int]:
    """Finding ids in rule-file order (the order of `categories`)."""
    order: dict[str, int] = {}
    for rule in rules():
        order.setdefault(rule.id, len(order))
    return order


@cache
def _screen() -> Callable[[str], Screening]:
    """The safety screen, imported on first use (`from ... import` of a package runs Python
    code on every call, ~1.5 µs a message)."""
    from alongside.safety import screen

    return screen


def _not_said(low: str, end: int) -> bool:
    """Reported speech, or the partner's reading said back, before `end` in its clause."""
    return spoken_by_others(low, end) or reported(low, end)


@cache
def _scope() -> Scope:
    """The scope checks the learned layer applies to a pushing finding it adds."""
    return Scope(quoted_spans, _not_said, pushing_in)


# Kind words that are praised as such ("What already invites"): withheld where their sentence
# reads as sarcasm (`praise_read_as_sarcasm`).
SARCASM_PRAISED = PRAISE_IDS | {"i_statement", "shared_goal", "permission"}
# An offer that ends "... too?" / "as well?" / "while I'm at it?" (fix19): after a push in
# the sentence before, a mock offer ("You can't even boil an egg. Want me to do your
# shopping too?"), not asking first; alone ("Want me to pick up milk too?") it is sincere.
_OFFER_TOO = lazy(r"\b(?:too|as\s+well|while\s+i'?m\s+at\s+it)\W*$")


def praise_read_as_sarcasm(text: str, findings: tuple[Finding, ...]) -> bool:
    """True when a sentence holding praised kind words (thanks, reassurance, a question, "I
    ...") also holds a contempt finding, a rule's or the learned contempt head's ("Thanks so
    much for using all the hot water", "Don't worry, I'm not counting, but that's your
    fifth"): the kind words are sarcasm there.

    A scornful learned score below the contempt head's own cut, or the lean head alone, does
    not count: praise a rule read stays beside them (`learned.withhold_learned_praise`), and
    on the team's probes they hid sincere thanks ("Nice one, you found my keys") as often as
    they caught sarcasm.
    """
    scorn = [g for g in findings if g.polarity == "pushing" and g.id == "contempt"]
    if _offer_after_a_push(text, findings):
        return True
    if not scorn:
        return False
    for f in findings:
        if f.polarity != "inviting" or f.id not in SARCASM_PRAISED:
            continue
        a, b = _sentence_around(text, f.start, f.end)
        if any(g.start < b and g.end > a for g in scorn):
            return True
    return False


def _offer_after_a_push(text: str, findings: tuple[Finding, ...]) -> bool:
    """True when an offer ("permission") ends "too?" / "as well?" and a pushing finding sits
    in its sentence or the one before: a mock offer after a complaint (fix19)."""
    pushes = [g for g in findings if g.polarity == "pushing"]
    if not pushes:
        return False
    for f in findings:
        if f.polarity != "inviting" or f.id != "permission":
            continue
        a, b = _sentence_around(text, f.start, f.end)
        if _OFFER_TOO.search(text[a:b].lower()) is None:
            continue
        before = _sentence_around(text, a - 2, a - 1)[0] if a > 1 else a
        if any(g.start < b and g.end > before for g in pushes):
            return True
    return False


def analyse(text: str) -> Analysis:
    """Screen `text` for safety, then find its patterns and suggest a gentler whole message."""
    screening = _screen()(text)
    low = lower_same_length(text)
    findings = find_patterns(text, low)
    lean_spans: list[tuple[int, int]] = []  # the lean head's first sentence, same walk
    extra = learned_findings(text, low, findings, _scope(), leans=lean_spans)
    doubted = False
    if extra:
        findings = tuple(sorted((*findings, *extra), key=lambda f: (f.start, f.end)))
        # kind words only the learned layer read, in a message that may mean them unkindly:
        # not praised, and the hedged note is the idea shown (issue 12)
        findings, doubted = withhold_learned_praise(text, low, findings)
    edge: bool | None = None  # has_edge(text), asked at most once
    if any(f.id in PRAISE_IDS and f.polarity == "inviting" for f in findings) and (
        edge := has_edge(text)
    ):
        # kind words the same message may take back ("Thanks so much. Eventually.", "wow a
        # whole text back 🙃"): never praised as thanks, a question or reassurance (issue 12);
        # the idea shown is a hedged note instead (`Analysis.tip`)
        findings = tuple(f for f in findings if f.polarity != "inviting" or f.id not in PRAISE_IDS)
    leans = None
    if (
        not screening.flagged
        and all(f.polarity == "inviting" and f.id in PRAISE_IDS for f in findings)
        and not (has_edge(text) if edge is None else edge)
    ):
        # nothing found but praise: does the learned layer read a sentence as likely to push?
        # Then a plain word instead of "Nothing here looks pushing", and the faces list no
        # praise (`app.coach.praise_hidden`; the findings stay, for the counts) (issue 12).
        # Not where the rules read something of the person's own (a limit, self-talk, a
        # story), nor kind words with an edge (their own hedged note, `has_edge`)
        leans = lean_spans[0] if lean_spans else None
        if leans is not None and (
            appeases(text)
            or encourages(text)
            or criticises_body(text)
            or not hedges(findings, text, pushing_in)
        ):
            leans = None  # a limit, a decision, thanks ...: each has its own word
    if not doubted and praise_read_as_sarcasm(text, findings):
        # thanks, reassurance or a question in a sentence that reads as sarcasm ("Thanks SO
        # much for leaving me the dishes, really", "Don't worry, I'm not counting, but that's
        # your fifth"): never praised; the faces hide it (`app.coach.praise_hidden`), and the
        # idea is the hedged note (issue 12, sarcasm18). The findings stay, for the counts.
        doubted = True
    if any(f.rule.split(":")[-1].startswith("kindness_suspected#") for f in findings):
        # thanks met with suspicion ("Thanks for the flowers. Guilty conscience?"): the dig
        # takes the thanks back, so nothing in it is praised (blind round 12)
        findings = tuple(f for f in findings if f.polarity != "inviting" or f.id not in PRAISE_IDS)
    if any(f.id == "apology" for f in findings) and appeases(text):
        # taking the blame for their anger is not owning a part: no praise (issue 12)
        findings = tuple(f for f in findings if f.id != "apology")
    if any(f.id == "boundary" for f in findings) and criticises_body(text):
        # "I'm not attracted to you anymore" after words about their weight is not a healthy
        # limit to praise (blind round 4b); the idea shown speaks to it (compose.tip). Asked
        # only when there is a limit to drop: the search reads the whole text (~8 µs)
        findings = tuple(f for f in findings if f.id != "boundary")
    order = _category_order()
    categories = tuple(sorted({f.id for f in findings}, key=order.__getitem__))
    return Analysis(
        text=text,
        findings=findings,
        categories=categories,
        safety=screening,
        check=pushing_in,
        doubted=doubted,
        leaning=leans,
        leaning_as=None if leans is None else suspicion(text[leans[0] : leans[1]]),
    )
