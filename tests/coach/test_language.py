# ruff: noqa: RUF001  (real text in other scripts: its letters are the point)
"""Text the coach cannot read: other languages get a plain sentence, never praise (issue 10).

The check is a heuristic (docs/coach.md): the share of Latin letters, then English function
words against those of six other languages. Short English must never be turned away.
"""

from __future__ import annotations

import pytest

from alongside.coach.language import is_english, latin_share, word_counts

OTHER_LANGUAGES = {
    "Spanish": "Mi pareja no quiere ir a terapia y cada vez que lo menciono se enfada conmigo.",
    "Spanish, short": "Tengo miedo de él.",
    "German": "Mein Partner will keine Therapie machen und wird wütend, wenn ich es anspreche.",
    "German, short": "Ich habe Angst vor ihm.",
    "French": "Mon compagnon refuse d'aller voir un thérapeute et je ne sais plus quoi faire.",
    "French, short": "J'ai peur de lui.",
    "Portuguese": "Meu marido não quer fazer terapia e eu não sei mais o que fazer.",
    "Portuguese, short": "Estou com medo dele.",
    "Polish": "Mój partner nie chce iść na terapię i nie wiem, co mam robić.",
    "Polish, short": "Boję się go.",
    "Turkish": "Eşim terapiye gitmek istemiyor ve ne yapacağımı bilmiyorum.",
    "Turkish, short": "Ondan çok korkuyorum.",
    "Chinese": "我的伴侣不想去做心理治疗，我不知道该怎么办。",
    "Arabic": "شريكي لا يريد الذهاب إلى العلاج ولا أعرف ماذا أفعل.",
    "Hindi (Devanagari)": "मेरा साथी थेरेपी नहीं जाना चाहता और मुझे नहीं पता क्या करूँ।",
    "Russian": "Мой партнёр не хочет идти к терапевту, и я не знаю, что делать.",
    "Italian (no word list)": "Il mio compagno non vuole andare in terapia e io non so cosa fare.",
}

ENGLISH = {
    "ok": "ok",
    "a single word": "Thanks.",
    "two curt words": "Fine. Whatever.",
    "txt-speak": "u never listen lol",
    "txt-speak, no vowels": "idk wtf",
    "a name": "Sam",
    "names": "José and María came over for dinner.",
    "a few foreign words": "I told him 'te quiero' and he just laughed at me.",
    "a German dish": "We had a lovely Abendbrot with Oma and Opa.",
    "French words": "It was a real déjà vu, and he said c'est la vie.",
    "an ordinary message": "You never listen to me and I am tired of asking you to go to therapy.",
    "all caps": "WHY DO YOU NEVER LISTEN",
    "emoji only": "❤️🙏",
    "numbers": "10/10",
    "lower-case i": "i just want us to be ok again",
    "a long list of nouns": "Groceries, laundry, dishes, bins, school run, dentist, vet, car.",
    "English with a little Chinese": "I feel so tired, 很累, and you don't see it.",
    "come on": "Come on.",
    "laughing": "Ha ha, very funny.",
    "a name that is a Dutch word": "Ben never listens.",
    "a name alone": "Dan!",
    "a number word": "Ten minutes, ok?",
    "e-mail": "I sent an e-mail.",
    "British thanks": "Ta",
    "a name that is a Spanish word": "Al said no.",
    "a hat": "Nice hat",
}


@pytest.mark.parametrize("text", OTHER_LANGUAGES.values(), ids=OTHER_LANGUAGES.keys())
def test_other_languages_are_not_read_as_english(text: str) -> None:
    assert is_english(text) is False


@pytest.mark.parametrize("text", ENGLISH.values(), ids=ENGLISH.keys())
def test_english_short_or_odd_is_never_turned_away(text: str) -> None:
    assert is_english(text) is True


def test_the_two_counts_explain_the_answer() -> None:
    assert latin_share("Мой партнёр") == 0.0
    assert latin_share("abc") == 1.0 and latin_share("123 !") is None
    ours, theirs, lang = word_counts("Ich habe Angst vor ihm und ich weiß nicht, was ich tun soll")
    assert lang == "de" and theirs > ours
    ours, theirs, lang = word_counts("I told him te quiero and he laughed")
    assert ours > theirs and lang == "es"
    # "die", "me", "no", "a" belong to several languages and count for none
    assert word_counts("I want to die") == (2, 0, "")
