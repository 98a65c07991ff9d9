"""Rehearsal: practise answers to the objections partners really raise (capability 7).

A pure session object (no I/O): it voices an objection, takes my reply, and coaches it with
the same analyser as `alongside check` (the safety screen first: if it fires, the rehearsal
stops and safety comes first). At the end, a short summary: what went well, one thing to try.
Objections, the fears underneath (P9, P17), guidance and good replies live in
`data/objections.toml`.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.resources import files

from alongside.coach.mi import classify_sentence, split_sentences
from alongside.errors import InvalidInput
from alongside.messages import Msg, plain
from alongside.safety import Screening, screen

OBJECTIONS_FILE = "objections.toml"
MAX_ROUNDS = 20
MAX_TIPS = 2  # at most two things to try per reply: more is hard to take in


@dataclass(frozen=True)
class Objection:
    id: str
    says: str
    fear: str
    guidance: str
    principles: tuple[str, ...]
    good_replies: tuple[str, ...]
    also_says: tuple[str, ...] = ()
    why: str = ""  # the principles behind the guidance ("P1, P6, P14"), for "why?" / --why

    def in_round(self, round_index: int) -> Objection:
        """The same worry in the words of round `round_index` (partners rephrase)."""
        lines = (self.says, *self.also_says)
        return replace(self, says=lines[round_index % len(lines)])


@dataclass(frozen=True)
class Tip:
    """Something to try: what the reply did, why it tends to backfire, a gentler way."""

    finding: str
    words: str
    why: str
    rewrite: str | None
    hint: str | None = None  # when the coach leaves the sentence to the person


@dataclass(frozen=True)
class Coaching:
    objection: Objection
    reply: str
    safety: Screening
    went_well: tuple[str, ...]
    tips: tuple[Tip, ...]
    example: str
    pushing: int = 0
    inviting: int = 0
    reflected: bool = False
    not_english: bool = False  # the coach cannot read it: no coaching, and no praise
    why: tuple[str, ...] = ()  # the principles behind each went_well line ("P2, P14"), for why?

    @property
    def stopped_for_safety(self) -> bool:
        return self.safety.flagged


@dataclass(frozen=True)
class Summary:
    rounds: int
    pushing: int
    inviting: int
    went_well: str
    try_next: str
    stopped_for_safety: bool
    why: str = ""  # the principles behind went_well and try_next, for "why?" / --why


@dataclass(frozen=True)
class ObjectionBook:
    objections: tuple[Objection, ...]
    praise: dict[str, str]

    def get(self, objection_id: str) -> Objection:
        for objection in self.objections:
            if objection.id == objection_id:
                return objection
        known = ", ".join(o.id for o in self.objections)
        raise InvalidInput(Msg.NO_OBJECTION.format(objection=objection_id, known=known))


@cache
def objection_book() -> ObjectionBook:
    text = files("alongside.coach").joinpath("data", OBJECTIONS_FILE).read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    objections = tuple(
        Objection(
            id=str(o["id"]),
            says=str(o["says"]),
            fear=str(o["fear"]),
            guidance=plain(str(o["guidance"]))[0],
            principles=tuple(o["principles"]),
            good_replies=tuple(o["good_replies"]),
            also_says=tuple(o.get("also_says", ())),
            why=plain(str(o["guidance"]))[1],
        )
        for o in raw["objection"]
    )
    return ObjectionBook(objections=objections, praise=dict(raw["praise"]))


def coach_reply(objection: Objection, reply: str, round_index: int = 0) -> Coaching:
    """Coach one reply to one objection (safety screen first)."""
    book = objection_book()
    example = objection.good_replies[round_index % len(objection.good_replies)]
    safety = screen(reply)
    if safety.flagged:
        return Coaching(objection, reply, safety, (), (), example)
    if not reply.strip():
        quiet, codes = plain(book.praise["quiet"])
        return Coaching(objection, reply, safety, (quiet,), (), example, why=(codes,))
    from alongside.coach.language import is_english

    if not is_english(reply):
        return Coaching(objection, reply, safety, (), (), example, not_english=True)
    from alongside.coach import analyse

    analysis = analyse(reply)
    went_well = [book.praise[c] for c in analysis.categories if c in book.praise]
    # a reflection says back what they said or felt: their line of this round is known
    kinds = {classify_sentence(s, objection.says) for s in split_sentences(reply)}
    reflected = bool(kinds & {"simple", "complex"}) or "validation" in analysis.categories
    if reflected and "validation" not in analysis.categories:
        went_well.insert(0, book.praise["reflection"])
    said = [plain(w) for w in dict.fromkeys(went_well)]
    tips = tuple(
        Tip(f.id, reply[f.start : f.end], f.why, f.rewrite, f.hint)
        for f in analysis.findings
        if f.polarity == "pushing"
    )[:MAX_TIPS]
    return Coaching(
        objection,
        reply,
        safety,
        tuple(w for w, _ in said),
        tips,
        example,
        pushing=analysis.pushing,
        inviting=analysis.inviting,
        reflected=reflected,
        why=tuple(c for _, c in said),
    )


@dataclass(frozen=True)
class Session:
    """A rehearsal in progress. Immutable: `answer` returns the next session and the coaching."""

    plan: tuple[str, ...]  # objection ids, one per round
    done: tuple[Coaching, ...] = field(default=())

    @property
    def finished(self) -> bool:
        return len(self.done) >= len(self.plan) or self.stopped_for_safety

    @property
    def stopped_for_safety(self) -> bool:
        return any(c.stopped_for_safety for c in self.done)

    @property
    def round_number(self) -> int:
        return len(self.done) + 1

    @property
    def current(self) -> Objection | None:
        if self.finished:
            return None
        index = len(self.done)
        objection_id = self.plan[index]
        return objection_book().get(objection_id).in_round(self.plan[:index].count(objection_id))

    def answer(self, reply: str) -> tuple[Session, Coaching]:
        objection = self.current
        if objection is None:
            raise InvalidInput(Msg.REHEARSAL_FINISHED)
        coaching = coach_reply(objection, reply, len(self.done))
        return replace(self, done=(*self.done, coaching)), coaching

    def summary(self) -> Summary:
        return summarise(self.done)


def start(objection_id: str | None = None, rounds: int | None = None, offset: int = 0) -> Session:
    """A new rehearsal: one objection repeated, or the objections in turn from `offset`."""
    book = objection_book()
    count = len(book.objections) if rounds is None else rounds
    if not 1 <= count <= MAX_ROUNDS:
        raise InvalidInput(Msg.ROUNDS_RANGE.format(most=MAX_ROUNDS, count=count))
    if objection_id is not None:
        return Session(plan=(book.get(objection_id.strip().lower()).id,) * count)
    ids = [o.id for o in book.objections]
    return Session(plan=tuple(ids[(offset + i) % len(ids)] for i in range(count)))


def summarise(done: tuple[Coaching, ...]) -> Summary:
    """What went well and one thing to try, over the rounds so far."""
    pushing = sum(c.pushing for c in done)
    inviting = sum(c.inviting for c in done)
    praise = Counter(p for c in done for p in c.went_well)
    tips = Counter(t.finding for c in done for t in c.tips)
    whys = {w: c for d in done for w, c in zip(d.went_well, d.why, strict=False)}
    if praise:
        went_well = praise.most_common(1)[0][0]
        why = whys.get(went_well, "")
    else:
        went_well, why = "You showed up to practise, which is itself a step.", "P11"
    if tips:
        finding = tips.most_common(1)[0][0]
        tip = next(t for c in done for t in c.tips if t.finding == finding)
        try_next = f'Watch for "{tip.words}": {tip.why}'
        if tip.rewrite:
            try_next += f' You could say: "{tip.rewrite}"'
        elif tip.hint:
            try_next += f" {tip.hint}"
    elif not any(c.reflected for c in done):
        try_next = 'Start with a reflection ("It sounds like …") before anything else.'
        why = ", ".join(x for x in (why, "P14") if x)
    else:
        try_next = "Keep going as you are, and ask one open question to invite their view."
        why = ", ".join(x for x in (why, "P17") if x)
    return Summary(
        rounds=len(done),
        pushing=pushing,
        inviting=inviting,
        went_well=went_well,
        try_next=try_next,
        stopped_for_safety=any(c.stopped_for_safety for c in done),
        why=why,
    )
