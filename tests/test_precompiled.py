"""Regexes built from the programs `make gates` ships are the regexes `re.compile` builds."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from alongside import lazyre, precompiled
from alongside.coach.rules import rules


@pytest.fixture
def fresh_table(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Forget the table read so far (a test points CODE_FILE elsewhere)."""
    precompiled._table.cache_clear()
    monkeypatch.setattr(precompiled, "RECORDED", None)
    yield
    precompiled._table.cache_clear()


def test_every_shipped_program_builds_the_pattern_re_compile_builds() -> None:
    shipped = precompiled.shipped()
    assert len(shipped) > 300  # the rules' patterns at least
    for pattern, flags in shipped:
        built, usual = precompiled.compile(pattern, flags), re.compile(pattern, flags)
        # `==` on patterns compares the source, the flags and the whole program
        assert built == usual, pattern[:80]
        assert (built.groups, built.groupindex) == (usual.groups, usual.groupindex)


def test_the_shipped_file_holds_the_rules_patterns() -> None:
    shipped = set(precompiled.shipped())
    patterns = {(p.source, 0) for r in rules() for p in r.patterns}
    assert len(patterns & shipped) > 0.9 * len(patterns)  # (a rule edited since: compiled)


def test_a_pattern_not_shipped_is_compiled_as_usual() -> None:
    pattern = r"\bzq(?P<x>x+)y\b"
    assert (pattern, 0) not in set(precompiled.shipped())
    built = precompiled.compile(pattern, re.IGNORECASE)
    assert built == re.compile(pattern, re.IGNORECASE)
    found = built.search("ZQxxY")
    assert found is not None and found["x"] == "xx"


def _write(tmp_path: Path, patterns: list[tuple[str, int]]) -> Path:
    path = tmp_path / "regex_code.bin"
    path.write_bytes(precompiled.encode(patterns))
    return path


def test_a_table_written_for_another_python_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    path = _write(tmp_path, [(r"a+b", 0)])
    data = path.read_bytes()
    head, rest = data.split(b"\n", 1)
    raw = json.loads(head)
    raw["stamp"]["python"] = [3, 99]
    path.write_bytes(json.dumps(raw).encode() + b"\n" + rest)
    monkeypatch.setattr(precompiled, "CODE_FILE", path)
    assert precompiled._table() is None
    assert precompiled.compile(r"a+b") == re.compile(r"a+b")


def test_a_damaged_program_falls_back_to_compiling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    pattern = r"(?P<w>\w+)\s+again"
    path = _write(tmp_path, [(pattern, 0)])
    head, rest = path.read_bytes().split(b"\n", 1)
    code_at = len(pattern.encode())
    damaged = rest[:code_at] + b"\xff\xff\xff\x7f" * 3 + rest[code_at + 12 :]
    path.write_bytes(head + b"\n" + damaged)
    monkeypatch.setattr(precompiled, "CODE_FILE", path)
    assert precompiled._table() is not None
    assert precompiled.compile(pattern) == re.compile(pattern)  # not the damaged program


def test_a_different_source_with_the_same_key_is_not_taken(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_table: None
) -> None:
    """The source is compared byte for byte, so a CRC collision cannot swap programs."""
    path = _write(tmp_path, [("abc", 0)])
    head, rest = path.read_bytes().split(b"\n", 1)
    raw = json.loads(head)
    (entry,) = raw["patterns"].values()
    raw["patterns"] = {precompiled.key(b"abd", 0): entry}  # "abd" pointing at "abc"'s data
    path.write_bytes(json.dumps(raw).encode() + b"\n" + rest)
    monkeypatch.setattr(precompiled, "CODE_FILE", path)
    assert precompiled.compile("abd") == re.compile("abd")


def test_lazy_patterns_compile_through_the_table_and_are_listed() -> None:
    pattern = lazyre.lazy(r"\bqq(?P<t>z+)\b", re.IGNORECASE)
    assert (r"\bqq(?P<t>z+)\b", re.IGNORECASE) in lazyre.MADE
    found = pattern.search("a QQzz b")
    assert found is not None and found["t"] == "zz"
