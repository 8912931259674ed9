"""What the schema parser asks of a JSON Schema node without defining anything: its types,
its `$ref`, whether an `allOf` is a scalar, how unions fold; the `TypeRef` helpers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, TypeAlias

from openapi_pydantic.v3.v3_1 import Reference, Schema

from generator import ir
from generator.parse.names import (
    SHADOWING,
    safe_identifier,
    snake_case,
)

SchemaNode: TypeAlias = Reference | Schema | bool


NamedType: TypeAlias = ir.Model | ir.Enum | ir.Alias


ANY = ir.TypeRef(kind="scalar", scalar="any")


STRING_FORMATS: dict[str, ir.ScalarName] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "binary": "file",
}


# Short names that say what a value is for, not what it is: an inline schema is never
# named by one of these alone (`data` items are `ListUsersResponseData`, not `Data`).
TOO_GENERIC = frozenset(
    {
        "Data",
        "Item",
        "Items",
        "Value",
        "Values",
        "Result",
        "Results",
        "Object",
        "Body",
        "Content",
        "Properties",
        "Attributes",
        "Meta",
        "Metadata",
        "Info",
        "Details",
        "Payload",
        "Params",
        "Parameters",
        "Options",
        "Settings",
        "Config",
        "Spec",
        "Response",
        "Request",
    }
)


SCALAR_TYPES: dict[str, ir.ScalarName] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def field_identifier(wire_name: str) -> str:
    return safe_identifier(snake_case(wire_name), "field", SHADOWING)


@dataclass(frozen=True)
class Property:
    wire_name: str
    node: SchemaNode
    pointer: str
    owner: str


def ref_target(node: SchemaNode) -> str | None:
    if isinstance(node, Reference):
        return node.ref
    if isinstance(node, Schema):
        ref = (node.model_extra or {}).get("$ref")
        return ref if isinstance(ref, str) else None
    return None


_JSON_SCALARS = frozenset({"string", "integer", "number", "boolean", "null"})


def scalar_all_of_part(schema: Schema) -> tuple[int, Schema] | None:
    """The one typed part of an `allOf` of a scalar and annotations only (Box writes
    `sequence_id: allOf: [{type: string, nullable: true}, {nullable: false}]`): the value is
    that scalar, not an object. None when any part is a ref or could describe an object."""
    typed: list[tuple[int, Schema]] = []
    for index, part in enumerate(schema.allOf or []):
        if not isinstance(part, Schema) or ref_target(part) is not None:
            return None
        if part.properties or part.items or part.allOf or part.oneOf or part.anyOf:
            return None
        if part.additionalProperties not in (None, False) or part.patternProperties:
            return None
        types = set(schema_types(part))
        if types - _JSON_SCALARS:
            return None
        if types - {"null"} or part.enum is not None or "const" in part.model_fields_set:
            typed.append((index, part))
    return typed[0] if len(typed) == 1 else None


# Keywords of a oneOf/anyOf arm that only constrain an object described beside them
# (`anyOf: [{required: [a]}, {required: [b]}]`: a or b must be present).
_CONSTRAINT_KEYWORDS = frozenset(
    {"required", "description", "title", "minProperties", "maxProperties", "not"}
)


def only_constrains(schema: Schema) -> bool:
    """An object with properties whose oneOf/anyOf arms only say which of them are
    required: the arms add no type, so the object keeps its own."""
    if not schema.properties:
        return False
    arms = schema.oneOf or schema.anyOf or []
    return all(
        isinstance(arm, Schema)
        and ref_target(arm) is None
        and arm.model_fields_set - {"type"} <= _CONSTRAINT_KEYWORDS
        and set(schema_types(arm))
        <= {"object", "null"}  # GitHub: `{type: object, maxProperties: 0}`
        for arm in arms
    )


def schema_types(schema: Schema) -> list[str]:
    declared = schema.type
    if declared is None:
        return []
    values = declared if isinstance(declared, list) else [declared]
    return [value.value if hasattr(value, "value") else str(value) for value in values]


SCHEMAS_SECTION = ["components", "schemas"]


def names_in(ref: ir.TypeRef) -> list[str]:
    found = [ref.name] if ref.kind == "named" and ref.name else []
    for arg in ref.args:
        found.extend(names_in(arg))
    return found


def property_order(schema: Schema) -> list[str]:
    """Property names, the required ones first."""
    properties = list(schema.properties or {})
    required = [wire for wire in schema.required or [] if wire in properties]
    return required + [wire for wire in properties if wire not in required]


def example_of(holder: Any, schema: Any) -> ir.JsonValue:
    """The first example a parameter or media type gives (its own, then its schema's)."""
    if getattr(holder, "example", None) is not None:
        return _json(holder.example)
    for example in (getattr(holder, "examples", None) or {}).values():
        value = getattr(example, "value", None)
        if value is not None:
            return _json(value)
    if schema is not None and not isinstance(schema, Reference):
        if getattr(schema, "example", None) is not None:
            return _json(schema.example)
        examples = getattr(schema, "examples", None)
        if isinstance(examples, list) and examples:
            return _json(examples[0])
    return None


def _json(value: Any) -> ir.JsonValue:
    """A JSON value as loaded (anything else, such as a date YAML read, is left out)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _json(item) for key, item in value.items()}
    return None


def description_of(node: SchemaNode) -> str | None:
    if isinstance(node, (Schema, Reference)):
        return node.description
    return None


def with_nullable(ref: ir.TypeRef) -> ir.TypeRef:
    return replace(ref, nullable=True)


def without_nullable(ref: ir.TypeRef) -> ir.TypeRef:
    return replace(ref, nullable=False) if ref.nullable else ref


def union_of(variants: list[ir.TypeRef]) -> ir.TypeRef:
    unique: list[ir.TypeRef] = []
    nullable = False
    for given in variants:
        if given.kind == "none":
            nullable = True
            continue
        nullable = nullable or given.nullable
        variant = without_nullable(given)
        if variant.kind == "union" and variant.discriminator is None:
            candidates = list(variant.args)
        else:
            candidates = [variant]
        for candidate in candidates:
            if candidate not in unique:
                unique.append(candidate)
    if any(v.kind == "scalar" and v.scalar == "any" for v in unique):
        return ANY
    if not unique:
        return ir.TypeRef(kind="none")
    result = unique[0] if len(unique) == 1 else ir.TypeRef(kind="union", args=tuple(unique))
    return with_nullable(result) if nullable else result
