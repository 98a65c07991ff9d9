"""One cold `alongside check` split into stages, in this new process: CPU milliseconds each.

Run by `bench/bench_coach.py --cold` (many times, medians); prints one JSON object. The
stages run what `alongside check "..."` runs, in its order: the CLI, the rules, the safety
screen (its patterns, then its learned layer), the rules' findings, the meaning layer, the
gentler words, Rich and the printing.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import sys
import time

MESSAGE = "You never listen. You need therapy."


def main() -> None:
    clock = time.process_time
    spent: dict[str, float] = {}
    last = clock()

    def mark(name: str) -> None:
        nonlocal last
        now = clock()
        spent[name] = (now - last) * 1000
        last = now

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    import typer  # noqa: F401 - the peer's own cost

    mark("import typer")
    from alongside.cli.app import build_app

    build_app("check")
    mark("the CLI (check only)")
    from alongside.coach.rules import rules

    mark("import the coach")
    rules()
    mark("the rules (built)")
    screen = importlib.import_module("alongside.safety.screen")
    screen.pattern_hits(MESSAGE)
    mark("safety: patterns")
    screen.model_hits(MESSAGE)
    mark("safety: learned layer")
    analyse = importlib.import_module("alongside.coach.analyse")
    low = analyse.lower_same_length(MESSAGE)
    found = analyse.find_patterns(MESSAGE, low)
    mark("the rules' findings")
    from alongside.coach.learned import learned_findings

    learned_findings(MESSAGE, low, found, analyse._scope())
    mark("the meaning layer")
    result = analyse.analyse(MESSAGE)
    result.compose(None)
    _ = [f.rewrite for f in result.findings]
    mark("gentler words")
    import rich.console
    import rich.padding
    import rich.text  # noqa: F401

    mark("import rich")
    from alongside.cli import coach

    shown, sys.stdout = sys.stdout, io.StringIO()
    try:
        coach._show(result, country=None, saved=False)
    finally:
        sys.stdout = shown
    mark("printing")
    print(json.dumps(spent))


if __name__ == "__main__":
    main()
