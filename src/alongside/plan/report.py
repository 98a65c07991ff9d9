"""A printable HTML page of the weekly review, with the plots embedded as inline SVG.

The page is self-contained: no scripts, no fonts, no images or styles from anywhere
else, so it opens offline and prints cleanly.
"""

from __future__ import annotations

from markupsafe import Markup

from alongside.messages import plain
from alongside.plan.progress import PLOTS, plot_svg
from alongside.plan.review import WeeklyReview
from alongside.plan.snapshot import RecordSnapshot


def review_html(review: WeeklyReview, snapshot: RecordSnapshot) -> str:
    """The review as one HTML page (the record's words are escaped; the plots are ours)."""
    from jinja2 import Environment, PackageLoader, select_autoescape

    environment = Environment(
        loader=PackageLoader("alongside.plan", "templates"),
        autoescape=select_autoescape(["html"]),
    )
    plots = [Markup(plot_svg(name, snapshot)) for name in PLOTS]  # noqa: S704  # our own SVG
    environment.filters["plain"] = lambda text: plain(str(text))[0]
    return environment.get_template("review.html").render(review=review, plots=plots)
