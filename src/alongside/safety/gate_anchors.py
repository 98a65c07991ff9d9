"""From what a pattern needs (`gate_reader`) to its anchors, shipped in `data/gate.json`.

`conjunctions` rewrites a pattern's formula as "any of (all of these atoms)", weakened to stay
small: dropping a part of an "all" or an atom of a conjunction, or giving up on an "any" grown
too large, only ever weakens it, so it stays true of every text the pattern matches.
`choose_anchors` picks atoms covering every conjunction (an atom implied by one of a
conjunction's atoms covers it), by a rough guess of how often each occurs in everyday text
(`atom_cost`): only that choice, never a result, depends on the guess. Reading all patterns
costs ~2 s, so `write_gate()` ships the anchors, and the regex that scans for them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alongside.safety.gate import WHOLE, gate_path, scan_regex
from alongside.safety.gate_reader import Formula, requirement

CONJ_MAX = 64  # a pattern's condition is "any of at most this many conjunctions"
ANY_MAX = 256  # ... or of at most this many single atoms
CONJ_ATOMS = 3  # each of at most this many atoms (the rarest are kept)
COMMON_COST = 1.0  # the guessed share of messages with one of COMMON_WORDS
PHRASE_FACTOR = 0.1  # a guess: a word follows another in one text in ten where both occur


# Words in nearly every message: the most frequent words of everyday English and of talk about
# a couple's day. A poor anchor; only the choice of anchors (never a result) depends on this.
_COMMON = """
    a about after again all also always am an and any are around as ask asked at away back be
    because been before being better bit both but by call called can come could day did
    do does done down even ever every feel feeling felt find for from get
    gets getting give go going gone good got had has have he help her here him his home how i
    if in into is it its just keep kids know last let life like little long look love
    made make many me more most much mum my need never new night no not now of off on one only
    or our out over put really right said say see she should so some something sorry still stop
    take talk tell than thank thanks that the their them then there they thing things think this
    time to told too try trying two up us very want was way we week well went were what when
    where which while who why will with work would yes yet you your
    afraid alone angry anyone anything anymore bad bed call calls car care cares check feels
    everyone everything family friend friends hand hands happy hard head house job
    keeps kid left listen lot makes making mean message messages mind money move nobody notice
    okay phone quiet read safe scared shout shouting sleep someone stay talking text texts
    thinking tired told upset wait wants whatever whenever worried worry wrong yourself
    aren can couldn d didn doesn don hadn hasn haven isn ll m re s shouldn t ve wasn weren won
    wouldn dont cant wont im
"""
COMMON_WORDS = frozenset(_COMMON.split())


def conjunctions(formula: Formula) -> tuple[tuple[str, ...], ...]:
    """`formula` as "any of these all-of-these" (weakened to stay small), rarest atom first.

    () means the formula needs nothing (every text passes). Weakening drops atoms from a
    conjunction or parts from an "all", or gives up (()) on an "any" grown too large.
    """
    found = _dnf(formula)
    if not found or frozenset() in found:
        return ()
    return tuple(sorted(tuple(sorted(c, key=_rank)) for c in found))


def _rank(atom: str) -> tuple[float, str]:
    return atom_cost(atom), atom


def _dnf(formula: Formula) -> set[frozenset[str]]:
    if isinstance(formula, str):
        return {frozenset({formula})}
    op, parts = formula
    if op == "any":
        union: set[frozenset[str]] = set()
        for part in parts:
            found = _dnf(part)
            if frozenset() in found:
                return {frozenset()}
            union |= found
        if len(union) > CONJ_MAX:  # keep one atom of each: weaker, but still a condition
            union = {frozenset({min(c, key=_rank)}) for c in union}
        return _absorbed(union) if len(union) <= ANY_MAX else {frozenset()}
    product: set[frozenset[str]] = {frozenset()}
    for found in sorted((_dnf(p) for p in parts), key=_chance):  # rarest parts first
        if len(product) * len(found) > CONJ_MAX * CONJ_MAX:
            continue  # leave this part out: a weaker condition
        grown = {_cheapest(a | b) for a in product for b in found}
        if len(grown) <= CONJ_MAX:  # else leave this part out too
            product = _absorbed(grown)
    return product


def _chance(conjs: set[frozenset[str]]) -> float:
    """A rough guess of the share of everyday messages where one of `conjs` holds."""
    return sum(min((atom_cost(a) for a in c), default=1.0) for c in conjs)


def _cheapest(conj: frozenset[str]) -> frozenset[str]:
    """`conj` without atoms implied by its others, then only its CONJ_ATOMS rarest."""
    kept = [a for a in conj if not any(b != a and implies(b, a) for b in conj)]
    return frozenset(sorted(kept, key=_rank)[:CONJ_ATOMS])


def _absorbed(conjs: set[frozenset[str]]) -> set[frozenset[str]]:
    """Drop each conjunction that needs all another needs (A or (A and B) is A)."""
    return {c for c in conjs if not any(o < c for o in conjs)}


def implies(atom: str, other: str) -> bool:
    """Every text with `atom` has `other` ("pushed me$" has "pushed$", "me$" and "push")."""
    have, want = _words(atom), _words(other)
    for k in range(len(have) - len(want) + 1):
        if all(_word_implies(have[k + j], w) for j, w in enumerate(want)):
            return True
    return False


def _words(atom: str) -> list[tuple[str, bool]]:
    """An atom's words, each with "whole" (a phrase's inner words always are)."""
    words = atom.rstrip(WHOLE).split(" ")
    return [(w, i < len(words) - 1 or atom.endswith(WHOLE)) for i, w in enumerate(words)]


def _word_implies(have: tuple[str, bool], want: tuple[str, bool]) -> bool:
    if want[1]:
        return have == want
    return have[0].startswith(want[0])


def atom_cost(atom: str) -> float:
    """A rough guess of the share of everyday messages with this atom (lower is rarer)."""
    whole = atom.endswith(WHOLE)
    *before, last = atom.rstrip(WHOLE).split(" ")
    cost = 1.0
    for word in before:  # a phrase: all its words, one after another (much rarer)
        cost *= _word_cost(word, True) * PHRASE_FACTOR
    return cost * _word_cost(last, whole)


def _word_cost(word: str, whole: bool) -> float:
    if len(word) <= 2 and not whole:
        return 1.0
    if word in COMMON_WORDS or (not whole and any(w.startswith(word) for w in COMMON_WORDS)):
        return COMMON_COST
    return min(0.5, 0.4 / len(word) ** 2 * (1 if whole else 2))


ANCHOR_PENALTY = 0.03  # what one more anchor in the scan costs, in the units of atom_cost


def choose_anchors(conjs: tuple[tuple[str, ...], ...], chosen: set[str]) -> tuple[str, ...]:
    """Atoms, one of which each conjunction needs: a greedy cover, rarest guess first.

    An atom covers a conjunction when it is one of its atoms or implied by one ("me against$"
    by "pushed me against$"). An anchor costs its guessed share of messages, plus
    ANCHOR_PENALTY unless already `chosen` (for another pattern): the scan's own cost.
    """
    covers: dict[str, set[int]] = {}
    for i, conj in enumerate(conjs):
        for atom in conj:
            for a in _sub_atoms(atom):
                covers.setdefault(a, set()).add(i)
    left = set(range(len(conjs)))
    picked: list[str] = []
    while left:
        best, best_score = "", float("inf")
        for atom in sorted(covers):
            n = len(covers[atom] & left)
            cost = atom_cost(atom) + (0 if atom in chosen else ANCHOR_PENALTY)
            if n and cost / n < best_score:
                best, best_score = atom, cost / n
        picked.append(best)
        chosen.add(best)
        left -= covers[best]
    return tuple(sorted(picked))


def _sub_atoms(atom: str) -> list[str]:
    """The atom and what it implies: each run of its words (inner words whole)."""
    words = _words(atom)
    found = []
    for size in range(1, len(words) + 1):
        for k in range(len(words) - size + 1):
            run = words[k : k + size]
            found.append(" ".join(w for w, _ in run) + (WHOLE if run[-1][1] else ""))
    return found


def anchors_of(pattern: str) -> tuple[str, ...]:
    """The anchors of one pattern on its own (for a pattern not in the shipped file)."""
    return choose_anchors(conjunctions(requirement(pattern)), set())


def computed_gate(patterns: Sequence[str]) -> dict[str, Any]:
    """What `write_gate` ships: each pattern's anchors, and the scan regex of them all."""
    chosen: set[str] = set()
    anchors = {p: list(choose_anchors(conjunctions(requirement(p)), chosen)) for p in patterns}
    return {"scan": scan_regex(a for v in anchors.values() for a in v), "anchors": anchors}


def write_gate() -> Path:
    """Regenerate GATE_FILE from the lexicon's patterns (one line per pattern)."""
    from alongside.safety.screen import lexicon

    table = computed_gate([p for rule in lexicon().kinds for p in rule.patterns])
    lines = [
        json.dumps(p, ensure_ascii=False) + ": " + json.dumps(a, ensure_ascii=False)
        for p, a in sorted(table["anchors"].items())
    ]
    scan = json.dumps(table["scan"], ensure_ascii=False)
    text = '{\n"scan": ' + scan + ',\n"anchors": {\n' + ",\n".join(lines) + "\n}\n}\n"
    path = gate_path()
    path.write_text(text, encoding="utf-8")
    return path
