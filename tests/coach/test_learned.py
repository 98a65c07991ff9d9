"""The coach's learned layer (`coach/learned.py`): what it adds, where, and what it leaves."""

from __future__ import annotations

import json
import random

import pytest

from alongside.coach import analyse
from alongside.coach.analyse import _scope, find_patterns, lower_same_length
from alongside.coach.learned import (
    LEAN_HEAD,
    Model,
    learned_findings,
    model,
    model_path,
    unit_features,
    words_of,
)
from alongside.coach.rules import rules


def toy(weights: dict[str, dict[int, float]]) -> Model:
    """A model with the shipped heads whose only weights are `weights` (bias -5, cut 0)."""
    heads = model().heads
    return Model(
        heads=heads,
        bias=tuple(-5.0 for _ in heads),
        thresholds=tuple(0.0 for _ in heads),
        weights=weights,
    )


def head(name: str) -> int:
    return model().heads.index(name)


def added(text: str, m: Model) -> list[tuple[str, str, str]]:
    found = find_patterns(text)
    return [
        (f.id, f.rule, text[f.start : f.end])
        for f in learned_findings(text, lower_same_length(text), found, _scope(), m)
    ]


def test_words_mark_what_a_negator_denies() -> None:
    assert words_of("You're not lazy, you're tired") == [
        "youre",
        "not",
        "~lazy",
        "~youre",
        "~tired",
    ]
    assert words_of("Is it OK?") == ["is", "it", "ok", "?"]
    assert "^ is" in unit_features(["is", "it", "ok", "?"])


def test_a_head_adds_its_finding_with_the_clause_and_the_rules_why() -> None:
    m = toy({"sloth": {head("label"): 6.0}})
    text = "Honestly, you are a total sloth. See you at six."
    [(fid, rule, span)] = added(text, m)
    assert (fid, rule) == ("label", "model:label")
    assert span == "you are a total sloth"  # the clause, not the opener
    finding = learned_findings(text, lower_same_length(text), (), _scope(), m)[0]
    label_rule = next(r for r in rules() if r.id == "label")
    assert finding.why == label_rule.why and finding.polarity == "pushing"


def test_no_finding_where_a_rule_already_gave_it() -> None:
    text = "You're so selfish."
    assert any(f.id == "label" for f in find_patterns(text))
    m = toy({"selfish": {head("label"): 9.0}})
    assert added(text, m) == []


def test_pushing_is_not_added_to_reported_speech_or_quotes() -> None:
    m = toy({"sloth": {head("label"): 9.0}})
    assert added("My sister said you are a sloth.", m) == []
    assert added('He wrote "you are a sloth" on the card.', m) == []
    assert added("You are a sloth.", m) != []


def test_pushing_is_added_only_to_words_said_to_the_partner() -> None:
    m = toy({"sloth": {head("label"): 9.0}})
    assert added("He is a sloth.", m) == []
    assert added("I am a sloth.", m) == []
    assert added("Honestly u r a sloth", m) != []


def test_inviting_is_added_outside_the_partners_words_too() -> None:
    m = toy({"sorry": {head("apology"): 9.0}})
    assert [a[0] for a in added("Oh dear, sorry", m)] == ["apology"]


def test_analyse_carries_model_findings_in_categories() -> None:
    text = "Sorry, I was a total pain last night."
    assert "apology" not in {f.id for f in find_patterns(text)}  # no rule reads it
    a = analyse(text)
    ids = {f.id: f for f in a.findings}
    assert "apology" in a.categories
    assert ids["apology"].rule == "model:apology"
    assert text[ids["apology"].start : ids["apology"].end] == "I was a total pain last night"


@pytest.mark.parametrize(
    "text",
    [
        "Can you pick up milk on the way home?",
        "My dad said you need to call him back.",
        "We went to the park yesterday.",
        "I need to get up early tomorrow.",
        "You're not a failure.",
        "If you're going to the shop, we're out of bread.",
    ],
)
def test_everyday_and_reported_words_get_no_model_finding(text: str) -> None:
    assert [f.rule for f in analyse(text).findings if f.rule.startswith("model:")] == []


def test_the_shipped_model_is_well_formed() -> None:
    raw = json.loads(model_path().read_text(encoding="utf-8"))
    m = model()
    assert len(m.heads) == len(m.bias) == len(m.thresholds)
    assert set(m.heads) == {r.id for r in rules()} | {LEAN_HEAD}
    table = m.table()
    assert table and all(h < len(m.heads) for row in table.values() for h in row)
    assert raw["format"] == 2 and m.heaviest == max(
        abs(x) for r in table.values() for x in r.values()
    )


@pytest.mark.parametrize(
    "text",
    [
        "You're not lazy, you're tired.",
        "Honestly u never listen to me",
        "What do you think about Sunday?",
        "I'm sorry I shouted at you last night.",
        "zzz qqq",
    ],
)
def test_run_time_scores_are_the_trainers_feature_sums(text: str) -> None:
    m = model()
    words = words_of(text)
    expected = list(m.bias)
    for feature in unit_features(words):
        for h, x in m.table().get(feature, {}).items():
            expected[h] += x
    assert m.scores(words) == pytest.approx(expected)
    low = lower_same_length(text)
    from alongside.coach.learned import _lower_words

    assert _lower_words(low) == words


def test_packed_sums_fire_exactly_where_the_plain_sums_do() -> None:
    m = model()
    live = [h for h, t in enumerate(m.thresholds) if t < 50]
    texts = [
        "Grow up, you're acting like a spoiled brat.",
        "I'm sorry, I was out of order last night.",
        "What's been on your mind lately?",
        "We went to the cinema last night.",
        "you " * 1500,  # past the packed limit: the plain sums
    ]
    for text in texts:
        words = words_of(text)
        sums = m.scores(words)
        expected = [(h, sums[h]) for h in live if sums[h] >= m.thresholds[h]]
        got = m.fired(words)
        assert [h for h, _ in got] == [h for h, _ in expected]
        assert [x for _, x in got] == pytest.approx([x for _, x in expected])
    assert m.fired(words_of("I'm sorry, I was out of order last night."))  # not vacuous


def test_no_pushing_finding_is_added_to_a_sentence_the_rules_already_coach() -> None:
    m = toy({"sloth": {head("label"): 9.0}, "sorry": {head("apology"): 9.0}})
    assert added("You never help, you sloth.", m) == []  # "never": the rules' sentence
    assert [a[0] for a in added("Honestly you sloth.", m)] == ["label"]


# Reflections no rule reads (no "it sounds like", no "you feel"). Since the validation head
# fires only at 0.9 (tools/train_meaning.py: precision first, praise on a sarcastic line is the
# worst error), it reads some of them, never a pushing finding; 3 of these 7 at 8a11f8d.
REFLECTIONS_WITHOUT_MARKERS = (
    "You're really tired of feeling like this.",
    "It's like you're fighting this on your own.",
    "You're worn out from pretending everything is fine.",
    "You miss how things were before the baby.",
    "It's been a lonely few months for you.",
    "You're frustrated that your family keeps bringing it up.",
    "You want to be a good dad and you're not sure you are.",
    "Feeling like you're fighting this all by yourself.",
)


def test_a_counsellors_reflection_without_markers_is_read_as_validation() -> None:
    # Before the `restating` rule (mi18) the learned layer alone read three of the first
    # seven; the rule now reads five by their shape, whatever the model. Nothing else is read.
    read = []
    for text in REFLECTIONS_WITHOUT_MARKERS:
        ids = {f.id for f in analyse(text).findings}
        assert ids <= {"validation"}, (text, ids)
        read += [text] if ids else []
    assert len(read) >= 5, read


def test_a_score_exactly_at_the_threshold_fires_and_one_below_does_not() -> None:
    at = toy({"sloth": {head("label"): 5.0}})  # bias -5: log-odds exactly 0, the threshold
    below = toy({"sloth": {head("label"): 4.999}})
    assert [h for h, _ in at.fired(["sloth"])] == [head("label")]
    assert below.fired(["sloth"]) == []


def test_packed_sums_fire_exactly_where_the_plain_sums_do_on_random_models() -> None:
    rng = random.Random(11)
    heads = model().heads
    vocab = [f"w{i}" for i in range(30)]
    for _ in range(40):
        weights: dict[str, dict[int, float]] = {}
        for w in rng.sample(vocab, 12):
            weights[w] = {h: round(rng.uniform(-3, 3), 3) for h in rng.sample(range(len(heads)), 4)}
        for a, b in zip(vocab[::3], vocab[1::3], strict=False):
            weights[f"{a} {b}"] = {rng.randrange(len(heads)): round(rng.uniform(-2, 2), 3)}
        m = Model(
            heads=heads,
            bias=tuple(round(rng.uniform(-4, 0), 3) for _ in heads),
            thresholds=tuple(
                99.0 if rng.random() < 0.2 else round(rng.uniform(-1, 3), 3) for _ in heads
            ),
            weights=weights,
        )
        live = [h for h, t in enumerate(m.thresholds) if t < 50]
        for _ in range(25):
            words = rng.choices(vocab, k=rng.randint(1, 12))
            sums = m.scores(words)
            assert [h for h, _ in m.fired(words)] == [h for h in live if sums[h] >= m.thresholds[h]]


def test_the_shipped_records_read_as_the_table_they_were_written_from() -> None:
    shipped = model()
    table = shipped.table()
    from alongside.coach.learned import encode_records

    assert encode_records(table) == shipped.records  # the trainer's writing reads back whole
    plain = Model(
        heads=shipped.heads, bias=shipped.bias, thresholds=shipped.thresholds, weights=table
    )
    rng = random.Random(15)
    vocab = sorted({f.partition(" ")[0] for f in table} | {"zzz", "qqq"})
    for _ in range(300):
        words = rng.choices(vocab, k=rng.randint(1, 14))
        assert shipped.scores(words) == plain.scores(words)  # exactly: the same sums in order
        assert shipped.fired(words) == plain.fired(words)
    assert shipped._max_words == plain._max_words
