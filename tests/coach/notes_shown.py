"""What the coach shows a person for a message's pushing sentences, as the notes tests read it."""

from __future__ import annotations

import re

from alongside.coach.analyse import analyse

EXAMPLE = re.compile(r"For example: \u201c([^\u201d]+)\u201d")


def notes_shown(text: str) -> list[str]:
    """Each pushing finding's note, then the hint of each sentence left for the person that no
    finding's note already covers."""
    a = analyse(text)
    notes = [f.hint for f in a.findings if f.polarity == "pushing" and f.hint]
    noted = [(f.start, f.end) for f in a.findings if f.polarity == "pushing"]
    for x in a.compose().left:
        if not any(x.start <= s < x.end for s, _ in noted):
            notes.append(x.hint)
    return notes


def examples_shown(text: str) -> list[str]:
    """The quoted example ("For example: “…”") of each note that has one."""
    return [m.group(1) for n in notes_shown(text) for m in [EXAMPLE.search(n)] if m is not None]
