"""`alongside questions` and `alongside reflect` in-process (see the `cli` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import RunCli


def test_questions_by_topic_and_stage(cli: RunCli) -> None:
    result = cli("questions", "--topic", "fears", "--stage", "considering")
    assert result.returncode == 0, result.stderr
    assert "For a partner who is considering it" in result.stdout
    assert "What worries you most about therapy?" in result.stdout
    assert "Money and time" not in result.stdout


def test_questions_json_lists_every_topic_without_filters(cli: RunCli) -> None:
    result = cli("questions", "--json")
    topics = {q["topic"] for q in json.loads(result.stdout)}
    assert topics == {
        "fears",
        "cost",
        "format",
        "stigma",
        "past",
        "daily-life",
        "values",
        "drinking",
        "medication",
        "grief",
        "anger",
    }


def test_unknown_topic_is_a_clear_message(cli: RunCli) -> None:
    result = cli("questions", "--topic", "money")
    assert result.returncode == 2
    assert "Try one of: daily-life, values, drinking" in result.stderr


def test_score_a_transcript_file(cli: RunCli, tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text(
        "me: What worries you most?\npartner: The cost.\n"
        "me: It sounds like money feels tight and that scares you.\n"
        "me: Part of you is curious too.\n",
        encoding="utf-8",
    )
    result = cli("questions", "--score", str(talk))
    assert result.returncode == 0, result.stderr
    assert "Open questions:       1" in result.stdout
    assert "Complex reflections:  2" in result.stdout
    assert "2.0 : 1 (good)" in result.stdout
    data = json.loads(cli("reflect", str(talk), "--json").stdout)
    assert data["reflection_to_question"] == 2.0 and data["ratio_level"] == "good"


def test_reflect_reads_stdin(cli: RunCli) -> None:
    result = cli("reflect", "-", input="Do you want to go?\nWill you?\n")
    assert result.returncode == 0, result.stderr
    assert "Closed questions:     2" in result.stdout


def test_bad_files_get_a_clear_sentence_and_no_traceback(cli: RunCli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\x00\x10JFIF")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("me: qu'est-ce qui t'inquiète ?".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for path, words in ((binary, "binary"), (latin, "UTF-8"), (empty, "empty")):
        result = cli("reflect", str(path))
        assert result.returncode == 2, result.stdout
        assert words in result.stderr
        assert "Traceback" not in result.stderr
    missing = cli("questions", "--score", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "There is no file" in missing.stderr


def test_reflect_with_named_speakers_asks_for_me_then_counts(cli: RunCli, tmp_path: Path) -> None:
    talk = tmp_path / "talk.txt"
    talk.write_text(
        "Alex: What worries you most?\nSam: The cost.\n"
        "Alex: It sounds like money feels tight and that scares you.\nSam: Yes.\n",
        encoding="utf-8",
    )
    asked = cli("reflect", str(talk))
    assert asked.returncode == 2
    assert "The speakers here are Alex and Sam. Which one is you?" in asked.stderr
    assert "Traceback" not in asked.stderr
    counted = cli("reflect", str(talk), "--me", "Alex", "--json")
    assert counted.returncode == 0, counted.stderr
    data = json.loads(counted.stdout)
    assert data["my_lines"] == 2 and data["partner_lines"] == 2


def test_help_names_every_topic(cli: RunCli) -> None:
    from alongside.coach.questions import question_bank

    result = cli("questions", "--help")
    assert result.returncode == 0
    words = " ".join(result.stdout.replace("│", " ").split())
    for topic in question_bank().topics:
        assert topic in words, topic
