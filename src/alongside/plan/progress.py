"""Progress you can see: weekly series from the record, drawn as calm, readable plots.

The series are pure functions of a snapshot. The drawing uses matplotlib's object API
with the Agg canvas set explicitly (no pyplot, no global figure state), imported only
when a plot is drawn, because matplotlib is slow to import. Every plot reads sensibly
with an empty record: it says so on the figure instead of failing.
"""

from __future__ import annotations

import html
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from alongside.plan.snapshot import STANCE_ORDER, STANCE_WORDS, RecordSnapshot, int_field

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STANCE_MIN_DAYS = 21  # the stance plot spans at least three weeks
PLOT_WEEKS = 12  # a season: long enough to see a trend, short enough to read each week

# Okabe & Ito (2008) colour-blind-safe palette; the second series also differs by
# hatch or marker shape, so no plot relies on colour alone.
BLUE, ORANGE, GREEN, VERMILLION, GREY = "#0072B2", "#E69F00", "#009E73", "#D55E00", "#6B6B6B"
SIZE_INCHES = (7.0, 3.6)
STANCE_TITLE = "Where my partner seemed to be, over time"
OUTCOMES_TITLE = "Wins and setbacks, week by week"
MESSAGES_TITLE = "My own words: pushing and inviting, week by week"
CHECKINS_TITLE = "Check-ins held, week by week"
PNG_DPI = 110


@dataclass(frozen=True)
class Week:
    monday: date
    wins: int
    setbacks: int
    pushing: int
    inviting: int
    checkins: int

    @property
    def label(self) -> str:
        return f"{self.monday.day} {self.monday:%b}"


def weekly_series(snapshot: RecordSnapshot, weeks: int = PLOT_WEEKS) -> tuple[Week, ...]:
    """One `Week` per week, oldest first, up to `weeks` ending with this week.

    Starts at the first week with anything in it, so a new record is not a row of zeros.
    """
    this_monday = snapshot.today - timedelta(days=snapshot.today.weekday())
    earliest = this_monday - timedelta(weeks=weeks - 1)
    first_entry = min((e.occurred_on for e in snapshot.entries), default=this_monday)
    start = max(earliest, first_entry - timedelta(days=first_entry.weekday()))
    series: list[Week] = []
    monday = start
    while monday <= this_monday:
        sunday = monday + timedelta(days=6)
        messages = snapshot.between("message", monday, sunday)
        series.append(
            Week(
                monday=monday,
                wins=len(snapshot.between("win", monday, sunday)),
                setbacks=len(snapshot.between("setback", monday, sunday)),
                pushing=sum(int_field(m, "pushing") or 0 for m in messages),
                inviting=sum(int_field(m, "inviting") or 0 for m in messages),
                checkins=len(snapshot.between("checkin", monday, sunday)),
            )
        )
        monday += timedelta(days=7)
    return tuple(series)


def _new_figure(title: str) -> tuple[Figure, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=SIZE_INCHES, layout="constrained")
    FigureCanvasAgg(figure)  # the Agg backend, set explicitly for this figure only
    axes = figure.add_subplot()
    axes.set_title(title, loc="left")
    return figure, axes


def _empty(axes: Any, message: str) -> None:
    axes.set_axis_off()
    axes.text(0.5, 0.45, message, ha="center", va="center", color=GREY, wrap=True)


def _week_axis(axes: Any, series: tuple[Week, ...]) -> list[int]:
    positions = list(range(len(series)))
    axes.set_xticks(positions, [w.label for w in series])
    axes.set_xlabel("Week starting")
    axes.yaxis.get_major_locator().set_params(integer=True)
    return positions


def stance_figure(snapshot: RecordSnapshot) -> Figure:
    from matplotlib.dates import AutoDateLocator, DateFormatter

    figure, axes = _new_figure(STANCE_TITLE)
    points = snapshot.stance_points()
    if not points:
        _empty(axes, "Nothing to show yet.\nNote a conversation with their stance to see it here.")
        return figure
    days = [p.on for p in points] + [snapshot.today]
    ranks = [p.rank for p in points] + [points[-1].rank]
    axes.step(days, ranks, where="post", color=BLUE, linewidth=2)
    axes.plot(days[:-1], ranks[:-1], "o", color=BLUE, markersize=6)
    axes.set_yticks(range(len(STANCE_ORDER)), [STANCE_WORDS[s] for s in STANCE_ORDER])
    axes.set_ylim(-0.4, len(STANCE_ORDER) - 0.6)
    axes.grid(axis="y", color="#E5E5E5")
    # at least a few weeks wide, so one point or one day still gets readable date ticks
    left = _days_before(min(days[0], _days_before(snapshot.today, STANCE_MIN_DAYS)), 2)
    axes.set_xlim(left, _days_after(snapshot.today, 1))
    locator = AutoDateLocator(maxticks=8)  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(DateFormatter("%-d %b\n%Y"))  # type: ignore[no-untyped-call]
    return figure


def _days_before(day: date, days: int) -> date:
    """`day` minus `days`, or the calendar's first day (an entry dated 0001-01-01)."""
    return day - timedelta(days=min(days, (day - date.min).days))


def _days_after(day: date, days: int) -> date:
    return day + timedelta(days=min(days, (date.max - day).days))


def outcomes_figure(snapshot: RecordSnapshot) -> Figure:
    figure, axes = _new_figure(OUTCOMES_TITLE)
    series = weekly_series(snapshot)
    if not any(w.wins or w.setbacks for w in series):
        _empty(axes, "Nothing to show yet.\nWins and setbacks you note will appear here.")
        return figure
    x = _week_axis(axes, series)
    axes.bar([i - 0.2 for i in x], [w.wins for w in series], 0.4, color=GREEN, label="Wins")
    axes.bar(
        [i + 0.2 for i in x],
        [w.setbacks for w in series],
        0.4,
        color=ORANGE,
        hatch="//",
        edgecolor="white",
        label="Setbacks",
    )
    axes.legend(frameon=False)
    return figure


def messages_figure(snapshot: RecordSnapshot) -> Figure:
    figure, axes = _new_figure(MESSAGES_TITLE)
    series = weekly_series(snapshot)
    if not any(w.pushing or w.inviting for w in series):
        _empty(axes, "Nothing to show yet.\nMessages you save from the coach will appear here.")
        return figure
    x = _week_axis(axes, series)
    axes.plot(x, [w.inviting for w in series], "-o", color=BLUE, linewidth=2, label="Inviting")
    axes.plot(x, [w.pushing for w in series], "--s", color=VERMILLION, linewidth=2, label="Pushing")
    axes.set_ylim(bottom=0)
    axes.legend(frameon=False)
    return figure


def checkins_figure(snapshot: RecordSnapshot) -> Figure:
    figure, axes = _new_figure(CHECKINS_TITLE)
    series = weekly_series(snapshot)
    if not any(w.checkins for w in series):
        _empty(axes, "Nothing to show yet.\nCheck-ins you record will appear here.")
        return figure
    x = _week_axis(axes, series)
    axes.bar(x, [w.checkins for w in series], 0.6, color=BLUE)
    return figure


PLOT_TITLES: dict[str, str] = {
    "stance": STANCE_TITLE,
    "wins-setbacks": OUTCOMES_TITLE,
    "messages": MESSAGES_TITLE,
    "checkins": CHECKINS_TITLE,
}

PLOTS: dict[str, Callable[[RecordSnapshot], Figure]] = {
    "stance": stance_figure,
    "wins-setbacks": outcomes_figure,
    "messages": messages_figure,
    "checkins": checkins_figure,
}


def _render(name: str, snapshot: RecordSnapshot, fmt: str) -> bytes:
    return _render_as(name, snapshot, (fmt,))[fmt]


def _render_as(name: str, snapshot: RecordSnapshot, fmts: tuple[str, ...]) -> dict[str, bytes]:
    """One plot built once and saved in each format (building is a good part of the cost)."""
    import matplotlib

    build = PLOTS[name]
    with matplotlib.rc_context(
        {
            "svg.hashsalt": "alongside",  # stable ids: the same record gives the same SVG
            "svg.fonttype": "none",  # text stays text: smaller, selectable, read by screen readers
            "font.size": 10,
            "axes.spines.top": False,
            "axes.spines.right": False,
            "axes.titlesize": 12,
            "axes.titleweight": "bold",
            "axes.edgecolor": GREY,
            "axes.labelcolor": "#333333",
            "xtick.color": "#333333",
            "ytick.color": "#333333",
        }
    ):
        figure = build(snapshot)
        found: dict[str, bytes] = {}
        for fmt in fmts:
            out = io.BytesIO()
            # no dates or tool names in the files: the same record always gives the same bytes
            metadata: dict[str, str | None] = (
                {"Date": None, "Creator": None, "Format": None, "Type": None}
                if fmt == "svg"
                else {"Software": None}
            )
            figure.savefig(out, format=fmt, dpi=PNG_DPI, metadata=metadata)
            found[fmt] = out.getvalue()
    return found


def plot_svg(name: str, snapshot: RecordSnapshot) -> str:
    """One plot as an inline <svg> element for a web page ("stance", "wins-setbacks", …).

    No XML prolog or DOCTYPE (so it can sit inside HTML), labelled for screen readers.
    """
    text = _render(name, snapshot, "svg").decode("utf-8")
    svg = text[text.index("<svg") :]
    label = html.escape(PLOT_TITLES[name], quote=True)
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def plot_png(name: str, snapshot: RecordSnapshot) -> bytes:
    return _render(name, snapshot, "png")


def write_plots(snapshot: RecordSnapshot, out_dir: Path) -> tuple[Path, ...]:
    """Every plot as SVG and PNG in `out_dir` (created if needed); returns the files.

    Each is written as `export` writes: atomically and readable by its owner only (0600),
    since the plots show what the record holds."""
    from alongside.fileio import write_atomic

    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    written: list[Path] = []
    for name in PLOTS:
        for fmt, data in _render_as(name, snapshot, ("svg", "png")).items():
            path = out_dir / f"{name}.{fmt}"
            write_atomic(path, data)
            written.append(path)
    return tuple(written)
