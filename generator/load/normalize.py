"""Bring OpenAPI 3.0 spellings into the 3.1 shape that the validator and parser read.

Only spellings the 3.1 model would reject are changed; `nullable` stays (the parser
follows what a document does, whatever version it claims).
"""

from __future__ import annotations

from typing import Any

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


def normalize_document(document: Any) -> Any:
    """`normalize`, and the places outside schemas where a 3.1 boolean schema may stand."""
    if isinstance(document, dict):
        components = document.get("components")
        if isinstance(components, dict) and isinstance(components.get("schemas"), dict):
            schemas = components["schemas"]
            components["schemas"] = {name: _schema_or_boolean(v) for name, v in schemas.items()}
    return normalize(document)


def normalize(node: Any) -> Any:
    """Normalise `node` in place and return it.

    In place: the document is a fresh copy made by the loader (bundling copies what it
    walks), and rebuilding a large spec's 20,000 dicts a second time cost more than the
    rest of loading. Every change is idempotent, so a node shared by YAML aliases can be
    visited twice.
    """
    if isinstance(node, list):
        for item in node:
            if isinstance(item, (dict, list)):
                normalize(item)
        return node
    if not isinstance(node, dict):
        return node
    for value in node.values():
        if isinstance(value, (dict, list)):
            normalize(value)
    result = node
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = result.get(exclusive)
        if isinstance(flag, bool):
            # 3.0: a boolean modifier of minimum/maximum; 3.1: the bound itself.
            del result[exclusive]
            if flag and isinstance(result.get(bound), (int, float)):
                result[exclusive] = result.pop(bound)
    if isinstance(result.get("schema"), bool):
        # a parameter's, header's or media type's schema (3.1: `true` or `false` too)
        result["schema"] = _boolean_schema(result["schema"])
    if _looks_like_schema(result):
        for key in _SUBSCHEMA_KEYS & result.keys():
            if isinstance(result[key], bool):
                result[key] = _boolean_schema(result[key])
        for key in _SCHEMA_LISTS & result.keys():
            if isinstance(result[key], list):
                items = result[key]
                if key in ("anyOf", "oneOf") and any(item is not False for item in items):
                    # a `false` arm matches nothing: the union is the other arms
                    items = [item for item in items if item is not False]
                result[key] = [_schema_or_boolean(item) for item in items]
        for key in {"properties", *_SCHEMA_MAPS} & result.keys():
            if isinstance(result[key], dict):
                result[key] = {name: _schema_or_boolean(v) for name, v in result[key].items()}
        if isinstance(result.get("required"), bool):
            # Swagger 2.0 habit inside a schema: `required: true` on a property
            del result["required"]
    return result


def _looks_like_schema(node: dict[str, Any]) -> bool:
    """A schema, not a parameter (`in`) or request body (`content`) with the same keys."""
    if "in" in node or "content" in node:
        return False
    return bool(
        {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "$ref"} & node.keys()
    ) or bool((_SUBSCHEMA_KEYS | _SCHEMA_LISTS | _SCHEMA_MAPS) & node.keys())
