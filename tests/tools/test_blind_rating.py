"""tools/blind_rating.py: the sheets of a blind rating round, its scoring and the detection
counts (docs/rewrite-rating.md, issue 12).

The fresh-style file `tests/data/rating_fresh_sample.jsonl` was written for this test; no
fresh set of a round is read here.
"""

from __future__ import annotations

import importlib.util
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
FRESH = ROOT / "tests" / "data" / "rating_fresh_sample.jsonl"
NCORPUS = 30  # of a slice of ~100: the strata's minimums scale to 14, 7, 7, 7, 7


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "blind_rating", ROOT / "tools" / "blind_rating.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["blind_rating"] = module
    spec.loader.exec_module(module)
    return module


br = _tool()


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def rounds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A corpus slice (every fourth message, and every one the coach now offers a whole
    message for, from the rated output file), prepared with seed 11 twice and seed 12 once."""
    base = tmp_path_factory.mktemp("rating")
    whole = {
        r["id"] for r in _jsonl(ROOT / "tests/data/rewrite_corpus_out.jsonl") if r["suggestion"]
    }
    corpus = _jsonl(br.CORPUS)
    piece = [m for i, m in enumerate(corpus) if i % 4 == 0 or m["id"] in whole]
    sliced = base / "slice.jsonl"
    sliced.write_text("".join(json.dumps(m) + "\n" for m in piece), encoding="utf-8")
    out = {"a": base / "a", "b": base / "b", "c": base / "c"}
    for name, seed in (("a", 11), ("b", 11), ("c", 12)):
        br.prepare(seed, out[name], FRESH, 6, NCORPUS, sliced)
    return out


def _sections(sheet: str) -> dict[str, str]:
    parts = re.split(r"^## ", sheet, flags=re.M)[1:]
    return {p.split()[0]: p for p in parts}


def _quotes(section: str) -> list[str]:
    """The blockquoted texts of a section, in order."""
    blocks = re.findall(r"(?:^>.*\n?)+", section, flags=re.M)
    return ["\n".join(line[2:] for line in b.splitlines()) for b in blocks]


def _scaffold(text: str) -> str:
    """A sheet without the quoted messages and the app's output."""
    text = re.sub(r"^(`{3,})text\n.*?^\1$", "", text, flags=re.M | re.S)
    return "\n".join(line for line in text.splitlines() if not line.startswith(">"))


def test_the_corpus_draw_meets_every_stratum_and_the_fresh_draw_every_kind(
    rounds: dict[str, Path],
) -> None:
    rows = _jsonl(rounds["a"] / "rows.jsonl")
    corpus = [r for r in rows if r["source"] == "corpus"]
    assert len(corpus) == NCORPUS and len({r["id"] for r in corpus}) == NCORPUS
    for name, tags, least in br.quotas(NCORPUS):
        have = sum(1 for r in corpus if tags & set(r["tags"]))
        assert have >= least > 0, name
    fresh = Counter(r["kind"] for r in rows if r["source"] == "fresh")
    assert fresh == Counter(m["kind"] for m in _jsonl(FRESH))


def test_the_doc_minimums_hold_for_44_of_the_whole_corpus_whatever_the_seed() -> None:
    corpus = _jsonl(br.CORPUS)
    for seed in range(20):
        drawn = br.draw_corpus(corpus, 44, random.Random(seed))
        assert len({m["id"] for m in drawn}) == 44
        for name, tags, least in br.STRATA:  # 20 pushing, 10 of each of the others
            assert sum(1 for m in drawn if tags & set(m["tags"])) >= least, (seed, name)


def test_fresh_messages_are_drawn_in_proportion_to_their_kinds() -> None:
    kinds = Counter(pushing=42, limit=12, abuse=12, gentle=14, neutral=12, to_app=8)
    # 40 of 100: 16.8, 4.8, 4.8, 5.6, 4.8, 3.2 -> floors 36, the four largest remainders (.8)
    assert br.fresh_quotas(kinds, 40) == {
        "pushing": 17,
        "limit": 5,
        "abuse": 5,
        "gentle": 5,
        "neutral": 5,
        "to_app": 3,
    }
    assert br.quotas(44) == [(n, t, least) for n, t, least in br.STRATA]


def test_the_same_seed_makes_the_same_round(rounds: dict[str, Path]) -> None:
    names = ["rows.jsonl", "sheet1.md", "sheet2.md", "sheet3.md", "keys/sheet1.json"]
    for name in [*names, "keys/sheet2.json", "keys/sheet3.json"]:
        assert (rounds["a"] / name).read_bytes() == (rounds["b"] / name).read_bytes(), name
    assert (rounds["a"] / "rows.jsonl").read_bytes() != (rounds["c"] / "rows.jsonl").read_bytes()


def test_each_rater_gets_the_items_in_another_order(rounds: dict[str, Path]) -> None:
    orders = []
    for n in (1, 2, 3):
        key = json.loads((rounds["a"] / f"keys/sheet{n}.json").read_text(encoding="utf-8"))
        assert list(key) == [f"Q{i:02d}" for i in range(1, len(key) + 1)]
        orders.append([k["item"] for k in key.values()])
    assert sorted(orders[0]) == sorted(orders[1]) == sorted(orders[2])
    assert len({tuple(o) for o in orders}) == 3


def test_whole_items_show_the_original_and_the_suggestion_as_a_and_b(
    rounds: dict[str, Path],
) -> None:
    rows = {r["item"]: r for r in _jsonl(rounds["a"] / "rows.jsonl")}
    whole = [r for r in rows.values() if r["type"] == "whole"]
    assert whole, "the slice holds messages the coach offers a whole message for"
    letters: Counter[str] = Counter()
    for n in (1, 2, 3):
        key = json.loads((rounds["a"] / f"keys/sheet{n}.json").read_text(encoding="utf-8"))
        sections = _sections((rounds["a"] / f"sheet{n}.md").read_text(encoding="utf-8"))
        assert list(sections) == list(key)
        for label, k in key.items():
            row = rows[k["item"]]
            shown = _quotes(sections[label])
            if row["type"] == "feedback":
                assert "suggestion" not in k and row["suggestion"] is None
                assert shown == [row["original"]]
                assert f"```text\n{row['check']}\n```" in sections[label]
                continue
            a, b = shown
            letters[k["suggestion"]] += 1
            suggested, other = (a, b) if k["suggestion"] == "A" else (b, a)
            assert (suggested, other) == (row["suggestion"], row["original"])
            # what the person is shown: the whole message is in `alongside check`'s output
            assert " ".join(row["suggestion"].split()) in " ".join(row["check"].split())
    assert letters["A"] and letters["B"]


def test_the_check_output_is_what_a_person_in_britain_sees(rounds: dict[str, Path]) -> None:
    rows = {r["item"]: r for r in _jsonl(rounds["a"] / "rows.jsonl")}
    keys_taken = rows["fresh:x-003"]["check"]  # car keys taken: the safety help comes first
    assert "United Kingdom" in keys_taken and "999" in keys_taken
    assert "\x1b[" not in "".join(r["check"] for r in rows.values())  # no colour codes


def test_sheets_and_rater_notes_do_not_give_the_key_away(rounds: dict[str, Path]) -> None:
    telling = re.compile(r"suggest|original|coach|rewrit|gentler|draft|app's", re.I)
    for n in (1, 2, 3):
        sheet = (rounds["a"] / f"sheet{n}.md").read_text(encoding="utf-8")
        rest = _scaffold(sheet)
        assert not telling.search(rest), telling.search(rest)
        for label, section in _sections(sheet).items():
            if "(two versions)" in section:
                lines = [x for x in _scaffold(section).splitlines() if x.strip()]
                assert lines == [f"{label} (two versions)", "Version A", "Version B"]
    notes = {
        name: (rounds[name] / "RATER.md")
        .read_text(encoding="utf-8")
        .replace(str(rounds[name]), "DIR")
        for name in ("a", "c")
    }
    assert notes["a"] == notes["c"]  # nothing in it depends on the seed's key
    assert br.rubric() in notes["a"] and "| 5 | What a therapist would suggest" in notes["a"]
    assert "DIR/answersN.json" in notes["a"]


def _folder(tmp_path: Path, answers: dict[int, dict[str, dict[str, Any]]]) -> Path:
    """Three items: w1 (whole, corpus, pushing), w2 (whole, fresh, pushing), f1 (feedback,
    corpus, gentle); each sheet lists them in its own order."""
    rows = [
        {"item": "corpus:w1", "source": "corpus", "id": "w1", "tags": ["pushing"], "kind": None,
         "type": "whole", "original": "You never help.", "suggestion": "Could you help?",
         "check": "…"},
        {"item": "fresh:w2", "source": "fresh", "id": "w2", "tags": [], "kind": "pushing",
         "type": "whole", "original": "Typical.", "suggestion": "I'm let down.", "check": "…"},
        {"item": "corpus:f1", "source": "corpus", "id": "f1", "tags": ["gentle"], "kind": None,
         "type": "feedback", "original": "Thanks x", "suggestion": None, "check": "Lovely."},
    ]  # fmt: skip
    (tmp_path / "keys").mkdir()
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    keys = {
        1: {"Q01": {"item": "corpus:w1", "suggestion": "A"},
            "Q02": {"item": "fresh:w2", "suggestion": "B"}, "Q03": {"item": "corpus:f1"}},
        2: {"Q01": {"item": "corpus:f1"}, "Q02": {"item": "corpus:w1", "suggestion": "B"},
            "Q03": {"item": "fresh:w2", "suggestion": "A"}},
        3: {"Q01": {"item": "fresh:w2", "suggestion": "A"}, "Q02": {"item": "corpus:f1"},
            "Q03": {"item": "corpus:w1", "suggestion": "A"}},
    }  # fmt: skip
    for n, key in keys.items():
        (tmp_path / f"keys/sheet{n}.json").write_text(json.dumps(key))
    for n, given in answers.items():
        (tmp_path / f"answers{n}.json").write_text(json.dumps(given))
    return tmp_path


ANSWERS: dict[int, dict[str, dict[str, Any]]] = {
    # w1: 4, picked right; w2: 3, right; f1: 5
    1: {"Q01": {"suggestion": "A", "score": 4, "comment": "kept the facts"},
        "Q02": {"suggestion": "B", "score": 3, "comment": "stiff"},
        "Q03": {"score": 5, "comment": "concrete"}},
    # f1: 4; w1: took A (the original) for the suggestion and scored it 4 -> 1; w2: 2, right
    2: {"Q01": {"score": 4, "comment": "ok"},
        "Q02": {"suggestion": "A", "score": 4, "comment": "A reads better"},
        "Q03": {"suggestion": "a", "score": 2, "comment": "same push"}},
    # w2: took B (the original) and scored it 2 -> 2; f1: 4; w1: 5, right
    3: {"Q01": {"suggestion": "B", "score": 2, "comment": "no better"},
        "Q02": {"score": 4, "comment": "fine"},
        "Q03": {"suggestion": "A", "score": 5, "comment": "sounds like them"}},
}  # fmt: skip


def test_scoring_counts_a_wrong_pick_against_the_suggestion(tmp_path: Path) -> None:
    # what counts: w1 4, 1, 5; w2 3, 2, 2; f1 5, 4, 4
    report = br.score_report(_folder(tmp_path, ANSWERS))
    lines = report.splitlines()
    assert "all ratings: mean 3.33 over 9 ratings, 33% rated 1-2 (3), 1 rated 1" in lines
    assert "rater 2: mean 2.33 over 3 ratings, 67% rated 1-2 (2), 1 rated 1" in lines
    assert "whole messages: 2 of 6 picks of the suggestion wrong" in lines
    assert "whole: mean 2.83 over 6 ratings, 50% rated 1-2 (3), 1 rated 1" in lines
    assert "  whole, corpus: mean 3.33 over 3 ratings, 33% rated 1-2 (1), 1 rated 1" in lines
    assert "  whole, fresh: mean 2.33 over 3 ratings, 67% rated 1-2 (2), 0 rated 1" in lines
    assert "feedback: mean 4.33 over 3 ratings, 0% rated 1-2 (0), 0 rated 1" in lines
    assert "  feedback, fresh: none" in lines
    assert "notes on pushing messages (feedback): none" in lines
    assert "  gentle: mean 4.33 over 3 ratings, 0% rated 1-2 (0), 0 rated 1" in lines
    assert "  pushing: mean 2.33 over 3 ratings, 67% rated 1-2 (2), 0 rated 1" in lines
    # alpha: hand-computed below (95/513)
    assert (
        "agreement: all raters within one point on 2 of 3 items; Krippendorff's alpha"
        " (ordinal) 0.185" in lines
    )
    worst = lines[lines.index("worst 15") + 2 :]
    assert worst[0] == "2.33 fresh:w2 (whole; pushing)"
    assert "  rater 2: 1 (gave 4), took the original for the suggestion: A reads better" in lines


def test_scoring_refuses_an_unanswered_item(tmp_path: Path) -> None:
    answers = {n: dict(a) for n, a in ANSWERS.items()}
    del answers[2]["Q02"]
    answers[3]["Q01"] = {"suggestion": "C", "score": 2, "comment": "?"}
    folder = _folder(tmp_path, answers)
    with pytest.raises(br.AnswerError, match="Q02: not answered"):
        br.score_report(folder)
    assert br.main(["score", str(folder)]) == 1
    assert not (folder / "score.txt").exists()


def test_the_score_command_writes_score_txt(tmp_path: Path) -> None:
    folder = _folder(tmp_path, ANSWERS)
    assert br.main(["score", str(folder)]) == 0
    assert (folder / "score.txt").read_text(encoding="utf-8") == br.score_report(folder)


def test_wrong_pick_rule() -> None:
    assert [br.effective(s, False) for s in (1, 2, 3, 4, 5)] == [2, 2, 1, 1, 1]
    assert [br.effective(s, True) for s in (1, 5)] == [1, 5]
    assert br.effective(3, None) == 3


def test_krippendorffs_alpha_ordinal_by_hand() -> None:
    # Two raters, units (1,2), (3,3), (4,5): n_1..n_5 = 1, 1, 2, 1, 1 (n = 6); observed
    # disagreement only within units 1 and 3: o_12 = o_21 = o_45 = o_54 = 1, each with
    # delta^2 = (1 + 1 - 1)^2 = 1, so sum o*d2 = 4. Expected: sum over c < k of
    # n_c n_k delta^2_ck = 1 + 2(6.25) + 16 + 25 + 2(2.25) + 9 + 16 + 2(2.25) + 2(6.25) + 1
    # = 102, twice for both orders = 204. alpha = 1 - (n - 1) 4 / 204 = 46/51.
    assert br.alpha_ordinal([(1, 2), (3, 3), (4, 5)]) == pytest.approx(46 / 51)
    # The scoring example above: units (4,1,5), (3,2,2), (5,4,4); n = 1, 2, 1, 3, 2 (n = 9);
    # sum o*d2 = 25 + 18.75 + 56.25 + 4.5 = 104.5; sum n_c n_k d2 = 2 * 513;
    # alpha = 1 - 8 * 104.5 / 1026 = 95/513.
    assert br.alpha_ordinal([(4, 1, 5), (3, 2, 2), (5, 4, 4)]) == pytest.approx(95 / 513)
    # Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers, 12
    # units with missing values; ordinal alpha 0.815.
    units = [(1, 1, 1), (2, 2, 3, 2), (3, 3, 3, 3), (3, 3, 3, 3), (2, 2, 2, 2), (1, 2, 3, 4),
             (4, 4, 4, 4), (1, 1, 2, 1), (2, 2, 2, 2), (5, 5, 5), (1, 1), (3,)]  # fmt: skip
    assert br.alpha_ordinal(units) == pytest.approx(0.815, abs=5e-4)
    assert br.alpha_ordinal([(4, 4), (4, 4, 4)]) is None  # no variation: undefined


def test_detect_counts_without_showing_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    counts = br.detect_counts(_jsonl(FRESH))
    assert counts["pushing"]["pushing"] == 1 and counts["pushing"]["listed"] == 1
    assert counts["abuse"]["safety"] == 1  # car keys taken, not allowed out
    assert counts["to_app"]["for the app"] == 1  # asking the app how to say it
    for kind in ("gentle", "neutral"):
        assert counts[kind]["pushing"] == 0 and counts[kind]["safety"] == 0
    assert br.main(["detect", str(FRESH)]) == 0
    said = capsys.readouterr().out
    assert "all" in said and "for the app" in said
    for m in _jsonl(FRESH):
        assert m["text"][:12] not in said
