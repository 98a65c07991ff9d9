"""Small readers the safety tests share: a text without case or punctuation, and why the screen
flagged a text (kind, words, layer), for assertion messages."""

from __future__ import annotations

import re

from alongside.safety import screen


def plain(text: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", text.lower().replace("'", "")).strip()


def why(text: str) -> list[tuple[str, str, str]]:
    return [(h.kind, text[h.start : h.end], h.layer) for h in screen(text).hits]
