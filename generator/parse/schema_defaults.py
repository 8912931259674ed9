"""`default` values checked against the field's type: enum members, parsed dates and UUIDs,
JSON written as text; anything else is dropped with a warning."""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from typing import Any, Literal

from generator import ir
from generator.errors import SpecWarning, join_pointer
from generator.parse.schema_core import SchemaCore


class Defaults(SchemaCore):
    """A field's `default`, as the generated code can spell it."""

    def _default(self, field_type: ir.TypeRef, pointer: str) -> ir.Default | None:
        # Read from the document: 3.1 allows `default` beside a `$ref`, which the typed
        # Reference object does not keep.
        raw = self.view.mapping_at(pointer)
        if "default" not in raw:
            return None
        value = raw["default"]
        where = join_pointer(pointer, "default")
        found = self._default_value(value, field_type)
        if found is not None:
            return found
        # a default written as JSON text in a string ("1024", "false", "null"): the intent
        # is clear, so it is used, with a warning
        if isinstance(value, str):
            try:
                parsed = json.loads(value)
            except ValueError:
                parsed = _NOTHING
            if parsed is not _NOTHING and not isinstance(parsed, str):
                found = self._default_value(parsed, field_type)
                if found is not None or parsed is None:
                    self.warnings.append(
                        SpecWarning(
                            where, f"default {value!r} is a string; read as {_json(parsed)}"
                        )
                    )
                    return found
        # a number where a string enum is expected (`default: 6`, `enum: ["6", "12"]`)
        named = self._named_type(field_type)
        if isinstance(named, ir.Enum) and isinstance(value, (int, float, bool)):
            text = _json(value)
            for member in named.members:
                if member.value == text:
                    self.warnings.append(
                        SpecWarning(where, f"default {text} is not a string; read as {text!r}")
                    )
                    return ir.Default(value=text, enum_name=named.name, enum_member=member.name)
        if field_type.kind == "named":
            message = "default ignored: it is not a plain value of this type"
        else:
            message = f"default {value!r} ignored: it does not match the schema type"
        self.warnings.append(SpecWarning(where, message))
        return None

    def _default_value(self, value: Any, field_type: ir.TypeRef) -> ir.Default | None:
        if value is None:
            return ir.Default(value=None) if field_type.nullable else None
        return self._default_of_type(value, field_type, frozenset())

    def _default_of_type(
        self, value: Any, ref: ir.TypeRef, seen: frozenset[str]
    ) -> ir.Default | None:
        """`value` as a default of `ref`: an enum member, a date/time/UUID parsed from its
        text, or the plain value; through aliases and any arm of a union (a default is
        valid when one arm takes it). None when it fits nothing."""
        if ref.kind == "named":
            named = self._named_type(ref)
            if isinstance(named, ir.Enum):
                for member in named.members:
                    if member.value == value and type(member.value) is type(value):
                        return ir.Default(
                            value=value, enum_name=named.name, enum_member=member.name
                        )
            elif isinstance(named, ir.Alias) and named.name not in seen:
                return self._default_of_type(value, named.type, seen | {named.name})
            return None
        if ref.kind == "union":
            for arm in ref.args:
                found = self._default_of_type(value, arm, seen)
                if found is not None:
                    return found
            return None
        parsed = _PARSED_SCALARS.get(ref.scalar or "") if ref.kind == "scalar" else None
        if parsed is not None:
            if isinstance(value, str) and _parses_as(value, parsed):
                return ir.Default(value=value, parse_as=parsed)
            return None
        return ir.Default(value=value) if self._fits(value, ref, seen) else None

    def _fits(self, value: Any, ref: ir.TypeRef, seen: frozenset[str]) -> bool:
        """Whether a plain JSON value is a value of `ref` as written (no enum members, no
        parsing): aliases and union arms followed."""
        if ref.kind == "named":
            named = self._named_type(ref)
            if isinstance(named, ir.Alias) and named.name not in seen:
                return self._fits(value, named.type, seen | {named.name})
            return False
        if ref.kind == "union":
            return any(self._fits(value, arm, seen) for arm in ref.args)
        if ref.kind == "list":
            return isinstance(value, list) and all(
                self._fits(item, ref.args[0], seen) for item in value
            )
        if ref.kind == "dict":
            return isinstance(value, dict) and all(
                self._fits(item, ref.args[0], seen) for item in value.values()
            )
        if value is None:
            return ref.nullable
        return _fits(value, ref)


_NOTHING = object()


# scalars whose default is written as text and built from it in the generated code
_PARSED_SCALARS: dict[str, Literal["date", "datetime", "uuid"]] = {
    "date": "date",
    "datetime": "datetime",
    "uuid": "uuid",
}


def _parses_as(text: str, scalar: str) -> bool:
    try:
        if scalar == "date":
            dt.date.fromisoformat(text)
        elif scalar == "datetime":
            dt.datetime.fromisoformat(text)
        else:
            uuid.UUID(text)
    except ValueError:
        return False
    return True


def _json(value: Any) -> str:
    return json.dumps(value)


def _fits(value: Any, ref: ir.TypeRef) -> bool:
    if ref.kind == "scalar":
        scalar = ref.scalar
        if scalar == "any":
            return _is_finite_json(value)
        if scalar == "str":
            return isinstance(value, str)
        if scalar == "int":
            return isinstance(value, int) and not isinstance(value, bool)
        if scalar == "float":
            return (
                isinstance(value, (int, float))
                and not isinstance(value, bool)
                and math.isfinite(value)
            )
        if scalar == "bool":
            return isinstance(value, bool)
        return False
    if ref.kind == "list":
        return isinstance(value, list) and all(_fits(item, ref.args[0]) for item in value)
    if ref.kind == "dict":
        return isinstance(value, dict) and all(_fits(item, ref.args[0]) for item in value.values())
    if ref.kind == "literal":
        return bool(value == ref.literal)
    return False


def _is_finite_json(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, list):
        return all(_is_finite_json(item) for item in value)
    if isinstance(value, dict):
        return all(_is_finite_json(item) for item in value.values())
    return value is None or isinstance(value, (str, int, bool))
