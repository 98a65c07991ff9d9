"""The learned layer's valence cues (`learned.valence_words`): a sentence with a word VADER's
lexicon rates clearly negative or positive reads one more word, so the model weighs words it
never saw in training by what it learned of their kind (issue 11: meaning beyond the examples).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alongside.coach.learned import (
    NEG_CUE,
    POS_CUE,
    Model,
    leaning,
    sentences,
    valence_words,
    with_cues,
    words_of,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("ur just useless", [NEG_CUE]),
        ("what a pathetic excuse", [NEG_CUE]),
        ("I adore you", [POS_CUE]),
        ("brilliant, the boiler's broken again", [NEG_CUE, POS_CUE]),
        ("bins go out thursday", []),
        ("you're not lazy", []),  # a denied word ("not ~lazy") is not counted
        ("pick up milk on the way home", []),
    ],
)
def test_valence_words(text: str, cues: list[str]) -> None:
    assert valence_words(words_of(text)) == cues


def test_the_trainer_and_the_analyser_read_the_same_words() -> None:
    text = "You're a hopeless cook. See you at six"
    read = [s.words for s in sentences(text)]
    assert read == [with_cues(words_of("You're a hopeless cook.")), words_of("See you at six")]
    assert read[0][-1] == NEG_CUE


def test_the_lean_head_reads_a_word_it_never_saw_through_its_valence() -> None:
    # Trained on the cue alone: "worthless" carries no weight of its own here.
    m = Model(
        heads=("leans_pushing",),
        bias=(-3.0,),
        thresholds=(0.0,),
        weights={NEG_CUE: {0: 3.5}, "you": {0: 0.5}},
    )
    assert leaning("you worthless man", m) is not None
    assert leaning("you lovely man", m) is None


def test_the_shipped_valence_file_is_current() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "write_valence.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
