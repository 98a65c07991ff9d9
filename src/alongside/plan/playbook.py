"""The guided plan: rules as data (data/playbook.toml), a tiny evaluator, one next step.

`make_plan(snapshot)` computes the facts of the record, keeps the rules whose conditions
all hold, and orders them by priority. The first is the next step; a couple more follow,
and there is always one self-care reminder (P8). Each step says which rule fired and
which principles stand behind it, so nothing is a black box.
"""

from __future__ import annotations

import re
import textwrap
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

from alongside.errors import AlongsideError
from alongside.messages import plain
from alongside.plan.facts import FACT_NAMES, Fact, compute_facts
from alongside.plan.snapshot import STANCE_WORDS, RecordSnapshot, text_field

Op = Literal["==", "!=", "<", "<=", ">", ">="]
SELFCARE_RULE = "selfcare_this_week"
FALLBACK_RULE = "keep_rhythm"
TEXT_WIDTH = 88  # columns for the plain-text plan
MORE_STEPS = 2  # steps shown after the next one: enough to choose, few enough to act on

_CONDITION = re.compile(r"^\s*([a-z_0-9]+)\s*(==|!=|<=|>=|<|>)\s*(\S+)\s*$")


class PlaybookError(AlongsideError):
    """The playbook data file is malformed (a packaging problem, not the person's)."""


@dataclass(frozen=True)
class Condition:
    fact: str
    op: Op
    value: Fact

    def holds(self, facts: Mapping[str, Fact]) -> bool:
        actual = facts.get(self.fact)
        if self.op == "==":
            return actual == self.value
        if self.op == "!=":
            return actual != self.value
        if not isinstance(actual, int) or not isinstance(self.value, int):
            return False  # "none" or a word never satisfies an ordering
        return {
            "<": actual < self.value,
            "<=": actual <= self.value,
            ">": actual > self.value,
            ">=": actual >= self.value,
        }[self.op]

    def __str__(self) -> str:
        shown = "none" if self.value is None else str(self.value).lower()
        return f"{self.fact} {self.op} {shown}"


@dataclass(frozen=True)
class Rule:
    id: str
    priority: int
    when: tuple[Condition, ...]
    title: str
    step: str
    principles: tuple[str, ...]
    craft: str | None
    examples: tuple[tuple[bool, Mapping[str, Fact]], ...]  # (should match, facts)
    alone: bool = False  # when this is the next step, no other steps are shown

    def matches(self, facts: Mapping[str, Fact]) -> bool:
        return all(c.holds(facts) for c in self.when)


@dataclass(frozen=True)
class Playbook:
    rules: tuple[Rule, ...]
    selfcare_ideas: tuple[str, ...]


@dataclass(frozen=True)
class Step:
    rule_id: str
    title: str
    text: str
    principles: tuple[str, ...]
    craft: str | None
    because: tuple[str, ...]  # the conditions that held, in the playbook's words

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule_id,
            "title": self.title,
            "text": self.text,
            "principles": list(self.principles),
            "craft": self.craft,
            "because": list(self.because),
        }


@dataclass(frozen=True)
class Plan:
    today: str
    stance: str | None  # in plain words
    next_step: Step
    more: tuple[Step, ...]
    selfcare: str  # the self-care reminder (P8)
    facts: Mapping[str, Fact]

    @property
    def steps(self) -> tuple[Step, ...]:
        return (self.next_step, *self.more)

    def text(self, width: int = TEXT_WIDTH, why: bool = False) -> str:
        """The plan as plain, wrapped text (what `alongside plan` prints); `why` adds the
        principles and the rule behind each step (`alongside plan --why`)."""

        def wrap(words: str) -> str:
            return textwrap.fill(words, width, initial_indent="  ", subsequent_indent="  ")

        def step_lines(step: Step) -> list[str]:
            craft = f" · CRAFT: {step.craft}" if step.craft else ""
            if not why:
                return [wrap(plain(step.text)[0])]
            because = f"  Why: {', '.join(step.principles)}{craft}  [{step.rule_id}]"
            return [wrap(step.text), because]

        lines = [f"Where your partner seemed to be lately: {self.stance or 'not noted yet'}.", ""]
        lines += [f"Next step: {self.next_step.title}", *step_lines(self.next_step)]
        for step in self.more:
            lines += ["", f"Also worth a thought: {step.title}", *step_lines(step)]
        lines += ["", "For you:", wrap(self.selfcare if why else plain(self.selfcare)[0])]
        return "\n".join(lines) + "\n"

    def to_json(self) -> dict[str, object]:
        return {
            "today": self.today,
            "stance": self.stance,
            "next_step": self.next_step.to_json(),
            "more": [s.to_json() for s in self.more],
            "selfcare": self.selfcare,
            "facts": dict(self.facts),
        }


def parse_value(word: str) -> Fact:
    lowered = word.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "none":
        return None
    if re.fullmatch(r"-?\d+", word):
        return int(word)
    return word.strip("\"'")


def parse_condition(text: str) -> Condition:
    """Parse "fact OP value"; the fact must be one `compute_facts` knows."""
    found = _CONDITION.match(text)
    if not found or found.group(1) not in FACT_NAMES:
        raise PlaybookError(f"The plan's rule condition {text!r} is not one I understand.")
    op: Op = found.group(2)  # type: ignore[assignment]  # the regex allows only these
    return Condition(found.group(1), op, parse_value(found.group(3)))


def _rule(raw: Mapping[str, Any]) -> Rule:
    try:
        examples: list[tuple[bool, Mapping[str, Fact]]] = []
        for example in raw.get("example", []):
            for key in ("match", "miss"):
                if key in example:
                    examples.append((key == "match", dict(example[key])))
        return Rule(
            id=str(raw["id"]),
            priority=int(raw["priority"]),
            when=tuple(parse_condition(str(c)) for c in raw["when"]),
            title=str(raw["title"]),
            step=" ".join(str(raw["step"]).split()),
            principles=tuple(str(p) for p in raw["principles"]),
            craft=str(raw["craft"]) if "craft" in raw else None,
            examples=tuple(examples),
            alone=bool(raw.get("alone", False)),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise PlaybookError(f"A plan rule is missing or has a bad field: {error}") from error


def parse_playbook(text: str) -> Playbook:
    data = tomllib.loads(text)
    rules = tuple(_rule(r) for r in data.get("rule", []))
    ids = [r.id for r in rules]
    if len(set(ids)) != len(ids) or not rules:
        raise PlaybookError("The plan's rules need unique ids, and at least one rule.")
    if not any(not r.when for r in rules):
        raise PlaybookError(
            "The plan needs one rule with no conditions, so there is always a step."
        )
    ideas = tuple(str(i) for i in data.get("selfcare", {}).get("ideas", ()))
    return Playbook(tuple(sorted(rules, key=lambda r: -r.priority)), ideas or ("a short walk",))


@cache
def load_playbook() -> Playbook:
    """The packaged playbook (read once; it is immutable)."""
    text = resources.files("alongside.plan").joinpath("data/playbook.toml").read_text("utf-8")
    return parse_playbook(text)


def matching_rules(playbook: Playbook, facts: Mapping[str, Fact]) -> tuple[Rule, ...]:
    """Every rule whose conditions all hold, highest priority first."""
    return tuple(r for r in playbook.rules if r.matches(facts))


def _shown(name: str, value: Fact) -> Fact:
    """A fact as words in a step: "…_days_ago" facts read "today", "yesterday", "5 days ago"."""
    if value is None:
        return ""
    if name.endswith("_days_ago") and isinstance(value, int) and not isinstance(value, bool):
        return {0: "today", 1: "yesterday"}.get(value, f"{value} days ago")
    return value


def _step(rule: Rule, facts: Mapping[str, Fact]) -> Step:
    shown = {k: _shown(k, v) for k, v in facts.items()}
    return Step(
        rule_id=rule.id,
        title=rule.title,
        text=rule.step.format_map(shown),
        principles=rule.principles,
        craft=rule.craft,
        because=tuple(str(c) for c in rule.when),
    )


def _selfcare_reminder(
    snapshot: RecordSnapshot, facts: Mapping[str, Fact], ideas: tuple[str, ...], shown: bool
) -> str:
    supports = [
        text_field(e, "action")
        for e in snapshot.of("selfcare")
        if text_field(e, "type") == "support"
    ]
    week = snapshot.today.isocalendar().week
    idea = supports[week % len(supports)] if supports else ideas[week % len(ideas)]
    if shown:  # the next step is already about self-care: just offer the idea
        return f"One idea: {idea} (P8)."
    if facts.get("selfcare_logged_this_week"):
        return f"You made time for yourself this week. Keep it going; one idea: {idea} (P8)."
    return f"Nothing logged for yourself this week yet. One idea: {idea} (P8)."


def make_plan(snapshot: RecordSnapshot, playbook: Playbook | None = None) -> Plan:
    """The next step (and a couple more) for the record as it stands on `snapshot.today`."""
    book = playbook or load_playbook()
    facts = compute_facts(snapshot)
    rules = matching_rules(book, facts)
    steps = [_step(r, facts) for r in rules]
    # self-care has its own line in every plan, so it is not repeated among the extra steps
    more = [s for s in steps[1:] if s.rule_id not in (SELFCARE_RULE, FALLBACK_RULE)]
    if rules[0].alone:
        more = []
    stance = facts.get("stance")
    return Plan(
        today=snapshot.today.isoformat(),
        stance=STANCE_WORDS.get(stance) if isinstance(stance, str) else None,
        next_step=steps[0],
        more=tuple(more[:MORE_STEPS]),
        selfcare=_selfcare_reminder(
            snapshot, facts, book.selfcare_ideas, steps[0].rule_id == SELFCARE_RULE
        ),
        facts=facts,
    )
