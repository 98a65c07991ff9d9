"""What a sentence the learned layer leans on may read as (issue 12, `coach.suspicion`).

Blind round 11 rated the unnamed note 2 on the pushes it caught ("a veiled threat gets
'nothing here is a clear push'", "a generic hint only"). The note now names what the words
may sound like and gives an idea that fits. Each example in `data/suspicions.toml` is a case
here; the messages below are the team's own, written for this test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alongside.app.coach import leaning_note
from alongside.coach import suspicion as module
from alongside.coach.analyse import analyse
from alongside.coach.suspicion import UNNAMED, SuspicionFileError, suspicion, suspicions
from alongside.messages import Msg
from tests.cli.inprocess import run

NAMED = [(e.id, x) for e in suspicions() for x in e.examples]
NOT_NAMED = [(e.id, x) for e in suspicions() for x in e.not_examples]


@pytest.mark.parametrize(("name", "sentence"), NAMED)
def test_each_example_is_named_as_its_entry_says(name: str, sentence: str) -> None:
    assert suspicion(sentence) == name


@pytest.mark.parametrize(("name", "sentence"), NOT_NAMED)
def test_a_not_example_is_not_named_by_that_entry(name: str, sentence: str) -> None:
    entry = next(e for e in suspicions() if e.id == name and sentence in e.not_examples)
    assert entry.pattern is not None  # a head entry's not_examples would test the model
    assert entry.pattern.search(sentence.lower()) is None


def test_every_name_has_its_words_and_its_idea() -> None:
    names = {e.id for e in suspicions()}
    assert names - {UNNAMED} == set(Msg.LEANS_AS) == set(Msg.TIP_LEAN_AS)
    assert suspicions()[-1].id == UNNAMED
    for said in Msg.LEANS_AS.values():
        assert said.startswith("{q} may read as ")  # a "may", never a verdict
    for idea in [*Msg.LEANS_AS.values(), *Msg.TIP_LEAN_AS.values()]:
        assert "[" not in idea and "PIUS" not in idea and "P1" not in idea


LEANING = [
    ("enjoy your little lie-in while I do the school run", "dig"),
    ("you made me late for my own mothers birthday", "blame"),
]


@pytest.mark.parametrize(("text", "name"), LEANING)
def test_the_note_and_the_idea_name_what_it_may_read_as(text: str, name: str) -> None:
    a = analyse(text)
    assert not any(f.polarity == "pushing" for f in a.findings)
    assert a.leaning is not None and a.leaning_as == name
    assert leaning_note(a) == Msg.LEANS_AS[name].format(q=f"“{text}”")
    assert a.tip == Msg.TIP_LEAN_AS[name]
    out = " ".join(run("check", text).out.split())
    assert " ".join(Msg.TIP_LEAN_AS[name].split()[:6]) in out
    assert "Nothing here" not in out and "Lovely" not in out


def test_a_sentence_the_heads_hardly_read_is_not_given_a_name() -> None:
    text = "honestly your mum would be embarrassed"  # the lean head leans; no head reads it
    a = analyse(text)
    assert a.leaning is not None and suspicion(text) == UNNAMED
    assert leaning_note(a) == Msg.LEANS_PUSHING.format(q=f"“{text}”")
    assert a.tip == Msg.TIP_LEAN


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("[[suspicion]\n", "suspicions.toml is not valid TOML"),
        (
            '[[suspicion]]\nid = "dig"\nheads = ["contempt"]\n',
            "the last entry must name what is left",
        ),
        ('[[suspicion]]\npattern = "x"\n', "suspicion 1 is malformed"),
        ('[[suspicion]]\nid = "x"\npattern = "("\n', "suspicion 1 is malformed"),
    ],
)
def test_a_malformed_file_is_named_in_a_plain_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str, says: str
) -> None:
    bad = tmp_path / "suspicions.toml"
    bad.write_text(text, encoding="utf-8")
    monkeypatch.setattr(module, "DATA_FILE", bad)
    module.suspicions.cache_clear()
    try:
        with pytest.raises(SuspicionFileError, match=says):
            module.suspicions()
    finally:
        module.suspicions.cache_clear()
