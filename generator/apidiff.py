"""What changed between two API surfaces, and whether it breaks callers.

Breaking: a removed resource, method, parameter, model, field, enum, enum value or type
alias; a new required parameter or field; a parameter or field that became required; a
parameter whose type was narrowed or changed (widening is fine); a field or alias whose
type changed (a model is read and built by callers alike); a return type that was widened
or changed (narrowing is fine); path parameters that moved or changed between positional
and keyword; a renamed method (the same request, as its stub's docstring names it, under
another name or resource: one change, not a removal and an addition). Everything else that
changed is listed, not breaking.
"""

from __future__ import annotations

import ast
from dataclasses import asdict, dataclass
from typing import Any, Literal

from generator import surface as s

Action = Literal["added", "removed", "changed", "renamed"]
_KIND_ORDER = (
    "resource",
    "method",
    "parameter",
    "return type",
    "model",
    "field",
    "enum",
    "enum value",
    "type alias",
)


@dataclass(frozen=True)
class Change:
    action: Action
    kind: str  # one of _KIND_ORDER
    subject: str  # "Pets.list_pets", "Pets.list_pets(limit)", "Pet.age", "PetStatus"
    breaking: bool
    qualifier: str | None = None  # "required" / "optional" for parameters and fields
    old: str | None = None  # the type (or value) before and after, when it changed
    new: str | None = None
    note: str | None = None  # "now required", "moved", ...

    def describe(self) -> str:
        """`removed method Pets.delete_pet`, `changed field Pet.age: int -> str`."""
        kind = f"{self.qualifier} {self.kind}" if self.qualifier else self.kind
        text = f"{kind} {self.subject}"
        details = []
        if self.old is not None and self.new is not None:
            details.append(f"{self.old} -> {self.new}")
        if self.note:
            details.append(self.note)
        return text + (": " + ", ".join(details) if details else "")

    def line(self) -> str:
        if self.breaking:
            return f"BREAKING  {self.action} {self.describe()}"
        return f"{self.action:<9} {self.describe()}"


def _members(type_text: str) -> frozenset[str]:
    """The top-level members of a union type, normalised: `int | None` -> {int, None}."""
    try:
        node = ast.parse(type_text, mode="eval").body
    except SyntaxError:
        return frozenset({type_text})
    found: list[str] = []

    def walk(expr: ast.expr) -> None:
        if isinstance(expr, ast.BinOp) and isinstance(expr.op, ast.BitOr):
            walk(expr.left)
            walk(expr.right)
        else:
            found.append(ast.unparse(expr))

    walk(node)
    return frozenset(found)


def _widened(old: str, new: str) -> bool:
    """`new` accepts everything `old` did (same or more union members)."""
    return _members(old) <= _members(new)


def _without_none(type_text: str) -> frozenset[str]:
    return _members(type_text) - {"None"}


def compare(old: s.Surface, new: s.Surface) -> list[Change]:
    changes: list[Change] = []
    add = changes.append
    for name in sorted(old.resources.keys() - new.resources.keys()):
        add(Change("removed", "resource", name, True))
    for name in sorted(new.resources.keys() - old.resources.keys()):
        add(Change("added", "resource", name, False))
    changes += _compare_methods(old, new)
    for name in sorted(old.models.keys() - new.models.keys()):
        add(Change("removed", "model", name, True))
    for name in sorted(new.models.keys() - old.models.keys()):
        add(Change("added", "model", name, False))
    for name in sorted(old.models.keys() & new.models.keys()):
        changes += _compare_model(old.models[name], new.models[name])
    for name in sorted(old.enums.keys() - new.enums.keys()):
        add(Change("removed", "enum", name, True))
    for name in sorted(new.enums.keys() - old.enums.keys()):
        add(Change("added", "enum", name, False))
    for name in sorted(old.enums.keys() & new.enums.keys()):
        before, after = old.enums[name].values, new.enums[name].values
        for value in [v for v in before if v not in after]:
            add(Change("removed", "enum value", f"{name}.{value!r}", True))
        for value in [v for v in after if v not in before]:
            add(Change("added", "enum value", f"{name}.{value!r}", False))
    for name in sorted(old.aliases.keys() - new.aliases.keys()):
        add(Change("removed", "type alias", name, True))
    for name in sorted(new.aliases.keys() - old.aliases.keys()):
        add(Change("added", "type alias", name, False))
    for name in sorted(old.aliases.keys() & new.aliases.keys()):
        if _members(old.aliases[name]) != _members(new.aliases[name]):
            add(
                Change(
                    "changed",
                    "type alias",
                    name,
                    True,
                    old=old.aliases[name],
                    new=new.aliases[name],
                )
            )
    return sorted(changes, key=lambda c: (not c.breaking, _KIND_ORDER.index(c.kind)))


def _compare_methods(old: s.Surface, new: s.Surface) -> list[Change]:
    """Methods removed, added, renamed (the same request under another name or resource:
    breaking, with what else changed in it) and changed."""
    changes: list[Change] = []
    removed: list[tuple[str, s.Method]] = []
    added: list[tuple[str, s.Method]] = []
    for resource in sorted(old.resources):
        kept = new.resources[resource].methods if resource in new.resources else {}
        removed += [
            (resource, m) for n, m in old.resources[resource].methods.items() if n not in kept
        ]
    for resource in sorted(new.resources):
        had = old.resources[resource].methods if resource in old.resources else {}
        added += [(resource, m) for n, m in new.resources[resource].methods.items() if n not in had]
    by_endpoint = {method.endpoint: (r, method) for r, method in added if method.endpoint}
    renamed: set[tuple[str, str]] = set()
    for resource, method in removed:
        match = by_endpoint.pop(method.endpoint, None) if method.endpoint else None
        if match is None:
            if resource in new.resources:
                changes.append(Change("removed", "method", f"{resource}.{method.name}", True))
            continue
        new_resource, new_method = match
        renamed.add((new_resource, new_method.name))
        changes.append(
            Change(
                "renamed",
                "method",
                f"{resource}.{method.name}",
                True,
                note=f"now {new_resource}.{new_method.name} ({method.endpoint})",
            )
        )
        changes += _compare_method(f"{new_resource}.{new_method.name}", method, new_method)
    for resource, method in added:
        if resource in old.resources and (resource, method.name) not in renamed:
            changes.append(Change("added", "method", f"{resource}.{method.name}", False))
    for resource in sorted(old.resources.keys() & new.resources.keys()):
        old_methods = old.resources[resource].methods
        new_methods = new.resources[resource].methods
        for name in sorted(old_methods.keys() & new_methods.keys()):
            changes += _compare_method(f"{resource}.{name}", old_methods[name], new_methods[name])
    return changes


def _compare_method(where: str, old: s.Method, new: s.Method) -> list[Change]:
    changes: list[Change] = []
    before = {p.name: p for p in old.parameters}
    after = {p.name: p for p in new.parameters}
    for name in [n for n in before if n not in after]:
        p = before[name]
        changes.append(
            Change("removed", "parameter", f"{where}({name})", True, qualifier=_required(p))
        )
    for name in [n for n in after if n not in before]:
        p = after[name]
        changes.append(
            Change(
                "added",
                "parameter",
                f"{where}({name}: {p.type})",
                p.required,
                qualifier=_required(p),
            )
        )
    old_order = [p.name for p in old.parameters if p.positional and p.name in after]
    new_order = [p.name for p in new.parameters if p.positional and p.name in before]
    if old_order != new_order and sorted(old_order) == sorted(new_order):
        changes.append(
            Change(
                "changed",
                "parameter",
                f"{where}({', '.join(new_order)})",
                True,
                note=f"positional order was ({', '.join(old_order)})",
            )
        )
    for name in [n for n in before if n in after]:
        changes += _compare_parameter(f"{where}({name})", before[name], after[name])
    if _members(old.returns) != _members(new.returns):
        narrowed = _widened(new.returns, old.returns)
        changes.append(
            Change("changed", "return type", where, not narrowed, old=old.returns, new=new.returns)
        )
    return changes


def _required(item: s.Member) -> str:
    return "required" if item.required else "optional"


def _compare_parameter(where: str, old: s.Parameter, new: s.Parameter) -> list[Change]:
    changes: list[Change] = []
    if old.positional != new.positional:
        note = "now positional" if new.positional else "now keyword-only"
        changes.append(Change("changed", "parameter", where, True, note=note))
    type_changed = _members(old.type) != _members(new.type)
    if old.required != new.required and _without_none(old.type) == _without_none(new.type):
        type_changed = False  # `limit: int | None = None` becoming `limit: int`: one change
    if old.required == new.required and not type_changed:
        return changes
    changes.append(
        Change(
            "changed",
            "parameter",
            where,
            (new.required and not old.required)
            or (type_changed and not _widened(old.type, new.type)),
            old=old.type if type_changed else None,
            new=new.type if type_changed else None,
            note=f"now {_required(new)}" if old.required != new.required else None,
        )
    )
    return changes


def _compare_model(old: s.Model, new: s.Model) -> list[Change]:
    changes: list[Change] = []
    for name in [n for n in old.fields if n not in new.fields]:
        changes.append(
            Change(
                "removed",
                "field",
                f"{old.name}.{name}",
                True,
                qualifier=_required(old.fields[name]),
            )
        )
    for name in [n for n in new.fields if n not in old.fields]:
        f = new.fields[name]
        changes.append(
            Change(
                "added",
                "field",
                f"{new.name}.{name}: {f.type}",
                f.required,
                qualifier=_required(f),
            )
        )
    for name in [n for n in old.fields if n in new.fields]:
        before, after = old.fields[name], new.fields[name]
        type_changed = _members(before.type) != _members(after.type)
        if before.required == after.required and not type_changed:
            continue
        # readers and builders of a model both see a field: any type change breaks one
        changes.append(
            Change(
                "changed",
                "field",
                f"{new.name}.{name}",
                type_changed or after.required,
                old=before.type if type_changed else None,
                new=after.type if type_changed else None,
                note=f"now {_required(after)}" if before.required != after.required else None,
            )
        )
    return changes


def breaking(changes: list[Change]) -> bool:
    return any(change.breaking for change in changes)


def text_lines(changes: list[Change]) -> list[str]:
    return [change.line() for change in changes]


def as_json(changes: list[Change], **extra: Any) -> dict[str, Any]:
    return {
        **extra,
        "breaking": breaking(changes),
        "counts": {
            "total": len(changes),
            "breaking": sum(change.breaking for change in changes),
        },
        "changes": [
            {**asdict(change), "text": f"{change.action} {change.describe()}"} for change in changes
        ],
    }
