"""What `alongside check` says when no whole gentler message is written: the notes, hints
and the small idea must fit the message (blind raters, issue 12). Examples are our own."""

from __future__ import annotations

import pytest

from tests.conftest import RunCli


def _out(cli: RunCli, text: str) -> str:
    result = cli("check", text)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


@pytest.mark.parametrize(
    "text",
    [
        "My counsellor thinks your temper is about your dad, and that you should talk to someone.",
        "My sister thinks you're depressed and won't admit it.",
        "Even my best friend reckons you've got anger issues.",
        "my mum says you need help",
    ],
)
def test_a_verdict_passed_on_from_someone_else_is_a_finding(cli: RunCli, text: str) -> None:
    out = _out(cli, text)
    assert "Nothing here looks pushing" not in out
    assert "What might push" in out
    assert "someone else's words; they can stay exactly" not in out


@pytest.mark.parametrize(
    "text",
    [
        "My mum says you're welcome for Sunday lunch.",
        "My brother says you left your jacket at his flat.",
    ],
)
def test_family_passing_on_plain_news_is_not_a_verdict(cli: RunCli, text: str) -> None:
    assert "What might push" not in _out(cli, text)


@pytest.mark.parametrize(
    "text",
    [
        "i feel hopeless when we keep having the same row about money",
        "Some nights I feel so unwanted, and I don't know how to say it.",
    ],
)
def test_a_named_feeling_is_not_harsh_self_talk(cli: RunCli, text: str) -> None:
    out = _out(cli, text)
    assert "About you" not in out and "define you" not in out


@pytest.mark.parametrize(
    "text",
    [
        "I think we should separate. I've felt alone in this for two years.",
        "I feel hopeless when we go round in circles about the money.",
        "I haven't slept properly since the miscarriage.",
    ],
)
def test_no_lovely_over_a_painful_or_parting_message(cli: RunCli, text: str) -> None:
    assert "Lovely" not in _out(cli, text)


@pytest.mark.parametrize(
    "text",
    [
        "I know the new job is scary. You're doing better than you give yourself credit for.",
        "Thank you for picking the kids up, it really helped.",
    ],
)
def test_encouragement_is_sent_as_it_is_with_no_feeling_to_add(cli: RunCli, text: str) -> None:
    out = _out(cli, text)
    assert "Lovely" in out
    assert "I feel hurt" not in out and "--feel" not in out
    assert "send it as it is" in out
