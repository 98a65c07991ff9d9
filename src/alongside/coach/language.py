"""Can the coach read this text? A small, explainable check that a message is English.

The coach's patterns and the safety screen read English only. A message in another language
would pass both unread and be praised ("Lovely."); instead the person is told plainly that
Alongside can only read English for now, with the way to safety resources.

No model and no package: two counts anyone can check by hand (docs/coach.md, "Text it
cannot read").

1. Script: the share of letters that are Latin (a-z and accented Latin letters). Under half
   (Chinese, Arabic, Hindi in Devanagari, Russian, ...): not English.
2. Function words: in Latin script, the words that only English uses among a few hundred
   very common ones ("the", "you", "and", "my", "don't", and text-speak such as "u", "lol")
   against the words that only Spanish, German, French, Portuguese, Italian, Dutch, Polish or
   Turkish use ("que", "und", "je", "não", "che", "niet", "się", "değil", ...). Words several
   of these languages share ("a", "no", "me", "in", "i", "die", "on") count for none.
   English when its count is larger than the largest other one; on a tie, English unless
   the text has accented letters (ę, ñ, ß, ...). Neither found: English unless the text is
   long (`UNKNOWN_LONG_WORDS`): a long English text always has function words.

Short texts ("ok", "Fine. Whatever.", a name) are English unless another language's words
are there and no English ones: short English is never turned away.
"""

from __future__ import annotations

import re
from functools import cache

LATIN_MIN_SHARE = 0.5  # under half the letters Latin: another script
UNKNOWN_LONG_WORDS = 12  # this many words and no function word of any language: not English
LATIN_END = 0x024F  # Basic Latin to Latin Extended-B; beyond (but Latin Extended Additional)
LATIN_EXTENDED_ADDITIONAL = (0x1E00, 0x1EFF)  # Vietnamese and other accented Latin letters

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")

ENGLISH = """
the and you your yours to of is are was were it it's its that this these those my mine he she
we they him her his hers them their our us not don't doesn't didn't can't won't isn't aren't
wasn't weren't wouldn't couldn't shouldn't haven't hasn't i'm i've i'll i'd you're you've
you'll he's she's we're they're that's there's what's let's with for at be been being have has
had does did just what when why how if or but so all about would could should will can feel
felt want wanted know knew think thought never always really like get got from there here
because am any some more very too then than who which out up down now again even still need
said told tell says ok okay yes yeah please sorry thanks thank love listen talk talking work
home every something nothing anything everything someone everyone maybe much many only also
well back over after before into through while where much again own other same such each
u ur im dont cant wont didnt doesnt isnt ive lol idk omg pls plz gonna wanna gotta ya tho bc
cuz kinda sorta an go going went come coming see let make made take say one two day night
today tonight tomorrow yesterday thing things good bad sad happy tired angry help stop leave
hi hey hello bye oh ah wow yep nope nah ta cheers therapy therapist counselling counseling
couples partner husband wife boyfriend girlfriend kids relationship argue argued fight
"""

OTHERS = {
    "es": """
el la los las que y en de del por con para una un es está estoy pero muy mi mis su sus yo tú
te lo le se nos ya cuando porque como más qué cómo eso esto este esta hay ser tengo tiene
siempre nunca nada todo quiero sé también sin sobre ni fue hola gracias él ella usted
""",
    "de": """
der das und ich nicht ist mit zu ein eine einen mein meine mir mich er sie es wir ihr dass auf
für aber wenn noch auch sehr immer nie nichts kann habe wie wo dem des von
nach schon weil oder kein keine doch jetzt heute mehr danke hallo ist's gibt
""",
    "fr": """
le la les et je tu il elle ne pas est un une des du mon mes que qui ce cette avec pour dans
sur mais ou où très toujours jamais rien suis ai au aux nous vous ils elles lui leur moi toi
sa ses c'est j'ai n'est bien fait être avoir bonjour merci ça
""",
    "pt": """
os uma é do da dos das que não eu você ele ela nós meu minha com para por mas
muito sempre nunca nada tudo quero estou está tem isso isto esse essa ao mais como quando
porque também sou foi seu sua obrigado obrigada olá
""",
    "pl": """
nie się że jest na z w mnie mój moja jak ale co ja ty ona wy oni tak już tylko jestem był
była mam być mi go jej jego czy bo od po przez dla bardzo zawsze nigdy nic wszystko kiedy
gdzie dlaczego tego tym cześć dziękuję
""",
    "it": """
il lo gli le la di che non è per sono mio mia miei io tu lui lei noi voi perché anche
questo questa cosa come hai più molto sempre mai niente ci ti mi della del una uno
ciao grazie
""",
    "nl": """
het een en ik niet van dat je zijn met op voor maar ook als wat mijn hij zij er naar nog
geen heb heeft wil kan dit wij jij ze hem haar bij om hallo
""",
    "tr": """
ve bir bu sen çok değil ne için ile da de mi m\u0131 mu mü ama daha gibi şey var yok benim
senin onun bana sana beni seni hiç zaman kadar sonra şimdi art\u0131k hep hiçbir olarak oldu olan
diye çünkü nas\u0131l neden merhaba teşekkürler
""",
}
# Function words of several of these languages at once: evidence for none of them.
SHARED = frozenset(["a", "no", "me", "in", "i", "die", "on", "as", "man", "also"])


@cache
def _word_sets() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    english = frozenset(ENGLISH.split()) - SHARED
    others = {lang: frozenset(words.split()) - english - SHARED for lang, words in OTHERS.items()}
    return english, others


def _is_latin(char: str) -> bool:
    code = ord(char)
    low, high = LATIN_EXTENDED_ADDITIONAL
    return code <= LATIN_END or low <= code <= high


def latin_share(text: str) -> float | None:
    """The share of the letters that are Latin; None when there are no letters."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    return sum(1 for c in letters if _is_latin(c)) / len(letters)


def word_counts(text: str) -> tuple[int, int, str]:
    """English function words, the most of any other language's, and which language."""
    english, others = _word_sets()
    words = [w.replace("\u2019", "'") for w in _WORD.findall(text.lower())]
    ours = sum(1 for w in words if w in english)
    best, lang = 0, ""
    for name, vocabulary in others.items():
        count = sum(1 for w in words if w in vocabulary)
        if count > best:
            best, lang = count, name
    return ours, best, lang


def is_english(text: str) -> bool:
    """True when the coach can read `text` (see the module's notes); never raises."""
    share = latin_share(text)
    if share is None:
        return True  # numbers, emoji or punctuation only: nothing to misread
    if share < LATIN_MIN_SHARE:
        return False
    ours, theirs, _ = word_counts(text)
    if ours != theirs:
        return ours > theirs
    if ours:
        return not any(c.isalpha() and not c.isascii() for c in text)
    return len(_WORD.findall(text)) < UNKNOWN_LONG_WORDS
