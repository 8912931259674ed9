"""`enum` schemas -> ir.Enum, or the plain type when their values are not all str or all int."""

from __future__ import annotations

from typing import Any

from openapi_pydantic.v3.v3_1 import Schema

from generator import ir
from generator.parse.names import (
    NameRegistry,
    safe_identifier,
    upper_snake,
)
from generator.parse.schema_core import SchemaCore
from generator.parse.schema_shapes import (
    ANY,
    SCALAR_TYPES,
    schema_types,
    union_of,
)


class Enums(SchemaCore):
    """Enum schemas as named enums."""

    def _enum(self, name: str, schema: Schema) -> ir.Enum | None:
        values: list[Any] = []
        seen: set[Any] = set()  # (a list's `in` made thousands of values quadratic)
        for value in schema.enum or []:
            if value is None or (value in seen if _hashable(value) else value in values):
                continue
            if _hashable(value):
                seen.add(value)
            values.append(value)
        if values and all(isinstance(v, str) for v in values):
            value_type = "str"
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            value_type = "int"
        else:
            return None
        members = NameRegistry()
        enum = ir.Enum(
            name=name,
            module="",
            value_type=value_type,  # type: ignore[arg-type]
            members=tuple(ir.EnumMember(members.claim(member_name(v)), v) for v in values),
            description=schema.description,
        )
        self._add(enum)
        return enum

    def _enum_fallback(self, schema: Schema) -> ir.TypeRef:
        """Enums of bools, floats or mixed values: the plain type, values not enforced
        (so that values added later still parse). Without a declared type, the types of
        the values."""
        types = [t for t in schema_types(schema) if t != "null"]
        if not types:
            types = list(dict.fromkeys(_json_type(value) for value in schema.enum or []))
            if "integer" in types and "number" in types:
                types.remove("integer")
            types = [t for t in types if t != "null"]
        if types and all(t in SCALAR_TYPES for t in types):
            return union_of([ir.TypeRef(kind="scalar", scalar=SCALAR_TYPES[t]) for t in types])
        return ANY


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "object" if isinstance(value, dict) else "array"


def _hashable(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def member_name(value: str | int) -> str:
    if isinstance(value, int):
        return f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
    if not value.strip():
        return "EMPTY"
    name = upper_snake(value)
    return safe_identifier(name, "VALUE")
