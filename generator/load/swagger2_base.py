"""What every part of the Swagger 2.0 conversion shares: the components found, schema
conversion, `$ref` rewriting, and the checks on a node's shape (see generator.load.swagger2)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import unescape_token


class ConverterBase:
    """The state of one conversion and the helpers its parts call."""

    doc: dict[str, Any]
    file: str
    warnings: list[SpecWarning]
    origins: dict[str, str]
    consumes: list[str]
    produces: list[str]
    parameters: dict[str, tuple[str, Any]]
    responses: dict[str, tuple[str, Any]]
    body_params: set[str]

    def _schema(self, node: Any, pointer: str) -> Any:
        if isinstance(node, list):
            return [self._schema(item, join_pointer(pointer, i)) for i, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        result: dict[str, Any] = {}
        for key, value in node.items():
            child = join_pointer(pointer, key)
            if key == "$ref" and isinstance(value, str):
                result[key] = self._schema_ref(value)
            elif key in _SCHEMA_MAPS and isinstance(value, dict):
                result[key] = {
                    name: self._schema(sub, join_pointer(child, name))
                    for name, sub in value.items()
                }
            elif key in _ONE_SCHEMA or key in _SCHEMA_LISTS:
                result[key] = self._schema(value, child)
            elif key == "discriminator" and isinstance(value, str):
                result[key] = {"propertyName": value}
            elif key == "x-nullable":
                continue
            else:  # data (example, default, enum), extensions and plain keywords
                result[key] = value
        declared = result.get("type")
        if declared == "file":
            result["type"] = "string"
            result["format"] = "binary"
        elif isinstance(declared, list) and "file" in declared:
            result["type"] = ["string" if t == "file" else t for t in declared]
            result["format"] = "binary"
        if node.get("x-nullable") is True:
            return _nullable(result)
        return result

    def _schema_ref(self, ref: str) -> str:
        target = _ref_target(ref)
        if target is None:
            return ref
        section, name, tail = target
        if section == "schemas":
            return join_pointer("#/components/schemas", name) + tail
        if section == "parameters" and name in self.body_params:
            base = join_pointer("#/components/requestBodies", name)
            if tail.startswith("/schema"):
                return join_pointer(base, "content", self.consumes[0]) + tail
            return base + tail
        if section == "responses" and tail.startswith("/schema") and name in self.responses:
            _, response = self.responses[name]
            media = self.produces
            raw = response.get("schema") if isinstance(response, dict) else None
            if isinstance(raw, dict) and raw.get("type") == "file":
                media = [m for m in media if not is_json_media(m)] or ["application/octet-stream"]
            return join_pointer("#/components/responses", name, "content", media[0]) + tail
        return join_pointer("#/components", section, name) + tail

    def _ref_name(self, ref: str, section: str, pointer: str) -> str:
        """The component name a parameter or response `$ref` names; it must exist."""
        target = _ref_target(ref)
        known = self.parameters if section == "parameters" else self.responses
        if target is None or target[0] != section or target[2]:
            raise SpecError(
                self.file,
                pointer,
                f"$ref {ref!r} must point to an entry of #/{section}",
            )
        if target[1] not in known:
            raise SpecError(self.file, pointer, f"$ref {ref!r} points to nothing")
        return target[1]

    def _section(
        self, document: dict[str, Any], bundled: dict[str, Any], own: str, kind: str
    ) -> dict[str, tuple[str, Any]]:
        result = {
            name: (join_pointer("", own, name), node)
            for name, node in self._mapping(document.get(own, {}), join_pointer("", own)).items()
        }
        extra = self._mapping(bundled.get(kind, {}), join_pointer("/components", kind))
        for name, node in extra.items():
            result.setdefault(name, (join_pointer("/components", kind, name), node))
        return result

    def _dereference(
        self, entries: dict[str, tuple[str, Any]], section: str
    ) -> dict[str, tuple[str, Any]]:
        """Entries that are only a `$ref` to another entry of the same section: that entry."""
        result = {}
        for name, declared in entries.items():
            seen = {name}
            entry = declared
            while isinstance(entry[1], dict) and isinstance(entry[1].get("$ref"), str):
                ref = entry[1]["$ref"]
                target = _ref_target(ref)
                where = join_pointer(entry[0], "$ref")
                if target is None or target[0] != section or target[2] or target[1] not in entries:
                    raise SpecError(
                        self.file, where, f"$ref {ref!r} must point to an entry of #/{section}"
                    )
                if target[1] in seen:
                    raise SpecError(self.file, where, f"$ref {ref!r} is a cycle of references")
                seen.add(target[1])
                entry = entries[target[1]]
            result[name] = entry
        return result

    def _media_list(self, node: dict[str, Any], pointer: str, key: str) -> list[str]:
        value = node.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SpecError(
                self.file, join_pointer(pointer, key), f"{key} must be a list of media types"
            )
        return list(dict.fromkeys(value))

    def _mapping(self, node: Any, pointer: str) -> dict[str, Any]:
        if node is None:
            return {}
        if not isinstance(node, dict):
            raise SpecError(self.file, pointer, f"expected a mapping, got {type(node).__name__}")
        return node

    def _origin(self, converted: str, original: str) -> None:
        if converted != original:
            self.origins[converted] = original
        else:
            self.origins.pop(converted, None)

    def _warn(self, pointer: str, message: str) -> None:
        self.warnings.append(SpecWarning(pointer, message))


# Schema keywords whose value is one schema / a list of schemas / a map of names to schemas.
_ONE_SCHEMA = frozenset(
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


_SCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})


_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "definitions", "$defs"})


_REF_SECTIONS = (
    ("#/definitions/", "schemas"),
    ("#/components/schemas/", "schemas"),
    ("#/parameters/", "parameters"),
    ("#/components/parameters/", "parameters"),
    ("#/responses/", "responses"),
    ("#/components/responses/", "responses"),
)


@dataclass(frozen=True)
class ParamEntry:
    """A parameter of a path item or operation, with its `$ref` resolved."""

    pointer: str  # of the parameter itself
    listed: str  # of its entry in the list (the `$ref` when it is one)
    node: dict[str, Any]
    location: str
    name: str
    ref: str | None  # the component it came from


def _ref_target(ref: str) -> tuple[str, str, str] | None:
    """`#/definitions/Pet/properties/x` -> ("schemas", "Pet", "/properties/x")."""
    for prefix, section in _REF_SECTIONS:
        if ref.startswith(prefix):
            token, slash, tail = ref[len(prefix) :].partition("/")
            return section, unescape_token(token), slash + tail
    return None


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`x-nullable: true` in 3.1 terms: `"null"` among the types, or a union with null."""
    declared = schema.get("type")
    if isinstance(declared, str):
        schema["type"] = [declared, "null"]
    elif isinstance(declared, list):
        if "null" not in declared:
            schema["type"] = [*declared, "null"]
    elif "$ref" in schema:
        ref = {"$ref": schema.pop("$ref")}
        return {**schema, "anyOf": [ref, {"type": "null"}]}
    else:  # untyped (allOf, or anything): the 3.0 keyword, which the parser reads too
        schema["nullable"] = True
        return schema
    enum = schema.get("enum")
    if isinstance(enum, list) and None not in enum:
        schema["enum"] = [*enum, None]
    return schema


def base_media(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def is_json_media(media_type: str) -> bool:
    base = base_media(media_type)
    return base in ("application/json", "*/*", "application/*") or base.endswith("+json")
