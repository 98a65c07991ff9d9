"""Count pushing findings on a probe set of messages (issue 11, push17).

    PYTHONPATH=src .venv/bin/python tools/probe_push.py tools/probe_text/push17_a.jsonl
    PYTHONPATH=src .venv/bin/python tools/probe_push.py FILE --misses   # and list them

FILE holds one {"text", "kind"} object a line, kind "push" (a message that pushes) or "not"
(a kind neighbour). Each text runs through `analyse`, the analysis `alongside check` shows; a
message counts as found pushing when it has at least one finding with polarity "pushing".
Printed per kind: how many have one, how many of the rest are hedged (no finding, but the
coach says a sentence may land harder than meant, `Analysis.leaning`), and how many are
praised (kind words listed under "What already invites", or "Lovely."; `app.coach`): on a
pushing message, praise is the worst outcome (sarcasm praised as thanks, issue 12). With
--misses: the pushing messages with none, and the neighbours with one (and the finding ids).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from alongside.coach import analyse


def pushing_ids(text: str) -> list[str]:
    """The ids of the pushing findings the coach shows for `text`."""
    return [f.id for f in analyse(text).findings if f.polarity == "pushing"]


def read(text: str) -> tuple[list[str], bool, bool]:
    """The pushing finding ids for `text`, whether it is hedged (none found, a sentence said
    to lean pushing) and whether anything in it is praised, as the faces show it."""
    from alongside.app.coach import praise_hidden, sounds_warm

    a = analyse(text)
    found = [f.id for f in a.findings if f.polarity == "pushing"]
    hidden = praise_hidden(a)
    shown = [
        f
        for f in a.findings
        if f.polarity == "inviting" and (f.id, a.text[f.start : f.end]) not in hidden
    ]
    praised = bool(shown) or (not found and a.leaning is None and sounds_warm(a))
    return found, not found and a.leaning is not None, praised


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--misses", action="store_true", help="list misses and false pushes")
    args = parser.parse_args(argv)
    counts: dict[str, list[int]] = {}
    wrong: list[tuple[str, str, list[str]]] = []
    for n, line in enumerate(args.file.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            text, kind = str(row["text"]), str(row["kind"])
        except (ValueError, KeyError, TypeError) as err:
            raise SystemExit(f"{args.file}:{n}: not a {{text, kind}} line ({err})") from err
        if kind not in ("push", "not"):
            raise SystemExit(f"{args.file}:{n}: kind must be push or not, not {kind!r}")
        found, hedged, praised = read(text)
        tally = counts.setdefault(kind, [0, 0, 0, 0])
        tally[0] += bool(found)
        tally[1] += 1
        tally[2] += hedged
        tally[3] += praised
        if bool(found) != (kind == "push"):
            wrong.append((kind, text, found))
    for kind in ("push", "not"):
        hit, total, n_hedged, n_praised = counts.get(kind, [0, 0, 0, 0])
        print(
            f"{kind:5} {hit}/{total} with a pushing finding, {n_hedged} more hedged; "
            f"{n_praised} praised"
        )
    if args.misses:
        for kind, text, found in wrong:
            what = "missed" if kind == "push" else "false " + ",".join(sorted(set(found)))
            print(f"{what}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
