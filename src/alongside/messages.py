"""Every user-facing sentence of the use cases, by name (as jrnl's `MsgText`).

Templates take their values with `str.format`; quotes around a field's label are curly.
Both faces show these words unchanged, so the CLI and the web say the same thing.
"""

from __future__ import annotations

from typing import Final


class Msg:
    """Named sentences. `Msg.FIELD_REQUIRED.format(label="Topic")`."""

    # A field of an entry ---------------------------------------------------------------
    FIELD_REQUIRED: Final = "Please write something for \u201c{label}\u201d; it can be short."
    FIELD_TOO_LONG: Final = (
        "\u201c{label}\u201d is {size:,} characters; please keep it under {limit:,} "
        "(you could split it into two entries)."
    )
    FIELD_UNSTORABLE: Final = (
        "\u201c{label}\u201d has a character that can't be stored (a lone surrogate); "
        "please retype it."
    )
    FIELD_WORDS: Final = "\u201c{label}\u201d needs words."
    FIELD_TAG_WORDS: Final = "\u201c{label}\u201d needs words separated by commas."
    FIELD_TOO_MANY_TAGS: Final = (
        "\u201c{label}\u201d has {count} tags; please keep it to {limit} at most."
    )
    FIELD_DATE: Final = (
        "\u201c{label}\u201d needs a real date like 2025-03-14 (or the word today or yesterday)."
    )
    FIELD_DATETIME: Final = "\u201c{label}\u201d needs a date and time like 2025-03-14 19:00."
    FIELD_WHOLE_NUMBER: Final = "\u201c{label}\u201d needs a whole number."
    FIELD_NUMBER_RANGE: Final = "\u201c{label}\u201d needs a number from {low} to {high}."
    FIELD_NUMBER_AT_LEAST: Final = "\u201c{label}\u201d needs a number of at least {low:,}."
    FIELD_NUMBER_AT_MOST: Final = "\u201c{label}\u201d needs a number of at most {high:,}."
    FIELD_CHOICE: Final = "For \u201c{label}\u201d, please pick one of: {options}."
    FIELD_CODE: Final = (
        "\u201c{label}\u201d needs a short code (printable, up to {limit} characters)."
    )
    FIELD_TIME_ZONE: Final = (
        "\u201c{label}\u201d: {value} is not a time zone I know. Try a name like Europe/Berlin."
    )
    FIELD_RULE: Final = "\u201c{label}\u201d needs an RFC 5545 rule such as FREQ=WEEKLY;BYDAY=SU."
    FIELD_UNKNOWN: Final = "{kind} has no field called \u201c{name}\u201d. Its fields are: {names}."
    KIND_UNKNOWN: Final = "There is no kind of entry called \u201c{kind}\u201d. Known: {known}."

    # Saving an entry ---------------------------------------------------------------------
    NOTHING_SAVED_FIELDS: Final = "Nothing was saved yet. Please look at the fields marked below."

    # Coaching a message ------------------------------------------------------------------
    MESSAGE_EMPTY: Final = (
        "The message is empty. Write what you'd like to say, and I'll look at it with you."
    )
    MESSAGE_TOO_LONG: Final = (
        "That is a long message ({size:,} characters). The coach reads up to {limit:,} at a "
        "time; please try one part first."
    )
    FEELING_UNCLEAR: Final = (
        "Please name a feeling in a word or two, like hurt, worried or left out."
    )

    # The passphrase ----------------------------------------------------------------------
    PASSPHRASE_EMPTY: Final = (
        "Please choose a passphrase. It is the only key to your private record."  # noqa: S105
    )
    PASSPHRASE_TOO_SHORT: Final = (
        "Please choose a passphrase of at least {low} characters; "  # noqa: S105
        "a few unrelated words are easy to remember and hard to guess."
    )
    PASSPHRASE_TOO_LONG: Final = "Please keep the passphrase under {high:,} characters."  # noqa: S105
    PASSPHRASE_MISMATCH: Final = (
        "The two passphrases are not the same. Please type it twice, exactly."  # noqa: S105
    )
