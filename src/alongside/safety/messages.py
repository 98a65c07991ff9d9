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

OPENING = (
    "Some of what you wrote touches on {what}. Your safety, and the safety of anyone in "
    "your care, comes before any conversation about therapy."
)
NOT_YOUR_FAULT = (
    "If any of this is happening, it is not your fault, and you don't have to carry it alone. "
    "Trained people on helplines listen without judging; talking to them is free and "
    "confidential, and you decide what happens next."
)
DANGER_NOW = "If you are in danger right now, call your local emergency number."
SELF_HARM = (
    "If you, or your partner, are thinking about suicide or hurting yourselves, a crisis line "
    "can listen right now, day or night."
)
HARM_TO_OTHERS = (
    "If you, or your partner, have urges to hurt someone, saying so is a brave first step; a "
    "crisis line can talk it through with you right now, day or night, without judging."
)
SEXUAL_VIOLENCE = (
    "Whenever it happened, a sexual-assault helpline can listen and help you think about "
    "what you need."
)
ABUSE = (
    "When someone hurts, frightens or controls you, support for you comes first, not a "
    "conversation about couples therapy. A domestic-abuse helpline can help you think "
    "through your safety and your options, at your own pace."
)
CHILDREN = "If a child may be at risk, a children's helpline can talk it through with you."
SHARED_DEVICE = (
    "If someone else uses this device, you may want to close this window when you're done."
)

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
    """The warm words shown when the screen fires: safety first, never blame, never diagnose."""
    parts = [OPENING.format(what=what_found(kinds)), NOT_YOUR_FAULT, DANGER_NOW]
    if "self_harm" in kinds:
        parts.append(SELF_HARM)
    if "harm_to_others" in kinds:
        parts.append(HARM_TO_OTHERS)
    if "sexual_violence" in kinds:
        parts.append(SEXUAL_VIOLENCE)
    if ABUSE_KINDS.intersection(kinds):
        parts.append(ABUSE)
    if "harm_to_children" in kinds:
        parts.append(CHILDREN)
    parts.append(SHARED_DEVICE)
    return " ".join(parts)


# A message about to be sent (the coach) ---------------------------------------------

BEFORE_SENDING = (
    "Before you send anything: if your partner may react with anger, telling them where you "
    "are, what you plan, or who you have talked to can make things less safe. A helpline can "
    "help you work out what to say, and whether now is the time."
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
