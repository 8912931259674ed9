"""How a model's TypedDict (`<Name>Param`, the request shape) is spelled in models/ modules
and their stubs: a class where every key is an identifier, the functional form otherwise."""

from __future__ import annotations

import keyword

from generator import ir
from generator.render.escape import docstring, py_literal
from generator.render.types import annotation, names_in

_BUILTINS = frozenset({"str", "int", "float", "bool", "bytes", "list", "dict"})


def _is_identifier(key: str) -> bool:
    return key.isidentifier() and not keyword.iskeyword(key)


def _key_type(field: ir.Field) -> str:
    text = annotation(field.type, tagged=False)
    return f"Required[{text}]" if field.required else text


def typed_dict(model: ir.Model, stub: bool = False) -> str:
    """The TypedDict of `model` (keys are wire names: the dict is sent as it is)."""
    name = model.param_name or ""
    fields = model.param_fields
    # a key named like a type its class spells would shadow that type in the class body
    shadowed = request_shape_names(model) | _BUILTINS
    if all(_is_identifier(f.wire_name) and f.wire_name not in shadowed for f in fields):
        lines = [f"class {name}(TypedDict, total=False):"]
        if not stub:
            text = f"`{model.name}` as a dict: the keys a request sends."
            lines.append("    " + docstring(text, 4))
        lines += [f"    {f.wire_name}: {_key_type(f)}" for f in fields]
        if stub and not fields:
            lines.append("    ...")
        return "\n".join(lines)
    # keys that are not identifiers; in the module the types are text, as annotations are
    # (a type may be defined further down)
    items = ", ".join(
        f"{py_literal(f.wire_name)}: {_key_type(f) if stub else py_literal(_key_type(f))}"
        for f in fields
    )
    return f"{name} = TypedDict({py_literal(name)}, {{{items}}}, total=False)"


def request_shape_names(model: ir.Model) -> set[str]:
    """What a model's TypedDict refers to (the module imports or defines these)."""
    names = {"TypedDict"}
    for field in model.param_fields:
        names |= names_in(field.type, tagged=False)
        if field.required:
            names.add("Required")
    return names
