"""The JSON Schema keywords whose values are schemas, in one place for every reader of them.

A reader that walks a schema (3.0 -> 3.1 normalisation, the Swagger 2.0 conversion) must
tell a keyword's subschemas from data: the three shapes a subschema can come in are here.
"""

from __future__ import annotations

# Keywords whose value is one schema.
ONE_SCHEMA = frozenset(
    {
        "items",
        "additionalProperties",
        "additionalItems",
        "not",
        "contains",
        "propertyNames",
        "if",
        "then",
        "else",
        "unevaluatedItems",
        "unevaluatedProperties",
    }
)
# Keywords whose value is a list of schemas.
SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
# Keywords whose value maps names the spec chose to schemas.
SCHEMA_MAPS = frozenset(
    {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
)
