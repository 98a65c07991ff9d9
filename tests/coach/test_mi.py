"""MI counts (P14, P17): every example in questions_mi.toml, transcripts, thresholds, bad files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.coach.mi import (
    count_lines,
    count_text,
    decode_transcript,
    mi_rules,
    read_transcript,
)
from alongside.errors import InvalidInput

EXAMPLES: list[dict[str, Any]] = list(mi_rules().examples)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["line"] for e in EXAMPLES])
def test_example_line_is_counted_as_written(example: dict[str, Any]) -> None:
    counts = count_text(example["line"])
    for kind in ("open", "closed", "simple", "complex", "confront"):
        assert counts.count(kind) == example.get(kind, 0), kind


TRANSCRIPT = """me: I noticed you seemed tired after work today.
partner: Yeah. Long day, and you keep bringing up therapy.
me: It sounds like you're worn out, and the therapy talk feels like one more thing.
me: What would make tonight easier?
partner: Just quiet.
me: You'd like some quiet. That makes sense.
"""


def test_only_my_lines_count_in_a_marked_transcript() -> None:
    counts = count_text(TRANSCRIPT)
    assert counts.my_lines == 4 and counts.partner_lines == 2
    assert counts.count("open") == 1 and counts.count("closed") == 0
    assert counts.count("complex") == 1 and counts.count("simple") == 1
    assert counts.ratio == 2.0
    assert counts.ratio_level == "good"
    assert counts.percent_open == 1.0
    assert "good" in counts.comment


def test_a_list_of_my_lines_without_prefixes_all_count() -> None:
    counts = count_lines(["Do you want to go?", "Will you think about it?", "What worries you?"])
    assert counts.questions == 3 and counts.reflections == 0
    assert counts.ratio == 0.0 and counts.ratio_level == "below fair"
    assert "It sounds like" in counts.comment


@pytest.mark.parametrize(
    ("lines", "level"),
    [
        (["What do you think?", "It sounds like you're unsure."], "fair"),
        (["What do you think?", "You're unsure.", "Part of you wants to."], "good"),
        (["What do you think?", "How come?"], "below fair"),
    ],
)
def test_miti_ratio_levels(lines: list[str], level: str) -> None:
    assert count_lines(lines).ratio_level == level


CONFRONTING = """me: What worries you about it?
partner: I don't know. That they'll judge me.
me: You're worried about being judged.
me: It sounds like that feels really exposing.
me: You're the one with the problem, though.
me: Why won't you just see someone?
me: You always do this.
partner: Here we go.
me: So you feel I keep going on about it.
me: Part of you wants things to be easier.
"""


def test_three_confrontations_never_reach_good() -> None:
    counts = count_text(CONFRONTING)
    assert counts.confrontations == 3
    assert counts.reflections >= 2 * counts.questions  # 2:1 on the ratio alone
    assert counts.ratio_level == "below fair"
    assert "pushed 3 times" in counts.comment and "good" not in counts.comment
    one = count_text("\n".join(CONFRONTING.splitlines()[:5]))
    assert one.confrontations == 1 and one.ratio_level == "fair"


def test_a_you_sentence_is_a_reflection_only_if_it_restates_the_partner() -> None:
    said = "partner: I'm exhausted and work has been brutal."
    heard = count_text(f"{said}\nme: You're exhausted from work.")
    assert heard.reflections == 1
    changed_subject = count_text(f"{said}\nme: You left your keys on the table.")
    assert changed_subject.reflections == 0


def test_no_questions_and_no_reflections_get_a_kind_nudge() -> None:
    counts = count_text("I made dinner.\nI love you.")
    assert counts.ratio is None and counts.ratio_level is None
    assert "open" in counts.comment


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_counting_never_raises(text: str) -> None:
    counts = count_text(text)
    assert counts.questions >= 0 and counts.reflections >= 0
    assert counts.to_json()["comment"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\x00\x01\x02binary", "binary"),
        (b"\xff\xfe\xfa caf\xe9", "UTF-8"),
        (b"", "empty"),
        (b"  \n\t\n", "empty"),
    ],
)
def test_bad_transcripts_get_a_clear_sentence(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        decode_transcript(data, "talk.txt")


def test_missing_files_and_folders_are_clear(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There is no file"):
        read_transcript(tmp_path / "nope.txt")
    with pytest.raises(InvalidInput, match="folder"):
        read_transcript(tmp_path)


def test_a_utf8_file_with_a_byte_order_mark_reads(tmp_path: Path) -> None:
    path = tmp_path / "talk.txt"
    path.write_bytes("\ufeffme: What worries you?\n".encode())
    assert count_text(read_transcript(path)).count("open") == 1


NAMED = """Alex: How was your day?
Sam: Fine. Long.
Alex: Sounds like it wore you out.
Sam: Yeah, my boss keeps piling stuff on.
Alex: You're feeling stuck between needing the job and hating how it's going.
"""


def test_named_speakers_count_once_you_say_which_one_you_are() -> None:
    counts = count_text(NAMED, me="alex")
    assert counts.my_lines == 3 and counts.partner_lines == 2
    assert counts.count("open") == 1 and counts.reflections == 2
    assert count_text(NAMED, me="Sam").my_lines == 2


def test_named_speakers_without_me_ask_which_one_is_you() -> None:
    with pytest.raises(
        InvalidInput, match=r"The speakers here are Alex and Sam\. Which one is you"
    ):
        count_text(NAMED)
    with pytest.raises(InvalidInput, match="No one called Bob speaks"):
        count_text(NAMED, me="Bob")


def test_me_among_named_speakers_is_found_without_asking() -> None:
    counts = count_text(NAMED.replace("Alex:", "Me:"))
    assert counts.my_lines == 3 and counts.partner_lines == 2


def test_a_colon_in_one_sentence_is_not_a_speaker() -> None:
    counts = count_text("Here's the thing: what worries you most?\nIt sounds like you're scared.")
    assert counts.my_lines == 2 and counts.partner_lines == 0
    assert counts.count("open") == 1


def test_one_question_and_two_reflections_read_in_the_singular() -> None:
    counts = count_text("What worries you?\nIt sounds like you're scared.\nYou feel alone.")
    assert "2 reflections to 1 question," in counts.comment
