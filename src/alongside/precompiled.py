"""Regular expressions compiled at build time, so a command does not compile them at start-up.

CPython compiles a regex in pure Python (its parser and compiler walk the pattern), then hands
the program, a list of opcodes, to the C engine (`_sre.compile`). The ~200 patterns one
`alongside check` needs cost ~60 ms that way, a fifth of its cold start. `make gates`
(tools/build_gates.py) compiles every shipped pattern once and keeps the programs in
`data/regex_code.bin`: a JSON index on the first line (each pattern by its flags, length and
CRC-32; where its source and program start), then the sources and programs. `compile` gives
the pattern built from the shipped program when the source is there, byte for byte, for the
Python that wrote the file (minor version, `_sre.MAGIC`, code size and byte order); any other
pattern, or any other Python, goes through `re.compile`. A pattern object built either way is
equal (`==` compares the source, the flags and the program); a test checks every entry.

A pattern missing from the file (edited since `make gates`) costs only its compile time.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from array import array
from functools import cache
from pathlib import Path
from typing import Any

CODE_FILE = Path(__file__).with_name("data") / "regex_code.bin"
FORMAT = 1
# `make gates` sets this to a set, runs the analysis over many texts and ships what it holds.
RECORDED: set[tuple[str, int]] | None = None


@cache
def _sre() -> Any:
    """CPython's regex engine module (private; its `compile` takes a program)."""
    from importlib import import_module

    return import_module("_sre")


def python_stamp() -> dict[str, Any]:
    """What a shipped program depends on: another Python compiles for itself."""
    engine = _sre()
    return {
        "format": FORMAT,
        "python": list(sys.version_info[:2]),
        "magic": engine.MAGIC,
        "codesize": engine.CODESIZE,
        "byteorder": sys.byteorder,
        "implementation": sys.implementation.name,
    }


def key(raw: bytes, flags: int) -> str:
    return f"{flags}:{len(raw)}:{zlib.crc32(raw):08x}"


@cache
def _table() -> tuple[dict[str, list[Any]], memoryview] | None:
    """The shipped index and data, or None when they are missing or for another Python."""
    try:
        data = CODE_FILE.read_bytes()
        first = data.index(b"\n")
        head = json.loads(data[:first])
        if head.get("stamp") != python_stamp() or array("I").itemsize != head["stamp"]["codesize"]:
            return None
        index = head["patterns"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, ImportError):
        return None
    if not isinstance(index, dict):
        return None
    return index, memoryview(data)[first + 1 :]


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the shipped program when there is one."""
    if RECORDED is not None:
        RECORDED.add((pattern, int(flags)))
    found = _table()
    if found is not None and isinstance(pattern, str):
        index, blob = found
        raw = pattern.encode("utf-8", "surrogatepass")
        entry = index.get(key(raw, int(flags)))
        if entry is not None:
            try:
                start, words, final_flags, groups, names = entry
                end = start + len(raw)
                if blob[start:end] == raw:
                    opcodes = array("I")
                    opcodes.frombytes(blob[end : end + 4 * words])
                    code = opcodes.tolist()
                    groupindex = dict(names)
                    indexgroup: list[str | None] = [None] * (groups + 1)
                    for name, number in groupindex.items():
                        indexgroup[number] = name
                    compiled: re.Pattern[str] = _sre().compile(
                        pattern, final_flags, code, groups, groupindex, tuple(indexgroup)
                    )
                    return compiled
            except (ValueError, TypeError, RuntimeError):
                pass  # a damaged entry: compile it as usual
    return re.compile(pattern, flags)


def program(pattern: str, flags: int) -> tuple[int, list[int], int, dict[str, int]]:
    """What `re.compile` hands the engine for a pattern: its final flags, program, number of
    groups less one and named groups (build time only: CPython's private compiler)."""
    from importlib import import_module

    parser, compiler = import_module("re._parser"), import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    code = compiler._code(parsed, flags)
    return (
        flags | parsed.state.flags,
        list(code),
        parsed.state.groups - 1,
        dict(parsed.state.groupdict),
    )


def encode(patterns: list[tuple[str, int]]) -> bytes:
    """The file for these patterns (sorted, each once): the index line, then the data."""
    index: dict[str, list[Any]] = {}
    parts: list[bytes] = []
    at = 0
    for pattern, flags in sorted({(p, int(f)) for p, f in patterns}):
        raw = pattern.encode("utf-8", "surrogatepass")
        final_flags, code, groups, names = program(pattern, flags)
        data = raw + array("I", code).tobytes()
        index[key(raw, flags)] = [at, len(code), final_flags, groups, sorted(names.items())]
        parts.append(data)
        at += len(data)
    head = {"stamp": python_stamp(), "patterns": index}
    line = json.dumps(head, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return line.encode("ascii") + b"\n" + b"".join(parts)


def shipped() -> list[tuple[str, int]]:
    """Every pattern in the shipped file (for tests and `make gates`)."""
    found = _table()
    if found is None:
        return []
    index, blob = found
    out = []
    for k, (start, _words, _flags, _groups, _names) in index.items():
        flags, length, _crc = k.split(":")
        out.append(
            (bytes(blob[start : start + int(length)]).decode("utf-8", "surrogatepass"), int(flags))
        )
    return out
