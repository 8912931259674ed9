"""Enums that accept their values where a request is written.

An enum-typed argument, field of a model's constructor or key of a `<Name>Param` TypedDict
takes the member or its value: `role: MessageRole | Literal["user", "assistant"]`. Pydantic
turns the value into the member at run time; this makes type checkers accept it too.

Enums inside lists and dicts are widened as well, and the container becomes covariant:
`Sequence[Role | Literal["a", "b"]]`, `Mapping[str, Role | Literal["a", "b"]]`. list and
dict are invariant in their items, so `list[Role | Literal[...]]` would refuse a variable of
type `list[Role]` that fits today; a Sequence takes it, and the list literal `["a"]` too.
"""

from __future__ import annotations

from dataclasses import replace

from generator import ir
from generator.parse.ir_rewrite import rewrite

Named = ir.Model | ir.Enum | ir.Alias


def accepting(ref: ir.TypeRef, named: dict[str, Named]) -> ir.TypeRef:
    """`ref` with each enum (at its top level, a variant of it, or the items of a list or
    dict in it) widened by its values; a list or dict whose items changed is covariant."""
    if ref.kind == "named":
        enum = named.get(ref.name or "")
        if not isinstance(enum, ir.Enum) or not enum.members:
            return ref
        values = tuple(ir.TypeRef(kind="literal", literal=m.value) for m in enum.members)
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
    constructor fields and their TypedDicts' keys widened."""
    named: dict[str, Named] = {}
    for module in api.modules:
        named.update((enum.name, enum) for enum in module.enums)

    def visit(node: object) -> object:
        if isinstance(node, ir.Model):
            return _model(node, named)
        if isinstance(node, ir.Operation):
            return _operation(node, named)
        return node

    return rewrite(api, visit)


def _model(model: ir.Model, named: dict[str, Named]) -> ir.Model:
    fields = []
    for field in model.fields:
        widened = accepting(field.type, named)
        fields.append(field if widened == field.type else replace(field, init_type=widened))
    # the TypedDict's keys are written by users only: their types are widened themselves
    keys = tuple(replace(f, type=accepting(f.type, named)) for f in model.param_fields)
    return replace(model, fields=tuple(fields), param_fields=keys)


def _operation(operation: ir.Operation, named: dict[str, Named]) -> ir.Operation:
    arguments = tuple(
        a if a.kind in ("body", "switch") else replace(a, type=accepting(a.type, named))
        for a in operation.arguments
    )
    return replace(operation, arguments=arguments)
