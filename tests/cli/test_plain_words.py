"""No rule codes or framework names in the main text (they stay one step away: `--why`, or
"why?" on the web): every command's help, the kinds' purposes, and the plan and review."""

from __future__ import annotations

import re

import pytest

from alongside.messages import plain
from alongside.vault.kinds import KINDS
from tests.conftest import RunCli

CODES = re.compile(r"\(P\d|\bP\d{1,2}\b|\bMITI\b|\bPIUS\b|\bCRAFT\b")
COMMANDS = (
    (),
    ("check",),
    ("ready",),
    ("breathe",),
    ("questions",),
    ("reflect",),
    ("rehearse",),
    ("plan",),
    ("review",),
    ("progress",),
    ("invite",),
    ("checkin",),
    ("init",),
    ("safety",),
    ("settings",),
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "alongside")
def test_help_has_no_rule_codes(cli: RunCli, command: tuple[str, ...]) -> None:
    result = cli(*command, "--help", env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert not CODES.search(result.stdout), result.stdout


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_kinds_purpose_is_plain(kind: str) -> None:
    spec = KINDS[kind]
    assert spec.principles  # the codes are kept, as data, for "why?"
    words = [spec.title, spec.singular, spec.prompt]
    words += [f"{f.label} {f.help}" for f in spec.fields]
    assert not any(CODES.search(w) for w in words), words


def test_plain_keeps_the_words_and_the_codes_apart() -> None:
    assert plain("Be gentle with yourself (P8). Steady warmth counts (P9, P11).") == (
        "Be gentle with yourself. Steady warmth counts.",
        "P8, P9, P11",
    )
    assert plain("Nothing to strip (yes, really).") == ("Nothing to strip (yes, really).", "")
