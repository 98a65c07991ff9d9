"""Issue 11: a label in a story about someone else is kept for the record, not coached; the
insults of everyday slang are read when said to the partner, and not when said fondly of a
son or reported from someone else.

Each group has controls: the same kind of words said to the partner are still found as
pushing, so these tests fail if the scope swallows everything.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


STORY_LABELS = [
    "She's so inconsiderate.",
    "He's such a slob, honestly.",
    "hes such a child about money",
    "my husband is so lazy its unreal",
    "He's a total mummy's boy.",
    "They're so toxic, both of them.",
    "His mum is so controlling.",
    "My boyfriend can be such a nag.",
    "she was being a complete cow at the party",
    "He's spineless when his mother's around.",
]
STORY_CONTROLS = [
    "You're so inconsiderate.",
    "You're such a slob, honestly.",
    "ur such a child about money",
    "You are so lazy it's unreal.",
    "You're a total mummy's boy.",
    "You're spineless when your mother's around.",
]


@pytest.mark.parametrize("text", STORY_LABELS)
def test_a_label_in_a_story_about_them_is_for_the_record(text: str) -> None:
    analysis = analyse(text)
    assert "label" in analysis.categories, text  # still the thinking trap of labelling
    assert analysis.pushing == 0, text
    (finding,) = analysis.about_them
    assert finding.polarity == "other" and finding.id == "label"
    assert finding.hint is None and finding.rewrite is None
    assert analysis.tip is None  # no "end with a question" idea under a story
    assert not analysis.left_for_you


@pytest.mark.parametrize("text", STORY_CONTROLS)
def test_the_same_label_said_to_them_pushes(text: str) -> None:
    assert "label" in _pushing(text), text
    assert not analyse(text).about_them


SLANG = {
    "you're such a mummy's boy": "label",
    "ur such a mummys boy": "label",
    "You are a manchild.": "label",
    "you're a man-child": "label",
    "Honestly you're a right muppet sometimes.": "label",
    "you absolute clown": "label",
    "Put it down, you idiot!": "label",
    "you big baby": "label",
    "you useless lump": "label",
    "you're a doormat": "label",
    "You're such a wet blanket.": "label",
    "you're a couch potato": "label",
    "ur such a nag": "label",
    "Stop being such a man child.": "label",
    "Don't be such a doormat with your boss.": "label",
    "you have no backbone": "label",
    "grow a spine": "contempt",
    "Grow some balls and tell your mum.": "contempt",
    "grow a pair ffs": "contempt",
    "Have a backbone for once.": "contempt",
    "just cut the apron strings already": "contempt",
    "You're still tied to your mum's apron strings.": "contempt",
    "Pull yourself together.": "contempt",
    "Be a man.": "contempt",
    "What are you, five?": "contempt",
}


@pytest.mark.parametrize(("text", "finding_id"), SLANG.items())
def test_slang_insults_to_the_partner_push(text: str, finding_id: str) -> None:
    assert finding_id in _pushing(text), text


NOT_INSULTS = [
    "My son is a real mummy's boy and I love it.",
    "He's such a mummy's boy, bless him.",  # fondly, of a son
    "Love you baby.",
    "Did you mess up the booking?",
    "It's such a mess in here after the party.",
    "I'm not calling you an idiot.",
    "You have no idea how much that meant.",
    "My mum told me to grow a spine when I was a kid.",
    '"Grow a spine" is what my dad used to say, and I hated it.',
    "I want to be a man who keeps his promises.",
    "Are you five minutes away?",
    "i told him to grow up",
    "I said to my sister she's such a slob.",
]


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_fond_reported_and_everyday_words_are_not_insults(text: str) -> None:
    assert not _pushing(text) & {"label", "contempt"}, text


def test_pull_yourself_together_is_not_a_shared_goal() -> None:
    ids = {f.id for f in analyse("Pull yourself together.").findings}
    assert "shared_goal" not in ids
    assert "shared_goal" in {f.id for f in analyse("Let's pull together on this.").findings}


def test_what_the_writer_told_the_partner_is_still_theirs() -> None:
    assert "contempt" in _pushing("I told you to grow up.")
    assert "contempt" not in _pushing("I told him to grow up.")


def test_self_talk_in_slang_is_noted_for_the_writer() -> None:
    analysis = analyse("I think I'm a bit of a doormat at work.")
    assert analysis.pushing == 0
    assert [f.id for f in analysis.about_you] == ["label"]


# Other misreadings found by trying varied messages as a new user would (issue 11).
ULTIMATUMS = [
    "it's either counselling or divorce",
    "Go to therapy or don't bother coming home.",
    "It's couples counselling or we're done.",
]


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_therapy_or_the_end_is_an_ultimatum(text: str) -> None:
    assert "ultimatum" in _pushing(text), text


@pytest.mark.parametrize(
    "text", ["It's either pizza or curry tonight.", "Ring me at six or don't bother, I'm out."]
)
def test_everyday_either_or_is_not_an_ultimatum(text: str) -> None:
    assert "ultimatum" not in _pushing(text), text


OWNING_IT = [
    "it's on me, i got it wrong",
    "My bad, I forgot to text.",
    "I shouldn't have said that, I'm sorry.",
    "i was really harsh last night",
    "I messed up and I know it.",
]


@pytest.mark.parametrize("text", OWNING_IT)
def test_owning_it_in_everyday_words_is_an_apology(text: str) -> None:
    analysis = analyse(text)
    assert "apology" in analysis.categories, text
    assert analysis.pushing == 0, text


PRAISE = ["you always make me laugh", "He always makes me feel safe."]


@pytest.mark.parametrize("text", PRAISE)
def test_praise_said_with_always_is_not_an_absolute(text: str) -> None:
    assert "absolute" not in {f.id for f in analyse(text).findings}, text
