"""A realistic three-month record, for the example plots in docs/plots and the README.

Regenerate the plots:  .venv/bin/python -m tests.plan.example_record docs/plots
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from tests.plan.records import Record

TALKS = (  # days ago, topic, rating, stance
    (84, "How tired we both are", 2, "not_considering"),
    (77, "Weekend plans", 3, None),
    (66, "What I noticed about our evenings", 3, "not_considering"),
    (52, "A podcast about listening", 4, "considering"),
    (38, "What worries him about therapy", 3, "considering"),
    (24, "Money stress", 2, None),
    (17, "What a first session could look like", 4, "preparing"),
    (6, "Two therapists with short intro calls", 5, "preparing"),
)
WINS = (
    (80, "We laughed together at dinner"),
    (63, "He asked how my day was, and listened"),
    (49, "A calm Sunday morning"),
    (45, "We paused a disagreement and came back to it"),
    (33, "He slept better this week"),
    (27, "A walk together after work"),
    (20, "He told me what worries him about therapy"),
    (15, "We planned the week together without tension"),
    (12, "A check-in that ended with a hug"),
    (8, "He read the therapist's website himself"),
    (4, "A calmer morning before work"),
    (2, "We both said thank you more often"),
)
SETBACKS = (
    (82, "Shouting about the dishes"),
    (70, "He left the room mid-talk"),
    (25, "A cold evening"),
)
PUSHING = (4, 3, 3, 2, 2, 2, 1, 1, 1, 0, 1, 0)  # per week, oldest first: fewer over time
INVITING = (0, 1, 1, 2, 2, 3, 3, 2, 4, 3, 4, 5)


def example_record(today: date) -> Record:
    rec = Record(today)
    rec.add("goal", 75, goal="Feel safe and heard with each other")
    rec.add("boundary", 72, boundary="No hard talks after 10pm", tolerance="cannot")
    rec.add(
        "agreement",
        60,
        agreement="Therapy talk only when we're both calm",
        revisit_on=today + timedelta(days=20),
    )
    rec.add("schedule", 64, title="Our check-in", timezone="Europe/Berlin")
    for days_ago, topic, rating, stance in TALKS:
        fields: dict[str, object] = {"topic": topic, "rating": rating}
        if stance:
            fields["stance"] = stance
        rec.add("conversation", days_ago, **fields)
    rec.add(
        "invitation",
        45,
        how="On a walk, as something for us both",
        response="Maybe, not yet",
        stance_after="considering",
    )
    for days_ago, what in WINS:
        rec.add("win", days_ago, what=what)
    for days_ago, what in SETBACKS:
        rec.add("setback", days_ago, what=what, learned="We both needed a pause first")
    for week, (pushing, inviting) in enumerate(zip(PUSHING, INVITING, strict=True)):
        days_ago = 1 + 7 * (len(PUSHING) - 1 - week)
        rec.add("message", days_ago, text="(saved message)", pushing=pushing, inviting=inviting)
    for days_ago in range(63, 0, -7):
        if days_ago not in (42, 21):
            rec.add("checkin", days_ago, notes="Appreciations, one topic, a plan", rating=4)
    for days_ago in (20, 13, 9, 3):
        rec.add("selfcare", days_ago, action="A walk on my own", type="action")
    rec.add("therapist", 5, name="A couples therapist with intro calls", contact_status="contacted")
    return rec


if __name__ == "__main__":
    from alongside.plan.progress import write_plots

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/plots")
    write_plots(example_record(date(2026, 3, 18)).snapshot(), out)
