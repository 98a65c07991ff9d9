"""Turn the coach's `Analysis` into what the page shows: marked text and plain findings.

The coach and the safety screen do the work (`alongside.coach.analyse`); this module only
splits the message at finding boundaries so each exact span can be marked, numbered, and
linked to its explanation and gentler rewrite.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from alongside.app.coach import (
    care_note,
    clean_feeling,
    for_yourself,
    leaning_note,
    praise_hidden,
)
from alongside.coach.hints import keeps_as_is, left_hint_shown
from alongside.coach.model import finding_name
from alongside.coach.rewrite import kept_in_view
from alongside.safety.messages import before_sending

if TYPE_CHECKING:
    from alongside.coach import Analysis, Finding
    from alongside.coach.rewrite import LeftForYou


@dataclass(frozen=True)
class Segment:
    text: str
    polarity: str  # "pushing", "inviting", "self" (about the writer or someone else), or ""
    numbers: tuple[int, ...]  # which findings (1-based) cover this piece
    ends: tuple[int, ...]  # which findings end with this piece (their number is shown)


@dataclass(frozen=True)
class FindingView:
    number: int
    id: str
    label: str
    words: str
    principles: tuple[str, ...]
    why: str
    rewrite: str | None
    polarity: str
    hint: str | None = None
    rule: str = ""
    same_as: int = 0  # the note that already says this hint (0: none); the hint is not repeated


@dataclass(frozen=True)
class CoachView:
    text: str
    segments: tuple[Segment, ...]
    pushing: tuple[FindingView, ...]
    inviting: tuple[FindingView, ...]
    suggestion: str | None
    flagged: bool
    safety_message: str
    safety_kinds: tuple[str, ...] = ()
    before_sending: str = ""  # where there is abuse: what sending this could do
    # (sentence, hint, notes): left for the person, each with a hint no note already gives
    # (a sentence a note is about is not listed again); notes is kept "" (no cross-references)
    left: tuple[tuple[str, str, str], ...] = ()
    about_you: tuple[FindingView, ...] = ()  # self-criticism, noted kindly, not scored
    about_them: tuple[FindingView, ...] = ()  # a story about someone else, for the record
    feelings: tuple[str, ...] = ()  # a one-tap choice when no feeling was named
    feel: str = ""  # the feeling picked
    support: str | None = None
    tip: str | None = None
    # words meant for the coach, not the partner: a coach's answer, nothing to send
    for_yourself: str | None = None
    # nothing found that pushes, but a sentence may land harder than meant (app.coach.leaning_note)
    may_land_hard: str | None = None
    # a kind limit, the person's own need or feeling, good news: found, kept as it is
    kept: tuple[FindingView, ...] = ()
    analysis: Analysis = field(kw_only=True, compare=False, repr=False)


def label_for(finding_id: str) -> str:
    """A finding id as a heading a person reads ("An ultimatum")."""
    words = finding_name(finding_id)
    return words[:1].upper() + words[1:]


def view_of(analysis: Analysis, feel: str = "") -> CoachView:
    text = analysis.text
    feel = clean_feeling(feel) or ""  # a feeling that can't be used is left out
    composed = analysis.compose(feel or None)
    ordered = sorted(analysis.findings, key=lambda f: (f.start, -f.end))
    views = _once(tuple(_finding_view(n, f, text) for n, f in enumerate(ordered, start=1)))
    hidden = praise_hidden(analysis)  # one point said once; kind words a "but" takes back
    view = CoachView(
        text=text,
        segments=_segments(text, ordered),
        pushing=tuple(v for v in views if v.polarity == "pushing"),
        inviting=_merged(
            tuple(v for v in views if v.polarity == "inviting" and (v.id, v.words) not in hidden)
        ),
        about_you=tuple(v for v in views if v.polarity == "self"),
        about_them=tuple(v for v in views if v.polarity == "other"),
        kept=_merged(tuple(v for v in views if v.polarity == "kept")),
        suggestion=composed.text,
        flagged=analysis.safety.flagged,
        safety_message=analysis.safety.message,
        safety_kinds=analysis.safety.kinds,
        before_sending=before_sending(analysis.safety.kinds) if analysis.safety.flagged else "",
        left=tuple(x for x in (_left(x, ordered, views) for x in composed.left) if x[1]),
        feelings=composed.feelings if not composed.left else (),
        feel=feel,
        support=care_note(analysis) or composed.support,
        tip=_tip(analysis.tip, composed.feelings if not composed.left else ()),
        may_land_hard=leaning_note(analysis),
        analysis=analysis,
    )
    if note := for_yourself(analysis):
        # words meant for the coach (app.coach.for_yourself): nothing to send; what is noted
        # about them or about the writer stays listed, for the record
        return replace(
            view,
            segments=_segments(text, []),
            pushing=(),
            inviting=(),
            kept=(),
            suggestion=None,
            left=(),
            feelings=(),
            support=None,
            tip=None,
            may_land_hard=None,
            for_yourself=note,
        )
    return view


def _tip(tip: str | None, feelings: tuple[str, ...]) -> str | None:
    """The idea shown, unless it suggests a feeling the one-tap picker already offers (one
    point, said once)."""
    return None if tip is not None and feelings and "I feel" in tip else tip


def _merged(views: tuple[FindingView, ...]) -> tuple[FindingView, ...]:
    """Notes of one kind that say the same words, as one note quoting each ("We can" twice is
    one shared goal, said once; blind raters: "the same explanation printed twice")."""
    out: list[FindingView] = []
    for v in views:
        same = next(
            (k for k, o in enumerate(out) if (o.id, o.why, o.hint) == (v.id, v.why, v.hint)), None
        )
        if same is None:
            out.append(v)
        elif v.words.lower() not in out[same].words.lower():
            out[same] = replace(out[same], words=f"{out[same].words}” · “{v.words}")
    return tuple(out)


def _once(views: tuple[FindingView, ...]) -> tuple[FindingView, ...]:
    """Each hint said once: a later note with the same hint points to the first one."""
    first: dict[str, int] = {}
    out = []
    for v in views:
        if v.hint and v.hint in first:
            v = replace(v, hint=None, same_as=first[v.hint])
        elif v.hint:
            first[v.hint] = v.number
        out.append(v)
    return tuple(out)


def _left(
    item: LeftForYou, ordered: list[Finding], views: tuple[FindingView, ...]
) -> tuple[str, str, str]:
    """A sentence left for the person, its hint unless a note says it, and those notes."""
    inside = [
        v
        for f, v in zip(ordered, views, strict=True)
        if v.polarity == "pushing" and item.start <= f.start < item.end
    ]
    said = {v.hint for v in views if v.hint and v.polarity in ("pushing", "kept")}
    # a sentence a note is about is not listed again: the note speaks for it (blind raters:
    # "See note 1 above" only repeated the note)
    shown = (
        not inside
        and bool(item.hint)
        and not keeps_as_is(item.hint)  # "it can stay" is nothing left to reword
        and left_hint_shown(item.hint, said, False)
    )
    return item.sentence, item.hint if shown else "", ""


def and_list(items: list[str]) -> str:
    """ "1", "1 and 2", "1, 2 and 3"."""
    return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]


def _finding_view(number: int, finding: Finding, text: str) -> FindingView:
    return FindingView(
        number=number,
        id=finding.id,
        label=label_for(finding.id),
        words=text[finding.start : finding.end],
        principles=tuple(finding.principles),
        why=finding.why,
        rewrite=finding.rewrite,
        polarity="kept" if kept_in_view(finding) else finding.polarity,
        hint=finding.hint,
        rule=finding.rule,
    )


def _segments(text: str, ordered: list[Finding]) -> tuple[Segment, ...]:
    cuts = {0, len(text)}
    for f in ordered:
        cuts.update((max(0, min(f.start, len(text))), max(0, min(f.end, len(text)))))
    points = sorted(cuts)
    pieces: list[Segment] = []
    for start, end in itertools.pairwise(points):
        covering = [
            (n, f) for n, f in enumerate(ordered, start=1) if f.start <= start and end <= f.end
        ]
        numbers = tuple(n for n, _ in covering)
        if not covering:
            polarity = ""
        elif any(f.polarity == "pushing" and not kept_in_view(f) for _, f in covering):
            polarity = "pushing"
        elif all(kept_in_view(f) for _, f in covering):
            polarity = ""  # the person's own words, kept: not marked
        elif any(f.polarity == "inviting" for _, f in covering):
            polarity = "inviting"
        else:
            polarity = "self"
        ends = tuple(n for n, f in covering if min(f.end, len(text)) == end)
        pieces.append(Segment(text[start:end], polarity, numbers, ends))
    return tuple(pieces)
