"""The CLI and the web app give the same answer to the same input, for every kind a person
adds from both faces and every field error: saved with the same values, or refused with the
same sentence for each field and nothing saved.

The CLI runs in-process (Typer's CliRunner); the web app is a real server on 127.0.0.1,
driven through its form posts and its JSON API. All three share one record.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from markupsafe import escape
from typer.testing import CliRunner

from alongside.cli.app import build_app
from alongside.errors import AlongsideError
from alongside.vault.fields import MAX_CHARS
from alongside.vault.kinds import KINDS, RECORD_KINDS, FieldSpec, KindSpec
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of, token_in

# How each kind is added from the command line: the command, its main words as the argument.
CLI_ADD = {
    **{kind: (kind, "add") for kind in RECORD_KINDS},
    "invitation": ("invite", "add"),
    "checkin": ("checkin", "record"),
}
FIELD_ERROR = re.compile(r'<p class="field-error" id="error-([a-z_]+)">([^<]*)</p>')
FORM_ID = re.compile(r'name="form_id" value="([^"]+)"')


@dataclass(frozen=True)
class Answer:
    """What a face answered: the saved entry's fields, or a sentence per field."""

    saved: dict[str, object] | None
    errors: dict[str, str]


def good_value(f: FieldSpec) -> str:
    """A value a person might type: relative days and a choice's words, not its code."""
    if f.type == "date":
        return "yesterday"
    if f.type == "int":
        return str(f.minimum if f.minimum is not None else 2)
    if f.type == "choice":
        return f.choices[-1][1].capitalize()  # "Cannot live with", "Continuing"
    if f.type == "tags":
        return "calm, home"
    return f"{f.label} words"


def bad_values(f: FieldSpec) -> list[str]:
    """Values a person might mistype for `f`."""
    if f.type == "date":
        return ["last tuesday", "2025-02-30"]
    if f.type == "int":
        high = f.maximum if f.maximum is not None else 1_000_000
        return ["nine", str(high + 1)]
    if f.type == "choice":
        return ["hostile"]
    if f.required:
        return [" "]
    if f.type == "text":
        return ["x" * (MAX_CHARS["text"] + 1)]
    return []


def cases() -> Iterator[object]:
    for kind in CLI_ADD:
        spec = KINDS[kind]
        yield pytest.param(kind, {}, id=f"{kind}-saved")
        every: dict[str, str] = {}
        for f in spec.fields:
            for value in bad_values(f):
                yield pytest.param(kind, {f.name: value}, id=f"{kind}-{f.name}={value[:12]}")
            if bad_values(f):
                every[f.name] = bad_values(f)[0]
        yield pytest.param(kind, every, id=f"{kind}-every-error")


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    with pytest.MonkeyPatch.context() as env:
        home = tmp_path_factory.mktemp("both") / "home"
        env.setenv("ALONGSIDE_HOME", str(home))
        env.setenv("ALONGSIDE_KDF_PROFILE", "test")
        yield home


@pytest.fixture(scope="module")
def web(shared_home: Path) -> Iterator[httpx.Client]:
    live = LiveServer(shared_home).start()
    with httpx.Client(base_url=live.url, follow_redirects=False, timeout=30) as client:
        token = csrf_of(client)
        made = client.post(
            "/setup",
            data={"csrf_token": token, "passphrase": TEST_PASSPHRASE, "confirm": TEST_PASSPHRASE},
        )
        assert made.status_code == 303, made.text
        client.headers["X-CSRF-Token"] = made.headers["x-csrf-token"]
        yield client
    live.stop()


def _total(web: httpx.Client) -> int:
    return sum(web.get(f"/api/record/{kind}").json()["total"] for kind in CLI_ADD)


def stored(web: httpx.Client, kind: str, entry_id: str) -> dict[str, object]:
    fields: dict[str, object] = web.get(f"/api/record/{kind}/{entry_id}").json()["fields"]
    return fields


def newest(web: httpx.Client, kind: str) -> dict[str, object]:
    entries = web.get(f"/api/record/{kind}", params={"limit": 500}).json()["entries"]
    latest = max(entries, key=lambda e: e["created_at"])
    fields: dict[str, object] = latest["fields"]
    return fields


def by_cli(home: Path, web: httpx.Client, spec: KindSpec, typed: dict[str, str]) -> Answer:
    command, verb = CLI_ADD[spec.name]
    main = spec.main_field
    args = [command, verb, typed[main.name]]
    for name, value in typed.items():
        if name != main.name:
            args += [f"--{name.replace('_', '-')}", value]
    before = _total(web)
    env = {"ALONGSIDE_HOME": str(home), "ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
    ran = CliRunner().invoke(build_app(), args, env=env, input="")
    if isinstance(ran.exception, AlongsideError):  # what alongside.cli.app.main says on stderr
        assert ran.exception.exit_code == 2
        assert _total(web) == before
        sentences = str(ran.exception).splitlines()
        return Answer(None, dict(zip(_error_fields(spec, sentences), sentences, strict=True)))
    assert ran.exit_code == 0, ran.output
    return Answer(newest(web, spec.name), {})


def _error_fields(spec: KindSpec, sentences: list[str]) -> list[str]:
    """The field each CLI sentence is about, found by the label it quotes."""
    names = []
    for sentence in sentences:
        named = [f.name for f in spec.fields if f"\u201c{f.label.rstrip('?:')}\u201d" in sentence]
        assert len(named) == 1, sentence
        names.append(named[0])
    return names


def by_form(web: httpx.Client, spec: KindSpec, typed: dict[str, str]) -> Answer:
    page = web.get(f"/record/{spec.name}/new")
    found = FORM_ID.search(page.text)
    assert found
    form = {"csrf_token": token_in(page.text), "form_id": found.group(1), **typed}
    before = _total(web)
    posted = web.post(f"/record/{spec.name}/new", data=form)
    if posted.status_code == 400:
        assert _total(web) == before
        errors = {name: html.unescape(words) for name, words in FIELD_ERROR.findall(posted.text)}
        assert "Nothing was saved yet" in posted.text
        return Answer(None, errors)
    assert posted.status_code == 303, posted.text
    entry_id = posted.headers["location"].split("?")[0].rsplit("/", 1)[1]
    return Answer(stored(web, spec.name, entry_id), {})


def by_api(web: httpx.Client, spec: KindSpec, typed: dict[str, str]) -> Answer:
    before = _total(web)
    posted = web.post(f"/api/record/{spec.name}", json={"fields": typed})
    if posted.status_code == 422:
        assert _total(web) == before
        errors: dict[str, str] = posted.json()["fields"]
        return Answer(None, errors)
    assert posted.status_code == 201, posted.text
    fields: dict[str, object] = posted.json()["fields"]
    return Answer(fields, {})


@pytest.mark.parametrize(("kind", "wrong"), list(cases()))
def test_the_cli_and_the_web_answer_the_same(
    shared_home: Path, web: httpx.Client, kind: str, wrong: dict[str, str]
) -> None:
    spec = KINDS[kind]
    typed = {f.name: good_value(f) for f in spec.fields} | wrong
    answers = {
        "cli": by_cli(shared_home, web, spec, typed),
        "form": by_form(web, spec, typed),
        "api": by_api(web, spec, typed),
    }
    first = answers["cli"]
    for face, answer in answers.items():
        assert answer == first, f"{face} differs from the CLI for {kind} {wrong}"
    if wrong:
        assert first.saved is None
        assert list(first.errors) == [f.name for f in spec.fields if f.name in wrong]
        assert all(words.endswith(".") for words in first.errors.values())
    else:
        assert first.saved is not None and not first.errors


@pytest.mark.parametrize("text", ["a" * 20_001, "x" * 20_000 + "\U0001f642", "   "])
def test_the_cli_and_the_web_refuse_the_same_messages_with_the_same_words(
    shared_home: Path, web: httpx.Client, text: str
) -> None:
    from alongside.app.coach import check_message

    sentence = check_message(text)
    assert sentence
    env = {"ALONGSIDE_HOME": str(shared_home)}
    ran = CliRunner().invoke(build_app(), ["check"], env=env, input=text)
    assert isinstance(ran.exception, AlongsideError)
    assert str(ran.exception).startswith(sentence)
    page = web.get("/coach")
    posted = web.post(
        "/coach", data={"text": text, "check": "1", "csrf_token": token_in(page.text)}
    )
    assert posted.status_code == 400
    assert str(escape(sentence)) in posted.text
    if text.strip():  # the API coaches "" as an empty result, as `check --jsonl` does
        assert web.post("/api/coach", json={"text": text}).json()["detail"] == sentence
