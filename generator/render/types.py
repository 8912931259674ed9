"""ir.TypeRef -> Python type expressions (valid both as annotations and at run time)."""

from __future__ import annotations

from generator import ir
from generator.render.escape import py_literal

_SCALARS: dict[str, str] = {
    "str": "str",
    "int": "int",
    "float": "float",
    "bool": "bool",
    "bytes": "bytes",
    "file": "FileInput",
    "binary_body": "BinaryBody",
    "datetime": "dt.datetime",
    "date": "dt.date",
    "time": "dt.time",
    "uuid": "UUID",
    "any": "Any",
}


def annotation(
    ref: ir.TypeRef, qualifier: str = "", tagged: bool = True, lazy: bool = False
) -> str:
    """`qualifier` prefixes named types: "models." outside the models package.

    `tagged=False` spells a tagged union as the plain union of its variants: what type
    checkers see of the `Annotated[...]` form, and what stubs declare. `lazy=True` (a
    model module's field) spells a lazy reference as the validator that finds its model
    on first use; elsewhere, and to type checkers, it is the model.
    """
    text = _base(ref, qualifier, tagged, lazy)
    if ref.nullable and text not in ("Any", "None"):
        return f"{text} | None"
    return text


def optional_annotation(
    ref: ir.TypeRef, qualifier: str = "", tagged: bool = True, lazy: bool = False
) -> str:
    """The annotation of something that may be left out (None stands for "not given")."""
    text = annotation(ref, qualifier, tagged, lazy)
    if ref.nullable or text in ("Any", "None"):
        return text
    return f"{text} | None"


def _base(ref: ir.TypeRef, qualifier: str, tagged: bool, lazy: bool = False) -> str:
    if ref.kind == "scalar":
        return _SCALARS[ref.scalar or "any"]
    if ref.kind == "named":
        if lazy and ref.lazy:
            # `__package__` is the models package: the model is found there by name
            return f"Annotated[Any, _later(__package__, {py_literal(ref.name)})]"
        return f"{qualifier}{ref.name}"
    if ref.kind == "list":
        container = "Sequence" if ref.covariant else "list"
        return f"{container}[{annotation(ref.args[0], qualifier, tagged, lazy)}]"
    if ref.kind == "dict":
        container = "Mapping" if ref.covariant else "dict"
        return f"{container}[str, {annotation(ref.args[0], qualifier, tagged, lazy)}]"
    if ref.kind == "literal":
        return f"Literal[{py_literal(ref.literal)}]"
    if ref.kind == "none":
        return "None"
    if ref.discriminator is not None and tagged:
        variants = " | ".join(
            f"Annotated[{annotation(arg, qualifier)}, Tag({py_literal(arg.name)})]"
            for arg in ref.args
        )
        d = ref.discriminator
        mapping = "{" + ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in d.mapping) + "}"
        return f"Annotated[{variants}, Discriminator(TagOf({py_literal(d.wire_name)}, {py_literal(d.field_name)}, {mapping}))]"
    # literal variants as one `Literal[a, b]` (where the first of them stands), as ruff asks
    literals = [arg for arg in ref.args if arg.kind == "literal" and not arg.nullable]
    # by identity: `in` would compare TypeRefs field by field, quadratic in an enum's values
    literal_ids = {id(arg) for arg in literals}
    parts: list[str] = []
    for arg in ref.args:
        if id(arg) in literal_ids and len(literals) > 1:
            if arg is literals[0]:
                parts.append(f"Literal[{', '.join(py_literal(a.literal) for a in literals)}]")
            continue
        parts.append(annotation(arg, qualifier, tagged, lazy))
    return " | ".join(parts)


def names_in(
    ref: ir.TypeRef, qualifier: str = "", tagged: bool = True, lazy: bool = False
) -> set[str]:
    """The module-level names `annotation(ref, qualifier, tagged, lazy)` refers to: what
    the module must import or define (builtins such as `list` left out)."""
    if ref.kind == "scalar":
        return {_SCALARS[ref.scalar or "any"].partition(".")[0]}
    if ref.kind == "named":
        if lazy and ref.lazy:
            return {"Annotated", "Any", "_later"}
        return {qualifier.partition(".")[0] if qualifier else ref.name or ""}
    if ref.kind == "literal":
        return {"Literal"}
    names: set[str] = set()
    if ref.covariant and ref.kind in ("list", "dict"):
        names.add("Sequence" if ref.kind == "list" else "Mapping")
    if ref.kind == "union" and ref.discriminator is not None and tagged:
        names |= {"Annotated", "Tag", "Discriminator", "TagOf"}
    for arg in ref.args:
        names |= names_in(arg, qualifier, tagged, lazy)
    return names
