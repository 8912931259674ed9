"""JSON Schemas -> named types (models, enums, aliases) and type references.

Every `components.schemas` entry becomes a named type, named first so that the spec's own
names win. Inline objects and enums become named types too, named after where they sit: an
object by its place alone when that name is free (`message` -> `Message`, the items of
`choices` -> `Choice`), else with its parent's (`ChatCompletionMessage`); an enum always with
its owner's (`Pet` + `status` -> `PetStatus`); a union arm by what tells it apart (its
discriminator value, title, the `$ref` it extends or a property of its own). A `$ref`
anywhere becomes a reference to the named type of its target, so recursive schemas are
references, never expanded.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any, Literal, TypeAlias

from openapi_pydantic.v3.v3_1 import Reference, Schema
from pydantic import ValidationError

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import resolve_pointer, split_pointer
from generator.parse.all_of import FlattenedTargets
from generator.parse.names import (
    SHADOWING,
    NameRegistry,
    class_name,
    pascal_case,
    safe_identifier,
    singular_class_name,
    snake_case,
    upper_snake,
)
from generator.parse.reserved import MODEL_MODULE_NAMES

SchemaNode: TypeAlias = Reference | Schema | bool
NamedType: TypeAlias = ir.Model | ir.Enum | ir.Alias

ANY = ir.TypeRef(kind="scalar", scalar="any")
_STRING_FORMATS: dict[str, ir.ScalarName] = {
    "date-time": "datetime",
    "date": "date",
    "time": "time",
    "uuid": "uuid",
    "binary": "file",
}
# Short names that say what a value is for, not what it is: an inline schema is never
# named by one of these alone (`data` items are `ListUsersResponseData`, not `Data`).
_TOO_GENERIC = frozenset(
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
_SCALAR_TYPES: dict[str, ir.ScalarName] = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
}


def field_identifier(wire_name: str) -> str:
    return safe_identifier(snake_case(wire_name), "field", SHADOWING)


@dataclass(frozen=True)
class _Property:
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


def _scalar_all_of_part(schema: Schema) -> tuple[int, Schema] | None:
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


def _only_constrains(schema: Schema) -> bool:
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


_SCHEMAS_SECTION = ["components", "schemas"]


class SchemaParser:
    def __init__(self, file: str, document: dict[str, Any], warnings: list[SpecWarning]) -> None:
        self.file = file
        self.document = document
        self.warnings = warnings
        self.class_names = NameRegistry(MODEL_MODULE_NAMES)
        self.named: dict[str, NamedType] = {}
        self.order: list[str] = []
        self._pointer_names: dict[str, str] = {}
        self._name_pointers: dict[str, str] = {}
        self._pointer_nullable: dict[str, bool] = {}
        self._component_keys: dict[str, str] = {}
        self._schemas: dict[str, Schema | Reference] = {}
        # where an inline schema sits: pointer -> (the parent's class name, the short name
        # its place gives it), e.g. (`ChatCompletion`, `Choice`) for the items of `choices`
        self._places: dict[str, tuple[str, str]] = {}
        self._defining: set[str] = set()
        self._flattened: FlattenedTargets[_Property] = FlattenedTargets()
        self._properties: dict[str, tuple[ir.TypeRef, bool, bool]] = {}

    @property
    def pointers(self) -> Mapping[str, str]:
        """Named type -> the pointer of the schema it was made from."""
        return self._name_pointers

    # -- entry points -------------------------------------------------------------------

    def register_components(self, schemas: dict[str, Reference | Schema]) -> None:
        """Name every component first (spec order), then define them."""
        pointers = []
        for key, node in schemas.items():
            pointer = join_pointer("/components/schemas", key)
            self._schemas[pointer] = node
            self._component_keys[pointer] = key
            self._claim(pointer, key)
            pointers.append(pointer)
        for pointer in pointers:
            self._define(pointer)

    def type_of(self, node: SchemaNode, pointer: str, hint: str) -> ir.TypeRef:
        if isinstance(node, bool):
            return ANY
        target = ref_target(node)
        if target is not None or not isinstance(node, Schema):
            return self._reference(target or "", pointer)
        recursive = self._recursive_reference(node, pointer)
        if recursive is not None:
            return recursive
        return self._inline(node, pointer, hint)

    def _recursive_reference(self, schema: Schema, pointer: str) -> ir.TypeRef | None:
        """`$recursiveRef` (JSON Schema 2019-09) and `$dynamicRef` (2020-12) point back to
        the schema they sit in, as extended: read as a `$ref` to the enclosing component.
        None when the schema has neither."""
        extra = schema.model_extra or {}
        keyword = next((key for key in ("$recursiveRef", "$dynamicRef") if key in extra), None)
        if keyword is None:
            return None
        tokens = split_pointer(pointer)
        if len(tokens) > len(_SCHEMAS_SECTION) and tokens[:2] == _SCHEMAS_SECTION:
            return self._reference("#" + join_pointer("/components/schemas", tokens[2]), pointer)
        self._warn(
            join_pointer(pointer, keyword),
            f"{keyword} {extra[keyword]!r} outside a component schema; typed as Any",
        )
        return ANY

    def _warn(self, pointer: str, message: str) -> None:
        warning = SpecWarning(pointer, message)
        if warning not in self.warnings:
            self.warnings.append(warning)

    # -- references and named types -----------------------------------------------------

    def _reference(self, ref: str, pointer: str) -> ir.TypeRef:
        if not ref.startswith("#"):
            raise SpecError(self.file, pointer, f"$ref {ref!r} was not resolved")
        target = ref[1:]
        if target not in self._pointer_names:
            node = self._schema_at(target, pointer)
            target_ref = ref_target(node)
            if target_ref is not None and target_ref != ref:
                # a ref to a ref: follow it (cycles of pure refs are an error)
                return self._follow_chain(ref, pointer)
            tokens = split_pointer(target)
            self._claim(target, tokens[-1] if tokens else "Schema")
            self._define(target)
        name = self._pointer_names[target]
        return ir.TypeRef(kind="named", name=name, nullable=self._pointer_nullable[target])

    def _follow_chain(self, ref: str, pointer: str) -> ir.TypeRef:
        seen = {ref}
        current = ref
        while True:
            if not current.startswith("#"):
                raise SpecError(self.file, pointer, f"$ref {current!r} was not resolved")
            node = self._schema_at(current[1:], pointer)
            following = ref_target(node)
            if following is None:
                return self._reference(current, pointer)
            if following in seen:
                raise SpecError(
                    self.file,
                    pointer,
                    f"$ref {ref!r} is a cycle of references with no schema in it",
                )
            seen.add(following)
            current = following

    def _schema_at(self, target: str, pointer: str) -> Schema | Reference:
        if target in self._schemas:
            return self._schemas[target]
        try:
            raw = resolve_pointer(self.document, target)
        except KeyError:
            raise SpecError(self.file, pointer, f"$ref '#{target}' points to nothing") from None
        try:
            node: Schema | Reference
            if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
                node = Reference.model_validate(raw)
            else:
                node = Schema.model_validate(raw)
        except ValidationError as error:
            raise SpecError(
                self.file, target, f"not a valid schema: {error.errors()[0]['msg']}"
            ) from None
        self._schemas[target] = node
        return node

    def _claim(self, pointer: str, key: str) -> str:
        wanted = class_name(key)
        name = self.class_names.claim(wanted)
        if wanted in MODEL_MODULE_NAMES:
            self.warnings.append(
                SpecWarning(pointer, f"schema {key!r} is {name}: the model modules import {wanted}")
            )
        self._pointer_names[pointer] = name
        self._name_pointers[name] = pointer
        node = self._schemas.get(pointer)
        self._pointer_nullable[pointer] = False
        if isinstance(node, Schema) and self._kind_of(node) in ("model", "enum"):
            self._pointer_nullable[pointer] = self.is_nullable(node)
        return name

    def _define(self, pointer: str) -> None:
        name = self._pointer_names[pointer]
        if name in self.named:
            return
        node = self._schemas[pointer]
        target = ref_target(node)
        if target is not None or not isinstance(node, Schema):
            # a component that only points elsewhere: an alias, unless the chain is a cycle
            self._add(
                ir.Alias(name=name, module="", type=self._follow_chain(target or "", pointer))
            )
            return
        if self._is_recursive_map(node, pointer):
            # `dict[str, Tree]` inside `Tree` cannot be a Python alias: a model whose entries
            # are its extra keys
            self._add(
                ir.Model(
                    name=name, module="", fields=(), description=node.description, extra_keys=True
                )
            )
            return
        kind = self._kind_of(node)
        if kind == "model":
            self._define_model(name, node, pointer)
        elif kind == "enum":
            enum = self._enum(name, node)
            if enum is None:
                self._add(
                    ir.Alias(
                        name=name,
                        module="",
                        type=self._enum_fallback(node),
                        description=node.description,
                    )
                )
        else:
            self._add(
                ir.Alias(
                    name=name,
                    module="",
                    type=self._inline(node, pointer, name, named=True),
                    description=node.description,
                )
            )

    def _is_recursive_map(self, schema: Schema, pointer: str) -> bool:
        """`Tree: {type: object, additionalProperties: {$ref: Tree}}` (or a list of them)."""
        if schema.properties or schema.allOf or schema.oneOf or schema.anyOf:
            return False
        if schema.enum is not None or set(schema_types(schema)) - {"object", "null"}:
            return False
        values = schema.additionalProperties
        if isinstance(values, Schema) and ref_target(values) is None and values.items is not None:
            values = values.items  # a map of lists of itself
        return isinstance(values, (Schema, Reference)) and ref_target(values) == "#" + pointer

    def _add(self, named: NamedType) -> None:
        if named.name not in self.named:
            self.order.append(named.name)
        self.named[named.name] = named

    def _kind_of(self, schema: Schema) -> str:
        if schema.enum is not None:
            return "enum"
        if (schema.oneOf or schema.anyOf) and not _only_constrains(schema):
            return "alias"
        if schema.allOf:
            own = bool(schema.properties)
            if not own and _scalar_all_of_part(schema) is not None:
                return "alias"
            return (
                "model"
                if own or len(schema.allOf) > 1 or self._all_of_needs_model(schema)
                else "alias"
            )
        types = schema_types(schema)
        if schema.properties and ("object" in types or not types):
            return "model"
        return "alias"

    def _all_of_needs_model(self, schema: Schema) -> bool:
        parts = schema.allOf or []
        return (
            len(parts) == 1 and not isinstance(parts[0], Reference) and ref_target(parts[0]) is None
        )

    # -- inline schemas -----------------------------------------------------------------

    def is_nullable(self, schema: Schema) -> bool:
        extra = schema.model_extra or {}
        if (
            "null" in schema_types(schema)
            or extra.get("nullable") is True
            or extra.get("x-nullable") is True
        ):
            return True
        if schema.enum is not None and None in schema.enum:
            return True
        for variants in (schema.oneOf, schema.anyOf):
            for variant in variants or []:
                if (
                    isinstance(variant, Schema)
                    and ref_target(variant) is None
                    and schema_types(variant) == ["null"]
                ):
                    return True
        return False

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
            return _with_nullable(result)
        return result

    def _inline_non_null(self, schema: Schema, pointer: str, hint: str, named: bool) -> ir.TypeRef:
        if schema.enum is not None:
            return self._named_inline(pointer, hint, schema, "enum", named)
        if "const" in schema.model_fields_set and isinstance(schema.const, (str, int, bool)):
            return ir.TypeRef(kind="literal", literal=schema.const)
        if schema.allOf:
            parts = schema.allOf
            if not schema.properties and len(parts) == 1 and ref_target(parts[0]) is not None:
                return _without_nullable(
                    self.type_of(parts[0], join_pointer(pointer, "allOf", 0), hint)
                )
            scalar = None if schema.properties else _scalar_all_of_part(schema)
            if scalar is not None:
                index, part = scalar
                return self.type_of(part, join_pointer(pointer, "allOf", index), hint)
            return self._named_inline(pointer, hint, schema, "model", named)
        if (schema.oneOf or schema.anyOf) and not _only_constrains(schema):
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
            return _union_of(variants)
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
            scalar = _STRING_FORMATS.get(schema.schema_format or "", "str")
            return ir.TypeRef(kind="scalar", scalar=scalar)
        if declared in _SCALAR_TYPES:
            return ir.TypeRef(kind="scalar", scalar=_SCALAR_TYPES[declared])
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
        return _union_of(values)

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
        numbered. The first place in the spec's order (components, then paths) wins."""
        if place is not None:
            parent, short = place
            for candidate in (short, parent + short):
                name = class_name(candidate)
                if name not in self.class_names and name not in _TOO_GENERIC:
                    return self.class_names.claim(name)
        return self.class_names.claim(class_name(hint))

    def _union(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        key = "oneOf" if schema.oneOf else "anyOf"
        pairs: list[tuple[SchemaNode, ir.TypeRef]] = []
        arms = [
            (index, node)
            for index, node in enumerate(schema.oneOf or schema.anyOf or [])
            if not (
                isinstance(node, Schema)
                and ref_target(node) is None
                and schema_types(node) == ["null"]
            )  # `| None`, see is_nullable
        ]
        words = self._arm_words(schema, pointer, arms)
        place = self._places.get(pointer)
        for index, node in arms:
            arm_pointer = join_pointer(pointer, key, index)
            arm_hint = hint
            if isinstance(node, Schema) and node.title and ref_target(node) is None:
                self._places.setdefault(arm_pointer, (hint, class_name(node.title)))
                arm_hint = hint + class_name(node.title)
            elif len(arms) > 1:
                word = words.get(index) or f"Option{index + 1}"
                if place is not None:
                    self._places.setdefault(arm_pointer, (place[0], place[1] + word))
                arm_hint = hint + word
            # `anyOf: [{...}, {type: null}]`: the one arm sits where the union does
            elif place is not None:
                self._places.setdefault(arm_pointer, place)
            elif class_name(hint) in self.class_names:  # the union's own name
                arm_hint = hint + words.get(index, "Value")
            variant = self.type_of(node, arm_pointer, arm_hint)
            pairs.append((node, _without_nullable(variant)))
        variants = self._distinct_at_run_time([variant for _, variant in pairs])
        if not variants:
            return ANY
        if len(variants) == 1:
            return variants[0]
        union = _union_of(variants)
        if schema.discriminator is None or union.kind != "union":
            return union
        discriminator = self._discriminator(schema, pairs, join_pointer(pointer, "discriminator"))
        if discriminator is None:
            return union
        return ir.TypeRef(kind="union", args=union.args, discriminator=discriminator)

    def _arm_words(
        self, schema: Schema, pointer: str, arms: Sequence[tuple[int, SchemaNode]]
    ) -> dict[int, str]:
        """What tells each inline arm of a union apart, as a word of its class name: its
        discriminator value (the declared property, or one every inline arm fixes to a
        single value, as Rust-built specs write `type: {enum: [explicit]}`), else the one
        `$ref` it extends, else its first required property (`{webhook: [...]}`), else its
        single enum value. `$ref` arms are named by their target already."""
        inline = {
            index: node
            for index, node in arms
            if isinstance(node, Schema) and ref_target(node) is None
        }
        key = "oneOf" if schema.oneOf else "anyOf"
        values: dict[int, dict[str, str]] = {
            index: self._fixed_values(node, join_pointer(pointer, key, index))
            for index, node in inline.items()
        }
        declared = schema.discriminator.propertyName if schema.discriminator else None
        shared = [
            wire
            for wire in ([declared] if declared else [])
            + [wire for fixed in values.values() for wire in fixed]
            if all(wire in fixed for fixed in values.values())
        ]
        tag = shared[0] if shared else None
        words: dict[int, str] = {}
        for index, node in inline.items():
            word = values[index].get(tag) if tag is not None else None
            if word is None:
                word = self._arm_source_word(node)
            if word:
                words[index] = pascal_case(word)
        # arms that would share a word: each by the `$ref` it extends or a property only it
        # has, where there is one
        shared_words = {word for word in words.values() if list(words.values()).count(word) > 1}
        for index, word in list(words.items()):
            if word not in shared_words:
                continue
            node = inline[index]
            others = {
                wire
                for other, other_node in inline.items()
                if other != index
                for wire in other_node.properties or {}
            }
            extended = self._extended_ref_word(node)
            alternatives = [extended] if extended else []
            alternatives += [wire for wire in _property_order(node) if wire not in others]
            taken = {other_word for other, other_word in words.items() if other != index}
            for alternative in alternatives:
                if pascal_case(alternative) not in taken:
                    words[index] = pascal_case(alternative)
                    break
        return words

    def _fixed_values(self, schema: Schema, pointer: str) -> dict[str, str]:
        """Properties of an object schema that allow one string value only (`const`, or an
        `enum` of one), by wire name, in the schema's order."""
        properties: dict[str, _Property] = {}
        self._collect(schema, pointer, "", properties, set(), set())
        fixed: dict[str, str] = {}
        for wire, prop in properties.items():
            value = self._single_value(prop.node, prop.pointer)
            if value is not None:
                fixed[wire] = value
        return fixed

    def _single_value(self, node: SchemaNode | None, pointer: str) -> str | None:
        """The one string a schema allows (`const`, `enum: [x]`), through a few `$ref`s."""
        for _ in range(8):  # follow a short chain of refs to an enum
            target = ref_target(node) if node is not None and not isinstance(node, bool) else None
            if target is None or not target.startswith("#"):
                break
            node = self._schemas.get(target[1:]) or self._schema_at(target[1:], pointer)
        if not isinstance(node, Schema):
            return None
        if "const" in node.model_fields_set and isinstance(node.const, str):
            return node.const
        if node.enum is not None and len(node.enum) == 1 and isinstance(node.enum[0], str):
            return node.enum[0]
        return None

    def _extended_ref_word(self, arm: Schema) -> str | None:
        """The name of the one `$ref` an `allOf` arm extends."""
        refs = [ref_target(part) for part in arm.allOf or []]
        named = [ref for ref in refs if ref is not None]
        if len(named) == 1 and named[0].startswith("#"):
            known = self._pointer_names.get(named[0][1:])
            tokens = split_pointer(named[0][1:])
            return known or (tokens[-1] if tokens else None)
        return None

    def _arm_source_word(self, arm: Schema) -> str | None:
        extended = self._extended_ref_word(arm)
        if extended:
            return extended
        properties = _property_order(arm)
        if properties:
            return properties[0]
        if arm.enum is not None:
            single = len(arm.enum) == 1 and isinstance(arm.enum[0], (str, int))
            return str(arm.enum[0]) if single else "Enum"
        if arm.items is not None:
            return "Items"  # so that one item is `<Union>Item`
        return None

    def _distinct_at_run_time(self, variants: list[ir.TypeRef]) -> list[ir.TypeRef]:
        """Variants without the aliases of a scalar an earlier variant already is: Oxide's
        `IpNet` is `Ipv4Net | Ipv6Net`, both `str`, which Python folds into `str`; a stub
        that says union would not match the module (stubtest)."""
        kept: list[ir.TypeRef] = []
        seen: set[ir.TypeRef] = set()
        for variant in variants:
            scalar = self._scalar_behind(variant)
            if scalar is not None and scalar in seen:
                continue
            if scalar is not None:
                seen.add(scalar)
            kept.append(variant)
        return kept

    def _scalar_behind(self, variant: ir.TypeRef) -> ir.TypeRef | None:
        """The plain scalar a variant is at run time (itself, or a component that is only a
        scalar), else None."""
        if variant.kind == "scalar":
            return variant
        if variant.kind != "named" or variant.nullable:
            return None
        schema = self._schemas.get(self._name_pointers.get(variant.name or "", ""))
        if not isinstance(schema, Schema) or self._kind_of(schema) != "alias":
            return None
        if schema.enum is not None or schema.oneOf or schema.anyOf or schema.allOf:
            return None
        types = [t for t in schema_types(schema) if t != "null"]
        if len(types) != 1 or types[0] not in _SCALAR_TYPES:
            return None
        if self.is_nullable(schema) or "const" in schema.model_fields_set:
            return None
        return self._typed(schema, types[0], "", "", named=False)

    def _discriminator(
        self, schema: Schema, pairs: list[tuple[SchemaNode, ir.TypeRef]], pointer: str
    ) -> ir.Discriminator | None:
        """Wire value -> variant class: the mapping, then each variant's schema name, then
        the single enum/const value its discriminator property declares."""
        assert schema.discriminator is not None
        wire = schema.discriminator.propertyName
        mapped_pointers: dict[str, list[str]] = {}
        for value, ref in (schema.discriminator.mapping or {}).items():
            target = ref[1:] if ref.startswith("#") else join_pointer("/components/schemas", ref)
            mapped_pointers.setdefault(target, []).append(value)
        mapping: list[tuple[str, str]] = []
        for node, variant in pairs:
            variant_pointer = self._variant_model_pointer(node, variant)
            if variant_pointer is None or variant.name is None:
                self.warnings.append(
                    SpecWarning(
                        pointer, "discriminator ignored: every variant must be an object schema"
                    )
                )
                return None
            values = list(mapped_pointers.get(variant_pointer, []))
            if not values and variant_pointer in self._component_keys:
                values.append(self._component_keys[variant_pointer])
            declared = self._declared_tag(variant_pointer, wire)
            if declared is not None and declared not in values:
                values.append(declared)
            if not values:
                self.warnings.append(
                    SpecWarning(
                        pointer, f"discriminator ignored: no {wire!r} value for {variant.name}"
                    )
                )
                return None
            mapping.extend((value, variant.name) for value in values)
        unique = list(dict.fromkeys(mapping))
        return ir.Discriminator(
            wire_name=wire, field_name=field_identifier(wire), mapping=tuple(unique)
        )

    def _variant_model_pointer(self, node: SchemaNode, variant: ir.TypeRef) -> str | None:
        """Where the object schema of a union variant sits, or None when it is not an object."""
        if variant.kind != "named" or variant.nullable:
            return None
        target = ref_target(node)
        variant_pointer = target[1:] if target is not None else None
        if variant_pointer is None:
            variant_pointer = self._name_pointers.get(variant.name or "")
        if variant_pointer is None or self._pointer_names.get(variant_pointer) != variant.name:
            return None
        schema = self._schemas.get(variant_pointer)
        if not isinstance(schema, Schema) or self._kind_of(schema) != "model":
            return None
        return variant_pointer

    def _declared_tag(self, pointer: str, wire: str) -> str | None:
        """The one value a variant allows for its discriminator property (`enum: [cat]`)."""
        schema = self._schemas[pointer]
        if not isinstance(schema, Schema):
            return None
        properties: dict[str, _Property] = {}
        self._collect(schema, pointer, self._pointer_names[pointer], properties, set(), set())
        prop = properties.get(wire)
        return self._single_value(prop.node if prop is not None else None, pointer)

    # -- models -------------------------------------------------------------------------

    def _define_model(self, name: str, schema: Schema, pointer: str) -> None:
        # Registered before its fields, so a field that refers back to this model finds it.
        self._add(ir.Model(name=name, module="", fields=(), description=schema.description))
        properties: dict[str, _Property] = {}
        required: set[str] = set()
        self._collect(schema, pointer, name, properties, required, set())
        names = NameRegistry()
        fields = []
        for prop in properties.values():
            field_type, read_only, write_only = self._property_facts(prop)
            is_required = prop.wire_name in required
            fields.append(
                ir.Field(
                    name=names.claim(field_identifier(prop.wire_name)),
                    wire_name=prop.wire_name,
                    type=field_type,
                    required=is_required,
                    # a required read/write-only field may become optional: see relax_access
                    default=None
                    if is_required and not (read_only or write_only)
                    else self._default(field_type, prop.pointer),
                    description=_description(prop.node),
                    read_only=read_only,
                    write_only=write_only,
                )
            )
        self._add(
            ir.Model(
                name=name,
                module="",
                fields=tuple(fields),
                description=schema.description,
                extra_keys=self._allows_extra_keys(schema, set()),
            )
        )

    def _property_facts(self, prop: _Property) -> tuple[ir.TypeRef, bool, bool]:
        """A property's type, readOnly and writeOnly, found once: every model that `allOf`s
        its schema has it (see all_of.py)."""
        facts = self._properties.get(prop.pointer)
        if facts is None:
            self._places.setdefault(prop.pointer, (prop.owner, pascal_case(prop.wire_name)))
            hint = prop.owner + pascal_case(prop.wire_name)
            facts = (self.type_of(prop.node, prop.pointer, hint), *self._access(prop))
            self._properties[prop.pointer] = facts
        return facts

    def _allows_extra_keys(self, schema: Schema, seen: set[str]) -> bool:
        """Whether a model's schema, or one it `allOf`s, declares `additionalProperties`
        other than `false` (absent says nothing: most specs leave it out)."""
        if schema.additionalProperties not in (None, False):
            return True
        for declared in schema.allOf or []:
            part = declared
            target = ref_target(declared)
            if target is not None and target.startswith("#") and target not in seen:
                seen.add(target)
                part = self._schemas.get(target[1:]) or self._schema_at(target[1:], target[1:])
            if isinstance(part, Schema) and self._allows_extra_keys(part, seen):
                return True
        return False

    def _access(self, prop: _Property) -> tuple[bool, bool]:
        """(readOnly, writeOnly) of a property: on it, beside its `$ref`, or on the target."""
        read_only = write_only = False
        node: SchemaNode | None = prop.node
        try:
            raw = resolve_pointer(self.document, prop.pointer)
        except KeyError:
            raw = None
        if isinstance(raw, dict):
            read_only = raw.get("readOnly") is True
            write_only = raw.get("writeOnly") is True
        target = ref_target(prop.node) if not isinstance(prop.node, bool) else None
        if target is not None and target.startswith("#"):
            try:
                node = self._schema_at(target[1:], prop.pointer)
            except SpecError:
                node = None
        if isinstance(node, Schema):
            read_only = read_only or node.readOnly is True
            write_only = write_only or node.writeOnly is True
        return read_only, write_only

    def relax_access(self, request_roots: set[str], response_roots: set[str]) -> None:
        """Required `readOnly` fields are optional in models that requests use, required
        `writeOnly` fields in models that responses use: one class serves both directions."""
        requests = self._reachable(request_roots)
        responses = self._reachable(response_roots)
        for name in self.order:
            named = self.named[name]
            if not isinstance(named, ir.Model):
                continue
            fields = tuple(
                replace(field, required=False)
                if field.required
                and (
                    (field.read_only and name in requests)
                    or (field.write_only and name in responses)
                )
                else field
                for field in named.fields
            )
            if fields != named.fields:
                self.named[name] = replace(named, fields=fields)

    def _reachable(self, roots: set[str]) -> set[str]:
        seen: set[str] = set()
        pending = sorted(roots)
        while pending:
            name = pending.pop()
            if name in seen or name not in self.named:
                continue
            seen.add(name)
            named = self.named[name]
            if isinstance(named, ir.Model):
                refs = [field.type for field in named.fields]
            elif isinstance(named, ir.Alias):
                refs = [named.type]
            else:
                refs = []
            for ref in refs:
                pending.extend(_names_in(ref))
        return seen

    def _collect(
        self,
        schema: Schema,
        pointer: str,
        owner: str,
        properties: dict[str, _Property],
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
            properties[wire] = _Property(
                wire, node, join_pointer(pointer, "properties", wire), owner
            )
        required.update(schema.required or [])

    def _default(self, field_type: ir.TypeRef, pointer: str) -> ir.Default | None:
        # Read from the document: 3.1 allows `default` beside a `$ref`, which the typed
        # Reference object does not keep.
        try:
            raw = resolve_pointer(self.document, pointer)
        except KeyError:
            return None
        if not isinstance(raw, dict) or "default" not in raw:
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

    def _named_type(self, ref: ir.TypeRef) -> NamedType | None:
        """The named type `ref` refers to, defined now if it is an enum or alias not defined
        yet (a component referred to before its turn in the spec's order)."""
        if ref.kind != "named" or ref.name is None:
            return None
        if ref.name not in self.named:
            pointer = self._name_pointers.get(ref.name)
            schema = self._schemas.get(pointer) if pointer is not None else None
            if (
                pointer is not None
                and pointer not in self._defining
                and isinstance(schema, Schema)
                and ref_target(schema) is None
                and self._kind_of(schema) in ("enum", "alias")
            ):
                self._defining.add(pointer)  # an alias whose own parts name it again
                try:
                    self._define(pointer)
                finally:
                    self._defining.discard(pointer)
        return self.named.get(ref.name)

    # -- enums --------------------------------------------------------------------------

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
            members=tuple(ir.EnumMember(members.claim(_member_name(v)), v) for v in values),
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
        if types and all(t in _SCALAR_TYPES for t in types):
            return _union_of([ir.TypeRef(kind="scalar", scalar=_SCALAR_TYPES[t]) for t in types])
        return ANY


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


def _names_in(ref: ir.TypeRef) -> list[str]:
    found = [ref.name] if ref.kind == "named" and ref.name else []
    for arg in ref.args:
        found.extend(_names_in(arg))
    return found


def _property_order(schema: Schema) -> list[str]:
    """Property names, the required ones first."""
    properties = list(schema.properties or {})
    required = [wire for wire in schema.required or [] if wire in properties]
    return required + [wire for wire in properties if wire not in required]


def _hashable(value: Any) -> bool:
    return not isinstance(value, (dict, list))


def _member_name(value: str | int) -> str:
    if isinstance(value, int):
        return f"VALUE_{value}" if value >= 0 else f"VALUE_MINUS_{-value}"
    if not value.strip():
        return "EMPTY"
    name = upper_snake(value)
    return safe_identifier(name, "VALUE")


def _description(node: SchemaNode) -> str | None:
    if isinstance(node, (Schema, Reference)):
        return node.description
    return None


def _with_nullable(ref: ir.TypeRef) -> ir.TypeRef:
    return replace(ref, nullable=True)


def _without_nullable(ref: ir.TypeRef) -> ir.TypeRef:
    return replace(ref, nullable=False) if ref.nullable else ref


def _union_of(variants: list[ir.TypeRef]) -> ir.TypeRef:
    unique: list[ir.TypeRef] = []
    nullable = False
    for given in variants:
        if given.kind == "none":
            nullable = True
            continue
        nullable = nullable or given.nullable
        variant = _without_nullable(given)
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
    return _with_nullable(result) if nullable else result


def union_of(variants: list[ir.TypeRef]) -> ir.TypeRef:
    return _union_of(variants)


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
