"""A blind rating round of the coach's words (docs/rewrite-rating.md, issue 12).

Run it with the rated checkout's own code, from anywhere:

    PYTHONPATH=CHECKOUT/src .venv/bin/python CHECKOUT/tools/blind_rating.py prepare \\
        --seed 2026120801 --out DIR --fresh FRESH.jsonl
    ... three raters write DIR/answers1.json, answers2.json, answers3.json ...
    .venv/bin/python CHECKOUT/tools/blind_rating.py score DIR
    PYTHONPATH=CHECKOUT/src .venv/bin/python CHECKOUT/tools/blind_rating.py detect FRESH.jsonl

`prepare` draws corpus and fresh messages with the seed, works out what the coach shows for
each now (`tests/coach/corpus_guards.coach_words`, the function `tools/rewrite_corpus.py`
uses, and `alongside check` run in-process, no colour, country GB) and writes one sheet per
rater, the keys (`DIR/keys/`, kept by whoever prepares the round) and `DIR/RATER.md`.
`score` reads the answers and writes `DIR/score.txt`. `detect` prints counts, never texts,
for a set of messages nobody may read.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "rewrite_corpus.jsonl"
RATING_DOC = ROOT / "docs" / "rewrite-rating.md"
RATERS = 3
WIDTH = "100"  # the terminal width `alongside check` is printed at
COUNTRY = "GB"

# The doc's strata: (name, the tags that count, at least this many of 44 corpus messages).
STRATA: tuple[tuple[str, frozenset[str], int], ...] = (
    ("pushing", frozenset({"pushing"}), 20),
    ("hard situations", frozenset({"abuse_or_control", "affair", "breakup"}), 10),
    ("limit/decision", frozenset({"limit", "decision"}), 10),
    ("reported_speech/diagnosis", frozenset({"reported_speech", "diagnosis"}), 10),
    ("gentle", frozenset({"gentle"}), 10),
)
STRATA_OF = 44  # the minimums above are for this many corpus messages; scaled for fewer
WORST = 15


# ---------------------------------------------------------------- drawing the sample


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def quotas(ncorpus: int) -> list[tuple[str, frozenset[str], int]]:
    """The strata's minimums for `ncorpus` messages (the doc's for 44 or more)."""
    scale = min(1.0, ncorpus / STRATA_OF)
    return [(name, tags, round(least * scale)) for name, tags, least in STRATA]


def draw_corpus(messages: list[dict[str, Any]], n: int, rng: random.Random) -> list[dict[str, Any]]:
    """`n` messages: while a stratum is short of its minimum, the next message (in one seeded
    shuffle) that counts for the most short strata (a message counts for every tag it has);
    then the rest at random."""
    order = list(messages)
    rng.shuffle(order)
    n = min(n, len(order))
    need = {name: least for name, _tags, least in quotas(n)}
    tags_of = {name: tags for name, tags, _least in STRATA}
    chosen: list[dict[str, Any]] = []
    while len(chosen) < n and any(v > 0 for v in need.values()):
        short = [name for name, v in need.items() if v > 0]

        def helps(m: dict[str, Any], short: list[str] = short) -> int:
            return sum(1 for name in short if tags_of[name] & set(m["tags"]))

        left = [m for m in order if m not in chosen]
        best = max(left, key=helps, default=None)  # the first of the best, in shuffled order
        if best is None or not helps(best):
            break  # no message left for the short strata
        chosen.append(best)
        for name in need:
            if tags_of[name] & set(best["tags"]):
                need[name] -= 1
    chosen += [m for m in order if m not in chosen][: n - len(chosen)]
    return chosen


def fresh_quotas(kinds: Counter[str], n: int) -> dict[str, int]:
    """How many of each kind, in proportion to the file (largest remainders)."""
    total = sum(kinds.values())
    n = min(n, total)
    exact = {k: n * c / total for k, c in kinds.items()}
    share = {k: int(v) for k, v in exact.items()}
    by_remainder = sorted(kinds, key=lambda k: (-(exact[k] - share[k]), k))
    for k in by_remainder[: n - sum(share.values())]:
        share[k] += 1
    return share


def draw_fresh(messages: list[dict[str, Any]], n: int, rng: random.Random) -> list[dict[str, Any]]:
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in messages:
        by_kind[m["kind"]].append(m)
    share = fresh_quotas(Counter({k: len(v) for k, v in by_kind.items()}), n)
    drawn: list[dict[str, Any]] = []
    for kind in sorted(share):
        drawn += rng.sample(by_kind[kind], share[kind])
    return drawn


# ---------------------------------------------------------------- what the coach shows


def check_output(text: str, home: Path) -> str:
    """`alongside check TEXT` as a person sees it: in-process through the real `main`, no
    colour, helplines for GB, trailing spaces trimmed."""
    from tests.cli.inprocess import run

    env = {"ALONGSIDE_HOME": str(home), "COLUMNS": WIDTH, "NO_COLOR": "1"}
    ran = run("check", "--country", COUNTRY, text, env=env)
    if ran.code != 0:
        raise SystemExit(f"alongside check failed ({ran.code}): {ran.err.strip()}")
    lines = [line.rstrip() for line in ran.out.splitlines()]
    return "\n".join(lines).strip("\n")


def _fold(text: str) -> str:
    return " ".join(text.split())


def coach_item(source: str, message: dict[str, Any], home: Path) -> dict[str, Any]:
    """One rated item: the message, the whole gentler message shown (if any) and the full
    `alongside check` output. Whole only when the suggestion is what the person is shown
    (not under a safety panel, or when the words are answered as meant for the app)."""
    from tests.coach.corpus_guards import coach_words

    words = coach_words({"id": message["id"], "text": message["text"], "tags": []})
    shown = check_output(message["text"], home)
    suggestion = words["suggestion"]
    whole = bool(suggestion) and _fold(suggestion) in _fold(shown)
    return {
        "item": f"{source}:{message['id']}",
        "source": source,
        "id": message["id"],
        "tags": list(message.get("tags", [])),
        "kind": message.get("kind"),
        "type": "whole" if whole else "feedback",
        "original": message["text"],
        "suggestion": suggestion if whole else None,
        "check": shown,
    }


# ---------------------------------------------------------------- the sheets


@dataclass(frozen=True)
class Shown:
    label: str
    item: dict[str, Any]
    suggestion_is: str | None  # "A" or "B" for a whole item


def labels(n: int) -> list[str]:
    width = max(2, len(str(n)))
    return [f"Q{i:0{width}d}" for i in range(1, n + 1)]


def arrange(items: list[dict[str, Any]], seed: int, sheet: int) -> list[Shown]:
    """One rater's order and coin flips, from the seed and the sheet number alone."""
    rng = random.Random(f"{seed}/sheet{sheet}")  # noqa: S311 (a rating order, not a secret)
    order = list(items)
    rng.shuffle(order)
    shown: list[Shown] = []
    for label, item in zip(labels(len(order)), order, strict=True):
        letter = rng.choice("AB") if item["type"] == "whole" else None
        shown.append(Shown(label, item, letter))
    return shown


def quoted(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.splitlines())


def fenced(text: str) -> str:
    fence = "````" if "```" in text else "```"
    return f"{fence}text\n{text}\n{fence}"


def sheet_text(sheet: int, shown: list[Shown]) -> str:
    parts = [
        f"# Sheet {sheet}",
        "",
        f"{len(shown)} items. Read RATER.md first. Answer every item.",
        "",
    ]
    for s in shown:
        item = s.item
        if s.suggestion_is is not None:
            a, b = (item["suggestion"], item["original"])
            if s.suggestion_is == "B":
                a, b = b, a
            parts += [
                f"## {s.label} (two versions)",
                "",
                "Version A",
                "",
                quoted(a),
                "",
                "Version B",
                "",
                quoted(b),
                "",
            ]
        else:
            parts += [
                f"## {s.label} (feedback)",
                "",
                "The message",
                "",
                quoted(item["original"]),
                "",
                "What the app shows",
                "",
                fenced(item["check"]),
                "",
            ]
    return "\n".join(parts)


def rubric() -> str:
    """The rubric section of docs/rewrite-rating.md, word for word."""
    doc = RATING_DOC.read_text(encoding="utf-8")
    found = re.search(r"^## The rubric.*?(?=^## )", doc, re.S | re.M)
    if not found:
        raise SystemExit(f"no rubric section in {RATING_DOC}")
    return found.group(0).strip()


def rater_text(out: Path, n_items: int) -> str:
    return f"""# Rating the words of a coaching app, blind

## The situation

A person whose partner resists therapy or counselling uses a private coaching app on their
own device. Before sending a message to their partner, they paste their draft into the app.
The app points out what might push the partner away, says what already invites, offers
gentler words where it can, and shows help first when the message suggests danger. You are
judging what the app gives this person, as the partner receiving the message would
experience it and as a couples therapist would judge it.

## Your sheet

Your sheet has {n_items} items, labelled Q01, Q02 and so on. There are two kinds.

- **Two versions** ("Version A" and "Version B"): one is the person's own draft, the other is
  the whole gentler message the app suggested instead. You are not told which is which, and
  the order changes from item to item. First decide which version you take to be the
  suggested rewrite, then score that version against the other one with the rubric below.
- **Feedback**: the person's message and everything the app shows for it when they check it
  (notes on what might push, hints, the words it keeps as they are, ideas, or a safety
  panel with helplines). Rate that feedback as a whole on the hint scale below (1 = unhelpful
  or blaming, 3 = correct but abstract, 5 = a concrete next step the person could take right
  away). Count it against the feedback when it misses a push, praises sarcasm or a dig,
  shows a safety panel where nothing suggests danger, or shows none where something does.

In the rubric, "the coach's version" is the version you take to be the suggested rewrite
and "the original" is the other one.

Work alone. Do not look for other raters' answers or any other file.

{rubric()}

## Your answers

Write `{out}/answersN.json` (N is your sheet's number), one entry per item, every item
answered:

```json
{{
  "Q01": {{"suggestion": "A", "score": 4, "comment": "one short, concrete line"}},
  "Q02": {{"score": 3, "comment": "one short, concrete line"}}
}}
```

- Two versions: `"suggestion"` is the letter, `"A"` or `"B"`, of the version you take to be
  the suggested rewrite; `"score"` (1-5) scores that version against the other.
- Feedback: only `"score"` (1-5) and `"comment"`.
- Comments: one line, short and concrete (what is wrong or right, in a few words).
"""


def git_commit() -> str:
    """The rated checkout's commit (empty when it is not a git checkout)."""
    try:
        ran = subprocess.run(  # noqa: S603 (git on our own checkout)
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return ""
    return ran.stdout.strip()


def write_json(path: Path, data: object) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def prepare(
    seed: int,
    out: Path,
    fresh: Path | None,
    nfresh: int,
    ncorpus: int,
    corpus: Path = CORPUS,
) -> list[dict[str, Any]]:
    """Write the sheets, RATER.md, rows.jsonl and the keys into `out`; return the rows."""
    started = time.monotonic()
    rng = random.Random(seed)  # noqa: S311 (a reproducible sample, not a secret)
    drawn = [("corpus", m) for m in draw_corpus(read_jsonl(corpus), ncorpus, rng)]
    if fresh is not None:
        drawn += [("fresh", m) for m in draw_fresh(read_jsonl(fresh), nfresh, rng)]
    with tempfile.TemporaryDirectory(prefix="alongside-rating-") as home:
        rows = [coach_item(source, m, Path(home)) for source, m in drawn]
    (out / "keys").mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (out / "rows.jsonl").write_text(text, encoding="utf-8")
    for sheet in range(1, RATERS + 1):
        shown = arrange(rows, seed, sheet)
        (out / f"sheet{sheet}.md").write_text(sheet_text(sheet, shown), encoding="utf-8")
        key: dict[str, dict[str, str]] = {}
        for s in shown:
            key[s.label] = {"item": s.item["item"]}
            if s.suggestion_is:
                key[s.label]["suggestion"] = s.suggestion_is
        write_json(out / "keys" / f"sheet{sheet}.json", key)
    (out / "RATER.md").write_text(rater_text(out, len(rows)), encoding="utf-8")
    whole = sum(1 for r in rows if r["type"] == "whole")
    write_json(
        out / "keys" / "round.json",
        {
            "seed": seed,
            "commit": git_commit(),
            "corpus": str(corpus),
            "fresh": str(fresh) if fresh else None,
            "items": [r["item"] for r in rows],
            "whole": whole,
        },
    )
    took = time.monotonic() - started
    print(
        f"{len(rows)} items ({whole} whole, {len(rows) - whole} feedback) for {RATERS} raters"
        f" in {out} ({took:.1f} s); keys in {out / 'keys'}"
    )
    return rows


# ---------------------------------------------------------------- scoring


def alpha_ordinal(units: Iterable[Sequence[int]]) -> float | None:
    """Krippendorff's alpha for ordinal data: each unit is the scores it got (any number of
    raters; units with fewer than two are left out). None when every score is the same."""
    o: dict[tuple[int, int], float] = defaultdict(float)
    for unit in units:
        m = len(unit)
        if m < 2:
            continue
        for i, c in enumerate(unit):
            for j, k in enumerate(unit):
                if i != j:
                    o[c, k] += 1 / (m - 1)
    n_c: dict[int, float] = defaultdict(float)
    for (c, _k), weight in o.items():
        n_c[c] += weight
    values = sorted(n_c)
    n = sum(n_c.values())

    def delta(c: int, k: int) -> float:
        lo, hi = min(c, k), max(c, k)
        between = sum(n_c[g] for g in values if lo <= g <= hi)
        return float((between - (n_c[c] + n_c[k]) / 2) ** 2)

    observed = sum(weight * delta(c, k) for (c, k), weight in o.items())
    expected = sum(n_c[c] * n_c[k] * delta(c, k) for c in values for k in values)
    if expected == 0:
        return None
    return 1 - (n - 1) * observed / expected


@dataclass(frozen=True)
class Rating:
    rater: int
    label: str
    item: str
    score: int  # what counts: after the wrong-pick rule
    given: int  # what the rater wrote
    picked_right: bool | None  # None for a feedback item
    comment: str


class AnswerError(Exception):
    """An answers file that can't be scored (said as a sentence)."""


def effective(score: int, picked_right: bool | None) -> int:
    """A whole item whose rater took the original for the suggestion: 1 if they scored it
    at least 3 (the original was the better message), else 2."""
    if picked_right is False:
        return 1 if score >= 3 else 2
    return score


def read_ratings(folder: Path, sheet: int) -> list[Rating]:
    key = json.loads((folder / "keys" / f"sheet{sheet}.json").read_text(encoding="utf-8"))
    path = folder / f"answers{sheet}.json"
    answers = json.loads(path.read_text(encoding="utf-8"))
    problems = [f"{label}: not answered" for label in key if label not in answers]
    problems += [f"{label}: not on the sheet" for label in answers if label not in key]
    ratings: list[Rating] = []
    for label, k in key.items():
        a = answers.get(label)
        if a is None:
            continue
        score = a.get("score")
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 5:
            problems.append(f"{label}: score {score!r} is not 1-5")
            continue
        right: bool | None = None
        if "suggestion" in k:
            pick = str(a.get("suggestion", "")).strip().upper()
            if pick not in ("A", "B"):
                problems.append(f"{label}: suggestion {a.get('suggestion')!r} is not A or B")
                continue
            right = pick == k["suggestion"]
        comment = " ".join(str(a.get("comment", "")).split())
        ratings.append(
            Rating(sheet, label, k["item"], effective(score, right), score, right, comment)
        )
    if problems:
        raise AnswerError(f"{path}: " + "; ".join(problems))
    return ratings


def summary(name: str, scores: Sequence[int]) -> str:
    if not scores:
        return f"{name}: none"
    low = sum(1 for s in scores if s <= 2)
    ones = sum(1 for s in scores if s == 1)
    mean = sum(scores) / len(scores)
    return (
        f"{name}: mean {mean:.2f} over {len(scores)} ratings, {low / len(scores):.0%} rated 1-2"
        f" ({low}), {ones} rated 1"
    )


def shorten(text: str, size: int = 240) -> str:
    folded = _fold(text)
    return folded if len(folded) <= size else folded[: size - 1].rstrip() + "…"


def score_report(folder: Path) -> str:
    rows = {r["item"]: r for r in read_jsonl(folder / "rows.jsonl")}
    sheets = sorted(
        int(p.stem.removeprefix("sheet")) for p in (folder / "keys").glob("sheet*.json")
    )
    missing = [n for n in sheets if not (folder / f"answers{n}.json").exists()]
    ratings = [r for n in sheets if n not in missing for r in read_ratings(folder, n)]
    if not ratings:
        raise AnswerError(f"no answers in {folder} (answers1.json …)")
    raters = sorted({r.rater for r in ratings})
    by_item: dict[str, list[Rating]] = defaultdict(list)
    for r in ratings:
        by_item[r.item].append(r)

    def scores(
        kind: str | None = None,
        source: str | None = None,
        tags: Iterable[str] = (),
        fresh_kind: str | None = None,
    ) -> list[int]:
        """The ratings of the items of this type, source, any of these tags or this kind."""
        wanted = set(tags)
        out: list[int] = []
        for r in ratings:
            row = rows[r.item]
            if (kind and row["type"] != kind) or (source and row["source"] != source):
                continue
            if wanted and not wanted & set(row["tags"]) and row["kind"] not in wanted:
                continue
            if fresh_kind and row["kind"] != fresh_kind:
                continue
            out.append(r.score)
        return out

    lines = [f"{len(rows)} items, {len(raters)} raters (sheets {', '.join(map(str, raters))})"]
    if missing:
        lines.append(f"no answers yet for sheet {', '.join(map(str, missing))}")
    lines += ["", summary("all ratings", [r.score for r in ratings])]
    lines += [summary(f"rater {n}", [r.score for r in ratings if r.rater == n]) for n in raters]
    picks = [r for r in ratings if r.picked_right is not None]
    wrong = [r for r in picks if r.picked_right is False]
    lines += ["", f"whole messages: {len(wrong)} of {len(picks)} picks of the suggestion wrong"]
    for kind in ("whole", "feedback"):
        lines.append(summary(kind, scores(kind)))
        for source in ("corpus", "fresh"):
            lines.append(summary(f"  {kind}, {source}", scores(kind, source)))
    pushing = scores("feedback", tags=["pushing"])  # a corpus tag or a fresh kind
    lines.append(summary("notes on pushing messages (feedback)", pushing))
    lines += ["", "per corpus tag (all ratings of messages with it)"]
    for name, group, _least in STRATA:
        if len(group) > 1:
            lines.append(summary(f"  {name}", scores(source="corpus", tags=group)))
    tag_names = sorted({t for row in rows.values() for t in row["tags"]})
    lines += [summary(f"  {t}", scores(source="corpus", tags=[t])) for t in tag_names]
    kinds = sorted({row["kind"] for row in rows.values() if row["kind"]})
    if kinds:
        lines += ["", "per fresh kind"]
        lines += [summary(f"  {k}", scores(source="fresh", fresh_kind=k)) for k in kinds]
    complete = [[r.score for r in rs] for rs in by_item.values() if len(rs) >= 2]
    close = sum(1 for s in complete if max(s) - min(s) <= 1)
    alpha = alpha_ordinal(complete)
    lines += [
        "",
        f"agreement: all raters within one point on {close} of {len(complete)} items;"
        f" Krippendorff's alpha (ordinal) "
        + ("n/a (every score the same)" if alpha is None else f"{alpha:.3f}"),
        "",
        f"worst {WORST}",
    ]

    def mean_of(item: str) -> float:
        return sum(r.score for r in by_item[item]) / len(by_item[item])

    for item in sorted(by_item, key=lambda i: (mean_of(i), i))[:WORST]:
        row = rows[item]
        what = row["kind"] or ", ".join(row["tags"])
        lines += [
            "",
            f"{mean_of(item):.2f} {item} ({row['type']}; {what})",
            f"  message: {shorten(row['original'])}",
            f"  shown: {shorten(row['suggestion'] or row['check'])}",
        ]
        for r in sorted(by_item[item], key=lambda r: r.rater):
            pick = {None: "", True: "", False: ", took the original for the suggestion"}
            given = "" if r.given == r.score else f" (gave {r.given})"
            lines.append(f"  rater {r.rater}: {r.score}{given}{pick[r.picked_right]}: {r.comment}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- detection


def detect_counts(messages: list[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Per kind: messages, with at least one pushing finding, with one listed under "What
    might push" (the check view: not kept as the person's own), with the safety help shown,
    answered as words for the app. The same analysis and order as `alongside check`."""
    from alongside.app.coach import for_yourself
    from alongside.coach import analyse
    from alongside.coach.language import is_english
    from alongside.coach.rewrite import kept_in_view

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for m in messages:
        c = counts[m["kind"]]
        a = analyse(m["text"])
        pushing = [f for f in a.findings if f.polarity == "pushing"]
        c["messages"] += 1
        c["pushing"] += bool(pushing)
        if a.safety.flagged:
            c["safety"] += 1
        elif is_english(a.text) and for_yourself(a):
            c["for the app"] += 1
        elif is_english(a.text) and any(not kept_in_view(f) for f in pushing):
            c["listed"] += 1
        elif is_english(a.text) and getattr(a, "leaning", None) is not None:
            c["hedged"] += 1  # nothing listed, "may land harder than you mean" instead
    return counts


DETECT_COLUMNS = ("messages", "pushing", "listed", "hedged", "safety", "for the app")


def detect_report(messages: list[dict[str, Any]]) -> str:
    counts = detect_counts(messages)
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    width = max([len("all"), *map(len, counts)])
    head = "kind".ljust(width) + "".join(f"  {c:>11}" for c in DETECT_COLUMNS)
    lines = [head]
    for kind, c in [*sorted(counts.items()), ("all", total)]:
        lines.append(kind.ljust(width) + "".join(f"  {c[col]:>11}" for col in DETECT_COLUMNS))
    lines += [
        "",
        "pushing: at least one pushing finding; listed: one shown under 'What might push';",
        "hedged: none listed, and the coach says a sentence may land harder than meant;",
        "safety: the safety help shown first; for the app: answered as words for the app.",
    ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- command line


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare", help="draw the sample and write the sheets and keys")
    p.add_argument("--seed", type=int, required=True)
    p.add_argument("--out", type=Path, required=True, help="a folder outside the repository")
    p.add_argument("--fresh", type=Path, help="fresh messages: id, text, kind per line")
    p.add_argument("--nfresh", type=int, default=40)
    p.add_argument("--ncorpus", type=int, default=44)
    p.add_argument("--corpus", type=Path, default=CORPUS, help=argparse.SUPPRESS)
    s = sub.add_parser("score", help="score the answers in DIR; writes DIR/score.txt")
    s.add_argument("dir", type=Path)
    d = sub.add_parser("detect", help="counts per kind for a fresh-style file (no texts)")
    d.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "prepare":
        if args.out.resolve().is_relative_to(ROOT):
            print(
                f"{args.out} is inside the repository; sheets and keys go outside it",
                file=sys.stderr,
            )
            return 2
        if (args.out / "keys").exists():
            print(f"{args.out} already holds a round; choose a new folder", file=sys.stderr)
            return 2
        prepare(args.seed, args.out, args.fresh, args.nfresh, args.ncorpus, args.corpus)
    elif args.command == "score":
        try:
            report = score_report(args.dir)
        except AnswerError as error:
            print(error, file=sys.stderr)
            return 1
        (args.dir / "score.txt").write_text(report, encoding="utf-8")
        print(report, end="")
    else:
        print(detect_report(read_jsonl(args.file)), end="")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # tests.coach.corpus_guards and tests.cli.inprocess
    raise SystemExit(main(sys.argv[1:]))
