"""Nothing the app serves refers to another site: no CDN, no font, no link out."""

from __future__ import annotations

import re
from collections import deque
from importlib.resources import files
from pathlib import Path

import httpx

from alongside.vault.kinds import KINDS

EXTERNAL = re.compile(r"(?:https?:)?//(?!127\.0\.0\.1[:/]|localhost[:/])[\w.-]+\.[a-z]{2,}", re.I)
LINKS = re.compile(r'(?:href|src)="([^"]+)"')
CSS_URL = re.compile(r"url\(([^)]+)\)")
XML_NAMESPACE = re.compile(r'xmlns(?::\w+)?="[^"]*"')  # a name, never fetched


def external_refs(text: str) -> list[str]:
    return EXTERNAL.findall(XML_NAMESPACE.sub("", text))


def test_the_external_pattern_catches_what_it_should() -> None:
    assert external_refs('<script src="https://cdn.example.com/x.js">')
    assert external_refs("@import url(//fonts.googleapis.com/css)")
    assert not external_refs('<a href="http://127.0.0.1:8000/record">')
    assert not external_refs("a comment // with words")
    assert not external_refs('<svg xmlns="http://www.w3.org/2000/svg">')
    assert external_refs('<svg xmlns="http://www.w3.org/2000/svg"><image href="http://x.org/a"/>')


def crawl(client: httpx.Client, start: list[str]) -> dict[str, str]:
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < 400:
        path = queue.popleft()
        if path in seen:
            continue
        response = client.get(path)
        assert response.status_code in (200, 303, 404), (path, response.status_code)
        if response.status_code == 303:
            queue.append(response.headers["location"])
            seen[path] = ""
            continue
        seen[path] = response.text
        for link in LINKS.findall(response.text) + CSS_URL.findall(response.text):
            link = link.strip("'\" ").split("#")[0]
            if link.startswith("/") and not link.startswith("//") and link != "/lock":
                queue.append(link.replace("&amp;", "&"))
    return seen


def test_no_page_or_file_refers_to_another_site(unlocked: httpx.Client) -> None:
    for name, spec in KINDS.items():
        unlocked.post(f"/api/record/{name}", json={"fields": {spec.main_field.name: "words"}})
    pages = crawl(
        unlocked,
        ["/", "/record", "/progress", "/safety", "/away?q=x", "/unlock", "/setup", "/nowhere"]
        + [f"/record/{k}" for k in KINDS],
    )
    static = Path(str(files("alongside.web").joinpath("static")))
    for file in static.iterdir():
        pages[f"/static/{file.name}"] = unlocked.get(f"/static/{file.name}").text
    assert len(pages) > 40
    assert any(p.endswith(".js") for p in pages) and any(p.endswith(".css") for p in pages)
    offenders = {path: refs for path, text in pages.items() if (refs := external_refs(text))}
    assert offenders == {}
