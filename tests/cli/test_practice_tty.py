"""On a terminal, `ready` asks for what is missing, `rehearse` asks for each reply (real
commands on a pseudo-terminal) and `breathe` counts the steps in real time (in-process, the
clock injected: no test waits)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.inprocess import run
from tests.cli.test_record_tty import base_env, run_on_terminal


def test_ready_asks_for_calm_and_minutes_on_a_terminal(app_home: Path) -> None:
    answers = ["seven", "7", "4", "10"]  # a word first: asked again, kindly
    code, screen = run_on_terminal(["ready", "--no-vault"], answers, base_env(app_home))
    assert code == 0, screen
    assert "How calm you feel (0-10)" in screen
    assert "Please type a whole number from 0" in screen
    assert "How calm your partner seems (0-10)" in screen
    assert "Wait until" in screen and "your partner seems calmer" in screen


def test_ready_on_a_terminal_accepts_no_recent_argument(app_home: Path) -> None:
    code, screen = run_on_terminal(["ready", "--no-vault"], ["8", "8", ""], base_env(app_home))
    assert code == 0, screen
    assert "No recent argument was mentioned." in screen


def test_rehearse_asks_for_each_reply_on_a_terminal(app_home: Path) -> None:
    reply = "You're worried about money. What would feel manageable for us?"
    code, screen = run_on_terminal(
        ["rehearse", "--objection", "afford", "--rounds", "1"], [reply], base_env(app_home)
    )
    assert code == 0, screen
    assert "Your reply" in screen
    assert "Went well" in screen
    assert "Summary of 1 round" in screen


def test_breathe_counts_each_second_of_a_round_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """In-process with the clock injected: each second is shown, then really waited for
    (`practice_ready.wait`, counted here instead of sleeping 16 seconds)."""
    from rich.live import Live

    from alongside.cli import practice_ready
    from alongside.coach.readiness import breathing_pattern

    seen: list[tuple[str, object]] = []
    shown = Live.update

    def show(live: Live, renderable: object, *, refresh: bool = False) -> None:
        seen.append(("show", str(renderable)))
        shown(live, renderable, refresh=refresh)  # type: ignore[arg-type]

    monkeypatch.setattr(Live, "update", show)
    monkeypatch.setattr(practice_ready, "wait", lambda seconds: seen.append(("wait", seconds)))
    monkeypatch.setattr(practice_ready, "interactive", lambda: True)
    ran = run("breathe", "--pattern", "box", "--rounds", "1", env={"TTY_COMPATIBLE": "1"})
    assert ran.code == 0, ran.err
    expected: list[tuple[str, object]] = []
    for step in breathing_pattern("box").steps:
        for left in range(step.seconds, 0, -1):
            expected += [("show", f"Round 1 of 1   {step.label} ... {left}"), ("wait", 1)]
    assert seen == expected  # four steps of four seconds: 16 seconds, each one waited
    assert "Round 1 of 1" in ran.out  # drawn on the terminal, then cleared
    assert "Well done" in ran.out
