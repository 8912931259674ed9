"""Import blocks and `__all__` lists written as ruff leaves them, so the formatter only formats.

The generated modules' imports are sorted the way ruff's isort rules (`I001`, with the
settings `generator.format` passes: ruff's defaults, line length 88) sort them, and each
`__all__` the way RUF022 sorts it; `tests/test_generated_imports_sorted.py` runs those rules
over the constructs' SDKs and expects nothing to fix. The rules, as ruff states them:

- sections apart, a blank line between: `__future__`, the standard library, third-party,
  first-party (the generated package's own top-level name), relative imports;
- in a section, `import x` lines first, then `from x import ...`, each ordered by module:
  furthest relative level first, then the name case-insensitively, then as written, in a
  natural order (`item2` before `item10`);
- one `from` statement per module for plain names, and one for each `name as alias`;
  the names ordered constants first, then classes, then the rest;
- a statement longer than the line is wrapped in parentheses, one name a line.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

LINE_LENGTH = 88  # the formatter's (generator.format)
_DIGITS = re.compile(r"[0-9]+")


@cache
def natural_key(text: str) -> str:
    """A key that orders strings as ruff's natural comparison (the `natord` crate) does.

    Digit runs compare as numbers: the longer run of digits is the larger, runs of one
    length by their digits; a run with a leading zero (on either side) compares digit by
    digit from the left, the shorter first. A digit against another character compares as
    the character `0` would, since no other character falls between the digits. So each
    run is written as `0`, then `\\x00`, the run and `\\x00` (a leading zero), or `\\x01`,
    its length and the run; a name without digits is its own key (most are).
    """
    if _DIGITS.search(text) is None:
        return text
    return _DIGITS.sub(_run_key, text)


def _run_key(match: re.Match[str]) -> str:
    run = match[0]
    if run[0] == "0":
        return f"0\x00{run}\x00"
    return f"0\x01{chr(0x20 + len(run))}{run}"


def _kind(name: str) -> int:
    """isort's kinds of names: 0 constants (`NOT_GIVEN`), 1 classes, 2 the rest."""
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def export_order(names: Iterable[str]) -> list[str]:
    """The names of an `__all__` in RUF022's order: constants, classes, the rest, each
    in natural order (case matters)."""
    return sorted(names, key=lambda name: (_kind(name), natural_key(name)))


class Import(NamedTuple):
    """One name a module imports: `import module [as alias]` when `name` is empty, else
    `from module import name [as alias]`. `module` may be relative (`..models`).

    `wrapped`: written in parentheses however short (what ruff keeps of a statement that
    had a trailing comma)."""

    module: str
    name: str = ""
    alias: str = ""
    wrapped: bool = False


def _member_key(item: Import) -> tuple[object, ...]:
    return _name_key(item.name, item.alias)


@cache
def _name_key(name: str, alias: str) -> tuple[object, ...]:
    """A name in a `from` statement: its kind, then lower-cased, as written, its alias."""
    aliased = (1, natural_key(alias)) if alias else (0,)
    return (_kind(name), natural_key(name.lower()), natural_key(name), aliased)


def _straight_key(item: Import) -> tuple[object, ...]:
    alias = (1, natural_key(item.alias)) if item.alias else (0,)
    return (natural_key(item.module.lower()), natural_key(item.module), alias)


@cache
def _module_key(module: str) -> tuple[object, ...]:
    """Furthest relative level first, then the module's name (none first), lower-cased
    then as written."""
    name = module.lstrip(".")
    level = len(module) - len(name)
    named = (1, natural_key(name.lower()), natural_key(name)) if name else (0,)
    return (-level, named)


_SECTIONS = ("future", "stdlib", "third-party", "first-party", "local")


@cache
def _section(module: str, first_party: str) -> str:
    if module.startswith("."):
        return "local"
    top = module.partition(".")[0]
    if top == "__future__":
        return "future"
    # the running Python's list (3.11 or later) for ruff's py311 one: they differ only in
    # modules no generated code imports (a config `extend` module named like one could)
    if top in sys.stdlib_module_names:
        return "stdlib"
    return "first-party" if top == first_party else "third-party"


def kept_parentheses(found: list[Import], dropped: Iterable[Import]) -> list[Import]:
    """`found`, in parentheses where ruff once left them so: where the generator wrote the
    names `dropped` beside them (unused, since ruff's F401 fix removed them) in one
    statement longer than a line, ruff kept the parentheses (its magic trailing comma) on
    what remained. Committed SDKs keep their bytes."""
    by_module: dict[str, list[Import]] = {}
    for item in dropped:
        by_module.setdefault(item.module, []).append(item)
    wrapped = {
        module
        for module, gone in by_module.items()
        if len(_one_line(module, [i for i in found if i.module == module] + gone, "")) > LINE_LENGTH
    }
    return [i._replace(wrapped=True) if i.module in wrapped else i for i in found]


def _written(member: Import) -> str:
    return member.name + (f" as {member.alias}" if member.alias else "")


def _one_line(module: str, members: list[Import], indent: str) -> str:
    return f"{indent}from {module} import {', '.join(map(_written, members))}"


def _from_line(module: str, members: list[Import], indent: str) -> str:
    line = _one_line(module, members, indent)
    if len(line) <= LINE_LENGTH and not any(m.wrapped for m in members):
        return line + "\n"
    body = "".join(f"{indent}    {_written(m)},\n" for m in members)
    return f"{indent}from {module} import (\n{body}{indent})\n"


def _section_lines(imports: list[Import], indent: str) -> list[str]:
    """One section: `import` statements, then `from` statements, each in ruff's order."""
    straight = sorted((i for i in imports if not i.name), key=_straight_key)
    lines = [
        f"{indent}import {i.module}" + (f" as {i.alias}" if i.alias else "") + "\n"
        for i in straight
    ]
    statements: dict[tuple[str, str, str], list[Import]] = {}
    for i in imports:
        if i.name:
            # plain names of a module share a statement; each `as` import is one of its own
            key = (i.module, i.name, i.alias) if i.alias else (i.module, "", "")
            statements.setdefault(key, []).append(i)
    ordered = []
    for (module, _, _), members in statements.items():
        members.sort(key=_member_key)
        ordered.append(((_module_key(module), _member_key(members[0])), module, members))
    ordered.sort(key=lambda entry: entry[0])
    lines += [_from_line(module, members, indent) for _, module, members in ordered]
    return lines


def import_lines(imports: Iterable[Import], first_party: str = "", indent: str = "") -> str:
    """The block binding `imports`, as ruff's isort writes it; no blank line after it."""
    sections: dict[str, list[Import]] = {}
    for item in dict.fromkeys(imports):
        sections.setdefault(_section(item.module, first_party), []).append(item)
    blocks = ["".join(_section_lines(sections[s], indent)) for s in _SECTIONS if s in sections]
    return "\n".join(blocks)
