"""Motivational Interviewing counts for my side of a conversation (P14, P17).

Given a transcript ("me:" / "partner:" prefixes optional) or just my lines, count open and
closed questions and simple and complex reflections, then compare with the MITI 4.2.1
thresholds. A transparent heuristic (rules in `data/questions_mi.toml`, each example a
test), not a trained coder: it is for practice, never a grade.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from alongside.errors import InvalidInput
from alongside.messages import Msg

# MITI 4.2.1 (Moyers, Manuel & Ernst 2014): reflection-to-question ratio, fair 1:1, good 2:1;
# percent complex reflections, fair 40 %, good 50 %.
RQ_FAIR, RQ_GOOD = 1.0, 2.0
COMPLEX_FAIR, COMPLEX_GOOD = 0.40, 0.50
# MITI 4.2.1 counts confronting (blame, labels, sarcasm, pushing advice) as MI-non-adherent:
# with any, the balance is at most "fair"; with this many or more, "below fair".
CONFRONT_BELOW_FAIR = 3
# MITI 3.1.1 percent open questions, fair 50 %, good 70 % (MITI 4 no longer scores it;
# shown as a guide).
OPEN_FAIR, OPEN_GOOD = 0.50, 0.70
MAX_TRANSCRIPT_BYTES = 2_000_000  # a long conversation is ~50 kB; larger is not a transcript
MI_FILE = "questions_mi.toml"

ItemKind = Literal["open", "closed", "simple", "complex", "confront"]
Level = Literal["below fair", "fair", "good"]
SPEAKER = re.compile(r"^\s*(me|i|you|partner|them|they|he|she|him|her)\s*:\s*", re.IGNORECASE)
MY_SPEAKERS = frozenset({"me", "i", "you"})
# A name as a speaker label ("Sam: …", "Dr Ann Lee: …"): up to three words before a colon.
# It counts only when it starts two lines or more, so "Here's the thing: …" is a sentence.
NAMED_SPEAKER = re.compile(r"^\s*([^\W\d_][\w'.-]*(?:[ \t][^\W\d_][\w'.-]*){0,2})[ \t]*:\s+")
MIN_NAMED_TURNS = 2
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class MiRules:
    lead_in: re.Pattern[str]
    open_start: re.Pattern[str]
    open_request: re.Pattern[str]
    closed_start: re.Pattern[str]
    reflection_start: re.Pattern[str]
    complex_marker: re.Pattern[str]
    not_reflection: re.Pattern[str]
    second_person: re.Pattern[str]
    not_second_person: re.Pattern[str]
    open_word: re.Pattern[str]
    examples: tuple[dict[str, Any], ...]


def _starts(words: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted({w.replace("'", "['\u2019]?") for w in words}, key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(ordered) + r")\b", re.IGNORECASE)


@cache
def mi_rules() -> MiRules:
    raw = tomllib.loads(files("alongside.coach").joinpath("data", MI_FILE).read_text("utf-8"))
    markers = sorted({w.replace("'", "['\u2019]?") for w in raw["complex_markers"]}, key=len)
    return MiRules(
        lead_in=re.compile(
            r"^(?:(?:" + "|".join(sorted(raw["lead_ins"], key=len, reverse=True)) + r")\b[\s,]*)+",
            re.IGNORECASE,
        ),
        open_start=_starts(raw["open_starts"]),
        open_request=_starts(raw["open_requests"]),
        closed_start=_starts(raw["closed_starts"]),
        reflection_start=_starts(raw["reflection_starts"]),
        complex_marker=re.compile(r"\b(?:" + "|".join(markers) + r")\b", re.IGNORECASE),
        not_reflection=_starts(raw["not_reflections"]),
        second_person=re.compile(
            r"\b(?:"
            + "|".join(w.replace("'", "['\u2019]?") for w in raw["second_person"])
            + r")\b",
            re.IGNORECASE,
        ),
        not_second_person=_starts(raw["not_second_person_starts"]),
        open_word=re.compile(
            r"(?:^|[,;:\-]\s*|\b(?:and|but|so|or)\s+)(?:what|how|which|where|why|who)\b",
            re.IGNORECASE,
        ),
        examples=tuple(raw["example"]),
    )


@dataclass(frozen=True)
class Item:
    kind: ItemKind
    text: str
    line: int  # 1-based line in the transcript


@dataclass(frozen=True)
class MiCounts:
    items: tuple[Item, ...]
    my_lines: int
    partner_lines: int

    def count(self, kind: ItemKind) -> int:
        return sum(1 for item in self.items if item.kind == kind)

    @property
    def questions(self) -> int:
        return self.count("open") + self.count("closed")

    @property
    def reflections(self) -> int:
        return self.count("simple") + self.count("complex")

    @property
    def ratio(self) -> float | None:
        """Reflections per question (None when there were no questions)."""
        return self.reflections / self.questions if self.questions else None

    @property
    def percent_open(self) -> float | None:
        return self.count("open") / self.questions if self.questions else None

    @property
    def percent_complex(self) -> float | None:
        return self.count("complex") / self.reflections if self.reflections else None

    @property
    def confrontations(self) -> int:
        return self.count("confront")

    @property
    def ratio_level(self) -> Level | None:
        if not self.questions:
            return None
        level = _level(self.ratio, RQ_FAIR, RQ_GOOD)
        if self.confrontations >= CONFRONT_BELOW_FAIR:
            return "below fair"
        if self.confrontations and level == "good":
            return "fair"
        return level

    @property
    def comment(self) -> str:
        return gentle_comment(self)

    def to_json(self) -> dict[str, object]:
        return {
            "open_questions": self.count("open"),
            "closed_questions": self.count("closed"),
            "simple_reflections": self.count("simple"),
            "complex_reflections": self.count("complex"),
            "confrontations": self.confrontations,
            "reflection_to_question": self.ratio,
            "ratio_level": self.ratio_level,
            "percent_open": self.percent_open,
            "percent_complex": self.percent_complex,
            "my_lines": self.my_lines,
            "partner_lines": self.partner_lines,
            "comment": self.comment,
        }


def _level(value: float | None, fair: float, good: float) -> Level:
    if value is None or value < fair:
        return "below fair"
    return "good" if value >= good else "fair"


def classify_sentence(sentence: str, partner_said: str | None = None) -> ItemKind | None:
    """open / closed (questions), simple / complex (reflections), confront, or None.

    A sentence that pushes (blame, a label, sarcasm, pressure, advice nobody asked for) is a
    confrontation, even when it is shaped as a question ("Why won't you just see someone?")
    or says "you" ("You're the one with the problem"). A reflection restates what the partner
    said or felt: with their last words known (`partner_said`), a "you …" sentence counts
    only if it names a feeling or picks up their words.
    """
    rules = mi_rules()
    text = sentence.strip().strip("\"'\u201c\u201d-\u2014 ")
    if not text:
        return None
    if _pushes(text):
        return "confront"
    core = rules.lead_in.sub("", text).lstrip(" ,-")
    asks = text.endswith("?")
    if rules.open_request.match(core) or rules.open_request.match(text):
        return "open"
    if asks and (rules.open_start.match(core) or rules.open_word.search(core)):
        return "open"
    if asks and rules.closed_start.match(core):
        return "closed"
    if _is_reflection(core, rules, partner_said):
        return "complex" if rules.complex_marker.search(core) else "simple"
    return "closed" if asks else None


def _pushes(text: str) -> bool:
    from alongside.coach.analyse import find_patterns

    return any(f.polarity == "pushing" for f in find_patterns(text))


CONTENT_WORD = re.compile(r"[a-z']{4,}")
# Words too common to show that a sentence picks up what the partner said.
COMMON_WORDS = frozenset(
    [
        "that",
        "this",
        "with",
        "have",
        "just",
        "what",
        "when",
        "then",
        "they",
        "them",
        "there",
        "their",
        "your",
        "you're",
        "about",
        "would",
        "could",
        "should",
        "really",
        "think",
        "know",
        "like",
        "want",
        "been",
        "were",
        "will",
        "it's",
        "don't",
        "because",
        "into",
        "from",
        "some",
        "more",
        "much",
        "very",
        "even",
        "also",
        "only",
        "still",
        "feel",
        "feels",
        "felt",
        "going",
        "being",
        "does",
        "doing",
        "make",
    ]
)


def _is_reflection(core: str, rules: MiRules, partner_said: str | None = None) -> bool:
    if rules.not_reflection.match(core):
        return False
    if rules.reflection_start.match(core) and not (
        partner_said is not None and _BARE_YOU.match(core)
    ):
        return True
    if not rules.second_person.search(core) or rules.not_second_person.match(core):
        return False
    if partner_said is None or rules.complex_marker.search(core):
        return True
    return bool(_content_words(core) & _content_words(partner_said))


# A start that only says "you're" or "you've" ("You're going to the gym later") is a
# reflection only if it names a feeling or picks up the partner's words, when they are known.
_BARE_YOU = re.compile(
    r"(?:so,?\s+)?you(?:'re|\u2019re|re|\s+are|'ve|\u2019ve|\s+have)\b(?!\s+(?:not\s+sure|saying"
    r"|wondering|thinking|finding|feeling|been\s+feeling|tired|frustrated|worried|afraid|scared)\b)",
    re.IGNORECASE,
)


def _content_words(text: str) -> set[str]:
    return {w[:5] for w in CONTENT_WORD.findall(text.lower()) if w not in COMMON_WORDS}


def split_sentences(line: str) -> list[str]:
    return [s for s in SENTENCE_END.split(line) if s.strip()]


def _label(line: str) -> tuple[str, int] | None:
    """The speaker label a line starts with, spaces tidied, and where its text starts."""
    match = NAMED_SPEAKER.match(line) or SPEAKER.match(line)
    return (" ".join(match[1].split()), match.end()) if match else None


def _is_known(name: str) -> bool:
    return SPEAKER.fullmatch(f"{name}:") is not None


def speakers(lines: list[str]) -> tuple[str, ...]:
    """The speaker labels of a transcript, in order of first turn ("Me", "Sam")."""
    names = [label[0] for label in map(_label, lines) if label is not None]
    turns = Counter(name.lower() for name in names)
    found = (n for n in names if _is_known(n) or turns[n.lower()] >= MIN_NAMED_TURNS)
    return tuple(dict.fromkeys(found))


def count_lines(lines: Iterable[str], me: str | None = None) -> MiCounts:
    """MI counts over a transcript's lines: only my lines count, if speakers are marked.

    Speakers are "me:" / "partner:" or names used on two lines or more ("Sam:"); mine are
    "me", "I", "you" or the name given as `me`. Names but none of them mine: InvalidInput,
    naming the speakers, so the person can say which one they are.
    """
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip()]
    names = speakers([line for _, line in numbered])
    mine_names = {n.lower() for n in names if n.lower() in MY_SPEAKERS}
    if me is not None:
        wanted = " ".join(me.split()).lower()
        if names and wanted not in {n.lower() for n in names}:
            raise InvalidInput(Msg.SPEAKER_UNKNOWN.format(me=me, names=_listed(names)))
        mine_names = {wanted}
    elif not mine_names and not all(_is_known(n) for n in names):
        raise InvalidInput(
            Msg.SPEAKER_WHICH.format(names=_listed(names), example=_shell_word(names[0]))
        )
    labels = {n.lower() for n in names}
    items: list[Item] = []
    mine = theirs = 0
    speaker_is_me = True
    partner_said: str | None = None
    for number, line in numbered:
        label = _label(line) if labels else None
        if label is not None and label[0].lower() in labels:
            speaker_is_me = label[0].lower() in mine_names
            line = line[label[1] :]
        if not speaker_is_me:
            theirs += 1
            partner_said = line
            continue
        mine += 1
        for sentence in split_sentences(line):
            kind = classify_sentence(sentence, partner_said)
            if kind is not None:
                items.append(Item(kind, sentence.strip(), number))
    return MiCounts(items=tuple(items), my_lines=mine, partner_lines=theirs)


def count_text(text: str, me: str | None = None) -> MiCounts:
    return count_lines(text.splitlines(), me)


def _listed(names: tuple[str, ...]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _shell_word(name: str) -> str:
    return f'"{name}"' if " " in name else name


def read_transcript(path: Path) -> str:
    """A transcript file's text, or a clear InvalidInput (missing, binary, not UTF-8, empty)."""
    if not path.exists():
        raise InvalidInput(Msg.NO_FILE.format(path=path))
    if path.is_dir():
        raise InvalidInput(Msg.TRANSCRIPT_IS_FOLDER.format(path=path))
    data = path.read_bytes()[: MAX_TRANSCRIPT_BYTES + 1]
    return decode_transcript(data, str(path))


def decode_transcript(data: bytes, name: str) -> str:
    if len(data) > MAX_TRANSCRIPT_BYTES:
        raise InvalidInput(Msg.TRANSCRIPT_TOO_LARGE.format(name=name))
    if b"\x00" in data:
        raise InvalidInput(Msg.TRANSCRIPT_BINARY.format(name=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(Msg.TRANSCRIPT_NOT_UTF8.format(name=name)) from None
    if not text.strip():
        raise InvalidInput(Msg.TRANSCRIPT_EMPTY.format(name=name))
    return text


def gentle_comment(counts: MiCounts) -> str:
    """One kind, concrete sentence about the balance; never a verdict."""
    q, r = counts.questions, counts.reflections
    if q == 0 and r == 0:
        return (
            "No questions or reflections showed up in your lines. Next time, try one open "
            'question ("What worries you most?") and say back what you hear.'
        )
    if q == 0:
        return (
            "You listened and reflected without questioning: that helps a partner feel heard. "
            "One open question can invite them to say more."
        )
    level = counts.ratio_level
    share_open = counts.percent_open or 0.0
    pushed = counts.confrontations
    if pushed:
        times = "once" if pushed == 1 else ("twice" if pushed == 2 else f"{pushed} times")
        return (
            f"Your lines pushed {times} (blame, a label, pressure or advice nobody asked for), "
            "and a partner who feels pushed tends to push back. Try saying back what you heard "
            'first, like "It sounds like …", then one open question.'
        )
    reflections = f"{r} reflection{'s' if r != 1 else ''}"
    questions = f"{q} question{'s' if q != 1 else ''}"
    if level == "good":
        first = f"Lovely balance: {reflections} to {questions}, a 'good' level (2:1)."
    elif level == "fair":
        first = f"{reflections} to {questions}: a fair balance (1:1); 2:1 is 'good'."
    else:
        first = (
            f"You asked {q} question{'s' if q != 1 else ''} and reflected {r} time"
            f"{'s' if r != 1 else ''}. Before the next question, try saying back what you "
            'heard, like "It sounds like …".'
        )
    if share_open < OPEN_FAIR:
        return first + ' Turning a yes/no question into "What …" or "How …" opens it up.'
    return first
