"""The kinds of entry in the private record and their fields (PRODUCT.md capability 4).

This is the one description the store, the CLI and the web forms all read: they build
prompts, tables and forms from it instead of repeating field lists.

Privacy rule (see docs/privacy-and-security.md): every `text` / `longtext` / `tags` field
is encrypted at rest; `date`, `int` and `choice` fields stay plain so lists, plans and
plots work without the passphrase-derived key touching every row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FieldType = Literal["text", "longtext", "tags", "date", "datetime", "int", "choice", "code"]
# "code": a short plain machine value (a time zone, an RRULE); never personal words.
ENCRYPTED_TYPES: frozenset[str] = frozenset({"text", "longtext", "tags"})

# Stages of change (Prochaska & DiClemente), in plain words for the partner's stance.
STANCES: tuple[tuple[str, str], ...] = (
    ("not_considering", "not considering it"),
    ("considering", "considering it"),
    ("preparing", "preparing"),
    ("trying", "trying it"),
    ("continuing", "continuing"),
)


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str
    type: FieldType = "text"
    required: bool = False
    help: str = ""
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, words shown)
    minimum: int | None = None
    maximum: int | None = None
    picker_help: str = ""  # the hint beside the browser's own picker (its format varies)

    def hint(self, *, picker: bool) -> str:
        """The hint shown beside this field; `picker`: the browser shows its own picker."""
        return self.picker_help if picker and self.picker_help else self.help

    @property
    def encrypted(self) -> bool:
        return self.type in ENCRYPTED_TYPES


def with_article(noun: str) -> str:
    """`noun` after "a" or "an", chosen by how it sounds ("an invitation", "a shared goal")."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


@dataclass(frozen=True)
class KindSpec:
    name: str  # stable id used in the database, the CLI and URLs
    title: str  # plural, shown as a heading
    singular: str
    principles: tuple[str, ...]
    fields: tuple[FieldSpec, ...] = field(default_factory=tuple)
    prompt: str = ""  # a warm one-liner shown when adding one

    @property
    def a_singular(self) -> str:
        """The singular with its article: "an agreement", "a win"."""
        return with_article(self.singular)

    @property
    def main_field(self) -> FieldSpec:
        """The required text field that names an entry in lists."""
        return next(f for f in self.fields if f.required and f.encrypted)

    def field(self, name: str) -> FieldSpec:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


WHEN = FieldSpec(
    "occurred_on",
    "When",
    "date",
    help="YYYY-MM-DD; today if left empty",
    picker_help="Pick a day; today if left empty",
)
NOTES = FieldSpec("notes", "Notes", "longtext")

KINDS: dict[str, KindSpec] = {
    k.name: k
    for k in (
        KindSpec(
            "journal",
            "Journal",
            "journal entry",
            ("P12",),
            (
                WHEN,
                FieldSpec("situation", "What happened", "longtext", required=True),
                FieldSpec("trigger", "What set it off", "text"),
                FieldSpec("response", "How I responded", "longtext"),
                FieldSpec("feelings", "What I felt", "text"),
                FieldSpec("next_time", "What I'd try next time", "longtext"),
                FieldSpec("tags", "Tags", "tags", help="comma-separated"),
            ),
            "Noticing triggers and responses is how patterns become choices.",
        ),
        KindSpec(
            "conversation",
            "Conversations",
            "conversation",
            ("P9", "P11", "P17"),
            (
                WHEN,
                FieldSpec("topic", "Topic", "text", required=True),
                FieldSpec("rating", "How it went (1-5)", "int", minimum=1, maximum=5),
                FieldSpec("stance", "Where my partner seemed to be", "choice", choices=STANCES),
                NOTES,
            ),
            "Every talk counts, including the ones that were hard.",
        ),
        KindSpec(
            "win",
            "Wins",
            "win",
            ("P20", "P21"),
            (WHEN, FieldSpec("what", "What went well", "longtext", required=True), NOTES),
            "Small wins are real progress: calmer mornings count.",
        ),
        KindSpec(
            "setback",
            "Setbacks",
            "setback",
            ("P20",),
            (
                WHEN,
                FieldSpec("what", "What was hard", "longtext", required=True),
                FieldSpec("learned", "What did we learn?", "longtext"),
                NOTES,
            ),
            "A setback is a chance to learn, not evidence of failure.",
        ),
        KindSpec(
            "boundary",
            "Boundaries",
            "boundary",
            ("P7",),
            (
                FieldSpec("boundary", "The boundary", "longtext", required=True),
                FieldSpec(
                    "tolerance",
                    "This is something I",
                    "choice",
                    choices=(("can", "can live with"), ("cannot", "cannot live with")),
                ),
                FieldSpec("how_to_say", "How I will say it with care", "longtext"),
                NOTES,
            ),
            "Boundaries protect you both when they are said with care.",
        ),
        KindSpec(
            "agreement",
            "Agreements",
            "agreement",
            ("P7", "P18", "P19"),
            (
                FieldSpec("agreement", "What we agreed", "longtext", required=True),
                FieldSpec(
                    "revisit_on", "Revisit on", "date", help="YYYY-MM-DD", picker_help="Pick a day"
                ),
                NOTES,
            ),
            'e.g. "therapy talk only when we\'re both calm".',
        ),
        KindSpec(
            "goal",
            "Shared goals",
            "shared goal",
            ("P4", "P10"),
            (FieldSpec("goal", "Our goal", "longtext", required=True), NOTES),
            "A calm goal you share, like safety, respect or honest connection.",
        ),
        KindSpec(
            "selfcare",
            "Self-care",
            "self-care item",
            ("P8",),
            (
                WHEN,
                FieldSpec("action", "What I did or who supports me", "text", required=True),
                FieldSpec(
                    "type",
                    "This is",
                    "choice",
                    choices=(("action", "something I did"), ("support", "a support I can turn to")),
                ),
                NOTES,
            ),
            "Looking after yourself is part of this, not a detour.",
        ),
        KindSpec(
            "therapist",
            "Therapist shortlist",
            "therapist",
            ("P15", "P16"),
            (
                FieldSpec("name", "Name", "text", required=True),
                FieldSpec("approach", "Approach", "text", help="e.g. Gottman, EFT, CBT"),
                FieldSpec("format", "Format", "text", help="e.g. online, in person, couples"),
                FieldSpec("cost", "Cost", "text"),
                FieldSpec("insurance", "Insurance", "text"),
                FieldSpec("availability", "Availability", "text"),
                FieldSpec(
                    "contact_status",
                    "Contact status",
                    "choice",
                    choices=(
                        ("not_contacted", "not contacted yet"),
                        ("contacted", "contacted"),
                        ("call_booked", "intro call booked"),
                        ("seen", "had a session"),
                        ("not_a_fit", "not a fit"),
                    ),
                ),
                NOTES,
            ),
            "Doing the research is practical support that keeps the door open.",
        ),
        KindSpec(
            "resource",
            "Resources",
            "resource",
            ("P21",),
            (
                FieldSpec("title", "Title", "text", required=True),
                FieldSpec(
                    "type",
                    "Type",
                    "choice",
                    choices=(
                        ("book", "book"),
                        ("workshop", "workshop"),
                        ("podcast", "podcast"),
                        ("article", "article"),
                        ("course", "course"),
                        ("other", "other"),
                    ),
                ),
                FieldSpec(
                    "status",
                    "Status",
                    "choice",
                    choices=(
                        ("want", "want to try"),
                        ("in_progress", "in progress"),
                        ("done", "done"),
                    ),
                ),
                NOTES,
            ),
            "Learning together, from readings, workshops or podcasts, is a step too.",
        ),
        # Written by other capabilities, still part of the private record:
        KindSpec(
            "message",
            "Saved messages",
            "saved message",
            ("P1", "P14", "P21"),
            (
                WHEN,
                FieldSpec("text", "The message", "longtext", required=True),
                FieldSpec("findings", "What the coach found (JSON)", "longtext"),
                FieldSpec("pushing", "Pushing patterns", "int", minimum=0),
                FieldSpec("inviting", "Inviting patterns", "int", minimum=0),
            ),
            "Saved from the coach so you can see how your words change over time.",
        ),
        KindSpec(
            "invitation",
            "Invitations",
            "invitation",
            ("P6", "P13", "P16", "P19"),
            (
                WHEN,
                FieldSpec("how", "How I raised it", "longtext", required=True),
                FieldSpec("response", "How they responded", "longtext"),
                FieldSpec(
                    "stance_after", "Where they seemed to be after", "choice", choices=STANCES
                ),
                NOTES,
            ),
            "Each time therapy came up: how, the response, where things stood after.",
        ),
        KindSpec(
            "checkin",
            "Check-ins",
            "check-in",
            ("P12",),
            (
                WHEN,
                FieldSpec("notes", "What we talked about", "longtext", required=True),
                FieldSpec("rating", "How it felt (1-5)", "int", minimum=1, maximum=5),
            ),
            "A regular check-in is practice for the skills therapy teaches.",
        ),
        KindSpec(
            "schedule",
            "Check-in schedule",
            "check-in schedule",
            ("P9", "P12"),
            (
                FieldSpec("title", "Name", "text", required=True),
                FieldSpec(
                    "starts_at",
                    "First one",
                    "datetime",
                    help="YYYY-MM-DD HH:MM",
                    picker_help="Pick a day and a time",
                ),
                FieldSpec("timezone", "Time zone", "code", help="e.g. Europe/Berlin"),
                FieldSpec("rule", "Repeats", "code", help="an RFC 5545 RRULE, e.g. FREQ=WEEKLY"),
            ),
            "A steady rhythm matters more than any single talk.",
        ),
    )
}

RECORD_KINDS: tuple[str, ...] = (
    "journal",
    "conversation",
    "win",
    "setback",
    "boundary",
    "agreement",
    "goal",
    "selfcare",
    "therapist",
    "resource",
)
