"""`oneOf`/`anyOf`: the arms (each named by what tells it apart), the variants Python can tell
apart at run time, the discriminator."""

from __future__ import annotations

from collections.abc import Sequence

from openapi_pydantic.v3.v3_1 import Schema

from generator import ir
from generator.errors import SpecWarning, join_pointer
from generator.load import split_pointer
from generator.parse.names import (
    class_name,
    pascal_case,
    words_of,
)
from generator.parse.schema_inline import InlineSchemas
from generator.parse.schema_models import Models
from generator.parse.schema_shapes import (
    ANY,
    SCALAR_TYPES,
    Property,
    SchemaNode,
    field_identifier,
    property_order,
    ref_target,
    schema_types,
    union_of,
    without_nullable,
)


class Unions(InlineSchemas, Models):
    """`oneOf` and `anyOf` schemas as unions of their arms' types."""

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
            pairs.append((node, without_nullable(variant)))
        variants = self._distinct_at_run_time([variant for _, variant in pairs])
        if not variants:
            return ANY
        if len(variants) == 1:
            return variants[0]
        union = union_of(variants)
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
            alternatives += [wire for wire in property_order(node) if wire not in others]
            taken = {other_word for other, other_word in words.items() if other != index}
            for alternative in alternatives:
                if pascal_case(alternative) not in taken:
                    words[index] = pascal_case(alternative)
                    break
        # no property, value or `$ref` to go by: the arm's type (`Object`), when no other
        # arm is named so
        for index, node in inline.items():
            types = [t for t in schema_types(node) if t != "null"]
            if index not in words and len(types) == 1:
                word = pascal_case(types[0])
                same = [
                    i for i, n in inline.items() if i not in words and schema_types(n) == [types[0]]
                ]
                if word not in words.values() and len(same) == 1:
                    words[index] = word
        return words

    def _fixed_values(self, schema: Schema, pointer: str) -> dict[str, str]:
        """Properties of an object schema that allow one string value only (`const`, or an
        `enum` of one), by wire name, in the schema's order."""
        properties: dict[str, Property] = {}
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
        properties = property_order(arm)
        if properties:
            return properties[0]
        if arm.enum is not None:
            single = len(arm.enum) == 1 and isinstance(arm.enum[0], (str, int))
            if single and words_of(str(arm.enum[0])):
                return str(arm.enum[0])
            # `enum: [""]`, the payment API's way to unset a field: no word in its value
            return "Empty" if arm.enum in ([""], [None, ""], ["", None]) else "Enum"
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
        if len(types) != 1 or types[0] not in SCALAR_TYPES:
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
        properties: dict[str, Property] = {}
        self._collect(schema, pointer, self._pointer_names[pointer], properties, set(), set())
        prop = properties.get(wire)
        return self._single_value(prop.node if prop is not None else None, pointer)
