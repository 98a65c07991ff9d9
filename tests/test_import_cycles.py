"""No import cycles inside `alongside`: read every module's imports (AST) and look for loops.

An import inside a function counts (it runs, later); one under `if TYPE_CHECKING:` does not
(it never runs: it only names a type). A cycle means two modules each need the other, so
neither can be read, tested or moved alone; break it by moving the shared piece down a layer
or by handing the later one in (as `rewrite.Check` is handed to the rewriter).
"""

from __future__ import annotations

import ast
from pathlib import Path

import alongside

SRC = Path(alongside.__file__).parent


def modules(root: Path) -> dict[str, Path]:
    """Each module's dotted name (a package by its own name) and its file."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imported(node: ast.Import | ast.ImportFrom, name: str, is_package: bool) -> list[str]:
    """The dotted names an import statement in module `name` reads."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = name.split(".") if is_package else name.split(".")[:-1]
        package = package[: len(package) - node.level + 1]
        base = ".".join([*package, base] if base else package)
    return [f"{base}.{alias.name}" for alias in node.names] + [base]


def imports(root: Path) -> dict[str, set[str]]:
    """Each module of the package at `root` and the modules of the package it imports."""
    found = modules(root)
    graph: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        is_package = path.name == "__init__.py"
        pending: list[ast.AST] = [ast.parse(path.read_text(encoding="utf-8"))]
        while pending:
            node = pending.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.If) and _is_type_checking(child):
                    pending.extend(child.orelse)
                    continue
                if isinstance(child, ast.Import | ast.ImportFrom):
                    for target in _imported(child, name, is_package):
                        # "from alongside.coach import analyse": the module if there is one,
                        # else the package it comes from
                        while target and target not in found:
                            target = target.rpartition(".")[0]
                        if target and target != name:
                            graph[name].add(target)
                pending.append(child)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that reach each other (strongly connected, more than one)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _explain(graph: dict[str, set[str]], group: list[str]) -> str:
    edges = [f"{a} -> {b}" for a in group for b in sorted(graph[a]) if b in group]
    return "import cycle: " + "; ".join(edges)


def test_no_module_of_alongside_imports_itself_round_a_loop() -> None:
    graph = imports(SRC)
    assert len(graph) > 50
    assert "alongside.coach.rules" in graph["alongside.coach.analyse"]
    found = cycles(graph)
    assert not found, "\n".join(_explain(graph, g) for g in found)


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_loop_through_an_import_inside_a_function_is_found(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.b import thing\n",
            "b.py": "def thing():\n    from pkg import a\n    return a\n",
            "c.py": "from . import a\n",
        },
    )
    assert cycles(imports(root)) == [["pkg.a", "pkg.b"]]


def test_an_import_only_for_types_is_not_a_loop(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "a.py": "from pkg.b import thing\n",
            "b.py": (
                "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import X\n"
                "else:\n    import os\n"
            ),
            "sub/__init__.py": "from .. import a\n",
        },
    )
    graph = imports(root)
    assert graph["pkg.sub"] == {"pkg", "pkg.a"}
    assert cycles(graph) == []
