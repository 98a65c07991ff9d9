"""tools/train_meaning.py, tools/write_counsellor.py, tools/write_definitions.py and
tools/write_reflect.py: which text trains which head."""

from __future__ import annotations

import json
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parents[2] / "tools"
sys.path.insert(0, str(TOOLS))

import train_meaning  # noqa: E402
import write_counsellor  # noqa: E402
import write_definitions  # noqa: E402
import write_reflect  # noqa: E402

from alongside.coach.learned import LEAN_HEAD, sentences  # noqa: E402
from alongside.coach.rules import rules  # noqa: E402


def _write(path: Path, rows: list[tuple[str, list[str]]]) -> None:
    path.write_text("".join(json.dumps({"text": t, "findings": f}) + "\n" for t, f in rows))


def test_counsellor_talk_trains_only_the_counsellor_heads(tmp_path: Path) -> None:
    assert {
        "counsellor.jsonl",
        "reflect_counsellor.jsonl",
        "reflect_partner.jsonl",
    } == train_meaning.COUNSELLOR_FILES
    assert {"definitions.jsonl", "implicit.jsonl", "sarcasm18.jsonl"} == train_meaning.HELD_BACK
    _write(tmp_path / "written.jsonl", [("Thanks for sorting the bins, love.", ["appreciation"])])
    _write(
        tmp_path / "counsellor.jsonl",
        [("You've clearly thought hard about your drinking.", ["appreciation"])],
    )
    _write(
        tmp_path / "definitions.jsonl",
        [("Good on you for reaching out to your sister.", ["appreciation"])],
    )
    data = train_meaning.units(tmp_path)
    names = train_meaning.heads()
    mask = train_meaning.learns_from(data, names)
    row = {u[2]: r for r, u in enumerate(data)}
    partner = row["Thanks for sorting the bins, love."]
    talk = row["You've clearly thought hard about your drinking."]
    assert data[talk][3] and not data[partner][3]
    assert "appreciation" in data[talk][1]
    for h, name in enumerate(names):
        assert mask[partner, h] == 1.0
        assert mask[talk, h] == (1.0 if name in train_meaning.COUNSELLOR_HEADS else 0.0)
    assert train_meaning.COUNSELLOR_HEADS <= train_meaning.SHIPPED
    # the held-back text trains no head: it is not read
    assert "Good on you for reaching out to your sister." not in row


def test_the_counsellor_text_is_what_the_writer_writes() -> None:
    rows = write_counsellor.generate()
    shipped = write_counsellor.OUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in shipped] == rows
    labels = {f for r in rows for f in r["findings"]}  # type: ignore[attr-defined]
    assert {"permission", "unsolicited_advice", "pressure", "appreciation"} <= labels
    assert sum(not r["findings"] for r in rows) > 1000  # many counsellor negatives


def test_the_definitions_text_is_what_the_writer_writes() -> None:
    rows = write_definitions.generate()
    shipped = write_definitions.OUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in shipped] == rows
    labels = {f for r in rows for f in r["findings"]}  # type: ignore[attr-defined]
    assert {"validation", "reassurance", "appreciation", "unsolicited_advice"} <= labels
    assert {"absolute", "label", "blame", "pressure"} <= labels  # the thinking traps
    assert sum(not r["findings"] for r in rows) > 500  # information, self-disclosure, ...
    texts = [str(r["text"]) for r in rows]
    assert len(set(texts)) == len(texts)
    # the speakers vary: a supporter's reply, and a person's own thought
    assert any(t.startswith(("After ", "Since ")) for t in texts)
    assert any(" u " in f" {t} " for t in texts)  # texting


def test_the_reflect_text_is_what_the_writer_writes() -> None:
    built = write_reflect.build()
    for kind, name in (
        ("counsellor", "reflect_counsellor.jsonl"),
        ("partner", "reflect_partner.jsonl"),
    ):
        shipped = (write_reflect.OUT / name).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line) for line in shipped] == built[kind]
    rows = built["counsellor"] + built["partner"]
    assert len(rows) >= 1500
    texts = [str(r["text"]) for r in rows]
    assert len(set(texts)) == len(texts)
    reflections = [t for r, t in zip(rows, texts, strict=True) if r["findings"] == ["validation"]]
    # most reflections carry no marker, as most real reflections have none
    marked = [t for t in reflections if "sounds like" in t.lower() or "so you feel" in t.lower()]
    assert len(reflections) > 600 and not marked
    labels = {f for r in rows for f in r["findings"]}  # type: ignore[attr-defined]
    assert {"appreciation", "reassurance", "unsolicited_advice", "permission", "absolute"} <= labels
    assert sum(not r["findings"] for r in rows) > 400  # hard negatives in the same voices


def test_a_reflect_text_block_needs_its_header(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_text("# validation, absolute | someone\nYou never rest.\n# none | x\nHi.\n")
    assert write_reflect.read_blocks(path) == [
        {"text": "You never rest.", "findings": ["validation", "absolute"]},
        {"text": "Hi.", "findings": []},
    ]
    path.write_text("No header here.\n")
    try:
        write_reflect.read_blocks(path)
    except SystemExit as err:
        assert "header" in str(err)
    else:
        raise AssertionError("a sentence before any header must stop the writer")


def test_pushing_text_teaches_kind_heads_only_what_it_names(tmp_path: Path) -> None:
    assert {"writer13.jsonl", "push18.jsonl"} <= train_meaning.PUSHING_FILES
    plain = "I'd love it if you came to the open day with me, only if you want to."
    named = "Thank you for sorting the car, honestly a lifesaver."
    push = "Oh well done, you emptied one bin, shall I call the papers."
    _write(
        tmp_path / "writer13.jsonl",
        [(plain, []), (named, ["appreciation"]), (push, ["contempt"])],
    )
    _write(tmp_path / "written.jsonl", [("Thanks for sorting the bins, love.", ["appreciation"])])
    data = train_meaning.units(tmp_path)
    names = train_meaning.heads()
    mask = train_meaning.learns_from(data, names)
    row = {u[2]: r for r, u in enumerate(data)}
    pushing = {"contempt", "criticism", "pressure", "leans_pushing"}
    for h, name in enumerate(names):
        assert mask[row[push], h] == (0.0 if name in _KIND else 1.0), name
        if name in pushing:
            assert mask[row[plain], h] == 1.0  # "nothing pushes here" teaches the pushing heads
        if name in _KIND:
            # ... and a kind head only where its own words or the rules name that kind
            assert mask[row[plain], h] == (1.0 if name in data[row[plain]][1] else 0.0)
            assert mask[row[named], h] == (1.0 if name == "appreciation" else 0.0)
        assert mask[row["Thanks for sorting the bins, love."], h] == 1.0
    assert "validation" in names and mask[row[plain], names.index("validation")] == 0.0


_KIND = {rule.id for rule in rules() if rule.polarity == "inviting"}


def test_lean_text_teaches_the_lean_head_alone(tmp_path: Path) -> None:
    assert {"writer15.jsonl", "writer16.jsonl", "writer17.jsonl"} <= train_meaning.LEAN_FILES
    assert not train_meaning.LEAN_FILES & train_meaning.PUSHING_FILES
    push = "Wow a whole bin emptied, someone call the council."
    kind = "Want me to grab your prescription too while I'm out?"
    shared = "Thanks for sorting the bins, love."
    _write(tmp_path / "writer15.jsonl", [(push, ["contempt"]), (kind, []), (shared, [])])
    _write(tmp_path / "written.jsonl", [(shared, ["appreciation"])])
    data = train_meaning.units(tmp_path)
    names = train_meaning.heads()
    mask = train_meaning.learns_from(data, names)
    row = {u[2]: r for r, u in enumerate(data)}
    for h, name in enumerate(names):
        lean = 1.0 if name == LEAN_HEAD else 0.0
        assert mask[row[push], h] == lean, name
        assert mask[row[kind], h] == lean, name
        # a line written elsewhere too is read by every head, as that file's lines are
        assert mask[row[shared], h] == 1.0, name


def test_the_lean_head_has_its_own_penalty() -> None:
    assert train_meaning.L2_FOR[LEAN_HEAD] < train_meaning.L2
    assert set(train_meaning.L2_FOR) == {LEAN_HEAD}


def test_a_whole_message_teaches_the_lean_head_alone_and_weighs_more(tmp_path: Path) -> None:
    """MESSAGE_FILES: one unit of all of a message's words, for the lean head only, weighed
    MESSAGE_WEIGHT times a sentence, labelled by the file (not by what a rule reads in it)."""
    assert train_meaning.MESSAGE_WEIGHT > 1.0
    push = "Lovely dinner tonight. Shame you spent it on your phone. Again."
    kind = "Lovely dinner tonight. Thank you for putting your phone away, it meant a lot."
    (tmp_path / "messages_look.jsonl").write_text(
        json.dumps({"text": push, "findings": [LEAN_HEAD]})
        + "\n"
        + json.dumps({"text": kind, "findings": []})
        + "\n",
        encoding="utf-8",
    )
    _write(tmp_path / "written.jsonl", [("Thanks for sorting the bins, love.", ["appreciation"])])
    data = train_meaning.units(tmp_path)
    names = train_meaning.heads()
    mask = train_meaning.learns_from(data, names)
    row = {u[2]: r for r, u in enumerate(data)}
    assert data[row[push]][0] == [w for s in sentences(push) for w in s.words]
    for h, name in enumerate(names):
        weight = train_meaning.MESSAGE_WEIGHT if name == LEAN_HEAD else 0.0
        assert mask[row[push], h] == weight, name
        assert mask[row[kind], h] == weight, name
    assert train_meaning._labelled(data[row[push]][1], LEAN_HEAD)
    assert not train_meaning._labelled(data[row[kind]][1], LEAN_HEAD)


def test_the_message_file_holds_only_whole_messages_and_the_lean_label() -> None:
    path = train_meaning.TRAINING / "messages_look.jsonl"
    lines = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(lines) > 900
    assert all(line["findings"] in ([], [LEAN_HEAD]) for line in lines)
    assert len({line["text"] for line in lines}) == len(lines)
