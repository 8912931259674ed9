"""Request shapes: `<Name>Param` TypedDicts and keyword arguments for object bodies.

A model that a request body or parameter uses (directly or nested) gets a TypedDict of
the same keys (its wire names), accepted wherever the model is in a request (a query
object as `created={"gte": 1}`, serialised by its style); an alias of a union of such
models is accepted as any of their TypedDicts too. A model that allows more keys
(`additionalProperties`) is accepted as any `Mapping[str, Any]` besides: a TypedDict
refuses keys it does not list, and mypy cannot declare them (PEP 728's `extra_items`).
Lists and maps a request takes are `Sequence` and `Mapping` (covariant: a `list[XParam]`
fits `Sequence[X | XParam]`), except lists of strings (a `str` is a `Sequence[str]`).
An operation whose body is
one object (a model; an `allOf` of objects is merged into one by the schema parser) takes
its properties as keyword arguments, further keys as `extra_body=`, or the whole body as
`body=`, in one signature: a misspelled keyword is then one short error that names it (an
overload per form would make type checkers list every form's parameters instead). So the
keys are optional to type checkers; a required one left out is refused before sending.
A property named like another argument is renamed `body_<name>`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from generator import ir
from generator.parse.reserved import argument_reserved
from generator.parse.schemas import ANY

NamedType = ir.Model | ir.Enum | ir.Alias

# The kinds of body whose keys are sent one by one (a JSON object or a form's fields).
_OBJECT_BODY_KINDS = ("json", "form", "multipart")
PARAM_SUFFIX = "Param"
# The arguments that are parameters (path, query, header, cookie).
_PARAMETER_KINDS = ("path", "query", "header", "cookie")


def request_models(operations: Iterable[ir.Operation], named: Mapping[str, NamedType]) -> set[str]:
    """The models a request body or parameter uses, nested ones included (through aliases
    too)."""
    found: set[str] = set()
    todo: list[ir.TypeRef] = []
    for op in operations:
        todo += [op.body.type] if op.body is not None else []
        todo += [p.type for p in op.path_params + op.params]
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
    that have one (`Animal = Cat | Dog` is accepted as `CatParam | DogParam` too), through
    aliases of such unions as well."""

    def dicts(name: str, seen: frozenset[str]) -> tuple[str, ...]:
        target = named.get(name)
        if not isinstance(target, ir.Alias) or target.type.kind != "union" or name in seen:
            return ()
        found: list[str] = []
        for arg in target.type.args:
            if arg.kind != "named" or arg.name is None:
                continue
            found += [params[arg.name]] if arg.name in params else dicts(arg.name, seen | {name})
        return tuple(dict.fromkeys(found))

    return {name: found for name in named if (found := dicts(name, frozenset()))}


@dataclass(frozen=True)
class Shapes:
    """What a request accepts for a named type: `params` model name -> its TypedDict,
    `unions` alias name -> its variants' TypedDicts (see union_params), `open_models` the
    models that allow more keys."""

    params: Mapping[str, str]
    unions: Mapping[str, tuple[str, ...]]
    open_models: frozenset[str] = frozenset()
    # aliases of a string (`String = str`): a list of them stays a list, as one of `str`
    strings: frozenset[str] = frozenset()


# Any mapping of string keys: what a model that allows more keys accepts besides its own.
_ANY_MAPPING = ir.TypeRef(kind="dict", args=(ANY,), covariant=True)


def open_models(named: Mapping[str, NamedType]) -> frozenset[str]:
    """The models whose schema allows keys beyond their properties."""
    return frozenset(n for n, t in named.items() if isinstance(t, ir.Model) and t.extra_keys)


def string_aliases(named: Mapping[str, NamedType]) -> frozenset[str]:
    """The aliases that stand for a string (through aliases of aliases)."""

    def is_string(ref: ir.TypeRef, seen: frozenset[str]) -> bool:
        if ref.kind == "scalar":
            return ref.scalar in ("str", "any")
        target = named.get(ref.name or "") if ref.kind == "named" else None
        if not isinstance(target, ir.Alias) or target.name in seen:
            return False
        return is_string(target.type, seen | {target.name})

    return frozenset(
        name
        for name, target in named.items()
        if isinstance(target, ir.Alias) and is_string(target.type, frozenset())
    )


def accepted(ref: ir.TypeRef, shapes: Shapes) -> ir.TypeRef:
    """`ref` as a request accepts it: each model with a TypedDict as `Model | ModelParam`
    (and `Mapping[str, Any]` if it allows more keys), each alias of a union of them as
    `Alias | VariantParam | ...` (see union_params), lists and maps covariant."""
    name = ref.name if ref.kind == "named" else None
    if name is not None and name in shapes.params:
        variants: tuple[ir.TypeRef, ...] = (
            replace(ref, nullable=False),
            ir.TypeRef(kind="named", name=shapes.params[name]),
        )
        if name in shapes.open_models:
            variants += (_ANY_MAPPING,)
        return ir.TypeRef(kind="union", args=variants, nullable=ref.nullable)
    if name is not None and name in shapes.unions:
        dicts = tuple(ir.TypeRef(kind="named", name=n) for n in shapes.unions[name])
        return ir.TypeRef(
            kind="union", args=(replace(ref, nullable=False), *dicts), nullable=ref.nullable
        )
    covariant = ref.covariant or _may_be_covariant(ref, shapes.strings)
    if not ref.args:
        return ref
    args = tuple(accepted(arg, shapes) for arg in ref.args)
    if args == ref.args and covariant == ref.covariant:
        return ref
    # a tagged union of dicts has no tag to read: a plain union for type checkers
    return replace(ref, args=args, discriminator=None, covariant=covariant)


def _may_be_covariant(ref: ir.TypeRef, strings: frozenset[str]) -> bool:
    """Whether a request may take `ref` as a Sequence or Mapping: a map always, a list
    unless of strings (a `str` is a `Sequence[str]`: a lone string would pass)."""
    if ref.kind == "dict":
        return True
    if ref.kind != "list" or not ref.args:
        return False
    items = ref.args[0]
    variants = items.args if items.kind == "union" else (items,)
    return not any(
        (v.kind == "scalar" and v.scalar in ("str", "any")) or v.name in strings
        for v in variants
    )


def accepted_parameters(operation: ir.Operation, shapes: Shapes) -> ir.Operation:
    """`operation` with its parameters' arguments typed as a request accepts them."""
    arguments = tuple(
        replace(a, type=accepted(a.type, shapes)) if a.kind in _PARAMETER_KINDS else a
        for a in operation.arguments
    )
    return (
        operation if arguments == operation.arguments else replace(operation, arguments=arguments)
    )


def with_params(model: ir.Model, shapes: Shapes) -> ir.Model:
    """`model` with its TypedDict, if a request uses it."""
    if model.name not in shapes.params:
        return model
    fields = tuple(replace(f, type=accepted(f.type, shapes)) for f in param_fields(model))
    return replace(model, param_name=shapes.params[model.name], param_fields=fields)


def param_fields(model: ir.Model) -> tuple[ir.Field, ...]:
    """The keys of a model's TypedDict: every field a request may send (not readOnly)."""
    return tuple(f for f in model.fields if not f.read_only)


def keyword_body(
    operation: ir.Operation, named: Mapping[str, NamedType], shapes: Shapes
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
        required = field.required and body.required
        fields.append(
            ir.Argument(
                kind="body_field",
                name=name,
                wire_name=field.wire_name,
                type=accepted(field.type, shapes),
                required=required,
                positional=False,
                doc=field.description,
                omittable=True,
            )
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
    whole = ir.TypeRef(
        kind="union",
        args=(body.type, ir.TypeRef(kind="named", name=shapes.params[model.name])),
        nullable=True,
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
