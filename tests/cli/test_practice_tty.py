"""On a terminal, `ready` asks for what is missing, `rehearse` asks for each reply and
`breathe` counts the steps in real time."""

from __future__ import annotations

import time
from pathlib import Path

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


def test_breathe_counts_a_round_in_real_time_on_a_terminal(app_home: Path) -> None:
    started = time.monotonic()
    code, screen = run_on_terminal(
        ["breathe", "--pattern", "box", "--rounds", "1"], [], base_env(app_home)
    )
    elapsed = time.monotonic() - started
    assert code == 0, screen
    assert elapsed >= 16  # four steps of four seconds, really waited
    assert "Round 1 of 1" in screen
    assert "Well done" in screen
