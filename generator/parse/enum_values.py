"""Enums that accept their values where a request is written (issue 14, item 3).

An enum-typed argument, or field of a model's constructor, takes the member or its value:
`role: MessageRole | Literal["user", "assistant"]`. Pydantic turns the value into the member
at run time; this makes type checkers accept it too. Only the top level of a type (and the
variants of a union) is widened: `list[Role]` stays, so a `list[Role]` variable still fits.
"""

from __future__ import annotations

from dataclasses import replace

from generator import ir

Named = ir.Model | ir.Enum | ir.Alias


def accepting(ref: ir.TypeRef, named: dict[str, Named]) -> ir.TypeRef:
    """`ref` with each enum at its top level (or a variant of it) widened by its values."""
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
    return ref


def with_enum_values(api: ir.Api) -> ir.Api:
    """`api` with the arguments of its methods and its models' constructor fields widened."""
    named: dict[str, Named] = {}
    for module in api.modules:
        named.update((enum.name, enum) for enum in module.enums)
    modules = tuple(
        replace(module, models=tuple(_model(model, named) for model in module.models))
        for module in api.modules
    )
    return replace(
        api,
        modules=modules,
        resources=tuple(_resource(r, named) for r in api.resources),
        client_operations=tuple(_operation(op, named) for op in api.client_operations),
    )


def _model(model: ir.Model, named: dict[str, Named]) -> ir.Model:
    fields = []
    for field in model.fields:
        widened = accepting(field.type, named)
        fields.append(field if widened == field.type else replace(field, init_type=widened))
    return replace(model, fields=tuple(fields))


def _resource(resource: ir.Resource, named: dict[str, Named]) -> ir.Resource:
    return replace(
        resource,
        operations=tuple(_operation(op, named) for op in resource.operations),
        children=tuple(_resource(child, named) for child in resource.children),
    )


def _operation(operation: ir.Operation, named: dict[str, Named]) -> ir.Operation:
    arguments = tuple(
        a if a.kind in ("body", "switch") else replace(a, type=accepting(a.type, named))
        for a in operation.arguments
    )
    result = operation.result
    alternative = result.stream_alternative
    if alternative is not None:
        streaming = _operation(alternative.operation, named)
        result = replace(result, stream_alternative=replace(alternative, operation=streaming))
    return replace(operation, arguments=arguments, result=result)
