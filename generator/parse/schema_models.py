"""Object schemas -> models: their properties through `allOf`, their fields, extra keys."""

from __future__ import annotations

from functools import partial

from openapi_pydantic.v3.v3_1 import Schema

from generator import ir
from generator.errors import join_pointer
from generator.parse.names import (
    NameRegistry,
    pascal_case,
)
from generator.parse.schema_core import SchemaCore
from generator.parse.schema_shapes import (
    Property,
    description_of,
    example_of,
    field_identifier,
    ref_target,
)


class Models(SchemaCore):
    """Object schemas as models, their properties gathered through `allOf`."""

    def _define_model(self, name: str, schema: Schema, pointer: str) -> None:
        # Registered before its fields, so a field that refers back to this model finds it.
        self._add(ir.Model(name=name, module="", fields=(), description=schema.description))
        properties: dict[str, Property] = {}
        required: set[str] = set()
        self._collect(schema, pointer, name, properties, required, set())
        parent = self._parent(schema, pointer)
        if parent is not None and parent != name:
            self.parents[name] = parent
        names = NameRegistry()
        fields = []
        for prop in properties.values():
            identifier = self._identifiers.get(prop.wire_name)
            if identifier is None:
                identifier = self._identifiers[prop.wire_name] = field_identifier(prop.wire_name)
            key = (prop.pointer, prop.wire_name in required, names.claim(identifier))
            field = self._fields.get(key)
            if field is None:
                field = self._fields[key] = self._field(prop, *key)
            fields.append(field)
        self._add(
            ir.Model(
                name=name,
                module="",
                fields=tuple(fields),
                description=schema.description,
                extra_keys=self._model_allows_extra_keys(schema, pointer),
                example=example_of(None, schema),
            )
        )

    def _field(self, prop: Property, pointer: str, is_required: bool, name: str) -> ir.Field:
        field_type, read_only, write_only = self._property_facts(prop)
        return ir.Field(
            name=name,
            wire_name=prop.wire_name,
            type=field_type,
            required=is_required,
            # a required read/write-only field may become optional: see SchemaParser.relaxed
            default=None
            if is_required and not (read_only or write_only)
            else self._default(field_type, pointer),
            description=description_of(prop.node),
            read_only=read_only,
            write_only=write_only,
            example=example_of(None, prop.node),
        )

    def _parent(self, schema: Schema, pointer: str) -> str | None:
        """The named schema `schema` extends: its `allOf` has one `$ref` part, and the
        others are plain inline objects (no composition of their own)."""
        refs = [(i, target) for i, p in enumerate(schema.allOf or []) if (target := ref_target(p))]
        if len(refs) != 1 or schema.anyOf or schema.oneOf:
            return None
        for part in schema.allOf or []:
            if ref_target(part) is None and (
                not isinstance(part, Schema) or part.allOf or part.anyOf or part.oneOf
            ):
                return None
        index, target = refs[0]
        ref = self._reference(target, join_pointer(pointer, "allOf", index))
        return None if ref.nullable else ref.name

    def _property_facts(self, prop: Property) -> tuple[ir.TypeRef, bool, bool]:
        """A property's type, readOnly and writeOnly, found once: every model that `allOf`s
        its schema has it (see all_of.py)."""
        facts = self._properties.get(prop.pointer)
        if facts is None:
            self._places.setdefault(prop.pointer, (prop.owner, pascal_case(prop.wire_name)))
            hint = prop.owner + pascal_case(prop.wire_name)
            facts = (self.type_of(prop.node, prop.pointer, hint), *self._access(prop))
            self._properties[prop.pointer] = facts
        return facts

    def _model_allows_extra_keys(self, schema: Schema, pointer: str) -> bool:
        allows = self._allows_extra_keys(schema, set())
        self._extra_keys[f"#{pointer}"] = allows  # the whole answer: what a walk reaching it finds
        return allows

    def _allows_extra_keys(self, schema: Schema, seen: set[str]) -> bool:
        """Whether a model's schema, or one it `allOf`s, declares `additionalProperties`
        other than `false` (absent says nothing: most specs leave it out)."""
        if schema.additionalProperties not in (None, False):
            return True
        for declared in schema.allOf or []:
            part = declared
            target = ref_target(declared)
            if target is not None and target in self._extra_keys:
                if self._extra_keys[target]:
                    return True
                continue
            if target is not None and target.startswith("#") and target not in seen:
                seen.add(target)
                part = self._schemas.get(target[1:]) or self._schema_at(target[1:], target[1:])
            if isinstance(part, Schema) and self._allows_extra_keys(part, seen):
                return True
        return False

    def _collect(
        self,
        schema: Schema,
        pointer: str,
        owner: str,
        properties: dict[str, Property],
        required: set[str],
        seen: set[str],
    ) -> None:
        """Properties of a schema and of everything it `allOf`s; later ones override."""
        for index, part in enumerate(schema.allOf or []):
            part_pointer = join_pointer(pointer, "allOf", index)
            target = ref_target(part)
            if target is not None:
                if target in seen:
                    continue
                seen.add(target)
                resolved_name = self._reference(target, part_pointer).name or owner
                node = self._schema_at(target[1:], part_pointer)
                if isinstance(node, Schema):
                    walk = partial(self._collect, node, target[1:], resolved_name)
                    self._flattened.lay_over(target, properties, required, seen, walk)
            elif isinstance(part, Schema):
                self._collect(part, part_pointer, owner, properties, required, seen)
        for wire, node in (schema.properties or {}).items():
            properties.pop(wire, None)
            properties[wire] = Property(
                wire, node, join_pointer(pointer, "properties", wire), owner
            )
        required.update(schema.required or [])
