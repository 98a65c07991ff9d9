"""Everything the coach says about a finding is data: adding one by docs/coach.md works, and a
malformed rule file is an error that names the file and the key."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import alongside
from alongside.coach import analyse
from alongside.coach.model import finding_name
from alongside.coach.rewrite import EDITS, HINTS, finding_edit, finding_hint
from alongside.coach.rules import (
    DATA,
    EDIT_NAMES,
    FEELINGS_FILE,
    RuleFileError,
    feelings,
    findings,
    load_rules,
    read_feelings,
    rules,
)

DOCS = Path(__file__).resolve().parents[2] / "docs" / "coach.md"
# The finding ids the code itself treats specially (rewrite.py's hints and tip, the edits).
NAMED_IN_CODE = {
    "absolute",
    "label",
    "pressure",
    "ultimatum",
    "unsolicited_advice",
    "therapy_as_fix",
    "i_statement",
    "open_question",
    "permission",
    "appreciation",
    "reassurance",
}


def docs_example() -> str:
    """The TOML example of docs/coach.md's "How to add a rule", as written there."""
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("## How to add a rule") :]
    found = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert found is not None, "docs/coach.md lost its example rule"
    return "\n".join(line.removeprefix("   ") for line in found.group(1).splitlines()) + "\n"


def test_every_finding_has_its_words_in_the_rule_files() -> None:
    specs = findings()
    assert {r.id for r in rules()} == set(specs)
    assert set(specs) >= NAMED_IN_CODE
    for rule in rules():
        assert specs[rule.id].name.strip()
        if rule.polarity == "pushing":
            assert finding_hint(rule.id) == specs[rule.id].hint
    assert finding_name("ultimatum") == "an ultimatum"
    assert finding_name("not_a_finding_any_more") == "not a finding any more"


def test_the_edits_a_finding_may_name_are_the_edits_the_code_has() -> None:
    assert set(EDITS) == set(EDIT_NAMES)
    assert finding_edit("unsolicited_advice") == "advice"
    assert finding_edit("label") is None
    assert not set(HINTS) & set(findings())  # a finding's hint lives in the rule files only


def test_feelings_come_from_their_file() -> None:
    assert "hurt" in feelings().choices
    assert analyse("You never listen. I feel gutted.").compose().feelings == ()
    assert analyse("You never listen.").compose().feelings == feelings().choices


def _copy_package(tmp_path: Path) -> Path:
    """A copy of the installed package to edit, as a person adding a rule would."""
    root = tmp_path / "pkg"
    shutil.copytree(
        Path(alongside.__file__).parent,
        root / "alongside",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return root


def _check(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "ALONGSIDE_COUNTRY": "GB", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "alongside", "check", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_a_finding_added_as_the_docs_say_is_found_named_and_hinted(tmp_path: Path) -> None:
    root = _copy_package(tmp_path)
    rule_file = root / "alongside" / "coach" / "data" / "rules_pushing.toml"
    rule_file.write_text(
        rule_file.read_text(encoding="utf-8") + "\n" + docs_example(), encoding="utf-8"
    )
    message = "You never listen. You've already decided what I meant."

    done = _check(root, "--json", message)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["categories"] == ["absolute", "mind_reading"]
    (new,) = [f for f in out["findings"] if f["id"] == "mind_reading"]
    assert message[new["start"] : new["end"]] == "already decided what I meant"
    assert out["suggestion"] is None  # a sentence is left for the person, so no whole message
    # the rule file's hint, with an example of the person's own after it where one fits
    (left,) = [
        x for x in out["left_for_you"] if x["sentence"] == "You've already decided what I meant."
    ]
    assert left["hint"] == docs_hint() or left["hint"].startswith(docs_hint() + " For example: ")

    shown = _check(root, message)
    assert shown.returncode == 0, shown.stderr
    assert "reading their mind" in shown.stdout
    assert "Traceback" not in shown.stderr


def docs_hint() -> str:
    found = re.search(r'^hint = "(.*)"$', docs_example(), re.MULTILINE)
    assert found is not None
    return found.group(1)


def _rules_dir(tmp_path: Path, pushing: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    for other in DATA.glob("rules*.toml"):
        if other.name != "rules_pushing.toml":  # every other shipped rule file, as it is
            shutil.copy(other, folder)
    (folder / "rules_pushing.toml").write_text(pushing, encoding="utf-8")
    return folder


SHIPPED = (DATA / "rules_pushing.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("pushing", "words"),
    [
        (
            SHIPPED + "\n" + docs_example().split("[[rule]]")[1].join(["[[rule]]", ""]),
            "rules_pushing.toml, rule 'mind_reading': the finding 'mind_reading' needs a "
            "[finding.mind_reading] table",
        ),
        (
            SHIPPED.replace(
                '[finding.contempt]\nname = "contempt or sarcasm"\n', "[finding.contempt]\n", 1
            ),
            "rules_pushing.toml, [finding.contempt]: 'name' must be a string",
        ),
        (
            re.sub(r"\[finding\.contempt\]\n(?:\w+ = .*\n)+", "", SHIPPED, count=1),
            "rules_pushing.toml, rule 'contempt': the finding 'contempt' needs",
        ),
        (
            SHIPPED.replace('name = "an ultimatum"\nhint', 'name = "an ultimatum"\nhnit', 1),
            "rules_pushing.toml, [finding.ultimatum]: unknown key 'hnit'",
        ),
        (
            SHIPPED.replace('edit = "therapy"', 'edit = "soften"', 1),
            "rules_pushing.toml, [finding.therapy_as_fix]: 'edit' must be one of",
        ),
        (
            SHIPPED.replace('id = "absolute"\n', 'id = "absolute"\nnegatabel = false\n', 1),
            "rules_pushing.toml, rule 'absolute': unknown key 'negatabel'",
        ),
        (
            SHIPPED.replace('id = "absolute"\n', 'id = "absolute"\nnegatable = "no"\n', 1),
            "rules_pushing.toml, rule 'absolute': 'negatable' must be true or false",
        ),
        (
            SHIPPED.replace(
                'id = "blame"\npolarity = "pushing"', 'id = "blame"\npolarity = "inviting"', 1
            ),
            "rules_pushing.toml, rule 'accusation': 'polarity' is 'pushing', but the finding "
            "'blame' is 'inviting' in rules_pushing.toml, rule 'blame'",
        ),
        (
            SHIPPED + '\n[finding.validation]\nname = "again"\n',
            "rules_pushing.toml, [finding.validation]: already defined in rules_inviting.toml",
        ),
        (
            SHIPPED + '\n[finding.nothing_uses_me]\nname = "lonely"\nhint = "h"\n',
            "rules_pushing.toml, [finding.nothing_uses_me]: no rule has id 'nothing_uses_me'",
        ),
    ],
    ids=[
        "no-finding-table",
        "no-name",
        "no-table-at-all",
        "typo-in-finding",
        "unknown-edit",
        "typo-in-rule",
        "not-a-flag",
        "mixed-polarity",
        "defined-twice",
        "unused-finding",
    ],
)
def test_a_malformed_rule_file_names_the_file_and_the_key(
    tmp_path: Path, pushing: str, words: str
) -> None:
    assert pushing != SHIPPED
    with pytest.raises(RuleFileError, match=re.escape(words)):
        load_rules(_rules_dir(tmp_path, pushing))


def test_a_pushing_finding_without_a_hint_is_an_error(tmp_path: Path) -> None:
    hint = 'hint = "Say it as a request of your own, one they can say yes or no to."\n'
    assert hint in SHIPPED
    with pytest.raises(RuleFileError, match=re.escape("[finding.pressure]: a pushing finding")):
        load_rules(_rules_dir(tmp_path, SHIPPED.replace(hint, "", 1)))


def test_the_shipped_rules_load_from_a_folder_as_they_do_by_default(tmp_path: Path) -> None:
    loaded = load_rules(_rules_dir(tmp_path, SHIPPED))
    assert [(r.id, r.name) for r in loaded.rules] == [(r.id, r.name) for r in rules()]
    assert loaded.findings == findings()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('choices = ["hurt"]\n', "feelings.toml: 'named' must be a list of lower-case words"),
        ('choices = ["Hurt"]\nnamed = ["hurt"]\n', "feelings.toml: 'choices' must be"),
        ('choices = ["hurt"]\nnamed = ["hurt"]\nextra = 1\n', "feelings.toml: unknown key"),
        ("choices = [\n", "feelings.toml is not valid TOML"),
    ],
)
def test_a_malformed_feelings_file_names_the_key(text: str, words: str) -> None:
    with pytest.raises(RuleFileError, match=re.escape(words)):
        read_feelings(text, FEELINGS_FILE)
