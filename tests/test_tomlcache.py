"""The JSON copies of the data TOML files read exactly as the files parse, or not at all."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from alongside import tomlcache

COPIED = sorted(tomlcache.FOLDER.glob("*.json"))


def _source(copy: Path) -> Path:
    *parts, name = copy.stem.split(".")
    return tomlcache.PACKAGE.joinpath(*parts, name + ".toml")


def test_the_copies_are_of_shipped_files() -> None:
    assert {c.name for c in COPIED} >= {"safety.data.lexicon.json", "coach.data.compose.json"}
    for copy in COPIED:
        assert _source(copy).is_file(), copy.name
        assert tomlcache.copy_path(_source(copy)) == copy


@pytest.mark.parametrize("copy", COPIED, ids=lambda p: p.stem)
def test_a_file_reads_as_tomllib_parses_it_keys_in_order(copy: Path) -> None:
    path = _source(copy)
    text = path.read_text(encoding="utf-8")
    got, expected = tomlcache.loads(text, path), tomllib.loads(text)
    assert json.dumps(got) == json.dumps(expected)  # the same values, keys in the same order
    assert got == expected


def test_the_copy_is_what_is_read_when_the_text_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "alongside"
    (package / "coach" / "data").mkdir(parents=True)
    path = package / "coach" / "data" / "x.toml"
    path.write_text('name = "first"\n[table]\nb = 1\na = [1.5, true, "é"]\n', encoding="utf-8")
    monkeypatch.setattr(tomlcache, "PACKAGE", package)
    monkeypatch.setattr(tomlcache, "FOLDER", package / "data" / "toml")
    copy = tomlcache.copy_path(path)
    assert copy == package / "data" / "toml" / "coach.data.x.json"
    made = tomlcache.copy_text(path)
    assert made is not None and made.isascii()
    raw = json.loads(made)
    raw["data"]["name"] = "from the copy"  # so the test can tell which was read
    copy.parent.mkdir(parents=True)
    copy.write_text(json.dumps(raw), encoding="ascii")
    text = path.read_text(encoding="utf-8")
    assert tomlcache.loads(text, path)["name"] == "from the copy"
    edited = text.replace("first", "second")
    assert tomlcache.loads(edited, path)["name"] == "second"  # edited since: parsed
    with pytest.raises(tomllib.TOMLDecodeError):
        tomlcache.loads("name = ", path)
    assert list(tomlcache.loads(text, path)["table"]) == ["b", "a"]


def test_a_file_with_a_date_gets_no_copy(tmp_path: Path) -> None:
    path = tmp_path / "dated.toml"
    path.write_text("when = 2026-12-06\n", encoding="utf-8")
    assert tomlcache.copy_text(path) is None
