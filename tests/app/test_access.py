"""The passphrase rules are the same in both faces: one rule for a new one, and an unlock
checks exactly what was typed (the web used to cut it at 1,024 characters)."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from alongside.app.access import new_passphrase_problem, setup_problem
from alongside.cli.app import build_app
from alongside.errors import AlongsideError
from alongside.messages import Msg
from alongside.paths import vault_path
from alongside.settings import saved_country
from alongside.vault import create_vault
from alongside.vault.store import MAX_PASSPHRASE_CHARS
from tests.web.server import csrf_of, token_in

LONGEST = "w" * MAX_PASSPHRASE_CHARS


@pytest.mark.parametrize(
    ("first", "again", "sentence"),
    [
        ("", "", Msg.PASSPHRASE_EMPTY),
        ("short", "short", "at least 8 characters;"),
        (LONGEST + "w", LONGEST + "w", "under 1,024 characters"),
        ("long enough one", "long enough two", Msg.PASSPHRASE_MISMATCH),
        (LONGEST, LONGEST, ""),
    ],
)
def test_a_new_passphrase_gets_the_same_answer_from_both_faces(
    app_home: Path, client: httpx.Client, first: str, again: str, sentence: str
) -> None:
    said = new_passphrase_problem(first, again)
    assert sentence in said and bool(said) == bool(sentence)
    page = client.post(
        "/setup", data={"csrf_token": csrf_of(client), "passphrase": first, "confirm": again}
    )
    assert page.status_code == (303 if not said else 400)
    if said:
        assert said.replace("'", "&#39;") in page.text
    if (
        said and first and first == again
    ):  # the CLI reads a file once (an empty file: its own words)
        secret = app_home.parent / "pass.txt"
        secret.write_text(first)
        ran = CliRunner().invoke(build_app(), ["init", "--passphrase-file", str(secret)])
        assert isinstance(ran.exception, AlongsideError)
        assert str(ran.exception) == said


def test_an_unlock_checks_every_character_typed(app_home: Path, client: httpx.Client) -> None:
    create_vault(vault_path(), LONGEST).close()
    longer = LONGEST + " and more"
    page = client.get("/unlock")
    tried = client.post("/unlock", data={"csrf_token": token_in(page.text), "passphrase": longer})
    assert tried.status_code == 400
    assert "does not open this record" in tried.text
    ran = CliRunner().invoke(build_app(), ["journal", "list"], env={"ALONGSIDE_PASSPHRASE": longer})
    assert isinstance(ran.exception, AlongsideError)
    opened = client.post("/unlock", data={"csrf_token": token_in(page.text), "passphrase": LONGEST})
    assert opened.status_code == 303


def test_setting_up_checks_every_choice_before_anything_is_saved(
    app_home: Path, client: httpx.Client
) -> None:
    short = app_home.parent / "short.txt"
    short.write_text("short")
    ran = CliRunner().invoke(
        build_app(), ["init", "--country", "GB", "--passphrase-file", str(short)]
    )
    assert isinstance(ran.exception, AlongsideError)
    assert "at least 8 characters" in str(ran.exception)
    assert saved_country() == "" and not vault_path().exists()  # the country waited too
    said = setup_problem(None, country="Narnia")
    ran = CliRunner().invoke(build_app(), ["init", "--country", "Narnia"])
    assert isinstance(ran.exception, AlongsideError) and str(ran.exception) == said
    form = {"csrf_token": csrf_of(client), "passphrase": "long enough", "confirm": "long enough"}
    page = client.post("/setup", data={**form, "country": "Narnia", "timezone": "Mars/Base"})
    assert page.status_code == 400
    assert said.split(". ")[0].replace("'", "&#39;").replace('"', "&#34;") in page.text
    assert saved_country() == "" and not vault_path().exists()
