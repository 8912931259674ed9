"""The schema parser's state and its named types: components named first, `$ref`s followed
to the named type of their target, each named type defined once (see generator.parse.schemas)."""

from __future__ import annotations

from collections.abc import Mapping

from openapi_pydantic.v3.v3_1 import Reference, Schema
from pydantic import ValidationError

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load import SpecView, split_pointer
from generator.parse.all_of import FlattenedTargets
from generator.parse.names import (
    NameRegistry,
    class_name,
)
from generator.parse.reserved import MODEL_MODULE_NAMES
from generator.parse.schema_shapes import (
    ANY,
    SCHEMAS_SECTION,
    NamedType,
    Property,
    SchemaNode,
    only_constrains,
    ref_target,
    scalar_all_of_part,
    schema_types,
)


class SchemaCore:
    """The named types found so far and how to reach them; each schema kind's module adds
    the methods declared at the end of this class (see generator.parse.schemas)."""

    def __init__(self, file: str, view: SpecView, warnings: list[SpecWarning]) -> None:
        self.file = file
        self.view = view
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
        # allOf flattening and a property's facts, each found once (see all_of.py)
        self._flattened: FlattenedTargets[Property] = FlattenedTargets()
        self._properties: dict[str, tuple[ir.TypeRef, bool, bool]] = {}
        # model -> the one named schema its `allOf` extends (whether it can be the model's
        # base class is settled once the models are final: see parse/inheritance.py)
        self.parents: dict[str, str] = {}
        # fields made once and shared by every model that has them (a subclass its base's):
        # (property pointer, required, name) -> field; wire name -> identifier
        self._fields: dict[tuple[str, bool, str], ir.Field] = {}
        self._identifiers: dict[str, str] = {}
        # a model's `$ref` -> whether it or what it `allOf`s allows extra keys
        self._extra_keys: dict[str, bool] = {}

    @property
    def pointers(self) -> Mapping[str, str]:
        """Named type -> the pointer of the schema it was made from."""
        return self._name_pointers

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
        if len(tokens) > len(SCHEMAS_SECTION) and tokens[:2] == SCHEMAS_SECTION:
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
            raw = self.view.at(target)
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
        if (schema.oneOf or schema.anyOf) and not only_constrains(schema):
            return "alias"
        if schema.allOf:
            own = bool(schema.properties)
            if not own and scalar_all_of_part(schema) is not None:
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

    # -- what the schema kinds provide --------------------------------------------------

    def _inline(self, schema: Schema, pointer: str, hint: str, named: bool = False) -> ir.TypeRef:
        raise NotImplementedError  # schema_inline

    def _union(self, schema: Schema, pointer: str, hint: str) -> ir.TypeRef:
        raise NotImplementedError  # schema_unions

    def _define_model(self, name: str, schema: Schema, pointer: str) -> None:
        raise NotImplementedError  # schema_models


    def _enum(self, name: str, schema: Schema) -> ir.Enum | None:
        raise NotImplementedError  # schema_enums

    def _enum_fallback(self, schema: Schema) -> ir.TypeRef:
        raise NotImplementedError  # schema_enums

    def _default(self, field_type: ir.TypeRef, pointer: str) -> ir.Default | None:
        raise NotImplementedError  # schema_defaults

    def _access(self, prop: Property) -> tuple[bool, bool]:
        raise NotImplementedError  # schema_access
