"""Every user-facing sentence lives once, by name, in `alongside.messages` (issue 14).

Read from the source (AST), so a sentence copied back into a module, or a named sentence
nobody says any more, fails here with the file and line.
"""

from __future__ import annotations

import ast
from pathlib import Path

from alongside.messages import Msg

SRC = Path(__file__).resolve().parents[1] / "src" / "alongside"
MESSAGES = SRC / "messages.py"
SAFETY_MESSAGES = SRC / "safety" / "messages.py"  # every sentence about safety (docs/safety.md)
# Stock phrases that end many sentences: each sentence holding one is named in messages.py.
STOCK = ("Nothing was changed", "Nothing was imported", "You don't have a private record")


def _named() -> dict[str, str]:
    return {
        name: value
        for name, value in vars(Msg).items()
        if name.isupper() and isinstance(value, str)
    }


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p != MESSAGES)


def _outside_sentence_modules() -> list[Path]:
    """Every module but the two that hold sentences: this one and the safety sentences."""
    return [p for p in _modules() if p != SAFETY_MESSAGES]


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string nodes that are docstrings (they describe; they are not said)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literals(path: Path) -> list[tuple[int, str]]:
    """Every string literal of a module (an f-string's fixed parts joined), no docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    parts_of_fstrings: set[int] = set()
    out: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            fixed = [v for v in node.values if isinstance(v, ast.Constant)]
            parts_of_fstrings.update(id(v) for v in fixed)
            out.append((node.lineno, "".join(str(v.value) for v in fixed)))
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and id(node) not in parts_of_fstrings
        ):
            out.append((node.lineno, node.value))
    return out


def test_no_named_sentence_is_written_again_outside_messages() -> None:
    named = {value: name for name, value in _named().items() if " " in value}
    again = [
        f"{path.relative_to(SRC)}:{line}: Msg.{named[text]}"
        for path in _modules()
        for line, text in _literals(path)
        if text in named
    ]
    assert not again, "use the named sentence instead of a copy:\n" + "\n".join(again)


def test_sentences_with_stock_phrases_are_named_in_messages() -> None:
    loose = [
        f"{path.relative_to(SRC)}:{line}: {text[:70]!r}"
        for path in _outside_sentence_modules()
        for line, text in _literals(path)
        if any(phrase in text for phrase in STOCK)
    ]
    assert not loose, "name these sentences in alongside/messages.py:\n" + "\n".join(loose)


def test_every_named_sentence_is_used() -> None:
    used: set[str] = set()
    for path in _modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "Msg"
            ):
                used.add(node.attr)
    unused = sorted(set(_named()) - used)
    assert not unused, f"named in messages.py but said nowhere: {', '.join(unused)}"


def test_named_sentences_are_unique() -> None:
    by_text: dict[str, list[str]] = {}
    for name, value in _named().items():
        by_text.setdefault(value, []).append(name)
    twice = {text: names for text, names in by_text.items() if len(names) > 1}
    assert not twice, f"one sentence, several names: {twice}"


def test_the_scan_finds_a_copied_sentence(tmp_path: Path) -> None:
    """The scan itself can fail: a module that copies a sentence is caught."""
    copy = tmp_path / "copy.py"
    copy.write_text(f"def f(path):\n    raise ValueError(f'{Msg.NOTHING_CHANGED} at {{path}}')\n")
    assert any(Msg.NOTHING_CHANGED in text for _line, text in _literals(copy))
    plain = tmp_path / "plain.py"
    plain.write_text(f"X = {Msg.OUT_IS_RECORD!r}\n")
    assert (1, Msg.OUT_IS_RECORD) in _literals(plain)
