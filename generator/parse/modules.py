"""Group named types into modules of models/: one module per set of mutually referring types.

Types that refer to each other (directly or in a cycle) share a module; everything else
gets a module of its own, importing what it uses. So there are no import cycles, and a
user who imports one model loads only what that model needs.

A group of more than LAZY_GROUP_SIZE mutually referring models (81 in the large payment
API's spec, where every object's expandable fields name other objects) would make every
user of one of them import and build all of them: about 4 ms of import and 5 ms of
validator build per model. There, a model's field that names another member is lazy
(ir.TypeRef.lazy): the module names it by string and validates it on first use. The
group is then split along its remaining, eager references, most members in a module of
their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import partial

from generator import ir
from generator.errors import SpecWarning
from generator.parse.inheritance import unsettled_line
from generator.parse.names import NameRegistry, safe_identifier, snake_case
from generator.parse.operations import named_types_in
from generator.parse.schemas import ANY, NamedType


def dependencies(named: NamedType, *, eager: bool = False, request: bool = False) -> set[str]:
    """The named types `named` refers to; with `eager`, only those it needs at import (its
    lazy references left out); with `request`, those its `<Name>Param` TypedDict names too."""
    types_in = _eager_types_in if eager else named_types_in
    if isinstance(named, ir.Model):
        # a subclass needs its base class at import; the fields it inherits are the base's,
        # except in its TypedDict, which has every key a request sends
        found: set[str] = {named.base} if named.base is not None else set()
        inherited = named.fields[: named.inherited] if request else ()
        for field in (*named.own_fields, *(f for f in inherited if not f.read_only)):
            found |= types_in(field.type)
            if field.default is not None and field.default.enum_name is not None:
                # an enum member found through an alias or a union arm: imported too
                found.add(field.default.enum_name)
        return found
    if isinstance(named, ir.Alias):
        return types_in(named.type)
    return set()


def _eager_types_in(ref: ir.TypeRef | None) -> set[str]:
    if ref is None:
        return set()
    found = {ref.name} if ref.kind == "named" and ref.name and not ref.lazy else set()
    for arg in ref.args:
        found |= _eager_types_in(arg)
    return found


# Groups up to this size keep plain references (one module, validators built together):
# their cost is small, and pydantic's own handling of them is fully kept (JSON schema,
# unions of models picked by best match).
LAZY_GROUP_SIZE = 8


def _lazy_in(ref: ir.TypeRef, group: set[str], named: Mapping[str, NamedType]) -> ir.TypeRef:
    """`ref` with its references to models of `group` made lazy, where that keeps their
    meaning: alone, as list or dict items, or as the only model of a plain union (beside
    scalars, enums or None). Unions of several models stay eager: pydantic picks their
    arm by how well each model fits, which a lazy arm cannot tell it."""
    if ref.kind == "named":
        lazy = ref.name in group and isinstance(named.get(ref.name or ""), ir.Model)
        return replace(ref, lazy=True) if lazy else ref
    if ref.kind in ("list", "dict") and ref.args:
        return replace(ref, args=(_lazy_in(ref.args[0], group, named),))
    if ref.kind == "union" and ref.discriminator is None:
        structured = [arg for arg in ref.args if _names_structure(arg, named)]
        if len(structured) == 1:
            return replace(ref, args=tuple(_lazy_in(arg, group, named) for arg in ref.args))
    return ref


def _names_structure(ref: ir.TypeRef, named: Mapping[str, NamedType]) -> bool:
    """Whether `ref` names a model or an alias anywhere in it (enums do not count)."""
    return any(not isinstance(named.get(name), ir.Enum) for name in named_types_in(ref))


def _with_lazy_references(
    groups: list[list[str]], named: Mapping[str, NamedType], request_models: set[str]
) -> dict[str, NamedType]:
    """`named` with the references inside each group larger than LAZY_GROUP_SIZE made lazy.

    Models that requests use keep theirs: their `<Name>Param` TypedDicts import one
    another's at the top of their modules, which needs the modules to stay one.
    """
    result = dict(named)
    for group in groups:
        if len(group) <= LAZY_GROUP_SIZE:
            continue
        members = set(group)
        for name in group:
            model = named[name]
            if not isinstance(model, ir.Model) or name in request_models:
                continue
            fields = tuple(replace(f, type=_lazy_in(f.type, members, named)) for f in model.fields)
            result[name] = replace(model, fields=fields)
    return result


# A subclass imports its base's module at its top: a chain of subclasses each in a module
# of its own would be a chain of imports as deep as the hierarchy (see MAX_IMPORT_CHAIN).
# More than this many levels below the root of its hierarchy, a subclass shares its base's
# module (a hierarchy that deep is one import, not a chain of them).
MODULE_PER_SUBCLASS_DEPTH = 16


def _deep_subclasses(order: list[str], named: Mapping[str, NamedType]) -> dict[str, str]:
    """Subclass -> its base, for the subclasses more than MODULE_PER_SUBCLASS_DEPTH levels
    below the root of their hierarchy."""
    depth: dict[str, int] = {}
    deep: dict[str, str] = {}
    for name in order:
        for member in reversed(unsettled_line(name, partial(_base_of, named), depth)):
            base = _base_of(named, member)
            depth[member] = 0 if base is None else depth[base] + 1
            if base is not None and depth[member] > MODULE_PER_SUBCLASS_DEPTH:
                deep[member] = base
    return deep


def _with_deep_subclasses(
    edges: dict[str, set[str]], deep: Mapping[str, str]
) -> dict[str, set[str]]:
    """`edges` with each deep subclass's base referring back to it: one group, one module."""
    if not deep:
        return edges
    result = {name: set(targets) for name, targets in edges.items()}
    for subclass, base in deep.items():
        result[base].add(subclass)
    return result


def _bases_first(members: list[str], named: Mapping[str, NamedType]) -> list[str]:
    """`members` of one module in their order, except that a base class comes before the
    subclasses the module defines with it (a class statement needs its base defined)."""
    inside = set(members)

    def base_inside(name: str) -> str | None:
        base = _base_of(named, name)
        return base if base in inside else None

    placed: list[str] = []
    done: set[str] = set()
    for name in members:
        line = unsettled_line(name, base_inside, done)
        done.update(line)
        placed.extend(reversed(line))
    return placed


def _base_of(named: Mapping[str, NamedType], name: str) -> str | None:
    model = named.get(name)
    return model.base if isinstance(model, ir.Model) else None


def _with_bases(models: set[str], named: Mapping[str, NamedType]) -> set[str]:
    """`models` and the bases they extend: a TypedDict that imports the types of the
    fields it inherits needs their base to import them eagerly too (no import cycle)."""
    found = set(models)
    for name in models:
        base = _base_of(named, name)
        if base is not None:
            found.update(unsettled_line(base, partial(_base_of, named), found))
    return found


def _components(order: list[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components, iterative, in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    for root in order:
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges.get(root, ())))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, pending = work[-1]
            if pending:
                nxt = pending.pop(0)
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                result.append(group)
    return result


def _order_aliases(
    aliases: list[ir.Alias], warnings: list[SpecWarning], pointers: Mapping[str, str]
) -> list[ir.Alias]:
    """Aliases are evaluated at import time: one used by another must come first.

    An alias that refers to itself only through other aliases (no model in between) cannot
    be written as a plain Python alias; it becomes Any, with a warning.
    """
    by_name = {alias.name: alias for alias in aliases}
    placed: list[ir.Alias] = []
    done: set[str] = set()
    visiting: set[str] = set()

    def visit(name: str) -> bool:
        if name in done:
            return True
        if name in visiting:
            return False
        visiting.add(name)
        alias = by_name[name]
        ok = all(visit(dep) for dep in sorted(named_types_in(alias.type)) if dep in by_name)
        visiting.discard(name)
        if not ok:
            warnings.append(
                SpecWarning(
                    pointers.get(name, ""),
                    f"schema {name} refers to itself with no object in between; typed as Any",
                )
            )
            alias = ir.Alias(
                name=alias.name, module=alias.module, type=ANY, description=alias.description
            )
            by_name[name] = alias
        done.add(name)
        placed.append(alias)
        return True

    for alias in aliases:
        visit(alias.name)
    return placed


def group_modules(
    order: list[str],
    named: dict[str, NamedType],
    warnings: list[SpecWarning],
    pointers: Mapping[str, str] | None = None,
    request_models: set[str] | None = None,
) -> tuple[ir.ModelModule, ...]:
    """`pointers` (type name -> where it is defined) only make warnings more telling;
    `request_models` (the models request bodies use) keep eager references."""
    requested = request_models or set()
    edges = {name: dependencies(named[name], request=name in requested) for name in order}
    deep = _deep_subclasses(order, named)
    groups = _components(order, _with_deep_subclasses(edges, deep))
    if any(len(group) > LAZY_GROUP_SIZE for group in groups):
        named = _with_lazy_references(groups, named, _with_bases(requested, named))
        edges = {
            name: dependencies(named[name], eager=True, request=name in requested) for name in order
        }
        groups = _components(order, _with_deep_subclasses(edges, deep))
    position = {name: i for i, name in enumerate(order)}
    groups.sort(key=lambda group: min(position[name] for name in group))
    module_names = NameRegistry({"__init__"})
    module_of: dict[str, str] = {}
    planned: list[tuple[str, list[str]]] = []
    for group in groups:
        members = _bases_first(sorted(group, key=lambda name: position[name]), named)
        module = module_names.claim(safe_identifier(snake_case(members[0]), "m"))
        planned.append((module, members))
        for name in members:
            module_of[name] = module
    modules = []
    for module, members in planned:
        placed = [replace(named[n], module=module) for n in members]
        imports = sorted(
            {(module_of[dep], dep) for n in members for dep in edges[n] if module_of[dep] != module}
        )
        modules.append(
            ir.ModelModule(
                name=module,
                enums=tuple(t for t in placed if isinstance(t, ir.Enum)),
                models=tuple(t for t in placed if isinstance(t, ir.Model)),
                aliases=tuple(
                    _order_aliases(
                        [t for t in placed if isinstance(t, ir.Alias)], warnings, pointers or {}
                    )
                ),
                imports=tuple(imports),
                refers_to_itself=any(module_of[dep] == module for n in members for dep in edges[n]),
            )
        )
    _warn_deep_imports(modules, warnings, pointers or {})
    return tuple(modules)


# Each module a model module imports at its top costs about 7 stack frames while it loads:
# a chain of about 140 modules exhausts Python's default recursion limit (measured: 135
# levels import, 300 do not).
MAX_IMPORT_CHAIN = 130


def _warn_deep_imports(
    modules: list[ir.ModelModule], warnings: list[SpecWarning], pointers: Mapping[str, str]
) -> None:
    """Warn when models refer to models so deep that importing the chain would fail."""
    imports = {module.name: {dep for dep, _ in module.imports} for module in modules}
    depth: dict[str, int] = {}
    for start in imports:  # longest import chain below each module, without recursion
        stack, visiting = [start], {start}
        while stack:
            name = stack[-1]
            pending = [dep for dep in imports[name] if dep not in depth and dep not in visiting]
            if pending:
                stack.append(pending[0])
                visiting.add(pending[0])
                continue
            stack.pop()
            visiting.discard(name)
            depth[name] = 1 + max((depth.get(dep, 0) for dep in imports[name]), default=0)
    deepest = max(depth.items(), key=lambda item: item[1], default=("", 0))
    if deepest[1] > MAX_IMPORT_CHAIN:
        module = next(m for m in modules if m.name == deepest[0])
        types: list[ir.Model | ir.Enum | ir.Alias] = [*module.models, *module.enums]
        first = [*types, *module.aliases][0].name
        warnings.append(
            SpecWarning(
                pointers.get(first, ""),
                f"schema {first} starts a chain of {deepest[1]} models in models; importing "
                "it may exceed Python's recursion limit (about 140 levels)",
            )
        )
