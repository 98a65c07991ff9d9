"""`alongside check` in-process (see the `cli` fixture); one real run of the installed command
with broken bytes on stdin."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from alongside.vault import create_vault, open_vault
from tests.conftest import CLI, TEST_PASSPHRASE, RunCli

EXAMPLE = "You never listen. You need therapy or we're done."


def run_bytes(stdin: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The installed command as a real process (a smoke test of `check`)."""
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run(
        [str(CLI), "check", *args], input=stdin, capture_output=True, env=env, timeout=60
    )


def test_check_highlights_names_explains_and_rewrites(cli: RunCli) -> None:
    result = cli("check", EXAMPLE)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert EXAMPLE in out
    for words in ("“never”", "“You need therapy”", "“or we're done”"):
        assert words in out
    assert "— an ultimatum" in out
    assert "P6" not in out and "PIUS" not in out and "rules_pushing" not in out
    assert "Why: " in out
    assert "Gentler: " in out
    # an ultimatum is a limit the composer cannot say for the person (blind raters: "things
    # can't stay as they are" weakened it): no whole message; each sentence has its note, and
    # is not listed again under "Left for you" (raters: "See note 1 above" only repeated it)
    assert "A gentler whole message" not in out
    assert "Left for you to put in your own words" not in out and "See note" not in out
    assert "what you will do" in " ".join(out.split())  # help as a condition: going oneself
    assert "either way" not in out and "I feel" not in out


def test_check_why_shows_the_principles_and_rules(cli: RunCli) -> None:
    result = cli("check", "--why", EXAMPLE)
    assert result.returncode == 0, result.stderr
    assert "Principles: P6, P19, P1 · rule: rules_pushing.toml:ultimatum#" in result.stdout


def test_check_feel_names_the_feeling_the_person_picked(cli: RunCli) -> None:
    text = "Every time I bring it up, you walk away."
    plain = cli("check", text).stdout
    # no feeling is put in their message for them (the idea may offer one, "if that is true")
    assert "walk away. I feel" not in plain and "--feel" in plain
    result = cli("check", "--feel", "Let down", text)
    assert result.returncode == 0, result.stderr
    assert "Every time I bring it up, you walk away. I feel let down." in result.stdout
    data = json.loads(cli("check", "--json", "--feel", "hurt", text).stdout)
    assert data["suggestion"].startswith("Every time I bring it up, you walk away. I feel hurt.")
    assert "hurt" in data["feelings"]


def test_check_feel_that_is_not_a_feeling_gets_a_plain_sentence(cli: RunCli) -> None:
    result = cli("check", "--feel", "[x]; rm -rf", "You never listen.")
    assert result.returncode == 2
    assert "a feeling in a word or two" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_names_what_is_already_good(cli: RunCli) -> None:
    result = cli("check", "I feel lonely lately. Would you be open to one session, just to see?")
    assert result.returncode == 0, result.stderr
    assert "Nothing here looks pushing" in result.stdout
    assert "What already invites" in result.stdout
    assert "asking first, or offering gently" in result.stdout
    assert "a small first step" in result.stdout


def test_check_json_has_spans_that_point_at_the_words(cli: RunCli) -> None:
    result = cli("check", "--json", EXAMPLE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"absolute", "therapy_as_fix", "ultimatum"} <= set(data["categories"])
    words = {f["id"]: EXAMPLE[f["start"] : f["end"]] for f in data["findings"]}
    assert words["ultimatum"] == "or we're done"
    assert data["safety"]["flagged"] is False
    assert data["suggestion"] is None  # the limit is the person's to say (issue 12)
    left = [x["sentence"] for x in data["left_for_you"]]
    assert left == ["You never listen.", "You need therapy or we're done."]


def test_a_long_letter_lists_a_dozen_findings_and_counts_the_rest(cli: RunCli) -> None:
    letter = "You never call me back. I appreciate you. " * 40
    result = cli("check", input=letter)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "What might push (40)" in out
    assert "12. “never”" in out and "13. " not in out
    assert "…and 28 more, highlighted above — an absolute (always / never): 28" in out
    # forty "I appreciate you" are one point, said once, quoting the words once
    assert "What already invites (1)" in out
    assert out.count("— appreciation") == 1 and "appreciation: 28" not in out


def test_check_reads_the_message_from_stdin(cli: RunCli) -> None:
    result = cli("check", "--json", input="You always interrupt me.\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["categories"] == ["absolute"]


def test_jsonl_keeps_one_line_per_input_line(cli: RunCli) -> None:
    lines = [EXAMPLE, "", "   ", "What worries you most?", "I feel sad 😀", "\x00\x0b日本語"]
    result = cli("check", "--jsonl", input="\n".join(lines) + "\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    assert len(out) == len(lines)
    objects = [json.loads(line) for line in out]
    for obj in objects:
        assert set(obj) == {"categories", "findings", "safety"}
        assert set(obj["safety"]) == {"flagged", "kinds"}
    assert "ultimatum" in objects[0]["categories"]
    assert objects[1] == {
        "categories": [],
        "findings": [],
        "safety": {"flagged": False, "kinds": []},
    }
    assert objects[2]["findings"] == []
    assert objects[3]["categories"] == ["open_question"]
    finding = objects[0]["findings"][0]
    assert set(finding) == {"id", "start", "end", "principles", "why", "rewrite"}


def test_jsonl_survives_invalid_utf8_and_a_missing_final_newline() -> None:
    stdin = b"You never listen.\n\xff\xfe broken \xc3\x28 bytes\nno newline at the end"
    result = run_bytes(stdin, "--jsonl")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode().splitlines()
    assert len(out) == 3
    assert json.loads(out[0])["categories"] == ["absolute"]
    assert json.loads(out[1])["safety"]["flagged"] is False
    assert b"Traceback" not in result.stderr


def test_jsonl_flags_safety_per_line(cli: RunCli) -> None:
    result = cli("check", "--jsonl", input="He hit me last night.\nThanks for dinner.\n")
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert first["safety"]["flagged"] is True
    assert first["safety"]["kinds"]
    assert second["safety"]["flagged"] is False


def test_jsonl_refuses_a_message_argument(cli: RunCli) -> None:
    result = cli("check", "--jsonl", "hello", input="")
    assert result.returncode == 2
    assert "reads messages from stdin" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("message", ["", "   \n\t"])
def test_an_empty_message_gets_a_clear_sentence(cli: RunCli, message: str) -> None:
    result = cli("check", message)
    assert result.returncode == 2
    assert "The message is empty" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_huge_message_is_refused_kindly(cli: RunCli) -> None:
    result = cli("check", input="a" * 20_001)
    assert result.returncode == 2
    assert "long message (20,001 characters). The coach reads up to 20,000" in result.stderr


def test_danger_shows_safety_and_resources_instead_of_coaching(cli: RunCli) -> None:
    text = "He shoved me into the wall last week. You never listen and you need therapy."
    result = cli("check", "--country", "GB", text)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Your safety comes first" in out
    assert "999" in out
    assert "More help" in out and "alongside safety" in out  # the rest, one command away
    assert "Gentler:" not in out
    assert "A gentler whole message" not in out


def test_danger_with_an_unknown_country_still_shows_help(cli: RunCli) -> None:
    result = cli("check", "--country", "Atlantis", "I'm afraid he will hurt me.")
    assert result.returncode == 0, result.stderr
    assert "We don't have a list of helplines for Atlantis" in result.stdout
    assert "People you can reach" in result.stdout


def test_terminal_escapes_in_a_message_are_not_printed(cli: RunCli) -> None:
    result = cli("check", "You never listen.\x1b[2J\x1b]0;title\x07 Really.")
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout
    assert "\x07" not in result.stdout
    assert "“never”" in result.stdout


def test_check_help_has_an_example(cli: RunCli) -> None:
    result = cli("check", "--help")
    assert result.returncode == 0
    assert 'Example: alongside check "' in result.stdout


def test_save_keeps_the_message_and_findings_in_the_vault(cli: RunCli, app_home: Path) -> None:
    create_vault(app_home / "vault.db", TEST_PASSPHRASE).close()
    result = cli("check", "--save", EXAMPLE, passphrase=TEST_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "Saved to your private record" in result.stdout
    with open_vault(app_home / "vault.db", TEST_PASSPHRASE) as vault:
        (entry,) = vault.list("message")
    assert entry.fields["text"] == EXAMPLE
    assert entry.fields["pushing"] == 3
    assert entry.fields["inviting"] == 0
    found = json.loads(str(entry.fields["findings"]))  # as the web keeps it: `--jsonl`'s object
    assert {f["id"] for f in found["findings"]} == {"absolute", "therapy_as_fix", "ultimatum"}


def test_save_with_a_wrong_passphrase_changes_nothing(cli: RunCli, app_home: Path) -> None:
    create_vault(app_home / "vault.db", TEST_PASSPHRASE).close()
    before = (app_home / "vault.db").read_bytes()
    result = cli("check", "--save", EXAMPLE, passphrase="not the right one at all")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert (app_home / "vault.db").read_bytes() == before


def test_save_without_a_vault_says_how_to_make_one(cli: RunCli) -> None:
    result = cli("check", "--save", EXAMPLE, passphrase=TEST_PASSPHRASE)
    assert result.returncode != 0
    assert "alongside init" in result.stderr


def test_each_point_is_shown_once(cli: RunCli) -> None:
    """The issue's example: each finding its own hint, none repeated under another."""
    text = "You never listen to me and you need to see someone about your anger. It's not normal."
    result = cli("check", text)
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "Would you be open to talking to someone" in out
    for hint in ("is a verdict on them", "tells them what is wrong with them"):
        assert out.count(hint) <= 1, out
    # no stock whole message where "about your anger" cannot be kept (blind round 5)
    assert "A gentler whole message" not in out


def test_a_limit_said_kindly_is_shown_as_the_persons_own_not_as_pushing(cli: RunCli) -> None:
    result = cli("check", "I'm not ready to talk about it yet. Please don't push me on it.")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "What might push" not in out
    assert "Yours, kept as it is" in out and "This is your limit, said kindly" in out


def test_no_lovely_over_a_message_that_gets_a_whole_gentler_one(cli: RunCli) -> None:
    result = cli("check", "You promised you'd be home for Ella's recital. You missed it.")
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    assert "Lovely" not in out and "A gentler whole message" in out


def test_a_label_in_a_story_about_them_is_kept_for_the_record(cli: RunCli) -> None:
    result = cli("check", "She's so inconsiderate.")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "What might push" not in out and "Left for you" not in out
    assert "Lovely." not in out and "send it as it is" not in out
    assert "About them, for the record" in out
    assert "“She's so inconsiderate”" in out and "story about them" in out
    # said to no one, it reads as venting: a coach's answer, nothing to send (context12g)
    assert "okay to need to say it somewhere" in " ".join(out.split())
