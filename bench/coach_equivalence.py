"""Dump everything the coach says about ~18,000 varied texts, to check a speed-up changes nothing.

    .venv/bin/python bench/coach_equivalence.py dump before.jsonl
    ... change the analyser ...
    .venv/bin/python bench/coach_equivalence.py dump after.jsonl
    .venv/bin/python bench/coach_equivalence.py diff before.jsonl after.jsonl

Each line holds one text's findings (id, span, rule, polarity, rewrite, hint), categories,
suggestion, the safety screen (kinds, spans, every hit with its layer and why) and the
rule-only `find_patterns`. The texts: the rewrite corpus, the rules' and the lexicon's
examples, the safety evalsets and training text, the meaning layer's training text, messages
generated as the bench makes them (two seeds), reshuffled words, and edge cases (typographic
quotes, letters whose lower case is longer, long posts). Never ../shared/eval-data.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

EDGE = [
    "",
    " ",
    "?",
    "...",
    "You ALWAYS do this!!!",
    "\u201cYou never listen,\u201d she said. You need therapy.",
    "You\u2019re so lazy. I\u2019m not saying you\u2019re selfish.",
    "\u0130stanbul was lovely, but you never listen to me.",
    "\u0130 think you need help \u2014 you always shout.",
    "Stra\u00dfe. You should see a therapist. \u0130 mean it.",
    "'You always' is what you said. \"never\" again.",
    "I'm scared of him. He hit me last night and I hid the knives.",
    "He's never hit me, but he says nobody would find my body.",
    "You need therapy\n\nYou never listen\nwhy can't you just go",
    "you 've got to stop. you 'll never change.",
    "\U0001f600 You always forget. \U0001f644",
    "123. 456, you never call.",
]


def _jsonl_texts(path: Path) -> Iterator[str]:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            text = raw.get("text") if isinstance(raw, dict) else None
            if isinstance(text, str):
                yield text


def texts() -> list[str]:
    """The texts, in a fixed order (duplicates kept once)."""
    from bench_coach import make_messages, reshuffled

    from alongside.coach.rules import rules
    from alongside.safety.lexicon import lexicon

    out: list[str] = list(EDGE)
    out += _jsonl_texts(ROOT / "tests/data/rewrite_corpus.jsonl")
    for rule in rules():
        out += rule.positive
        out += rule.negative
    lex = lexicon()
    for kind in lex.kinds:
        out += kind.positive
        out += kind.negative
    out += lex.everyday_negative
    out += lex.disclosures
    for path in sorted((ROOT / "evalsets/safety").glob("*.jsonl")):
        out += _jsonl_texts(path)
    for path in sorted((ROOT / "training/safety").rglob("*.jsonl")):
        out += _jsonl_texts(path)
    meaning = list(_jsonl_texts(ROOT / "training/meaning/written.jsonl"))
    out += meaning[::2]
    out += make_messages(2_000, seed=7)
    out += reshuffled(1_500, seed=11)
    rng = random.Random(5)
    joined = [" ".join(rng.sample(out[20:], 12)) for _ in range(60)]  # long posts
    out += joined
    out += [t.upper() for t in out[20:400]]
    return list(dict.fromkeys(out))


def record(text: str) -> dict[str, object]:
    from alongside.coach import analyse, find_patterns

    result = analyse(text)
    safety = result.safety
    return {
        "text": text,
        "findings": [
            [f.id, f.start, f.end, f.rule, f.polarity, f.rewrite, f.hint] for f in result.findings
        ],
        "categories": list(result.categories),
        "suggestion": result.suggestion,
        "left": [repr(x) for x in result.left_for_you],
        "tip": result.tip,
        "rules_only": [[f.id, f.start, f.end, f.rule] for f in find_patterns(text)],
        "safety": [
            safety.flagged,
            list(safety.kinds),
            [list(s) for s in safety.spans],
            [[h.kind, h.start, h.end, h.layer, list(h.why)] for h in safety.hits],
        ],
    }


def dump(path: Path) -> None:
    found = texts()
    with path.open("w", encoding="utf-8") as out:
        for text in found:
            out.write(json.dumps(record(text), ensure_ascii=False) + "\n")
    print(f"{len(found)} texts written to {path}")


def diff(a: Path, b: Path) -> int:
    left = a.read_text(encoding="utf-8").splitlines()
    right = b.read_text(encoding="utf-8").splitlines()
    if len(left) != len(right):
        print(f"different numbers of texts: {len(left)} and {len(right)}")
        return 1
    bad = [(x, y) for x, y in zip(left, right, strict=True) if x != y]
    for x, y in bad[:10]:
        print("-", x)
        print("+", y)
    print(f"{len(left)} texts, {len(bad)} different")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "dump":
        dump(Path(argv[1]))
        return 0
    if len(argv) == 3 and argv[0] == "diff":
        return diff(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
