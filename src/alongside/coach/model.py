"""The coach's results: frozen dataclasses that say what was found, where, and why.

`Analysis.to_json()` is the stable batch format of `alongside check --jsonl`:
`{"categories": [...], "findings": [{"id", "start", "end", "principles", "why",
"rewrite"}...], "safety": {"flagged": bool, "kinds": [...]}}`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from alongside.coach.compose import compose, tip
from alongside.coach.rewrite import (
    Check,
    Composed,
    LeftForYou,
    hint_for_finding,
    rewrite_finding,
)
from alongside.coach.rules import findings

if TYPE_CHECKING:
    from alongside.coach.rules import Rule
    from alongside.safety import Screening

# "self": said about the writer (self-criticism), noted kindly and never coached as pushing.
# "other": said about someone else ("She's so inconsiderate"): a story, kept for the record.
Polarity = Literal["pushing", "inviting", "self", "other"]


def finding_name(finding_id: str) -> str:
    """How a finding id reads in a sentence: its `name` in the rule files (`[finding.<id>]`).

    An id the rule files do not know (a finding saved by an older version) is shown in words.
    """
    spec = findings().get(finding_id)
    return spec.name if spec is not None else finding_id.replace("_", " ").strip()


# A frozen dataclass's own `__init__` sets each field through `object.__setattr__` (about
# 1.5 µs for a Finding, several per message); the classes below set their slots through
# the slots' own setters instead (a third of the cost), and stay frozen after.
Setter = Callable[[object, object], None]


def _setters(cls: type, names: tuple[str, ...]) -> tuple[Setter, ...]:
    """The slot setters of `cls` (a dataclass with slots), in the order of `names`."""
    return tuple(cls.__dict__[name].__set__ for name in names)


@dataclass(frozen=True, slots=True, init=False)
class Finding:
    """One pattern in a message: which rule fired, on which exact characters, and why.

    The gentler `rewrite` of a pushing finding is written when it is read (the CLI, the web
    page and `--jsonl` all read it), not while the message is analysed: a caller that only
    needs the findings does not pay for every rewrite.
    """

    id: str
    start: int
    end: int
    principles: tuple[str, ...]
    why: str
    polarity: Polarity
    rule: str = ""  # the rule (file:id#pattern) that fired, for explaining a finding
    # What the rewrite is written from: the rule, the whole message, and the analyser's check
    # of what pushes (rewrite.Check), to check the gentler words again (not part of equality).
    source: tuple[Rule, str, Check] | None = field(default=None, compare=False, repr=False)

    def __init__(
        self,
        id: str,
        start: int,
        end: int,
        principles: tuple[str, ...],
        why: str,
        polarity: Polarity,
        rule: str = "",
        source: tuple[Rule, str, Check] | None = None,
    ) -> None:
        s_id, s_start, s_end, s_principles, s_why, s_polarity, s_rule, s_source = _FINDING
        s_id(self, id)
        s_start(self, start)
        s_end(self, end)
        s_principles(self, principles)
        s_why(self, why)
        s_polarity(self, polarity)
        s_rule(self, rule)
        s_source(self, source)

    @property
    def rewrite(self) -> str | None:
        """A gentler version of the sentence that holds a pushing finding, checked again.

        None for an inviting finding, and for a sentence the coach leaves for the person
        (then `hint` says what might help).
        """
        return rewrite_finding(self)

    @property
    def hint(self) -> str | None:
        """A short hint for a pushing sentence the coach did not rewrite (else None); a line
        said word for word on many messages is said in the words for this one (`variety`)."""
        said = hint_for_finding(self)
        if said is None or self.source is None:
            return said
        from alongside.coach.variety import vary

        return vary(said, self.source[1])

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "principles": list(self.principles),
            "why": self.why,
            "rewrite": self.rewrite,
        }


_FINDING = _setters(
    Finding, ("id", "start", "end", "principles", "why", "polarity", "rule", "source")
)


@lru_cache(maxsize=64)  # `suggestion` and `left_for_you` read the same composition
def _composed(text: str, findings: tuple[Finding, ...], feel: str | None, check: Check) -> Composed:
    return compose(text, findings, check, feel)


@lru_cache(maxsize=64)  # the examples only when the notes are read, not for `suggestion`
def _composed_with_examples(
    text: str, findings: tuple[Finding, ...], feel: str | None, check: Check
) -> Composed:
    done = _composed(text, findings, feel, check)
    if not done.left:
        return done
    return replace(done, left=with_examples(done.left, text, check))


def with_examples(left: tuple[LeftForYou, ...], text: str, check: Check) -> tuple[LeftForYou, ...]:
    """Each sentence left for the person, its hint with one example made from its own words
    where one fits; never one a note of this message already gives (`rewrite.example_plan`)."""
    from alongside.coach.examples import has_example, with_example
    from alongside.coach.rewrite import example_for_note, later_note, wants_example

    given: list[str] = []
    first = ""  # the note that carries the message's example: later notes are one sentence
    out: list[LeftForYou] = []
    for x in left:
        own = has_example(x.hint, x.sentence) and "helpline" not in x.hint
        if first and own:  # a note with its own example after the one that carries it
            out.append(replace(x, hint=later_note(x.hint, first, x.sentence)))
            continue
        if not wants_example(x.hint, x.sentence, text):
            out.append(x)
            first = first or (x.hint if own else "")
            continue
        if first:
            out.append(replace(x, hint=later_note(x.hint, first, x.sentence)))
            continue
        ex = example_for_note(x.hint, text, check, x.start, x.sentence) if x.start >= 0 else None
        if ex is None or ex in given:
            out.append(x)
            if has_example(x.hint, x.sentence):
                first = x.hint
            continue
        given.append(ex)
        first = x.hint
        out.append(replace(x, hint=with_example(x.hint, ex)))
    return tuple(out)


@dataclass(frozen=True, slots=True, init=False)
class Analysis:
    """Everything the coach says about one message."""

    text: str
    findings: tuple[Finding, ...]
    categories: tuple[str, ...]
    safety: Screening
    # The analyser's check of what pushes (rewrite.Check), for the gentler words.
    check: Check = field(compare=False, repr=False)
    # Kind words the learned layer alone read, withheld because the same message may mean
    # them unkindly (`learned.learned_doubt`): no praise, and the hedged note as the idea shown.
    doubted: bool = False
    # Where nothing pushing was found but the learned layer reads a sentence as likely to push
    # (`learned.leaning`): that sentence's (start, end). No praise, no "Lovely", and a plain
    # word that it may land harder than meant (issue 12), never a finding of its own.
    leaning: tuple[int, int] | None = None
    # What that sentence may read as (`suspicion.suspicion`: "dig", "threat", …, "edge" when
    # nothing is named); None where nothing leans.
    leaning_as: str | None = None

    def __init__(
        self,
        text: str,
        findings: tuple[Finding, ...],
        categories: tuple[str, ...],
        safety: Screening,
        check: Check,
        doubted: bool = False,
        leaning: tuple[int, int] | None = None,
        leaning_as: str | None = None,
    ) -> None:
        (s_text, s_findings, s_categories, s_safety, s_check, s_doubted, s_leaning, s_as) = (
            _ANALYSIS
        )
        s_text(self, text)
        s_findings(self, findings)
        s_categories(self, categories)
        s_safety(self, safety)
        s_check(self, check)
        s_doubted(self, doubted)
        s_leaning(self, leaning)
        s_as(self, leaning_as)

    def compose(self, feel: str | None = None) -> Composed:
        """The whole-message suggestion, with the feeling the person picked (`feel`).

        Nothing is composed when the safety screen fired: safety comes before any invitation,
        and the coach speaks to the person's own safety and support instead (`support`).
        """
        if self.safety.flagged:
            from alongside.coach.hints import SAFETY_FIRST

            return Composed(None, (), (), SAFETY_FIRST)
        from alongside.coach.variety import vary

        done = _composed_with_examples(self.text, self.findings, feel, self.check)
        left = tuple(replace(x, hint=vary(x.hint, self.text) or x.hint) for x in done.left)
        return replace(done, left=left) if left != done.left else done

    @property
    def suggestion(self) -> str | None:
        """A gentler whole message to send, written when read; None when there is none."""
        if self.safety.flagged:
            return None
        return _composed(self.text, self.findings, None, self.check).text

    @property
    def left_for_you(self) -> tuple[LeftForYou, ...]:
        """Sentences the coach did not rewrite, each with a short hint."""
        return self.compose().left

    @property
    def tip(self) -> str | None:
        """When nothing pushes: one concrete idea to make the message warmer."""
        from alongside.coach.hints import keeps_as_is
        from alongside.coach.rewrite import kept_in_view

        if (
            self.safety.flagged
            or any(f.polarity == "pushing" and not kept_in_view(f) for f in self.findings)
            or self.about_you
            or self.about_them
            or any(not keeps_as_is(x.hint) for x in self.compose().left)
        ):
            # a sentence left for the person has its own hint; words kept as they are ("every
            # time" they report, "it can stay as it is") leave room for the idea
            return None
        from alongside.coach.edge import has_edge

        if self.doubted or has_edge(self.text):
            # kind words the message may take back: a hedged note, never "send it as it is"
            from alongside.messages import Msg

            return Msg.TIP_EDGE
        if self.leaning is not None:
            # words the learned layer reads as likely to push: a plain step that fits what
            # they may read as (`leaning_as`), never "send it"
            from alongside.messages import Msg

            return Msg.TIP_LEAN_AS.get(self.leaning_as or "", Msg.TIP_LEAN)
        from alongside.coach.variety import vary

        return vary(tip(self.findings, self.text, self.check), self.text)

    @property
    def pushing(self) -> int:
        """How many pushing patterns were found."""
        return sum(1 for f in self.findings if f.polarity == "pushing")

    @property
    def inviting(self) -> int:
        """How many inviting patterns were found."""
        return sum(1 for f in self.findings if f.polarity == "inviting")

    @property
    def about_you(self) -> tuple[Finding, ...]:
        """What the writer said about themselves (self-criticism), noted for them, not scored."""
        return tuple(f for f in self.findings if f.polarity == "self")

    @property
    def about_them(self) -> tuple[Finding, ...]:
        """What the writer said about someone else (a story), kept for the record, not scored."""
        return tuple(f for f in self.findings if f.polarity == "other")

    def to_json(self) -> dict[str, object]:
        """The stable `--jsonl` object for this message."""
        return {
            "categories": list(self.categories),
            "findings": [f.to_json() for f in self.findings],
            "safety": {"flagged": self.safety.flagged, "kinds": list(self.safety.kinds)},
        }


_ANALYSIS = _setters(
    Analysis,
    ("text", "findings", "categories", "safety", "check", "doubted", "leaning", "leaning_as"),
)
