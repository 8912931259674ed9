"""Swagger 2.0 parameters -> OpenAPI 3.1 parameters and request bodies (`in: body` and
`in: formData` become a `requestBody`; `collectionFormat` becomes `style`/`explode`)."""

from __future__ import annotations

from typing import Any

from generator.errors import SpecError, join_pointer
from generator.load.swagger2_base import ConverterBase, ParamEntry, base_media

_URLENCODED = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"
_PARAM_LOCATIONS = frozenset({"query", "header", "path", "formData", "body"})
# Fields of a 2.0 non-body parameter, header or `items` object that describe its value.
_SIMPLE_SCHEMA_FIELDS = (
    "type",
    "format",
    "items",
    "default",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "maxItems",
    "minItems",
    "uniqueItems",
    "enum",
    "multipleOf",
    "x-nullable",
)
_PARAMETER_FIELDS = frozenset(
    {"name", "in", "schema", "collectionFormat", "required", *_SIMPLE_SCHEMA_FIELDS}
)


class ParameterConversion(ConverterBase):
    """The parameter lists of path items and operations, converted."""

    form_params: set[str]

    def _parameter_list(self, node: dict[str, Any], pointer: str) -> list[ParamEntry]:
        raw = node.get("parameters", [])
        list_pointer = join_pointer(pointer, "parameters")
        if not isinstance(raw, list):
            raise SpecError(self.file, list_pointer, "parameters must be a list")
        entries = []
        for index, raw_item in enumerate(raw):
            item_pointer = join_pointer(list_pointer, index)
            item = self._mapping(raw_item, item_pointer)
            ref = item.get("$ref")
            ref_name: str | None = None
            param_pointer, param = item_pointer, item
            if isinstance(ref, str) and _schema_ref_with_name(item, ref):
                # a parameter written in full whose `$ref` names a definition: its schema
                self._warn(
                    join_pointer(item_pointer, "$ref"),
                    f"parameter {item['name']!r} has a $ref to a definition ({ref!r}) beside "
                    "'name' and 'in'; read as its schema",
                )
                param = {key: value for key, value in item.items() if key != "$ref"}
                param["schema"] = {"$ref": ref}
            elif isinstance(ref, str):
                ref_name = self._ref_name(ref, "parameters", join_pointer(item_pointer, "$ref"))
                param_pointer, target = self.parameters[ref_name]
                param = self._mapping(target, param_pointer)
            entries.append(
                ParamEntry(
                    pointer=param_pointer,
                    listed=item_pointer,
                    node=param,
                    location=self._location(param, param_pointer),
                    name=str(param.get("name")),
                    ref=ref_name,
                )
            )
        return entries

    def _location(self, param: dict[str, Any], pointer: str) -> str:
        location = param.get("in")
        if location not in _PARAM_LOCATIONS:
            raise SpecError(
                self.file,
                join_pointer(pointer, "in"),
                f"parameter location must be one of body, formData, header, path, query "
                f"(got {location!r})",
            )
        if not isinstance(param.get("name"), str):
            raise SpecError(self.file, join_pointer(pointer, "name"), "parameter has no 'name'")
        return str(location)

    def _parameter_uses(self, entries: list[ParamEntry], at: str) -> list[dict[str, Any]]:
        """The non-body, non-formData parameters of a list, as listed in OpenAPI 3."""
        result: list[dict[str, Any]] = []
        for entry in entries:
            if entry.location in ("body", "formData"):
                continue
            item_at = join_pointer(at, len(result))
            if entry.ref is not None:
                self._origin(item_at, entry.listed)
                result.append({"$ref": join_pointer("#/components/parameters", entry.ref)})
            else:
                result.append(self._parameter(entry.node, entry.pointer, item_at))
        return result

    def _parameter(self, node: Any, pointer: str, at: str) -> dict[str, Any]:
        """A non-body, non-formData parameter."""
        param = self._mapping(node, pointer)
        self._origin(at, pointer)
        location = self._location(param, pointer)
        result: dict[str, Any] = {"name": param["name"], "in": location}
        for key in ("description", "required", "allowEmptyValue", "deprecated", "example"):
            if key in param:
                result[key] = param[key]
        if location == "path":
            result["required"] = True
        if "type" in param:
            result["schema"] = self._simple_schema(param, pointer)
            self._origin(join_pointer(at, "schema"), pointer)
        elif "schema" in param:  # not 2.0, but written often enough
            result["schema"] = self._schema(param["schema"], join_pointer(pointer, "schema"))
        else:
            self._warn(pointer, f"parameter {param['name']!r} has no 'type'; any value accepted")
            result["schema"] = {}
        if param.get("type") == "array":
            result["style"], result["explode"] = self._style(param, pointer, location)
        for key, value in param.items():
            if key.startswith("x-") and key != "x-nullable":
                result[key] = value
            elif key not in result and key not in _PARAMETER_FIELDS:
                self._warn(join_pointer(pointer, key), f"unknown parameter field {key!r} dropped")
        return result

    def _style(self, param: dict[str, Any], pointer: str, location: str) -> tuple[str, bool]:
        """`collectionFormat` as an OpenAPI 3 style and explode (2.0 defaults to csv)."""
        fmt = param.get("collectionFormat", "csv")
        where = join_pointer(pointer, "collectionFormat")
        simple = location in ("path", "header")
        if fmt == "tsv":
            self._warn(where, "collectionFormat 'tsv' has no OpenAPI 3 style; sent as csv")
            fmt = "csv"
        if fmt == "csv":
            return ("simple", False) if simple else ("form", False)
        if fmt in ("ssv", "pipes", "multi") and simple:
            self._warn(where, f"collectionFormat {fmt!r} is not allowed in {location}; sent as csv")
            return ("simple", False)
        if fmt == "ssv":
            return ("spaceDelimited", False)
        if fmt == "pipes":
            return ("pipeDelimited", False)
        if fmt == "multi":
            return ("form", True)
        self._warn(where, f"unknown collectionFormat {fmt!r}; sent as csv")
        return ("simple", False) if simple else ("form", False)

    def _simple_schema(self, node: dict[str, Any], pointer: str) -> Any:
        """The JSON schema that a parameter's, header's or items object's own fields describe."""
        return self._schema(self._simple_fields(node, pointer), pointer)

    def _simple_fields(self, node: dict[str, Any], pointer: str) -> dict[str, Any]:
        schema: dict[str, Any] = {}
        for key in _SIMPLE_SCHEMA_FIELDS:
            if key not in node:
                continue
            value = node[key]
            if key == "items" and isinstance(value, dict) and "$ref" not in value:
                items_pointer = join_pointer(pointer, "items")
                if "collectionFormat" in value and value.get("type") == "array":
                    self._warn(
                        join_pointer(items_pointer, "collectionFormat"),
                        "collectionFormat of nested arrays has no OpenAPI 3 equivalent; dropped",
                    )
                value = self._simple_fields(value, items_pointer)
            schema[key] = value
        return schema

    def _body_use(self, entry: ParamEntry, consumes: list[str], at: str) -> dict[str, Any]:
        if entry.ref is not None and consumes == self.consumes:
            self._origin(at, entry.listed)
            return {"$ref": join_pointer("#/components/requestBodies", entry.ref)}
        return self._request_body(entry.node, entry.pointer, consumes, at)

    def _request_body(
        self, node: Any, pointer: str, consumes: list[str], at: str
    ) -> dict[str, Any]:
        param = self._mapping(node, pointer)
        self._origin(at, pointer)
        if "schema" not in param:
            raise SpecError(
                self.file, pointer, f"body parameter {param.get('name')!r} has no 'schema'"
            )
        schema = self._schema(param["schema"], join_pointer(pointer, "schema"))
        result: dict[str, Any] = {}
        if "description" in param:
            result["description"] = param["description"]
        result["content"] = {media: {"schema": schema} for media in consumes}
        for media in consumes:
            self._origin(
                join_pointer(at, "content", media, "schema"), join_pointer(pointer, "schema")
            )
        if param.get("required") is True:
            result["required"] = True
        for key, value in param.items():
            if key.startswith("x-"):
                result[key] = value
        return result

    def _form_body(
        self, entries: list[ParamEntry], consumes: list[str], pointer: str, at: str
    ) -> dict[str, Any]:
        properties: dict[str, Any] = {}
        required: list[str] = []
        encoding: dict[str, Any] = {}
        has_file = False
        for entry in entries:
            param = entry.node
            if "type" not in param and "schema" in param:  # not 2.0, but seen
                prop = self._schema(param["schema"], join_pointer(entry.pointer, "schema"))
            else:
                prop = self._simple_schema(param, entry.pointer)
                if "type" not in param:
                    self._warn(entry.pointer, f"form field {entry.name!r} has no 'type'")
            if param.get("type") == "file":
                has_file = True
            if "description" in param and isinstance(prop, dict):
                prop = {"description": param["description"], **prop}
            for key, value in param.items():
                if key.startswith("x-") and key != "x-nullable" and isinstance(prop, dict):
                    prop[key] = value
            properties[entry.name] = prop
            if param.get("required") is True:
                required.append(entry.name)
            if param.get("type") == "array":
                style = self._style(param, entry.pointer, "query")
                if style != ("form", True):
                    encoding[entry.name] = {"style": style[0], "explode": style[1]}
        schema: dict[str, Any] = {"type": "object", "properties": properties}
        if required:
            schema["required"] = required
        declared = [m for m in consumes if base_media(m) in (_URLENCODED, _MULTIPART)]
        if has_file:
            media = [m for m in declared if base_media(m) == _MULTIPART] or [_MULTIPART]
            if declared and not any(base_media(m) == _MULTIPART for m in declared):
                self._warn(
                    join_pointer(pointer, "consumes"),
                    "file parameters need multipart/form-data; sent as multipart",
                )
        elif declared:
            media = declared
        else:
            media = [_URLENCODED]
        content: dict[str, Any] = {}
        self._origin(at, pointer)
        for media_type in media:
            for entry in entries:
                self._origin(
                    join_pointer(at, "content", media_type, "schema", "properties", entry.name),
                    entry.pointer,
                )
            entry_content: dict[str, Any] = {"schema": schema}
            if encoding and base_media(media_type) == _URLENCODED:
                entry_content["encoding"] = encoding
            content[media_type] = entry_content
        body: dict[str, Any] = {"content": content}
        if required:
            body["required"] = True
        return body


def _schema_ref_with_name(item: dict[str, Any], ref: str) -> bool:
    """`{name, in, $ref: '#/definitions/X'}`: a parameter, not a reference to one."""
    return (
        ref.startswith("#/definitions/")
        and isinstance(item.get("name"), str)
        and item.get("in") in _PARAM_LOCATIONS
    )
