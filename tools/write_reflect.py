"""Write hand-written training text for reflections, affirmations, advice and overgeneralising.

    .venv/bin/python tools/write_reflect.py        # (re)write the two files, deterministically

Every line of `tools/reflect_text/*.txt` was composed one at a time by the Alongside team
(helper session `reflect16`, issue 11) from the definitions: MITI 4.2.1 (simple and complex
reflections, affirm, advise with and without permission, confront), the helping-skills
strategies ESConv names in plain terms (reflection of feelings, affirmation and reassurance,
providing suggestions) and the thinking-trap definition of overgeneralising. No frames, no
slot filling, no combinations: one line is one sentence as written. Nothing here comes from
../shared/eval-data (tools/check_eval_copies.py checks every line).

Most reflections carry no marker ("it sounds like", "so you feel"): "You're exhausted and
nobody notices.", "Part of you wants to stop, and part of you is scared." Each kind has hard
negatives in the same voice: a question that restates, information, the speaker's own
feelings and stories, plain praise, accurate specific statements.

A text file is blocks: a header line `# <finding ids, comma separated, or none> | <who
speaks>` and then one sentence a line. Files named `partner_*` or `thoughts*` are messages
to a partner or a person's own thoughts and go to `reflect_partner.jsonl`; the others are a
counsellor's or a supporter's talk and go to `reflect_counsellor.jsonl`. Both are read as
counsellor talk (`train_meaning.COUNSELLOR_FILES`): they train `validation` alone for now
(with the partner file training every head, `therapy_as_resource` lost one of 8 on the
held-aside final split). Their other labels are kept right for the heads that may learn
from them later.
"""

from __future__ import annotations

import sys
from pathlib import Path

from write_meaning import save_rows

ROOT = Path(__file__).resolve().parents[1]
TEXT = ROOT / "tools" / "reflect_text"
OUT = ROOT / "training" / "meaning"
PARTNER = ("partner_", "thoughts")


def read_blocks(path: Path) -> list[dict[str, object]]:
    """The {"text", "findings"} rows of one text file, in its order."""
    rows: list[dict[str, object]] = []
    findings: list[str] | None = None
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            head = line[1:].split("|", 1)[0].strip()
            findings = [] if head == "none" else [f.strip() for f in head.split(",")]
            continue
        if findings is None:
            raise SystemExit(f"{path}:{n}: a sentence before any '# finding | who' header")
        rows.append({"text": line, "findings": list(findings)})
    return rows


def build() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {"partner": [], "counsellor": []}
    seen: set[str] = set()
    for path in sorted(TEXT.glob("*.txt")):
        kind = "partner" if path.name.startswith(PARTNER) else "counsellor"
        for row in read_blocks(path):
            key = str(row["text"])
            if key in seen:
                raise SystemExit(f"{path.name}: written twice: {key!r}")
            seen.add(key)
            out[kind].append(row)
    return out


def main() -> int:
    built = build()
    save_rows(built["counsellor"], OUT / "reflect_counsellor.jsonl")
    save_rows(built["partner"], OUT / "reflect_partner.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
