"""Record forms built from `alongside.vault.kinds` and checked field by field.

Nothing here lists fields: every label, help text, type and choice comes from `KINDS`.
`check_fields` turns what a person typed into values for `Vault.add/update`, or into one
plain sentence per field that needs another look; the typed text is always kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from alongside.vault.kinds import FieldSpec, KindSpec

MAX_CHARS = {"text": 2_000, "longtext": 50_000, "tags": 1_000, "code": 200}  # per field
DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class Checked:
    """The result of checking a form: values to save, or messages per field."""

    values: dict[str, object]
    errors: dict[str, str]

    @property
    def ok(self) -> bool:
        return not self.errors


def input_type(spec: FieldSpec) -> str:
    """The HTML input type used for a field."""
    return {"date": "date", "int": "number", "datetime": "datetime-local"}.get(spec.type, "text")


def max_chars(spec: FieldSpec) -> int:
    return MAX_CHARS.get(spec.type, 100)


def check_fields(kind: KindSpec, raw: Mapping[str, str], *, partial: bool = False) -> Checked:
    """Check every field of `kind` in `raw` (strings as typed).

    With `partial`, fields absent from `raw` are left alone (for edits through the API);
    otherwise an absent field means empty.
    """
    values: dict[str, object] = {}
    errors: dict[str, str] = {}
    for spec in kind.fields:
        if partial and spec.name not in raw:
            continue
        typed = raw.get(spec.name, "")
        value, problem = check_one(spec, typed)
        if problem:
            errors[spec.name] = problem
        else:
            values[spec.name] = value
    return Checked(values, errors)


def check_one(spec: FieldSpec, typed: str) -> tuple[object, str]:
    """(value, "") when `typed` fits `spec`, else (None, a plain sentence)."""
    text = typed.strip()
    label = spec.label.rstrip("?:")
    if not text:
        if spec.required:
            return None, f"Please write something for \u201c{label}\u201d; it can be short."
        return None, ""
    if "\x00" in text:
        return None, f"\u201c{label}\u201d has a character that cannot be kept; please retype it."
    if len(text) > max_chars(spec):
        return None, (
            f"\u201c{label}\u201d is {len(text):,} characters; please keep it under "
            f"{max_chars(spec):,} (you could split it into two entries)."
        )
    if spec.type == "date":
        return _date(text, label)
    if spec.type == "datetime":
        return _datetime(text, label)
    if spec.type == "int":
        return _int(spec, text, label)
    if spec.type == "choice":
        allowed = {value for value, _ in spec.choices}
        if text not in allowed:
            shown = ", ".join(words for _, words in spec.choices)
            return None, f"For \u201c{label}\u201d, please pick one of: {shown}."
        return text, ""
    if spec.type == "tags":
        return tuple(t.strip() for t in text.split(",") if t.strip()), ""
    return text, ""


def _date(text: str, label: str) -> tuple[object, str]:
    try:
        return dt.datetime.strptime(text, DATE_FORMAT).date(), ""
    except ValueError:
        return None, f"\u201c{label}\u201d needs a real date like 2025-03-14."


def _datetime(text: str, label: str) -> tuple[object, str]:
    for pattern in DATETIME_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern), ""
        except ValueError:
            continue
    return None, f"\u201c{label}\u201d needs a date and time like 2025-03-14 19:00."


def _int(spec: FieldSpec, text: str, label: str) -> tuple[object, str]:
    try:
        number = int(text)
    except ValueError:
        return None, f"\u201c{label}\u201d needs a whole number."
    low, high = spec.minimum, spec.maximum
    if (low is not None and number < low) or (high is not None and number > high):
        if low is not None and high is not None:
            return None, f"\u201c{label}\u201d needs a number from {low} to {high}."
        bound = f"at least {low}" if low is not None else f"at most {high}"
        return None, f"\u201c{label}\u201d needs a number {bound}."
    return number, ""


def shown_value(spec: FieldSpec, value: object) -> str:
    """A stored value as words for lists and the edit form."""
    if value is None or value == "":
        return ""
    if spec.type == "tags" and isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if spec.type == "datetime" and isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if spec.type == "date" and isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def choice_words(spec: FieldSpec, value: object) -> str:
    """The words shown for a stored choice value."""
    return dict(spec.choices).get(str(value), str(value))


def form_values(spec_kind: KindSpec, fields: Mapping[str, object]) -> dict[str, str]:
    """Stored field values as the strings an edit form starts with."""
    return {s.name: shown_value(s, fields.get(s.name)) for s in spec_kind.fields}
