"""In-process runs of `alongside` don't leak into one another (the `cli` fixture's promise).

A real command reads its home, country and passphrase afresh each time it starts; run
in-process one after another, each invocation must still see only its own environment. If a
module-level cache of settings, of the opened vault or of the home folder is added, these fail
until the `cli` fixture in tests/conftest.py clears it between runs.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE, RunCli


@pytest.fixture(autouse=True)
def no_country_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALONGSIDE_COUNTRY", raising=False)


def test_each_run_reads_its_own_home(cli: RunCli, tmp_path: Path) -> None:
    first = {"ALONGSIDE_HOME": str(tmp_path / "first")}
    second = {"ALONGSIDE_HOME": str(tmp_path / "second")}
    assert cli("init", passphrase=TEST_PASSPHRASE, env=first).returncode == 0
    added = cli("win", "add", "A calm walk", "--json", passphrase=TEST_PASSPHRASE, env=first)
    assert added.returncode == 0, added.stderr
    assert "don't have a private record yet" in cli(env=second).stdout
    assert "Your private record is at" in cli(env=first).stdout
    assert cli("init", passphrase=TEST_PASSPHRASE, env=second).returncode == 0
    listed = cli("win", "list", "--json", passphrase=TEST_PASSPHRASE, env=second)
    assert listed.returncode == 0, listed.stderr
    assert "A calm walk" not in listed.stdout
    again = cli("win", "list", "--json", passphrase=TEST_PASSPHRASE, env=first)
    assert "A calm walk" in again.stdout


def test_each_run_reads_its_own_country(cli: RunCli, tmp_path: Path) -> None:
    chosen = {"ALONGSIDE_HOME": str(tmp_path / "chosen")}
    assert cli("settings", "country", "UK", env=chosen).returncode == 0
    assert "Help in the United Kingdom" in cli("safety", env=chosen).stdout
    assert "You haven't chosen your country yet" in cli("safety").stdout
    overridden = cli("safety", env={**chosen, "ALONGSIDE_COUNTRY": "AU"}).stdout
    assert "Help in Australia" in overridden
    assert "Help in the United Kingdom" in cli("safety", env=chosen).stdout


def test_a_passphrase_given_to_one_run_is_not_kept_for_the_next(cli: RunCli) -> None:
    assert cli("init", passphrase=TEST_PASSPHRASE).returncode == 0
    opened = cli("win", "list", "--json", passphrase=TEST_PASSPHRASE)
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout) is not None
    locked = cli("win", "list", "--json")  # no passphrase this time, and no terminal to ask
    assert locked.returncode != 0
    assert locked.stdout == ""
