"""`alongside.lazyre.lazy`: a pattern compiled on first use answers as the compiled one."""

from __future__ import annotations

import re

from alongside.lazyre import lazy


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source, text = r"\b(?P<w>y\w+)\s+(never|always)\b", "So You never listen, you always talk."
    eager, late = re.compile(source, re.IGNORECASE), lazy(source, re.IGNORECASE)
    assert late.pattern == eager.pattern and late.flags == eager.flags
    assert late.groupindex == eager.groupindex and late.groups == eager.groups
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text) == eager.findall(text)
    assert late.sub("X", text) == eager.sub("X", text)
    assert late.split(text) == eager.split(text)
    found = late.search(text, 10)
    assert found is not None and found.span() == eager.search(text, 10).span()  # type: ignore[union-attr]
    assert late.match(text) is None and late.fullmatch("you never") is not None


def test_nothing_compiles_before_first_use() -> None:
    late = lazy(r"(unclosed")  # an invalid pattern only fails when used
    try:
        late.search("x")
    except re.error:
        return
    raise AssertionError("the invalid pattern compiled")
