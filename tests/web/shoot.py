"""Screenshots of the main pages, phone and desktop widths, for docs/screenshots/.

Run from the repository root: `.venv/bin/python -m tests.web.shoot`. It serves the real app
on 127.0.0.1 with an example record in a temp folder (test KDF) and drives Debian's
headless Chromium; nothing is fetched from anywhere.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import httpx
from playwright.sync_api import Page, sync_playwright

from alongside.web.security import cookie_name
from tests.web.browser import DESKTOP, PHONE, launch
from tests.web.server import LiveServer

OUT = Path("docs/screenshots")
FULL_PAGE = ("progress", "coach", "before-we-talk")  # pages whose point is below the fold
PASSPHRASE = "four calm unrelated words"  # an example vault in a temp folder
MESSAGE = (
    "You never listen to me. You need therapy or we're done. "
    "I feel lonely in the evenings and I'd love for us to talk."
)


def days_ago(n: int) -> str:
    return (dt.date.today() - dt.timedelta(days=n)).isoformat()


def example_record(url: str, cookie: str, token: str) -> None:
    """A few weeks of a plausible record, so lists and plots have something to show."""
    headers = {"X-CSRF-Token": token, "Cookie": cookie}
    stances = ["not_considering", "not_considering", "considering", "considering", "preparing"]
    rows: list[tuple[str, dict[str, object]]] = []
    for week, stance in enumerate(stances):
        when = days_ago(7 * (len(stances) - week) - 2)
        rows.append(
            (
                "conversation",
                {
                    "topic": "how we handle Sundays",
                    "rating": 2 + week % 3,
                    "stance": stance,
                    "occurred_on": when,
                },
            )
        )
        rows.append(("win", {"what": f"A calm morning, week {week + 1}", "occurred_on": when}))
        if week % 2 == 0:
            rows.append(
                (
                    "setback",
                    {
                        "what": "Raised voices about money",
                        "occurred_on": when,
                        "learned": "Pause first, talk after dinner",
                    },
                )
            )
        rows.append(
            (
                "message",
                {
                    "text": "You never listen.",
                    "pushing": 3 - week // 2,
                    "inviting": 1 + week,
                    "occurred_on": when,
                },
            )
        )
    rows += [
        (
            "journal",
            {
                "situation": "Dinner felt tense after work; I went quiet.",
                "trigger": "phone at the table",
                "feelings": "unheard, tired",
                "occurred_on": days_ago(1),
                "tags": "evenings, phones",
            },
        ),
        (
            "journal",
            {
                "situation": "We laughed about the cat and talked for an hour.",
                "occurred_on": days_ago(3),
                "tags": "good days",
            },
        ),
        (
            "journal",
            {
                "situation": "I brought up counselling at a bad moment.",
                "next_time": "Wait until we're both calm (P19).",
                "occurred_on": days_ago(6),
            },
        ),
        (
            "agreement",
            {"agreement": "Therapy talk only when we're both calm.", "revisit_on": days_ago(-14)},
        ),
        ("goal", {"goal": "Feeling safe and heard with each other."}),
    ]
    with httpx.Client(base_url=url, headers=headers, timeout=30) as client:
        for kind, fields in rows:
            client.post(f"/api/record/{kind}", json={"fields": fields}).raise_for_status()


def shoot(page: Page, name: str, width: str) -> None:
    page.wait_for_load_state("networkidle")
    tall = width == "desktop" and name in FULL_PAGE
    if tall:
        page.evaluate("window.scrollTo(0, 0)")  # the sticky header belongs at the top
    page.screenshot(path=str(OUT / f"{name}-{width}.png"), full_page=tall)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ALONGSIDE_KDF_PROFILE", "test")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        server = LiveServer(Path(tmp) / "home").start()
        browser = launch(playwright)
        try:
            for width, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
                context = browser.new_context(viewport=viewport)  # type: ignore[arg-type]
                page = context.new_page()
                page.goto(server.url + "/setup" if width == "desktop" else server.url + "/")
                if width == "desktop":
                    shoot(page, "setup", width)
                    page.get_by_label("Passphrase", exact=True).fill(PASSPHRASE)
                    page.get_by_label("The same passphrase again").fill(PASSPHRASE)
                    page.get_by_role("button", name="Create my private record").click()
                    page.wait_for_url("**/coach**")
                    name = cookie_name(server.port)
                    cookie = next(c for c in context.cookies() if c["name"] == name)
                    key = page.evaluate("() => sessionStorage.getItem('alongside-key')")
                    example_record(server.url, f"{name}={cookie['value']}", key)
                else:
                    page.get_by_label("Passphrase").fill("a wrong guess")
                    page.get_by_role("button", name="Unlock").click()
                    shoot(page, "unlock-wrong-passphrase", width)
                    page.get_by_label("Passphrase").fill(PASSPHRASE)
                    page.get_by_role("button", name="Unlock").click()
                for name, action in pages(server.url).items():
                    action(page)
                    shoot(page, name, width)
                context.close()
        finally:
            browser.close()
            server.stop()
    sys.stdout.write(f"screenshots written to {OUT}/\n")


def pages(url: str) -> dict[str, Callable[[Page], None]]:
    def coach(page: Page) -> None:
        page.goto(url + "/coach")
        page.get_by_label("Your message").fill(MESSAGE)
        page.locator("mark").first.wait_for()

    def safety_panel(page: Page) -> None:
        page.goto(url + "/coach")
        page.get_by_label("Your message").fill("He shoved me last week and I'm scared of him.")
        page.get_by_role("heading", name="Your safety comes first").wait_for()

    def journal_form_error(page: Page) -> None:
        page.goto(url + "/record/journal/new")
        page.get_by_label("What set it off").fill("a late train")
        page.get_by_label("When").fill("2025-02-30")
        page.get_by_role("button", name="Save").click()

    def go(path: str) -> Callable[[Page], None]:
        def visit(page: Page) -> None:
            page.goto(url + path)

        return visit

    def ready(page: Page) -> None:
        page.goto(url + "/ready")
        page.get_by_label("How calm do I feel right now?").select_option("7")
        page.get_by_label("How calm does my partner seem?").select_option("5")
        page.get_by_label("Minutes since our last argument").fill("8")
        page.get_by_role("button", name="Is now a good moment?").click()
        page.get_by_role("button", name="Start the 4-7-8 breathing pause").click()
        page.wait_for_timeout(2500)

    def rehearse(page: Page) -> None:
        page.goto(url + "/practice?topic=fears")
        page.get_by_role("button", name="Start practising").click()
        page.get_by_label("Your reply", exact=False).fill("You should just go, you need it.")
        page.get_by_role("button", name="Reply").click()
        page.get_by_text("round 2 of 3").wait_for()

    return {
        "coach": coach,
        "coach-safety": safety_panel,
        "record": go("/record"),
        "journal": go("/record/journal"),
        "journal-form-error": journal_form_error,
        "before-we-talk": ready,
        "questions-rehearsal": rehearse,
        "progress": go("/progress"),
        "help": go("/safety"),
        "quick-exit": go("/away"),
    }


if __name__ == "__main__":
    main()
