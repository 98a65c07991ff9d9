"""The one field validator: what people type (or import) checked against `KINDS`.

Both faces and the store call `check_fields`; it returns every field's problem at once,
each a plain sentence from `alongside.messages`. A pydantic model per kind is generated
from `KINDS` (built on first use, so commands that never validate don't import pydantic).

Values may arrive as strings (from the CLI, forms and import files) or already typed.
Typed values are: `str` (text, longtext, choice, code), `tuple[str, ...]` (tags),
`datetime.date` (date), aware `datetime.datetime` (datetime) and `int` (int).
The empty string, only spaces, None, or no tags mean "not set". Words are kept exactly as
typed (spaces and control characters included); dates accept "today" and "yesterday".
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from alongside.errors import InvalidFields, InvalidInput
from alongside.messages import Msg
from alongside.vault.kinds import KINDS, FieldSpec, KindSpec

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationInfo

# Characters one field holds, by type: the same in the CLI, the web, the API and imports.
MAX_CHARS: dict[str, int] = {
    "text": 10_000,  # one line: a topic, a name, a trigger
    "longtext": 1_000_000,  # a long letter or journal page; a book belongs in a file
    "tags": 10_000,
    "code": 200,  # a time zone or an RRULE, never prose
}
MAX_TAGS = 100
MAX_INT = 1_000_000  # a number field with no maximum of its own (counts) stops here


class FieldProblem(ValueError):
    """One field's value can't be used; `str()` is the sentence."""


@dataclass(frozen=True)
class Checked:
    """Typed values for the fields given (None = not set), or a sentence per field."""

    values: dict[str, object | None]
    errors: dict[str, str]

    @property
    def ok(self) -> bool:
        return not self.errors


def max_chars(f: FieldSpec) -> int:
    return MAX_CHARS.get(f.type, 100)


def kind_spec(kind: str) -> KindSpec:
    try:
        return KINDS[kind]
    except KeyError:
        known = ", ".join(sorted(KINDS))
        raise InvalidInput(Msg.KIND_UNKNOWN.format(kind=_shown(kind), known=known)) from None


def check_fields(
    spec: KindSpec,
    raw: Mapping[str, object],
    *,
    partial: bool = False,
    zone: str | None = None,
    today: date | None = None,
) -> Checked:
    """Check `raw` against `spec`: every problem at once, one sentence per field.

    Without `partial` every field of the kind is checked (absent = not set, so a required
    one is missing); with it only the fields given are (an edit), and a required one given
    empty is still a problem. `zone`: the time zone for a date and time without one (a
    `timezone` field given alongside wins). `today`: the day "today" means (this device's).
    """
    from pydantic import ValidationError

    given = {k: v for k, v in raw.items()}
    tz_value = given.get("timezone") if any(f.name == "timezone" for f in spec.fields) else None
    context = {
        "zone": tz_value if isinstance(tz_value, str) and tz_value.strip() else zone,
        "today": today or date.today(),
    }
    try:
        model = _model(spec.name, partial).model_validate(given, context=context)
    except ValidationError as failed:
        return Checked({}, _sentences(spec, failed))
    values = {name: getattr(model, name) for name in model.model_fields_set}
    return Checked({f.name: values[f.name] for f in spec.fields if f.name in values}, {})


def parse_fields(
    spec: KindSpec, values: Mapping[str, object], *, partial: bool = False, zone: str | None = None
) -> dict[str, object | None]:
    """Typed values for the fields given, or `InvalidFields` naming every problem."""
    checked = check_fields(spec, values, partial=partial, zone=zone)
    if not checked.ok:
        raise InvalidFields(checked.errors)
    return checked.values


def _sentences(spec: KindSpec, failed: Any) -> dict[str, str]:
    errors: dict[str, str] = {}
    for problem in failed.errors():
        name = str(problem["loc"][0]) if problem["loc"] else ""
        if problem["type"] == "missing":
            errors[name] = _required(spec, spec.field(name))
        elif problem["type"] == "extra_forbidden":
            names = ", ".join(f.name for f in spec.fields)
            errors[name] = Msg.FIELD_UNKNOWN.format(
                kind=spec.a_singular.capitalize(), name=_shown(name), names=names
            )
        else:
            errors[name] = str(problem["ctx"]["error"]) if "ctx" in problem else problem["msg"]
    return errors


@cache
def _model(kind: str, partial: bool) -> type[BaseModel]:
    """The pydantic model of one kind's fields, generated from `KINDS` (once per kind)."""
    from typing import Annotated

    from pydantic import BeforeValidator, ConfigDict, create_model

    spec = KINDS[kind]
    fields: dict[str, Any] = {}
    for f in spec.fields:
        check = Annotated[object, BeforeValidator(_validator(spec, f))]
        required = f.required and not partial
        fields[f.name] = (check, ...) if required else (check, None)
    config = ConfigDict(extra="forbid", arbitrary_types_allowed=True, frozen=True)
    model: type[BaseModel] = create_model(f"{kind}_fields", __config__=config, **fields)
    return model


def _validator(spec: KindSpec, f: FieldSpec) -> Callable[[object, ValidationInfo], object | None]:
    def validate(value: object, info: ValidationInfo) -> object | None:
        context = info.context or {}
        parsed = parse_value(f, value, zone=context.get("zone"), today=context.get("today"))
        if parsed is None and f.required:
            raise FieldProblem(_required(spec, f))
        return parsed

    return validate


def parse_value(
    f: FieldSpec, value: object, *, zone: str | None = None, today: date | None = None
) -> object | None:
    """The typed value of one field (None: not set); `FieldProblem` when it can't be used."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if f.type in ("text", "longtext"):
        return _text(f, value)
    if f.type == "tags":
        return _tags(f, value)
    if f.type == "date":
        return _date(f, value, today or date.today())
    if f.type == "datetime":
        return _datetime(f, value, zone)
    if f.type == "int":
        return _int(f, value)
    if f.type == "choice":
        return _choice(f, value)
    return _code(f, value)


def _required(spec: KindSpec, f: FieldSpec) -> str:
    return Msg.FIELD_REQUIRED.format(label=_label(f), kind=spec.a_singular)


def _label(f: FieldSpec) -> str:
    return f.label.rstrip("?:")


def _shown(value: object) -> str:
    """A value someone gave, safe to show in a sentence: printable and short."""
    text = "".join(c if c.isprintable() else "?" for c in str(value))
    return text if len(text) <= 40 else text[:37] + "..."


def _text(f: FieldSpec, value: object) -> str:
    if not isinstance(value, str):
        raise FieldProblem(Msg.FIELD_WORDS.format(label=_label(f)))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FieldProblem(Msg.FIELD_UNSTORABLE.format(label=_label(f))) from None
    if len(value) > max_chars(f):
        raise FieldProblem(
            Msg.FIELD_TOO_LONG.format(label=_label(f), size=len(value), limit=max_chars(f))
        )
    return value


def _tags(f: FieldSpec, value: object) -> tuple[str, ...] | None:
    if isinstance(value, str):
        _text(f, value)
        items: list[object] = list(value.split(","))
    elif isinstance(value, list | tuple):
        items = list(value)
    else:
        raise FieldProblem(Msg.FIELD_TAG_WORDS.format(label=_label(f)))
    tags: list[str] = []
    for item in items:
        if not isinstance(item, str):
            raise FieldProblem(Msg.FIELD_TAG_WORDS.format(label=_label(f)))
        word = _text(f, item).strip()
        if word and word not in tags:
            tags.append(word)
    if len(tags) > MAX_TAGS:
        raise FieldProblem(
            Msg.FIELD_TOO_MANY_TAGS.format(label=_label(f), count=len(tags), limit=MAX_TAGS)
        )
    return tuple(tags) or None


RELATIVE_DAYS = {"today": 0, "yesterday": 1}


def _date(f: FieldSpec, value: object, today: date) -> date:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise FieldProblem(Msg.FIELD_DATE.format(label=_label(f)))
    word = value.strip().lower()
    if word in RELATIVE_DAYS:
        return today - timedelta(days=RELATIVE_DAYS[word])
    try:
        if len(word) != 10:  # YYYY-MM-DD only: not 20250314, not a week date
            raise ValueError(word)
        return date.fromisoformat(word)
    except ValueError:
        raise FieldProblem(Msg.FIELD_DATE.format(label=_label(f))) from None


def _datetime(f: FieldSpec, value: object, zone: str | None) -> datetime:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise FieldProblem(Msg.FIELD_DATETIME.format(label=_label(f))) from None
    else:
        raise FieldProblem(Msg.FIELD_DATETIME.format(label=_label(f)))
    if moment.tzinfo is None:
        tz = _zone(zone) if zone else None
        moment = moment.replace(tzinfo=tz or UTC)
    return moment


def _zone(name: str) -> ZoneInfo | None:
    """The zone called `name`, or None (its own field says why it is not one)."""
    try:
        return ZoneInfo(name.strip())
    except (ValueError, KeyError, OSError):
        return None


def _int(f: FieldSpec, value: object) -> int:
    if isinstance(value, bool):
        raise FieldProblem(Msg.FIELD_WHOLE_NUMBER.format(label=_label(f)))
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and len(value) <= 100:
        try:
            number = int(value.strip())
        except ValueError:
            raise FieldProblem(Msg.FIELD_WHOLE_NUMBER.format(label=_label(f))) from None
    else:
        raise FieldProblem(Msg.FIELD_WHOLE_NUMBER.format(label=_label(f)))
    low, high = f.minimum, f.maximum if f.maximum is not None else MAX_INT
    if (low is not None and number < low) or number > high:
        if low is not None and f.maximum is not None:
            raise FieldProblem(Msg.FIELD_NUMBER_RANGE.format(label=_label(f), low=low, high=high))
        if low is not None and number < low:
            raise FieldProblem(Msg.FIELD_NUMBER_AT_LEAST.format(label=_label(f), low=low))
        raise FieldProblem(Msg.FIELD_NUMBER_AT_MOST.format(label=_label(f), high=high))
    return number


def _norm(word: str) -> str:
    return " ".join(word.strip().casefold().replace("_", " ").replace("-", " ").split())


def _choice(f: FieldSpec, value: object) -> str:
    """A stored value; the words shown for it are accepted too, in any case."""
    if isinstance(value, str):
        wanted = _norm(value)
        for stored, words in f.choices:
            if wanted in (_norm(stored), _norm(words)):
                return stored
    options = ", ".join(words for _, words in f.choices)
    raise FieldProblem(Msg.FIELD_CHOICE.format(label=_label(f), options=options))


def _code(f: FieldSpec, value: object) -> str:
    limit = MAX_CHARS["code"]
    if not isinstance(value, str):
        raise FieldProblem(Msg.FIELD_CODE.format(label=_label(f), limit=limit))
    code = value.strip()
    if len(code) > limit or not code.isprintable():
        raise FieldProblem(Msg.FIELD_CODE.format(label=_label(f), limit=limit))
    if f.name == "timezone" and _zone(code) is None:
        raise FieldProblem(Msg.FIELD_TIME_ZONE.format(label=_label(f), value=_shown(code)))
    if f.name == "rule":
        from dateutil.rrule import rrulestr

        try:
            rrulestr(code.removeprefix("RRULE:"), dtstart=datetime(2000, 1, 1))
        except (ValueError, TypeError):
            raise FieldProblem(Msg.FIELD_RULE.format(label=_label(f))) from None
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
