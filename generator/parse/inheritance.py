"""Models as subclasses: a schema that is an `allOf` of one named model plus properties of
its own becomes `class Child(Base)`, whose class (and stub) declares only what it adds.

Flattened, each model of a chain of N repeats every field of the models before it: N²/2
fields written three times (class, stub, stub constructor). As subclasses they are written
once. A model stays flattened (its class declares every field, as before) where inheriting
would change what it is: its parent is not a model, the parent's fields are not exactly
the first of its own (a property redefined or moved, made required or optional, a
read-only field relaxed for requests in one of them only), or the parents form a cycle.
Decided on the models as they are generated (after access and pagination settled them).
"""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import replace

from generator import ir

NamedType = ir.Model | ir.Enum | ir.Alias


def with_bases(
    order: list[str], named: Mapping[str, NamedType], parents: Mapping[str, str]
) -> dict[str, NamedType]:
    """`named` with each model whose `parents` entry can be its base class subclassing it."""
    bases = _acyclic(
        {
            name: parents[name]
            for name in order
            if name in parents and _extends(named.get(name), named.get(parents[name]))
        }
    )
    related = set(bases) | set(bases.values())
    init_dicts = _init_dicts([name for name in order if name in related], named, bases)
    result = dict(named)
    for name in order:
        model = named[name]
        if name not in related or not isinstance(model, ir.Model):
            continue
        base = bases.get(name)
        result[name] = replace(
            model,
            base=base,
            inherited=_field_count(named, base),
            init_dict=init_dicts[name],
            init_dict_base=init_dicts[base] if base is not None else None,
        )
    return result


def _extends(model: NamedType | None, base: NamedType | None) -> bool:
    """Whether `model` has `base`'s fields, unchanged and in order, before its own."""
    if not isinstance(model, ir.Model) or not isinstance(base, ir.Model) or model is base:
        return False
    count = len(base.fields)
    return model.fields[:count] == base.fields and (model.extra_keys or not base.extra_keys)


def _field_count(named: Mapping[str, NamedType], base: str | None) -> int:
    model = named.get(base or "")
    return len(model.fields) if isinstance(model, ir.Model) else 0


def _init_dicts(
    related: list[str], named: Mapping[str, NamedType], bases: Mapping[str, str]
) -> dict[str, str | None]:
    """The stub's keyword TypedDict of each model of a hierarchy: none where the
    constructor takes extra keys (`**extra` lists every field) or its base's has none."""
    found: dict[str, str | None] = {}
    for name in related:
        for member in reversed(unsettled_line(name, bases.get, found)):
            model = named[member]
            base = bases.get(member)
            usable = isinstance(model, ir.Model) and not model.extra_keys
            if base is not None and found[base] is None:
                usable = False
            found[member] = f"_{member}Init" if usable else None
    return found


def unsettled_line(
    name: str, base_of: Callable[[str], str | None], settled: Container[str]
) -> list[str]:
    """`name` and its ancestors (`base_of` gives each one's base) up to the first one in
    `settled`, nearest first: walked without recursion, since a hierarchy can be deep."""
    line: list[str] = []
    current: str | None = name
    while current is not None and current not in settled:
        line.append(current)
        current = base_of(current)
    return line


def _acyclic(bases: dict[str, str]) -> dict[str, str]:
    """`bases` without the links that close a cycle (models `allOf` each other)."""
    done: set[str] = set()
    for start in list(bases):
        path: set[str] = set()
        current: str | None = start
        while current is not None and current not in done:
            if current in path:
                del bases[current]  # the cycle is flattened from here
                break
            path.add(current)
            current = bases.get(current)
        done.update(path)
    return bases
