"""Write tests/data/rewrite_corpus_out.jsonl: the rewrite corpus with the coach's words.

Each line is one corpus message with what the coach offers for it, for raters to judge
(docs/rewrite-rating.md) and for `tests/coach/test_rewrite_corpus.py`, which fails when the
file is out of date. Regenerate after changing the coach:

    .venv/bin/python tools/rewrite_corpus.py

`--check` prints the guard violations (none expected) and the counts, and writes nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.coach.corpus_guards import OUT, coach_words, corpus, rendered, violations  # noqa: E402


def main(argv: list[str]) -> int:
    if "--check" in argv:
        rows = [coach_words(m) for m in corpus()]
        bad = [(r["id"], v) for m, r in zip(corpus(), rows, strict=True) for v in violations(m, r)]
        for row_id, problem in bad:
            print(f"{row_id}: {problem}")
        shown = sum(1 for r in rows if r["suggestion"])
        left = sum(len(r["left_for_you"]) for r in rows)
        print(f"{len(rows)} messages, {shown} with a suggestion, {left} sentences left for the")
        print(f"person, {len(bad)} guard violations")
        return 1 if bad else 0
    OUT.write_text(rendered(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
