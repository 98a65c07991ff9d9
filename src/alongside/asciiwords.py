"""The words of ASCII text without a regular expression: what the learned layers read.

Both learned layers (the safety screen's `safety/model.py` and the coach's `coach/learned.py`)
read lower-cased words with apostrophes dropped: `[^\\W_]+` over the text with `'` and `` ` ``
taken out. Python's regex engine tests each character against the Unicode classes (about
10 µs for a 100-character sentence); for ASCII text one byte translation and a split find
the same words in about 1.5 µs. Text with any other character keeps the regex.
"""

from __future__ import annotations

# Letters and digits stay; apostrophes are deleted (see `words`); every other byte is a space.
_KEEP = bytes(c if c < 128 and chr(c).isalnum() else 32 for c in range(256))
_APOSTROPHES = b"'`"


def words(part: str) -> list[str]:
    """The runs of letters and digits of ASCII `part`, apostrophes dropped ("he's" -> "hes").

    Exactly `re.findall(r"[^\\W_]+", part.replace("'", "").replace("`", ""))` for ASCII `part`
    (the caller checks `part.isascii()`); letters keep their case.
    """
    return part.encode().translate(_KEEP, _APOSTROPHES).decode().split()


_ASCII = frozenset(map(chr, range(128)))


def stand_in(text: str, marks: dict[str, str]) -> str | None:
    """`text` with each character beyond ASCII replaced by its mark in `marks`, else a space;
    None when one of them is a letter or a digit.

    For a layer whose regexes read such a character only as a separator (not a word
    character: `str.isalnum` is what `\\w` reads, less "_") or as the ASCII mark it stands for
    (a curly apostrophe, an ellipsis, a dash), the stand-in reads as the text does, place for
    place, so the layer's ASCII shortcuts apply to an emoji or a typographic mark too.
    """
    out = text
    for char in set(text).difference(_ASCII):
        if char.isalnum():
            return None
        out = out.replace(char, marks.get(char, " "))
    return out
