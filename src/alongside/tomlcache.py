"""The package's TOML data files, read from the JSON copy `make gates` wrote when unchanged.

`tomllib` parses in pure Python, about 0.2 ms a kilobyte: the data files one `alongside
check` reads (the safety lexicon, the texting spellings, the composer's words) cost ~15 ms
that way. `make gates` (tools/build_gates.py) writes each shipped TOML file's parse as JSON
in `data/toml/`, with a stamp of the text it parsed; `loads(text, path)` returns that copy
when `text` is the text it was made from (length and CRC-32), and parses `text` otherwise
(a file edited since `make gates`, or any other text), so a stale copy costs time, never a
different result. Only a file whose parse JSON holds exactly (no dates) gets a copy.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).parent
FOLDER = PACKAGE / "data" / "toml"


def stamp(text: str) -> str:
    raw = text.encode("utf-8", "surrogatepass")
    return f"{len(raw)}:{zlib.crc32(raw):08x}"


def copy_path(path: Path) -> Path:
    """Where the JSON copy of a package TOML file is kept ("coach/data/texting.toml" ->
    data/toml/coach.data.texting.json)."""
    relative = path.resolve().relative_to(PACKAGE.resolve())
    return FOLDER / (".".join(relative.with_suffix("").parts) + ".json")


def loads(text: str, path: Path) -> dict[str, Any]:
    """`tomllib.loads(text)`, from the copy of the package file `path` when `text` is its text
    (raises `tomllib.TOMLDecodeError` as tomllib does)."""
    try:
        raw = json.loads(copy_path(path).read_text(encoding="ascii"))
        if raw["stamp"] == stamp(text) and isinstance(raw["data"], dict):
            data: dict[str, Any] = raw["data"]
            return data
    except (OSError, ValueError, KeyError, TypeError):
        pass
    import tomllib

    return tomllib.loads(text)


def copy_text(path: Path) -> str | None:
    """What the copy of `path` should hold (None: its parse does not survive JSON)."""
    import tomllib

    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    if not _plain(data):
        return None
    # keys in the file's order (readers may rely on it); ASCII, which parses fastest
    encoded = json.dumps({"stamp": stamp(text), "data": data}, ensure_ascii=True)
    back = json.loads(encoded)["data"]
    if back != data or json.dumps(back) != json.dumps(data):
        return None
    return encoded + "\n"


def _plain(value: object) -> bool:
    """Only what JSON gives back as it was: str, int, float, bool, lists and str-keyed dicts."""
    if isinstance(value, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_plain(v) for v in value)
    return isinstance(value, str | int | float | bool)
