"""Bring OpenAPI 3.0 spellings into the 3.1 shape that the validator and parser read.

Only spellings the 3.1 model would reject are changed; `nullable` stays (the parser
follows what a document does, whatever version it claims).
"""

from __future__ import annotations

from typing import Any

from generator.load.slips import DATA_KEYS, NAME_MAPS

# Keywords whose value is one schema; JSON Schema allows `true`/`false` there, the 3.1
# model of openapi-pydantic only for additionalProperties.
_SUBSCHEMA_KEYS = frozenset(
    {
        "items",
        "contains",
        "propertyNames",
        "not",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
        "additionalItems",
    }
)


# Keywords whose value is a list of schemas, and maps from names to schemas.
_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SCHEMA_MAPS = frozenset({"patternProperties", "$defs", "definitions", "dependentSchemas"})


def _boolean_schema(value: bool) -> dict[str, Any]:
    return {} if value else {"not": {}}


def _schema_or_boolean(value: Any) -> Any:
    return _boolean_schema(value) if isinstance(value, bool) else value


# Where a node stands: in a schema its keys are keywords; in a map of names (`properties`,
# `$defs`, `components/schemas`) its keys are names the spec chose, whatever they spell
# (a property may be called `properties`, `items` or `readOnly`), and its values schemas;
# in a map of names to other objects (`paths`, `responses`, `components/parameters`) the
# values are those objects; elsewhere (an OpenAPI object, an extension) a node is a schema
# only by its looks.
_SCHEMA, _NAMES, _OBJECTS, _GUESS = "schema", "names", "objects", "guess"
_SCHEMA_NAME_MAPS = frozenset({"schemas", "properties", *_SCHEMA_MAPS})


def normalize_document(document: Any) -> Any:
    """`normalize` the whole document (`components/schemas` as a map of schemas, whose
    values may be 3.1 boolean schemas)."""
    return normalize(document)


def normalize(node: Any) -> Any:
    """Normalise `node` in place and return it.

    In place: the document is a fresh copy made by the loader (bundling copies what it
    walks), and rebuilding a large spec's 20,000 dicts a second time cost more than the
    rest of loading. Every change is idempotent, so a node shared by YAML aliases can be
    visited twice.
    """
    _normalize(node, _GUESS)
    return node


def _normalize(node: Any, where: str) -> None:
    if isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                _normalize(item, _GUESS if where == _GUESS else _SCHEMA)
        return
    if not isinstance(node, dict):
        return
    if where == _NAMES:
        for name, value in node.items():
            node[name] = _schema_or_boolean(value)
            _normalize(node[name], _SCHEMA)
        return
    if where == _OBJECTS:
        for value in node.values():
            _normalize(value, _GUESS)
        return
    if where == _GUESS and _looks_like_schema(node):
        where = _SCHEMA
    if where == _SCHEMA:
        _normalize_schema(node)
        return
    if isinstance(node.get("schema"), bool):
        # a parameter's, header's or media type's schema (3.1: `true` or `false` too)
        node["schema"] = _boolean_schema(node["schema"])
    _exclusive_bounds(node)
    for key, value in node.items():
        if not isinstance(value, (dict, list)):
            continue
        if key == "schema" and isinstance(value, dict):
            _normalize(value, _SCHEMA)
        elif key in _SCHEMA_NAME_MAPS and isinstance(value, dict):
            _normalize(value, _NAMES)
        elif key in NAME_MAPS and isinstance(value, dict):
            _normalize(value, _OBJECTS)
        else:
            _normalize(value, _GUESS)


def _normalize_schema(schema: dict[str, Any]) -> None:
    """A schema's keywords, and below them each subschema and map of names as what it is."""
    _exclusive_bounds(schema)
    for key in _SUBSCHEMA_KEYS & schema.keys():
        if isinstance(schema[key], bool):
            schema[key] = _boolean_schema(schema[key])
    for key in _SCHEMA_LISTS & schema.keys():
        if isinstance(schema[key], list):
            items = schema[key]
            if key in ("anyOf", "oneOf") and any(item is not False for item in items):
                # a `false` arm matches nothing: the union is the other arms
                items = [item for item in items if item is not False]
            schema[key] = [_schema_or_boolean(item) for item in items]
    if isinstance(schema.get("required"), bool):
        # Swagger 2.0 habit inside a schema: `required: true` on a property
        del schema["required"]
    for key, value in schema.items():
        if not isinstance(value, (dict, list)) or key in DATA_KEYS:
            continue
        if key in _SCHEMA_MAPS or key == "properties":
            _normalize(value, _NAMES if isinstance(value, dict) else _GUESS)
        elif key in _SUBSCHEMA_KEYS or key in _SCHEMA_LISTS or key == "additionalProperties":
            _normalize(value, _SCHEMA)
        else:  # extensions, `discriminator`, `xml`, ...: by their looks, as before
            _normalize(value, _GUESS)


def _exclusive_bounds(node: dict[str, Any]) -> None:
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = node.get(exclusive)
        if isinstance(flag, bool):
            # 3.0: a boolean modifier of minimum/maximum; 3.1: the bound itself.
            del node[exclusive]
            if flag and isinstance(node.get(bound), (int, float)):
                node[exclusive] = node.pop(bound)


def _looks_like_schema(node: dict[str, Any]) -> bool:
    """A schema, not a parameter (`in`) or request body (`content`) with the same keys."""
    if "in" in node or "content" in node:
        return False
    return bool(
        {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref"} & node.keys()
    ) or bool((_SUBSCHEMA_KEYS | _SCHEMA_LISTS | _SCHEMA_MAPS) & node.keys())
