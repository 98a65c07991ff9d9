"""Write src/alongside/coach/data/valence.txt: the words VADER's lexicon rates clearly negative
or clearly positive, for the learned layer's valence cues (`coach.learned.valence_words`).

    .venv/bin/python tools/write_valence.py           # write the file
    .venv/bin/python tools/write_valence.py --check   # exit 1 when the shipped file differs

The lexicon is `vader_lexicon.txt` as the vaderSentiment package (PyPI, MIT licence; see
docs/data.md) ships it: a word, its mean valence from ten raters (-4 to +4), and more. Kept: the
plain lower-case words (no emoticons or spaces) with a mean of at most -NEG or at least +POS,
with apostrophes dropped as the learned layer reads words ("can't" -> "cant"). Nothing is fetched:
the package is a dev dependency of the project, installed by `make`.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import vaderSentiment

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "alongside" / "coach" / "data" / "valence.txt"
NEG = 1.5
POS = 1.5
WORD = re.compile(r"[a-z]+")
HEADER = (
    "# Words rated clearly negative (-) or positive (+) in VADER's lexicon (vaderSentiment,\n"
    "# MIT licence, Copyright (c) 2016 C.J. Hutto; docs/data.md). tools/write_valence.py\n"
    "# writes this file; do not edit it by hand.\n"
)


def lines() -> list[str]:
    src = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    neg: set[str] = set()
    pos: set[str] = set()
    for raw in src.read_text(encoding="utf-8").splitlines():
        parts = raw.split("\t")
        if len(parts) < 2:
            continue
        word = parts[0].replace("'", "")
        if not WORD.fullmatch(word):
            continue
        value = float(parts[1])
        if value <= -NEG:
            neg.add(word)
        elif value >= POS:
            pos.add(word)
    return [f"- {w}" for w in sorted(neg)] + [f"+ {w}" for w in sorted(pos)]


def licence() -> str:
    """The package's MIT licence, as comment lines (the notice goes with the words)."""
    dist = Path(vaderSentiment.__file__).parent.parent
    found = sorted(dist.glob("vaderSentiment-*.dist-info/LICENSE*"))
    if not found:
        raise SystemExit("vaderSentiment's LICENSE.txt not found: reinstall the dev dependencies")
    body = found[0].read_text(encoding="utf-8").strip().splitlines()
    return "".join(f"# {line}".rstrip() + "\n" for line in ["", *body, ""])


def main(argv: list[str]) -> int:
    text = HEADER + licence() + "\n".join(lines()) + "\n"
    if "--check" in argv:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT} is stale: run tools/write_valence.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
