"""Enums that accept their values where a request is written.

An enum-typed argument, field of a model's constructor or key of a `<Name>Param` TypedDict
takes the member or its value: `role: MessageRole | Literal["user", "assistant"]`. Pydantic
turns the value into the member at run time; this makes type checkers accept it too.

Enums inside lists and dicts are widened as well, and the container becomes covariant:
`Sequence[Role | Literal["a", "b"]]`, `Mapping[str, Role | Literal["a", "b"]]`. list and
dict are invariant in their items, so `list[Role | Literal[...]]` would refuse a variable of
type `list[Role]` that fits today; a Sequence takes it, and the list literal `["a"]` too.

A named alias of a union with enums among its variants (`ToolChoice = Mode | Named`, also
through aliases of aliases) accepts their values too: `tool_choice="auto"` type-checks.

An enum of more than INLINE_VALUES values is accepted as `Country | CountryValue`: an alias
of its values' `Literal`, written once beside the enum. Spelled out at every use, an enum
of N values that N fields use would be N² of text (2,000 of each: 100 MB); a few values
read better in place.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from generator import ir
from generator.parse.ir_rewrite import rewrite
from generator.parse.operations import named_types_in

INLINE_VALUES = 8
VALUES_SUFFIX = "Value"

# enum name -> the types that stand for its values: its literals, or its values' alias
Values = Mapping[str, tuple[ir.TypeRef, ...]]


def accepting(ref: ir.TypeRef, named: Values) -> ir.TypeRef:
    """`ref` with each enum (at its top level, a variant of it, or the items of a list or
    dict in it) widened by its values; a list or dict whose items changed is covariant."""
    if ref.kind == "named":
        values = named.get(ref.name or "")
        if not values:
            return ref
        plain = replace(ref, nullable=False)
        return ir.TypeRef(kind="union", args=(plain, *values), nullable=ref.nullable)
    if ref.kind == "union" and ref.discriminator is None:
        args = tuple(accepting(arg, named) for arg in ref.args)
        return ref if args == ref.args else replace(ref, args=args)
    if ref.kind in ("list", "dict") and ref.args:
        items = accepting(ref.args[0], named)
        return ref if items == ref.args[0] else replace(ref, args=(items,), covariant=True)
    return ref


def with_enum_values(api: ir.Api) -> ir.Api:
    """`api` with the arguments of its methods (streaming alternatives' too), its models'
    constructor fields and their TypedDicts' keys widened, and the aliases of large enums'
    values beside them."""
    aliases = _value_aliases(api)
    named: dict[str, tuple[ir.TypeRef, ...]] = {}
    for module in api.modules:
        for enum in module.enums:
            if enum.name in aliases:
                named[enum.name] = (ir.TypeRef(kind="named", name=aliases[enum.name].name),)
            elif enum.members:
                named[enum.name] = tuple(
                    ir.TypeRef(kind="literal", literal=m.value) for m in enum.members
                )
    named.update(_alias_values(api, named))
    homes = {alias.name: alias.module for alias in aliases.values()}

    def visit(node: object) -> object:
        if isinstance(node, ir.Model):
            return _model(node, named)
        if isinstance(node, ir.Operation):
            return _operation(node, named)
        if isinstance(node, ir.ModelModule):  # after its models (the walk is children first)
            return _module(node, aliases, homes)
        return node

    widened = rewrite(api, visit)
    exports = widened.exports + tuple((alias.name, alias.module) for alias in aliases.values())
    return replace(widened, exports=tuple(sorted(exports)))


def _alias_values(api: ir.Api, enums: Values) -> dict[str, tuple[ir.TypeRef, ...]]:
    """Alias name -> the values of the enums among its union's variants (through aliases
    of aliases), for each alias with some."""
    aliases = {alias.name: alias for module in api.modules for alias in module.aliases}
    found: dict[str, tuple[ir.TypeRef, ...]] = {}

    def values(name: str, seen: frozenset[str]) -> tuple[ir.TypeRef, ...]:
        if name in enums:
            return tuple(enums[name])
        alias = aliases.get(name)
        if alias is None or name in seen:
            return ()
        variants = alias.type.args if alias.type.kind == "union" else (alias.type,)
        names = [v.name for v in variants if v.kind == "named" and v.name is not None]
        return tuple(dict.fromkeys(v for n in names for v in values(n, seen | {name})))

    for name in aliases:
        accepted = values(name, frozenset())
        if accepted:
            found[name] = accepted
    return found


def _value_aliases(api: ir.Api) -> dict[str, ir.Alias]:
    """Enum name -> the alias of its values, for each enum of more than INLINE_VALUES;
    named `<Enum>Value` (`_` appended while that is taken)."""
    taken = {name for name, _ in api.exports}
    aliases: dict[str, ir.Alias] = {}
    for module in api.modules:
        for enum in module.enums:
            if len(enum.members) <= INLINE_VALUES:
                continue
            name = enum.name + VALUES_SUFFIX
            while name in taken:
                name += "_"
            taken.add(name)
            values = tuple(ir.TypeRef(kind="literal", literal=m.value) for m in enum.members)
            aliases[enum.name] = ir.Alias(
                name=name,
                module=module.name,
                type=ir.TypeRef(kind="union", args=values),
                description=f"The values of `{enum.name}`, accepted wherever it is.",
            )
    return aliases


def _module(
    module: ir.ModelModule, aliases: Mapping[str, ir.Alias], homes: Mapping[str, str]
) -> ir.ModelModule:
    """A module with the aliases of its enums' values (first: they refer to nothing), and
    imports of the sibling aliases its TypedDicts use."""
    own = tuple(aliases[enum.name] for enum in module.enums if enum.name in aliases)
    used = {n for m in module.models for f in m.param_fields for n in named_types_in(f.type)}
    imports = set(module.imports)
    imports |= {(homes[n], n) for n in used if n in homes and homes[n] != module.name}
    if not own and imports == set(module.imports):
        return module
    return replace(module, aliases=own + module.aliases, imports=tuple(sorted(imports)))


def _model(model: ir.Model, named: Values) -> ir.Model:
    fields = []
    for field in model.fields:
        widened = accepting(field.type, named)
        fields.append(field if widened == field.type else replace(field, init_type=widened))
    # the TypedDict's keys are written by users only: their types are widened themselves
    keys = tuple(replace(f, type=accepting(f.type, named)) for f in model.param_fields)
    return replace(model, fields=tuple(fields), param_fields=keys)


def _operation(operation: ir.Operation, named: Values) -> ir.Operation:
    arguments = tuple(
        a if a.kind in ("body", "switch") else replace(a, type=accepting(a.type, named))
        for a in operation.arguments
    )
    return replace(operation, arguments=arguments)
