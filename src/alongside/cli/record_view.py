"""How entries look on the command line: Rich tables and panels, or JSON for scripts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from alongside.cli.options import print_json, say
from alongside.vault.kinds import KINDS, FieldSpec

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.vault import Entry

TITLE_CHARS = 70


def console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def visible(text: str) -> str:
    """Control characters shown as U+FFFD so stored text cannot steer the terminal."""
    return "".join(c if c.isprintable() or c in "\n\t" else "\ufffd" for c in text)


def shown(f: FieldSpec, value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M %Z").strip()
    if isinstance(value, date):
        return value.isoformat()
    if f.type == "choice":
        return dict(f.choices).get(str(value), str(value))
    return str(value)


def one_line(text: str, limit: int = TITLE_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def entry_json(entry: Entry) -> dict[str, Any]:
    from alongside.vault.transfer import entry_to_json

    return entry_to_json(entry)


def print_entries(
    entries: Sequence[Entry],
    *,
    as_json: bool,
    title: str,
    empty: str,
    shown_ids: Mapping[str, str],
) -> None:
    """A table of `entries`; `shown_ids` is `Vault.short_ids` of them (no two alike)."""
    if as_json:
        print_json([entry_json(e) for e in entries])
        return
    if not entries:
        say(empty)
        return
    from rich.table import Table
    from rich.text import Text

    kinds = {e.kind for e in entries}
    single = KINDS[next(iter(kinds))] if len(kinds) == 1 else None
    table = Table(title=Text(visible(title)), title_justify="left")
    table.add_column("id", no_wrap=True, style="dim")
    if single is None:
        table.add_column("kind")
    table.add_column("when", no_wrap=True)
    table.add_column(single.main_field.label if single else "entry")
    extra = (
        [f for f in single.fields if not f.encrypted and f.name != "occurred_on"] if single else []
    )
    for f in extra:
        table.add_column(f.label)
    for entry in entries:
        spec = KINDS[entry.kind]
        cells = [Text(shown_ids[entry.id])]
        if single is None:
            cells.append(Text(spec.singular))
        cells.append(Text(entry.occurred_on.isoformat()))
        if entry.damaged:
            cells.append(Text(entry.title, style="bold"))
            cells.extend(Text("") for _ in extra)
            table.add_row(*cells)
            continue
        cells.append(Text(visible(one_line(entry.title))))
        for f in extra:
            value = entry.fields.get(f.name)
            cells.append(Text(visible(shown(f, value)) if value is not None else ""))
        table.add_row(*cells)
    console().print(table)


def print_entry(entry: Entry, *, as_json: bool, shown_id: str) -> None:
    """One entry in a panel; `shown_id` is `Vault.short_id(entry.id)`."""
    if as_json:
        print_json(entry_json(entry))
        return
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    spec = KINDS[entry.kind]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    if entry.damaged:
        grid.add_row(Text("Note"), Text(entry.title))
    for f in spec.fields:
        if f.name in entry.fields:
            grid.add_row(Text(f.label), Text(visible(shown(f, entry.fields[f.name]))))
    grid.add_row(Text("Written"), Text(entry.created_at.strftime("%Y-%m-%d %H:%M UTC")))
    if entry.updated_at != entry.created_at:
        grid.add_row(Text("Changed"), Text(entry.updated_at.strftime("%Y-%m-%d %H:%M UTC")))
    title = f"{spec.singular.capitalize()} {shown_id}"
    console().print(Panel(grid, title=Text(title), title_align="left", expand=False))
