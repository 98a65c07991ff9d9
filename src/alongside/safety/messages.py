"""Every sentence a person reads about safety, in one place (PRODUCT.md capability 2).

The screen (`screen.py`) finds what a text touches on; the surfaces (the CLI, the web app,
rehearsal, the record, `ready`, the weekly review) show these words, and the help from
`resources.resources_for(country, kinds)`. Warm, plain, never blaming, never diagnosing.
Where there is abuse or control, the words speak to the person's safety and support, never
to couples therapy or "working through it together".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# The safety message, shown when the screen fires ---------------------------------------

# Kinds of danger where there is abuse or control: never a word about working on the
# relationship together, only about the person's safety and support.
ABUSE_KINDS = frozenset(
    {
        "physical_violence",
        "sexual_violence",
        "threats",
        "stalking",
        "fear_of_partner",
        "coercive_control",
        "harm_to_children",
        "harm_to_animals",
    }
)
FALLBACK_LABEL = "your safety"  # a kind the lexicon does not name (yet)


def _label(kind: str) -> str:
    from alongside.safety.lexicon import lexicon

    try:
        return lexicon().kind(kind).label
    except KeyError:
        return FALLBACK_LABEL


def what_found(kinds: Iterable[str]) -> str:
    """The kinds found, as words: "physical harm or threats or intimidation"."""
    labels = list(dict.fromkeys(_label(k) for k in kinds)) or [FALLBACK_LABEL]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " or " + labels[-1]


def safety_message(kinds: tuple[str, ...]) -> str:
    """The warm words shown when the screen fires: one sentence naming what was seen, for
    the most urgent kind found (`seen`). The panel around it (`alongside.app.safety.panel`)
    adds who can help first, the emergency number and device safety."""
    return seen(kinds)


# The short panel: what was seen, in one sentence --------------------------------------

# For each kind of danger, one plain sentence naming what was seen: warm, never a diagnosis,
# never blaming. When several kinds are found, the first in this order speaks (the most
# urgent); the help shown first still fits all of them.
SEEN = {
    "self_harm": (
        "Some of what you wrote touches on not wanting to live or on hurting yourself (or "
        "someone close to you feeling that way), and you deserve support with it right now."
    ),
    "harm_to_others": (
        "Some of what you wrote touches on urges to hurt someone; saying so is a brave first "
        "step, and people are there to talk it through right now."
    ),
    "physical_violence": (
        "Some of what you wrote touches on being hurt physically; that is never your fault, "
        "and your safety comes first."
    ),
    "threats": (
        "Some of what you wrote touches on threats or being frightened into things; that is "
        "never your fault, and your safety comes first."
    ),
    "sexual_violence": (
        "Some of what you wrote touches on sex you did not want or could not say no to; "
        "whenever it happened, it was not your fault."
    ),
    "harm_to_children": (
        "Some of what you wrote touches on a child who may not be safe; you are right to take "
        "it seriously, and you don't have to work it out alone."
    ),
    "stalking": (
        "Some of what you wrote touches on being watched, followed or tracked; that can be "
        "frightening, and it is not your fault."
    ),
    "fear_of_partner": (
        "Some of what you wrote touches on being afraid of your partner; your fear matters, "
        "and it is not your fault."
    ),
    "coercive_control": (
        "Some of what you wrote touches on being controlled, put down, checked on or cut off; "
        "that is not your fault, and support for you comes first."
    ),
    "harm_to_animals": (
        "Some of what you wrote touches on an animal being hurt or threatened; your safety, "
        "and the safety of anyone in your care, comes first."
    ),
}
SEEN_ORDER = (
    "self_harm",
    "harm_to_others",
    "harm_to_children",  # "he hits the kids": the child is named
    "physical_violence",
    "threats",
    "sexual_violence",
    "coercive_control",  # its sentence names being checked on, too
    "stalking",
    "fear_of_partner",
    "harm_to_animals",
)
SEEN_OTHER = (
    "Some of what you wrote touches on your safety; it is not your fault, and you don't have "
    "to carry it alone."
)
# Kinds where someone may be in danger right now: the emergency number is shown first.
URGENT_KINDS = frozenset({"self_harm", "harm_to_others", "physical_violence"})


def lead_kind(kinds: Iterable[str]) -> str:
    """The kind whose sentence is shown (the most urgent found), "" for none we name."""
    found = set(kinds)
    return next((k for k in SEEN_ORDER if k in found), "")


def seen(kinds: Iterable[str]) -> str:
    """The one sentence that names what was seen, for the most urgent kind found."""
    return SEEN.get(lead_kind(kinds), SEEN_OTHER)


def named_kinds(
    kinds: Iterable[str], text: str = "", sure: Iterable[str] | None = None
) -> tuple[str, ...]:
    """The kinds that name what was seen: those a pattern found (`sure`), else all `kinds`;
    being watched alone where device safety goes first. The panel and `Screening.message`
    both name from these, so a kind only the learned layer read (a friend kept away read as
    a hurt: blind round 12) never heads what a pattern named plainly."""
    found = tuple(kinds)
    sure_kinds = tuple(sure) if sure is not None else None
    named = sure_kinds or found
    if device_first(found, text, sure_kinds) and "stalking" in named:
        return ("stalking",)
    return named


# Someone else's threat to hurt or kill themselves (a partner's, often against leaving): the
# crisis line sits beside the abuse line, and one line says what to do if they may act on it.
THEIR_THREAT = (
    "If you think they may act on it now, {call} and say what they told you. What they do is "
    "not your fault, and you don't have to stay to keep them safe; a crisis line can help you "
    "with this too."
)
# Words that put a threat to self-harm on someone other than the writer.
THEIR_SELF = (
    r"\b(?:himself|herself|themselves|themself|(?:his|her|their) (?:own )?(?:life|wrists)"
    r"|(?:his|her|their) (?:pills|tablets|meds)"
    r"|find (?:him|her|them|his body|her body) dead"
    r"|no point in (?:him|her|them) (?:living|being here|going on)"
    r"|(?:he|she|they)(?:'ll| will|'d| would| is going to| was going to)"
    r" (?:\w+ )?(?:end it|overdose|swallow|jump|do something (?:stupid|silly|drastic)))"
)


def their_threat(kinds: Iterable[str], text: str) -> bool:
    """Does the text carry someone else's threat to hurt or kill themselves: self-harm found
    beside a threat or control, said of him, her or them ("my son has been cutting himself" is
    no threat: the crisis line alone)?"""
    import re

    found = set(kinds)
    if "self_harm" not in found or not found & {"threats", "coercive_control"} or not text:
        return False
    return re.search(THEIR_SELF, text.lower().replace("\u2019", "'")) is not None


def their_threat_line(call: str) -> str:
    """The word on what to do if they may act on it (`call`: "call 999")."""
    return THEIR_THREAT.format(call=call)


PANEL_HEADING = "Your safety comes first"
FIRST_HELP = "People you can reach anywhere, privately and for free:"
FIRST_HELP_PLACE = "Who can help first in {place}, privately and for free:"
DANGER_NOW_CALL = "If you are ever in danger right now, {call}."
EMERGENCY_VARIES = (
    "The emergency number depends on where you are: 911 in the US and Canada, 999 in the UK, "
    "112 or 999 in Ireland, 000 in Australia, 111 in New Zealand, and 112 across Europe and "
    "from many mobile phones."
)
HINTED = "If you are in {place}:"
TIMEZONE_GUESS = (
    "Showing help for {place}, going by this device's time zone. To choose another country: {how}."
)
YOU_DECIDE = "You decide what happens next; talking to them does not commit you to anything."
MORE_HELP_WEB = "More help: {n} more services, and keeping this private on your phone"
MORE_HELP_CLI = (
    "More help ({n} more services, and keeping this private on your phone): alongside safety"
)
# device safety is already shown above: "more help" is the other services
MORE_SERVICES_WEB = "More help: {n} more services"
MORE_SERVICES_CLI = "More help ({n} more services): alongside safety"
KEPT_RECORD = "What you wrote is kept safe in your record, as you wrote it."
OTHER_COUNTRIES_WEB = "Help for other countries, and choosing yours"


def emergency_call(contact: str) -> str:
    """ "Call 999. If you can't speak, ..." -> "call 999" (the number only, for a sentence)."""
    first = contact.split(".")[0].split(";")[0].strip()
    return first[:1].lower() + first[1:] if first else "call your local emergency number"


# Device safety: near the top where what was seen suggests being watched ---------------

DEVICE_HEADING = "Keeping this private"
DEVICE_LINES = (
    "If someone may check this phone or computer, look for help on one they can't reach, "
    "such as a friend's phone or a library computer.",
    "A private window leaves less behind; wiping all your history at once can itself be noticed.",
    "Switching off location sharing or a tracker can be noticed too; a helpline can help you "
    "plan before you change anything.",
)
DEVICE_CLI = (
    "Words typed after a command stay in this terminal's history; alongside check on its own "
    "asks for them instead."
)
DEVICE_WEB = (
    "Quick exit, at the top of every page (or Esc three times), leaves at once and locks Alongside."
)
# Words in what was written that suggest being watched through a device (with a kind of
# control or stalking found): device safety then comes first.
MONITORING_WORDS = (
    "phone",
    "location",
    "track",
    "tracker",
    "tracking",
    "airtag",
    "gps",
    "password",
    "passcode",
    "messages",
    "texts",
    "emails",
    "camera",
    "spy",
    "spying",
    "laptop",
    "computer",
    "app",
    "read",
    "reads",
    "reading",
    "follows",
    "followed",
    "following",
    "watches",
    "watching",
)


def device_first(kinds: Iterable[str], text: str = "", sure: Iterable[str] | None = None) -> bool:
    """Device safety goes near the top: stalking was found by a pattern (`sure`: the kinds a
    pattern found, when known), or stalking, control, fear or threats beside words about a
    phone, a location, messages or being watched."""
    import re

    found = set(kinds)
    if "stalking" in (found if sure is None else set(sure)):
        return True
    if not found & {"stalking", "coercive_control", "fear_of_partner", "threats"} or not text:
        return False
    words = set(re.findall(r"[a-z]+", text.lower()))
    return bool(words.intersection(MONITORING_WORDS))


# A message about to be sent (the coach) ---------------------------------------------

BEFORE_SENDING = (
    "Before you send anything: if your partner may react with anger, saying where you are, "
    "what you plan or who you have talked to can make things less safe; a helpline can help "
    "you work out what to say, and whether now is the time."
)


def before_sending(kinds: Iterable[str]) -> str:
    """For the coach, whose text is about to go to the partner: where there is abuse or
    control, a word on what sending it could do ("" otherwise)."""
    return BEFORE_SENDING if ABUSE_KINDS.intersection(kinds) else ""


# After the help, the last words ------------------------------------------------------

AFTER_ABUSE = (
    "You don't have to decide anything now. Whenever you want to, the people above can help "
    "you think about what would keep you, and anyone in your care, safe."
)
AFTER_OTHER = "When you feel safe and ready, the coach is here for your words. There is no hurry."


def after_help(kinds: Iterable[str]) -> str:
    """The closing line under the help: about support, never about coaching, when abused."""
    return AFTER_ABUSE if ABUSE_KINDS.intersection(kinds) else AFTER_OTHER


# Countries -----------------------------------------------------------------------------

GENERAL = (
    "Your safety comes first. If you are ever afraid, hurt or thinking about ending your life, "
    "it is not your fault and you don't have to face it alone. These people listen without "
    "judging; calls are confidential."
)
CHOOSE_COUNTRY_CLI = "alongside settings country XX"
CHOOSE_COUNTRY_WEB = (
    'on the Help and safety page, pick it under "Show help for", then press "Remember my country"'
)


def country_list(countries: Mapping[str, str]) -> str:
    """ "US (the United States), UK (the United Kingdom), …" without the international list."""
    return ", ".join(f"{code} ({name})" for code, name in countries.items() if code != "INTL")


def no_country(how: str) -> str:
    """No country chosen yet: say how to choose one (`how`: a command or where to click)."""
    return (
        "You haven't chosen your country yet, so here are ways to find help anywhere. "
        f"To see the helplines where you live, choose your country: {how}."
    )


def unknown_country(country: str, countries: Mapping[str, str]) -> str:
    """The plain sentence shown when we hold no list for `country`."""
    shown = " ".join(country.split())[:60] or "that place"
    return (
        f"We don't have a list of helplines for {shown} yet, so here are ways to find help "
        "anywhere. Your local emergency number is always the first call if you are in danger. "
        f"We hold lists for: {country_list(countries)}."
    )


def bad_country(
    country: str,
    countries: Mapping[str, str],
    how: str = "for example: alongside settings country GB",
) -> str:
    """A country setting we can't use: which ones we can, and how to choose one."""
    shown = " ".join(country.split())[:60]
    start = f'I don\'t know the country "{shown}".' if shown else "Please name a country."
    return (
        f"{start} I hold helplines for: {country_list(countries)}. Use one of these codes, "
        f"{how}. Nothing was changed."
    )


def country_saved(name: str) -> str:
    return f"Saved: help and helplines will be shown for {name}."


# `ready` and "Before we talk", after a danger sign in the record ---------------------

READY_NOT_NOW = "Not now: your safety comes first."
READY_HEADING = "Your safety comes first"


def ready_reason(kinds: Iterable[str], days: int) -> str:
    """Why `ready` does not say "now" within `days` of a danger sign in the record."""
    return (
        f"Something written in your record in the last {days} days touches on "
        f"{what_found(kinds)}. A talk about therapy can wait. What matters first is that you, "
        "and anyone in your care, are safe, and that you have support; it is not your fault."
    )


HELP_CLI = "People who can help, privately and for free: alongside safety."


# The weekly review ---------------------------------------------------------------------

REVIEW_SAFETY = (
    "Some of what you wrote this week touches on safety. Your safety, and that of anyone in "
    "your care, comes before anything else here. For people who can help: alongside safety."
)
REVIEW_CLOSING = (
    "This week, what matters most is your safety and your support, not the plan. You don't "
    "have to carry this alone: alongside safety lists people who can help, privately and "
    "for free, whenever you want to talk."
)


def review_not_a_setback(what: str, day: str, kinds: Iterable[str]) -> str:
    """A setback (or hard talk) whose words trip the screen: a safety concern, not a lesson."""
    said = f'"{what}" ({day})' if what else f"What you noted on {day}"
    return (
        f"{said} touches on {what_found(kinds)}. That is not a setback to learn from: it "
        "is about your safety, and it is not your fault."
    )


# Text the coach cannot read ------------------------------------------------------------

NOT_ENGLISH = (
    "I can only read English for now, so I can't look at this message, and I won't guess at "
    "it. If anything in it is about being hurt, afraid or unsafe, help is there for you, "
    "often in many languages: {where}."
)
WHERE_CLI = "alongside safety (or alongside safety --country XX)"
WHERE_WEB = "the Help and safety page, linked below"


def not_english(where: str) -> str:
    """The plain words for a message in another language: no coaching, no praise."""
    return NOT_ENGLISH.format(where=where)
