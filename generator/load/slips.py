"""Vendor slips in schemas, read as what they clearly mean, each with a warning.

Real specs write `type: int`, `type: double` or `type: String` (an echo service's spec does
18 times); JSON Schema knows only seven type names, so the validator would refuse the whole
document. The meaning is not in doubt, so the type is rewritten in place and the spec is
generated: "fail only when nothing sensible can be". The same goes for `items` written as a
list of schemas.

Runs on the bundled document before Swagger 2.0 conversion, so that pointers are the ones
the user wrote.
"""

from __future__ import annotations

from typing import Any

from generator.errors import SpecWarning, join_pointer

_JSON_SCHEMA_TYPES = frozenset(
    {"string", "integer", "number", "boolean", "array", "object", "null"}
)
# well-known slips (compared lower-cased) -> (type, format it implies or None)
_SLIPS: dict[str, tuple[str, str | None]] = {
    "int": ("integer", None),
    "int32": ("integer", "int32"),
    "int64": ("integer", "int64"),
    "long": ("integer", "int64"),
    "short": ("integer", None),
    "float": ("number", "float"),
    "double": ("number", "double"),
    "decimal": ("number", None),
    "bool": ("boolean", None),
    "str": ("string", None),
    "date": ("string", "date"),
    "datetime": ("string", "date-time"),
    "date-time": ("string", "date-time"),
}
# Keys whose value is data (an example, a default, allowed values) or a vendor's own: a
# `type` in there is not a schema's.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# Keys whose value maps names the spec chose to objects: there, `example` or `default`
# is the name of a property, a schema, a response... not data.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "definitions",
        "$defs",
        "schemas",
        "parameters",
        "responses",
        "headers",
        "requestBodies",
        "securitySchemes",
        "securityDefinitions",
        "paths",
        "content",
        "encoding",
        "callbacks",
        "links",
        "webhooks",
        "pathItems",
    }
)


def _reading(value: str) -> tuple[str, str | None] | None:
    """What a slip of a type name means, or None when it is no known slip."""
    lowered = value.strip().lower()
    if lowered in _JSON_SCHEMA_TYPES:
        return lowered, None
    return _SLIPS.get(lowered)


def fix_type_slips(document: dict[str, Any], warnings: list[SpecWarning]) -> None:
    """Rewrite well-known misspelt schema types in place, one warning each (document order)."""
    # (node, its pointer, whether its keys are names rather than keywords)
    pending: list[tuple[Any, str, bool]] = [(document, "", False)]
    while pending:
        node, pointer, names = pending.pop()
        children: list[tuple[Any, str, bool]] = []
        if isinstance(node, list):
            children = [
                (item, join_pointer(pointer, index), False)
                for index, item in enumerate(node)
                if isinstance(item, (dict, list))
            ]
        else:
            tuple_items = None
            if not names:
                _fix_type(node, pointer, warnings)
                _fix_examples_map(node, pointer, warnings)
                tuple_items = _fix_tuple_items(node, pointer, warnings)
            for key, value in node.items():
                if not isinstance(value, (dict, list)):
                    continue
                if not names and (key in DATA_KEYS or key.startswith("x-")):
                    continue
                if key == "items" and tuple_items is not None:
                    # the same schemas, moved: walked at the pointers the user wrote
                    children.extend(
                        (item, join_pointer(pointer, "items", index), False)
                        for index, item in enumerate(tuple_items)
                    )
                    continue
                children.append(
                    (value, join_pointer(pointer, key), not names and key in NAME_MAPS)
                )
        pending.extend(reversed(children))


def _fix_type(node: dict[str, Any], pointer: str, warnings: list[SpecWarning]) -> None:
    declared = node.get("type")
    if isinstance(declared, str):
        if declared in _JSON_SCHEMA_TYPES:
            return
        reading = _reading(declared)
        if reading is None:
            return
        node["type"], implied = reading
        if implied is not None and "format" not in node:
            node["format"] = implied
        warnings.append(_warning(pointer, declared, node["type"]))
    elif isinstance(declared, list):
        fixed = []
        for item in declared:
            reading = _reading(item) if isinstance(item, str) else None
            if reading is not None and reading[0] != item:
                warnings.append(_warning(pointer, item, reading[0]))
                fixed.append(reading[0])
            else:
                fixed.append(item)
        node["type"] = fixed


def _fix_tuple_items(
    node: dict[str, Any], pointer: str, warnings: list[SpecWarning]
) -> list[dict[str, Any]] | None:
    """`items: [{...}, {...}]` (JSON Schema draft 4 tuples; not OpenAPI, yet a large chat
    platform's Swagger 2.0 spec uses it throughout): a list whose items may be any of them."""
    items = node.get("items")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        return None
    if len(items) == 1:
        node["items"] = items[0]
    else:
        node["items"] = {"anyOf": items} if items else {}
    warnings.append(
        SpecWarning(
            join_pointer(pointer, "items"),
            "'items' is a list (a JSON Schema draft 4 tuple), not a schema; read as a list "
            "whose items may be any of the listed schemas",
        )
    )
    return items


# keywords only a schema has; and keys of the objects whose `examples` is a map by right
_SCHEMA_WORDS = frozenset({"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum"})
_EXAMPLE_MAP_OWNERS = frozenset({"in", "schema", "content"})


def _fix_examples_map(node: dict[str, Any], pointer: str, warnings: list[SpecWarning]) -> None:
    """A schema's `examples` written as a parameter's or media type's are (a map of names
    to Example objects): the examples are clear, the map is not what a schema takes."""
    examples = node.get("examples")
    if (
        not isinstance(examples, dict)
        or not _SCHEMA_WORDS & node.keys()
        or _EXAMPLE_MAP_OWNERS & node.keys()
    ):
        return
    node["examples"] = [
        value["value"] if isinstance(value, dict) and "value" in value else value
        for value in examples.values()
    ]
    warnings.append(
        SpecWarning(
            join_pointer(pointer, "examples"),
            "a schema's 'examples' is a list, not a map of Example objects; read as the "
            "list of their values",
        )
    )


def _warning(pointer: str, declared: str, read_as: str) -> SpecWarning:
    return SpecWarning(
        join_pointer(pointer, "type"),
        f"type {declared!r} is not a JSON Schema type; read as {read_as!r}",
    )
