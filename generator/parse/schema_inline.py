"""Schemas written in place: scalars, lists, maps, and the objects and enums that get a class
of their own, named after where they sit."""

from __future__ import annotations

from openapi_pydantic.v3.v3_1 import Reference, Schema

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.parse.names import (
    class_name,
    class_name_forms,
    singular_class_name,
)
from generator.parse.schema_core import SchemaCore
from generator.parse.schema_shapes import (
    ANY,
    SCALAR_TYPES,
    STRING_FORMATS,
    TOO_GENERIC,
    only_constrains,
    ref_target,
    scalar_all_of_part,
    schema_types,
    union_of,
    with_nullable,
    without_nullable,
)


class InlineSchemas(SchemaCore):
    """The type of a schema written where it is used."""

    def _inline(self, schema: Schema, pointer: str, hint: str, named: bool = False) -> ir.TypeRef:
        """The type of a schema written in place; objects and enums get a class of their own."""
        negated = schema.schema_not
        if isinstance(negated, (Schema, Reference)) and negated.model_fields_set:
            # `not: {}` is a `false` schema (see load.normalize): nothing to say about it
            warning = SpecWarning(
                join_pointer(pointer, "not"), "'not' ignored: the type is not narrowed"
            )
            if warning not in self.warnings:
                self.warnings.append(warning)
        nullable = self.is_nullable(schema)
        result = self._inline_non_null(schema, pointer, hint, named)
        if (
            nullable
            and result.kind not in ("none",)
            and not (result.kind == "scalar" and result.scalar == "any")
        ):
            return with_nullable(result)
        return result

    def _inline_non_null(self, schema: Schema, pointer: str, hint: str, named: bool) -> ir.TypeRef:
        if schema.enum is not None:
            return self._named_inline(pointer, hint, schema, "enum", named)
        if "const" in schema.model_fields_set and isinstance(schema.const, (str, int, bool)):
            return ir.TypeRef(kind="literal", literal=schema.const)
        if schema.allOf:
            parts = schema.allOf
            if not schema.properties and len(parts) == 1 and ref_target(parts[0]) is not None:
                return without_nullable(
                    self.type_of(parts[0], join_pointer(pointer, "allOf", 0), hint)
                )
            scalar = None if schema.properties else scalar_all_of_part(schema)
            if scalar is not None:
                index, part = scalar
                return self.type_of(part, join_pointer(pointer, "allOf", index), hint)
            return self._named_inline(pointer, hint, schema, "model", named)
        if (schema.oneOf or schema.anyOf) and not only_constrains(schema):
            union = self._union(schema, pointer, hint)
            if union == ANY and schema.properties:
                self._warn(
                    pointer,
                    "an object with properties and a oneOf/anyOf of other types; typed as Any",
                )
            return union
        types = [t for t in schema_types(schema) if t != "null"]
        if len(types) > 1:
            variants = [self._typed(schema, t, pointer, hint, named) for t in types]
            return union_of(variants)
        declared = types[0] if types else None
        if declared is None and schema_types(schema) == ["null"]:
            return ir.TypeRef(kind="none")
        return self._typed(schema, declared, pointer, hint, named)

    def _typed(
        self, schema: Schema, declared: str | None, pointer: str, hint: str, named: bool
    ) -> ir.TypeRef:
        if declared == "object" or (
            declared is None
            and (
                schema.properties
                or schema.patternProperties
                or schema.additionalProperties not in (None, False)
            )
        ):
            if schema.properties:
                return self._named_inline(pointer, hint, schema, "model", named)
            return ir.TypeRef(kind="dict", args=(self._map_values(schema, pointer, hint),))
        if declared == "array" or (declared is None and schema.items is not None):
            if schema.items is None:
                return ir.TypeRef(kind="list", args=(ANY,))
            items_pointer = join_pointer(pointer, "items")
            singular = singular_class_name(hint)  # `...OptFields` -> `...OptField`
            taken = singular == class_name(hint) or singular in self.class_names
            item_hint = hint + "Item" if taken else singular
            place = self._places.get(pointer)
            if place is not None:
                parent, short = place
                item_short = singular_class_name(short)
                self._places.setdefault(items_pointer, (parent, item_short))
                item_hint = parent + item_short
            item = self.type_of(schema.items, items_pointer, item_hint)
            return ir.TypeRef(kind="list", args=(item,))
        if declared == "string":
            scalar = STRING_FORMATS.get(schema.schema_format or "", "str")
            return ir.TypeRef(kind="scalar", scalar=scalar)
        if declared in SCALAR_TYPES:
            return ir.TypeRef(kind="scalar", scalar=SCALAR_TYPES[declared])
        if declared is None:
            return ANY
        raise SpecError(
            self.file,
            join_pointer(pointer, "type"),
            f"unknown schema type {declared!r}; expected one of string, integer, number, boolean, array, object, null",
        )

    def _map_values(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        """The value type of a map: `additionalProperties` and `patternProperties` together
        (keys matching no pattern are taken to be meant as matching one, unless
        `additionalProperties: true` says otherwise)."""
        extra = schema.additionalProperties
        values = []
        patterns = schema.patternProperties or {}
        for index, (pattern, node) in enumerate(patterns.items()):
            variant = hint + "Value" + (str(index + 1) if len(patterns) > 1 else "")
            values.append(
                self.type_of(node, join_pointer(pointer, "patternProperties", pattern), variant)
            )
        if isinstance(extra, (Schema, Reference)):
            values.append(
                self.type_of(extra, join_pointer(pointer, "additionalProperties"), hint + "Value")
            )
        elif extra is True or not values:
            return ANY
        return union_of(values)

    def _named_inline(
        self, pointer: str, hint: str, schema: Schema, kind: str, named: bool
    ) -> ir.TypeRef:
        """An object or enum in place: a class of its own, defined once per pointer."""
        if named or pointer in self._pointer_names:
            name = self._pointer_names[pointer]
        else:
            self._schemas[pointer] = schema
            # an enum's values mean something only with their owner: `HolderStatus`
            place = self._places.get(pointer) if kind == "model" else None
            name = self._inline_name(place, hint)
            self._pointer_names[pointer] = name
            self._name_pointers[name] = pointer
            self._pointer_nullable[pointer] = False
        if kind == "model":
            if name not in self.named:
                self._define_model(name, schema, pointer)
            return ir.TypeRef(kind="named", name=name)
        if name not in self.named:
            enum = self._enum(name, schema)
            if enum is None:
                return self._enum_fallback(schema)
        return ir.TypeRef(kind="named", name=name)

    def _inline_name(self, place: tuple[str, str] | None, hint: str) -> str:
        """The class name of an inline object: the short name its place gives it
        (`Choice` for the items of `choices`) unless that is taken or says nothing on its
        own (`Data`), then with its parent's name (`ChatCompletionChoice`), then `hint`
        numbered. A name too long to keep whole leaves out middle words, then keeps one of
        them to tell it from a name already taken (see names.fitted_forms): never a hash. The first place in the spec's order (components, then paths) wins."""
        if place is not None:
            parent, short = place
            for name in [class_name(short), *class_name_forms(parent + short)]:
                if name not in self.class_names and name not in TOO_GENERIC:
                    return self.class_names.claim(name)
        return self.class_names.claim_first(class_name_forms(hint))
