"""Field values: parse what people type, validate against `KINDS`, and encode for storage.

Values may arrive as strings (from the CLI, forms and import files) or already typed.
Typed values are: `str` (text, longtext, choice, code), `tuple[str, ...]` (tags),
`datetime.date` (date), aware `datetime.datetime` (datetime) and `int` (int).
The empty string (or None, or no tags) means "not set".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from alongside.errors import InvalidInput
from alongside.vault.kinds import KINDS, FieldSpec, KindSpec

MAX_TEXT_BYTES = 1024 * 1024  # one field holds up to 1 MiB of UTF-8 text
MAX_CODE_CHARS = 200  # a time zone or an RRULE, never prose
MAX_TAGS = 100
MAX_INT = 1_000_000  # a number field with no maximum of its own (counts) stops here


def kind_spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        known = ", ".join(sorted(KINDS))
        raise InvalidInput(f"There is no kind of entry called '{kind}'. Known: {known}.") from None


def parse_fields(
    spec: KindSpec, values: Mapping[str, object], *, zone: str | None = None
) -> dict[str, object | None]:
    """Typed values for the fields given (None = clear it). Unknown names are refused."""
    known = {f.name for f in spec.fields}
    parsed: dict[str, object | None] = {}
    tz_value = values.get("timezone") if "timezone" in known else None
    zone = tz_value if isinstance(tz_value, str) and tz_value else zone
    for name, value in values.items():
        if name not in known:
            names = ", ".join(f.name for f in spec.fields)
            raise InvalidInput(
                f"{spec.a_singular.capitalize()} has no field called '{name}'. "
                f"Its fields are: {names}."
            )
        parsed[name] = parse_value(spec.field(name), value, zone=zone)
    return parsed


def check_required(spec: KindSpec, merged: Mapping[str, object | None]) -> None:
    for f in spec.fields:
        if f.required and merged.get(f.name) is None:
            raise InvalidInput(f"Please fill in '{f.label}': {spec.a_singular} needs it.")


def parse_value(f: FieldSpec, value: object, *, zone: str | None = None) -> object | None:
    if value is None or (isinstance(value, str) and value == ""):
        return None
    if f.type in ("text", "longtext"):
        return _text(f, value)
    if f.type == "tags":
        return _tags(f, value)
    if f.type == "date":
        return _date(f, value)
    if f.type == "datetime":
        return _datetime(f, value, zone)
    if f.type == "int":
        return _int(f, value)
    if f.type == "choice":
        return _choice(f, value)
    return _code(f, value)


def _bad(f: FieldSpec, value: object, expected: str) -> InvalidInput:
    shown = repr(value)
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return InvalidInput(f"'{f.label}' must be {expected}; got {shown}.")


def _text(f: FieldSpec, value: object) -> str:
    if not isinstance(value, str):
        raise _bad(f, value, "text")
    try:
        size = len(value.encode("utf-8"))
    except UnicodeEncodeError:
        raise InvalidInput(
            f"'{f.label}' contains a character that can't be stored (a lone surrogate). "
            "Please retype it."
        ) from None
    if size > MAX_TEXT_BYTES:
        raise InvalidInput(
            f"'{f.label}' is too long ({size:,} bytes). One field holds up to "
            f"{MAX_TEXT_BYTES:,} bytes; please split it into several entries."
        )
    if f.required and not value.strip():
        raise InvalidInput(f"'{f.label}' is empty. Please write a few words.")
    return value


def _tags(f: FieldSpec, value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        items: list[object] = list(value.split(","))
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise _bad(f, value, "comma-separated words or a list of words")
    tags: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise _bad(f, item, "words")
        word = _text(f, item).strip()
        if word and word not in tags:
            tags.append(word)
    if len(tags) > MAX_TAGS:
        raise InvalidInput(f"'{f.label}' has {len(tags)} tags; up to {MAX_TAGS} are kept.")
    return tuple(tags) or None


def _date(f: FieldSpec, value: object) -> date:
    if isinstance(value, datetime):
        raise _bad(f, value, "a date (YYYY-MM-DD), not a date and time")
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise _bad(f, value, "a date like 2024-05-31")
    word = value.strip().lower()
    today = date.today()
    if word == "today":
        return today
    if word == "yesterday":
        return today - timedelta(days=1)
    try:
        return date.fromisoformat(word)
    except ValueError:
        raise _bad(f, value, "a date like 2024-05-31 (or 'today', 'yesterday')") from None


def _datetime(f: FieldSpec, value: object, zone: str | None) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _bad(f, value, "a date and time like 2024-05-31 19:30") from None
    else:
        raise _bad(f, value, "a date and time like 2024-05-31 19:30")
    if moment.tzinfo is None:
        tz = _zone(zone) if zone else UTC
        moment = moment.replace(tzinfo=tz)
    return moment


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        raise InvalidInput(
            f"'{name}' is not a time zone I know. Try a name like Europe/Berlin."
        ) from None


def _int(f: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise _bad(f, value, "a whole number")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        try:
            number = int(value.strip())
        except ValueError:
            raise _bad(f, value, "a whole number") from None
    else:
        raise _bad(f, value, "a whole number")
    if f.minimum is not None and number < f.minimum:
        raise _bad(f, value, f"at least {f.minimum}")
    highest = f.maximum if f.maximum is not None else MAX_INT
    if number > highest:
        raise _bad(f, value, f"at most {highest:,}")
    return number


def _norm(word: str) -> str:
    return " ".join(word.strip().casefold().replace("_", " ").replace("-", " ").split())


def _choice(f: FieldSpec, value: object) -> str:
    if isinstance(value, str):
        wanted = _norm(value)
        for stored, words in f.choices:
            if wanted in (_norm(stored), _norm(words)):
                return stored
    options = ", ".join(stored for stored, _ in f.choices)
    raise _bad(f, value, f"one of: {options}")


def _code(f: FieldSpec, value: object) -> str:
    if not isinstance(value, str):
        raise _bad(f, value, "a short code")
    code = value.strip()
    if len(code) > MAX_CODE_CHARS or not code.isprintable():
        raise _bad(f, value, f"a short code (printable, up to {MAX_CODE_CHARS} characters)")
    if f.name == "timezone":
        _zone(code)
    if f.name == "rule":
        from dateutil.rrule import rrulestr

        try:
            rrulestr(code.removeprefix("RRULE:"), dtstart=datetime(2000, 1, 1))
        except (ValueError, TypeError):
            raise _bad(f, value, "an RFC 5545 rule such as FREQ=WEEKLY;BYDAY=SU") from None
    return code


# Storage encodings ---------------------------------------------------------------------


def secret_bytes(f: FieldSpec, value: object) -> bytes:
    """What gets encrypted for a text/longtext/tags field."""
    if f.type == "tags" and isinstance(value, tuple):
        return json.dumps(list(value), ensure_ascii=False).encode("utf-8")
    if isinstance(value, str):
        return value.encode("utf-8")
    raise TypeError(f"{f.name}: cannot encrypt {type(value).__name__}")


def secret_value(f: FieldSpec, data: bytes) -> object:
    if f.type == "tags":
        return tuple(str(t) for t in json.loads(data.decode("utf-8")))
    return data.decode("utf-8")


def to_json_value(f: FieldSpec, value: object) -> Any:
    """The JSON form (also the plain column's form): ISO dates, lists for tags."""
    if isinstance(value, date):  # datetime is a date too
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def from_plain(f: FieldSpec, value: Any) -> object:
    if f.type == "date":
        return date.fromisoformat(str(value))
    if f.type == "datetime":
        return datetime.fromisoformat(str(value))
    if f.type == "int":
        return int(value)
    return str(value)
