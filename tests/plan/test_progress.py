"""Progress plots: files are produced, valid, non-empty, and an empty record still reads well."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from alongside.plan.progress import PLOTS, plot_png, plot_svg, weekly_series, write_plots
from tests.plan.records import Record
from tests.plan.test_review import good_week, hard_week

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def realistic() -> Record:
    rec = good_week()
    for entry in hard_week().entries:
        if entry.kind in ("setback", "message", "conversation"):
            rec.entries.append(entry)
    return rec


def test_weekly_series_counts_each_week() -> None:
    series = weekly_series(realistic().snapshot())
    by_monday = {w.monday.isoformat(): w for w in series}
    last_week = by_monday["2026-03-09"]
    assert (last_week.wins, last_week.setbacks, last_week.checkins) == (1, 2, 1)
    assert (last_week.pushing, last_week.inviting) == (1, 4)
    assert (by_monday["2026-03-02"].pushing, by_monday["2026-03-02"].inviting) == (5, 0)
    assert series[-1].monday.isoformat() == "2026-03-16"


def test_weekly_series_of_an_empty_record_is_just_this_week() -> None:
    (week,) = weekly_series(Record().snapshot())
    assert (week.wins, week.setbacks, week.pushing, week.inviting, week.checkins) == (0,) * 5


def test_write_plots_produces_valid_svg_and_png(tmp_path: Path) -> None:
    written = write_plots(realistic().snapshot(), tmp_path / "out")
    assert {p.name for p in written} == {f"{n}.{x}" for n in PLOTS for x in ("svg", "png")}
    for path in written:
        data = path.read_bytes()
        assert len(data) > 2000, path
        if path.suffix == ".png":
            assert data.startswith(PNG_MAGIC)
        else:
            assert (
                data.startswith(b"<?xml") and b"<svg" in data and data.rstrip().endswith(b"</svg>")
            )
    assert not list((tmp_path / "out").glob(".*"))  # no temporary file left behind


@pytest.mark.parametrize("name", sorted(PLOTS))
def test_inline_svg_is_labelled_and_deterministic(name: str) -> None:
    snapshot = realistic().snapshot()
    svg = plot_svg(name, snapshot)
    assert svg.startswith('<svg role="img" aria-label="')
    assert "<!DOCTYPE" not in svg and "matplotlib.org" not in svg
    assert svg == plot_svg(name, snapshot)


def test_empty_record_says_so_on_the_figure() -> None:
    empty = Record().snapshot()
    for name in PLOTS:
        assert "Nothing to show yet." in plot_svg(name, empty)
    assert plot_png("stance", empty).startswith(PNG_MAGIC)


def test_plots_show_what_was_recorded() -> None:
    snapshot = realistic().snapshot()
    assert "not considering it" in plot_svg("stance", snapshot)
    assert "Setbacks" in plot_svg("wins-setbacks", snapshot)
    assert "Inviting" in plot_svg("messages", snapshot)
    assert "Nothing to show yet." not in plot_svg("checkins", snapshot)


@pytest.mark.parametrize("days_ago", [0, 1, 400])
def test_stance_plot_of_one_point_reads_well(days_ago: int) -> None:
    rec = Record().add("invitation", days_ago, how="Gently", stance_after="considering")
    svg = plot_svg("stance", rec.snapshot())
    assert "considering it" in svg and "Nothing to show yet." not in svg


DOCS_PLOTS = Path(__file__).parents[2] / "docs" / "plots"


def test_example_plots_in_docs_exist_and_come_from_the_example_record(tmp_path: Path) -> None:
    from tests.plan.example_record import example_record

    written = write_plots(example_record(date(2026, 3, 18)).snapshot(), tmp_path)
    for path in written:
        shipped = DOCS_PLOTS / path.name
        assert shipped.is_file(), f"regenerate with: python -m tests.plan.example_record {shipped}"
        assert shipped.read_bytes()[:8] == path.read_bytes()[:8]
        assert "Nothing to show yet." not in path.read_text(errors="replace")
