"""Request shapes: `<Name>Param` TypedDicts and keyword arguments for object bodies.

A model that a request body uses (directly or nested) gets a TypedDict of the same keys
(its wire names), accepted wherever the model is in a request; an alias of a union of such
models is accepted as any of their TypedDicts too. An operation whose body is
one object (a model; an `allOf` of objects is merged into one by the schema parser) takes
its properties as keyword arguments, further keys as `extra_body=`, or the whole body as
`body=`. A property named like another argument is renamed `body_<name>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from generator import ir
from generator.parse.reserved import argument_reserved
from generator.parse.schemas import ANY

NamedType = ir.Model | ir.Enum | ir.Alias

# The kinds of body whose keys are sent one by one (a JSON object or a form's fields).
_OBJECT_BODY_KINDS = ("json", "form", "multipart")
PARAM_SUFFIX = "Param"


def request_models(operations: Iterable[ir.Operation], named: Mapping[str, NamedType]) -> set[str]:
    """The models a request body uses, nested ones included (through aliases too)."""
    found: set[str] = set()
    todo = [op.body.type for op in operations if op.body is not None]
    while todo:
        ref = todo.pop()
        todo.extend(ref.args)
        if ref.kind != "named" or ref.name in found or ref.name is None:
            continue
        target = named.get(ref.name)
        if isinstance(target, ir.Model):
            found.add(ref.name)
            todo.extend(f.type for f in target.fields if not f.read_only)
        elif isinstance(target, ir.Alias):
            todo.append(target.type)
    return found


def param_names(models: Iterable[str], taken: Iterable[str]) -> dict[str, str]:
    """Model name -> its TypedDict's name, `<Name>Param` (`_` appended while that is taken)."""
    used = set(taken)
    names: dict[str, str] = {}
    for model in sorted(models):
        name = model + PARAM_SUFFIX
        while name in used:
            name += "_"
        used.add(name)
        names[model] = name
    return names


def union_params(
    named: Mapping[str, NamedType], params: Mapping[str, str]
) -> dict[str, tuple[str, ...]]:
    """Alias name -> the TypedDicts of its variants, for each alias of a union with models
    that have one (`Animal = Cat | Dog` is accepted as `CatParam | DogParam` too)."""
    unions: dict[str, tuple[str, ...]] = {}
    for name, target in named.items():
        if not isinstance(target, ir.Alias) or target.type.kind != "union":
            continue
        variants = [arg.name for arg in target.type.args if arg.kind == "named"]
        found = tuple(params[v] for v in variants if v is not None and v in params)
        if found:
            unions[name] = found
    return unions


def accepted(
    ref: ir.TypeRef, params: Mapping[str, str], unions: Mapping[str, tuple[str, ...]]
) -> ir.TypeRef:
    """`ref` as a request accepts it: each model with a TypedDict as `Model | ModelParam`,
    each alias of a union of them as `Alias | VariantParam | ...` (see union_params)."""
    if ref.kind == "named" and ref.name is not None and ref.name in params:
        variants = (replace(ref, nullable=False), ir.TypeRef(kind="named", name=params[ref.name]))
        return ir.TypeRef(kind="union", args=variants, nullable=ref.nullable)
    if ref.kind == "named" and ref.name is not None and ref.name in unions:
        dicts = tuple(ir.TypeRef(kind="named", name=name) for name in unions[ref.name])
        return ir.TypeRef(
            kind="union", args=(replace(ref, nullable=False), *dicts), nullable=ref.nullable
        )
    if not ref.args:
        return ref
    args = tuple(accepted(arg, params, unions) for arg in ref.args)
    if args == ref.args:
        return ref
    # a tagged union of dicts has no tag to read: a plain union for type checkers
    return replace(ref, args=args, discriminator=None)


def with_params(
    model: ir.Model, params: Mapping[str, str], unions: Mapping[str, tuple[str, ...]]
) -> ir.Model:
    """`model` with its TypedDict, if a request uses it."""
    if model.name not in params:
        return model
    fields = tuple(replace(f, type=accepted(f.type, params, unions)) for f in param_fields(model))
    return replace(model, param_name=params[model.name], param_fields=fields)


def param_fields(model: ir.Model) -> tuple[ir.Field, ...]:
    """The keys of a model's TypedDict: every field a request may send (not readOnly)."""
    return tuple(f for f in model.fields if not f.read_only)


def keyword_body(
    operation: ir.Operation,
    named: Mapping[str, NamedType],
    params: Mapping[str, str],
    unions: Mapping[str, tuple[str, ...]],
) -> ir.Operation:
    """`operation` taking an object body as keyword arguments (unchanged for other bodies)."""
    body = operation.body
    if body is None or body.kind not in _OBJECT_BODY_KINDS or body.type.kind != "named":
        return operation
    model = named.get(body.type.name or "")
    if not isinstance(model, ir.Model) or body.type.nullable or not param_fields(model):
        return operation
    others = [a for a in operation.arguments if a.kind != "body"]
    taken = {a.name for a in others} | argument_reserved()
    alternative = operation.result.stream_alternative
    # the stream switch (its own keyword, written into the body) stands for that field
    switch_key = alternative.body_field if alternative and alternative.switch else None
    fields = []
    for field in param_fields(model):
        if field.name == switch_key:
            continue
        name = field.name
        if name in taken:
            name = f"body_{name}"
            while name in taken:
                name += "_"
        taken.add(name)
        fields.append(
            ir.Argument(
                kind="body_field",
                name=name,
                wire_name=field.wire_name,
                type=accepted(field.type, params, unions),
                required=field.required and body.required,
                positional=False,
                doc=field.description,
                omittable=True,
            )
        )
    whole = ir.TypeRef(
        kind="union",
        args=(body.type, ir.TypeRef(kind="named", name=params[model.name])),
        nullable=True,
    )
    extra = ir.Argument(
        kind="extra_body",
        name="extra_body",
        wire_name=None,
        type=ir.TypeRef(kind="dict", args=(ANY,), nullable=True),
        required=False,
        positional=False,
        default=ir.Default(value=None),
        doc="Keys sent in the body besides the ones above.",
    )
    whole_argument = ir.Argument(
        kind="body",
        name="body",
        wire_name=None,
        type=whole,
        required=body.required,
        positional=False,
        default=ir.Default(value=None),
        doc=(body.description or "The body") + " (whole, instead of its keys: a model or a dict)",
    )
    positional = [a for a in others if a.positional]
    keywords = [a for a in others if not a.positional]
    required_fields = [a for a in fields if a.required]
    optional_fields = [a for a in fields if not a.required]
    arguments = positional + required_fields + keywords + optional_fields + [extra, whole_argument]
    return replace(operation, arguments=tuple(arguments))

