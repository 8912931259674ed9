"""Swagger 2.0 -> OpenAPI 3.1, as plain data, so that the rest of the pipeline reads one shape.

Runs after bundling (every `$ref` is local by then; what came from other files sits in
`components`, still in 2.0 form) and before normalisation and validation. What changes:

- `host` + `basePath` + `schemes` -> `servers`; `definitions` -> `components/schemas`;
  `parameters` -> `components/parameters`, or `components/requestBodies` for body ones;
  `responses` -> `components/responses`; `securityDefinitions` -> `components/securitySchemes`.
- `in: body` and `in: formData` parameters -> `requestBody`, one media type per `consumes`.
- other parameters and response headers: `type`, `format`, `items`... -> `schema`;
  `collectionFormat` -> `style`/`explode`.
- response `schema` -> `content`, one media type per `produces`.
- schemas: `x-nullable` -> a `"null"` type, `type: file` -> binary string, a string
  `discriminator` -> `{propertyName: ...}`.

Errors point into the 2.0 document; what cannot be carried over becomes a warning.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import pointer_of, split_pointer, unescape_token

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
# on a converted response without a schema: the media types its operation `produces`
PRODUCES_EXTENSION = "x-sdkforge-produces"
_DEFAULT_MEDIA = "application/json"
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
_OAUTH_FLOWS = {
    "implicit": ("implicit", ("authorizationUrl",)),
    "password": ("password", ("tokenUrl",)),
    "application": ("clientCredentials", ("tokenUrl",)),
    "accessCode": ("authorizationCode", ("authorizationUrl", "tokenUrl")),
}
# Top-level 2.0 fields that are carried over as they are.
_KEPT_TOP = ("info", "tags", "externalDocs", "security")
_CONVERTED_TOP = frozenset(
    {
        "swagger",
        "host",
        "basePath",
        "schemes",
        "consumes",
        "produces",
        "paths",
        "definitions",
        "parameters",
        "responses",
        "securityDefinitions",
        "components",
        *_KEPT_TOP,
    }
)
_REF_SECTIONS = (
    ("#/definitions/", "schemas"),
    ("#/components/schemas/", "schemas"),
    ("#/parameters/", "parameters"),
    ("#/components/parameters/", "parameters"),
    ("#/responses/", "responses"),
    ("#/components/responses/", "responses"),
)


def is_swagger2(document: dict[str, Any]) -> bool:
    return "openapi" not in document and "swagger" in document


@dataclass(frozen=True)
class Converted:
    """The OpenAPI 3.1 form of a 2.0 document, what was dropped on the way, and `origins`:
    converted pointer -> the 2.0 pointer it came from (see `source_pointer`)."""

    document: dict[str, Any]
    warnings: list[SpecWarning]
    origins: dict[str, str]


def convert_swagger2(document: dict[str, Any], file: str) -> Converted:
    """The OpenAPI 3.1 equivalent of a (bundled) Swagger 2.0 document."""
    converter = _Converter(document, file)
    converted = converter.convert()
    return Converted(converted, converter.warnings, converter.origins)


def source_pointer(origins: Mapping[str, str], pointer: str) -> str:
    """Where a pointer into the converted document points in the 2.0 one (its longest
    recorded prefix, swapped); unchanged where conversion kept the shape."""
    try:
        tokens = split_pointer(pointer)
    except KeyError:  # not a pointer at all
        return pointer
    for end in range(len(tokens), 0, -1):
        prefix = pointer_of(tokens[:end])
        if prefix in origins:
            return origins[prefix] + pointer_of(tokens[end:])
    return pointer


class _Converter:
    def __init__(self, document: dict[str, Any], file: str) -> None:
        self.doc = document
        self.file = file
        self.warnings: list[SpecWarning] = []
        self.origins: dict[str, str] = {}
        self.consumes = self._media_list(document, "", "consumes") or [_DEFAULT_MEDIA]
        self.produces = self._media_list(document, "", "produces") or [_DEFAULT_MEDIA]
        bundled = self._mapping(document.get("components", {}), "/components")
        # name -> (pointer, node): the document's own first, then what bundling brought in
        self.schemas = self._section(document, bundled, "definitions", "schemas")
        self.parameters = self._section(document, bundled, "parameters", "parameters")
        self.responses = self._section(document, bundled, "responses", "responses")
        self.parameters = self._dereference(self.parameters, "parameters")
        self.responses = self._dereference(self.responses, "responses")
        self.other_components = {
            kind: value
            for kind, value in bundled.items()
            if kind not in ("schemas", "parameters", "responses")
        }
        self.body_params: set[str] = set()
        self.form_params: set[str] = set()
        for name, (pointer, node) in self.parameters.items():
            param = self._mapping(node, pointer)
            location = self._location(param, pointer)
            if location == "body":
                self.body_params.add(name)
            elif location == "formData":
                self.form_params.add(name)

    # -- the document ---------------------------------------------------------------------

    def convert(self) -> dict[str, Any]:
        doc = self.doc
        version = doc.get("swagger")
        if str(version) not in ("2.0", "2"):
            raise SpecError(
                self.file,
                "/swagger",
                f"unsupported Swagger version {version!r}; expected 2.0, or OpenAPI 3.0/3.1",
            )
        result: dict[str, Any] = {"openapi": "3.1.0"}
        for key in ("info", "externalDocs"):
            if key in doc:
                result[key] = doc[key]
        result["servers"] = self._servers()
        for key in ("tags", "security"):
            if key in doc:
                result[key] = doc[key]
        result["paths"] = self._paths(self._mapping(doc.get("paths", {}), "/paths"))
        components = self._components()
        if components:
            result["components"] = components
        for key, value in doc.items():
            if key.startswith("x-"):
                result[key] = value
            elif key not in _CONVERTED_TOP:
                self._warn(join_pointer("", key), f"unknown Swagger 2.0 field {key!r} dropped")
        return result

    def _servers(self) -> list[dict[str, Any]]:
        host = self.doc.get("host")
        base_path = self.doc.get("basePath") or ""
        if not isinstance(base_path, str):
            raise SpecError(self.file, "/basePath", "basePath must be a string")
        if not host:
            return [{"url": base_path or "/"}]
        if not isinstance(host, str):
            raise SpecError(self.file, "/host", "host must be a string")
        schemes = self.doc.get("schemes") or ["https"]
        if not isinstance(schemes, list) or not all(isinstance(s, str) for s in schemes):
            raise SpecError(self.file, "/schemes", "schemes must be a list of strings")
        return [{"url": f"{scheme}://{host}{base_path.rstrip('/')}"} for scheme in schemes]

    def _components(self) -> dict[str, Any]:
        components: dict[str, Any] = {}
        schemas = {}
        for name, (pointer, node) in self.schemas.items():
            schemas[name] = self._schema(node, pointer)
            self._origin(join_pointer("/components/schemas", name), pointer)
        parameters: dict[str, Any] = {}
        bodies: dict[str, Any] = {}
        for name, (pointer, node) in self.parameters.items():
            if name in self.body_params:
                at = join_pointer("/components/requestBodies", name)
                bodies[name] = self._request_body(node, pointer, self.consumes, at)
            elif name not in self.form_params:  # form fields live in the bodies that use them
                at = join_pointer("/components/parameters", name)
                parameters[name] = self._parameter(node, pointer, at)
        responses = {
            name: self._response(
                node, pointer, self.produces, join_pointer("/components/responses", name)
            )
            for name, (pointer, node) in self.responses.items()
        }
        security = self._security_schemes()
        for kind, entries in (
            ("schemas", schemas),
            ("parameters", parameters),
            ("requestBodies", bodies),
            ("responses", responses),
            ("securitySchemes", security),
        ):
            if entries:
                components[kind] = entries
        for kind, value in self.other_components.items():
            components[kind] = value
        return components

    # -- paths and operations -------------------------------------------------------------

    def _paths(self, paths: dict[str, Any]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for path, node in paths.items():
            pointer = join_pointer("/paths", path)
            if path.startswith("x-"):
                result[path] = node
                continue
            item = self._mapping(node, pointer)
            shared = self._parameter_list(item, pointer)
            converted: dict[str, Any] = {}
            path_params = self._parameter_uses(shared, join_pointer(pointer, "parameters"))
            for key, value in item.items():
                child = join_pointer(pointer, key)
                if key in HTTP_METHODS:
                    converted[key] = self._operation(self._mapping(value, child), child, shared)
                elif key == "parameters":
                    if path_params:
                        converted["parameters"] = path_params
                elif key.startswith("x-"):
                    converted[key] = value
                elif key == "trace":
                    # an OpenAPI 3 method, not a 2.0 one: dropped, and the summary says so
                    self.warnings.append(
                        SpecWarning(
                            child,
                            "Swagger 2.0 has no 'trace' operations; this one is dropped",
                            skipped="operation",
                        )
                    )
                else:
                    self._warn(child, f"unknown path item field {key!r} dropped")
            result[path] = converted
        return result

    def _operation(
        self, op: dict[str, Any], pointer: str, shared: list[_ParamEntry]
    ) -> dict[str, Any]:
        consumes = self._media_list(op, pointer, "consumes") or self.consumes
        produces = self._media_list(op, pointer, "produces") or self.produces
        own = self._parameter_list(op, pointer)
        # operation parameters override path-item ones with the same name and place
        merged: dict[tuple[str, str], _ParamEntry] = {}
        for entry in shared:
            merged[(entry.location, entry.name)] = entry
        if any(entry.location == "body" for entry in own):
            merged = {k: v for k, v in merged.items() if v.location != "body"}
        for entry in own:
            merged[(entry.location, entry.name)] = entry
        bodies = [e for e in merged.values() if e.location == "body"]
        forms = [e for e in merged.values() if e.location == "formData"]
        if len(bodies) > 1:
            raise SpecError(
                self.file, bodies[1].pointer, "an operation has at most one body parameter"
            )
        if bodies and forms:
            raise SpecError(
                self.file,
                forms[0].pointer,
                "an operation cannot have both a body parameter and formData parameters",
            )
        result: dict[str, Any] = {}
        for key, value in op.items():
            child = join_pointer(pointer, key)
            if key == "parameters":
                # path-item ones stay on the path item, unless this operation overrides them
                params = self._parameter_uses(own, child)
                if params:
                    result["parameters"] = params
            elif key == "responses":
                result["responses"] = self._responses(self._mapping(value, child), child, produces)
            elif key == "schemes":
                servers = self._operation_servers(value, child)
                if servers:
                    result["servers"] = servers
            elif key in ("consumes", "produces"):
                continue
            elif key in (
                "tags",
                "summary",
                "description",
                "externalDocs",
                "operationId",
                "deprecated",
                "security",
            ) or key.startswith("x-"):
                result[key] = value
            else:
                self._warn(child, f"unknown operation field {key!r} dropped")
        at = join_pointer(pointer, "requestBody")
        if bodies:
            result["requestBody"] = self._body_use(bodies[0], consumes, at)
        elif forms:
            result["requestBody"] = self._form_body(forms, consumes, pointer, at)
        return result

    def _operation_servers(self, value: Any, pointer: str) -> list[dict[str, Any]]:
        """Per-operation `schemes`: operation servers, when they differ from the document's."""
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise SpecError(self.file, pointer, "schemes must be a list of strings")
        host = self.doc.get("host")
        if not value or value == (self.doc.get("schemes") or ["https"]):
            return []
        if not isinstance(host, str) or not host:
            self._warn(pointer, "schemes without a host dropped")
            return []
        base_path = str(self.doc.get("basePath") or "").rstrip("/")
        return [{"url": f"{scheme}://{host}{base_path}"} for scheme in value]

    # -- parameters -----------------------------------------------------------------------

    def _parameter_list(self, node: dict[str, Any], pointer: str) -> list[_ParamEntry]:
        raw = node.get("parameters", [])
        list_pointer = join_pointer(pointer, "parameters")
        if not isinstance(raw, list):
            raise SpecError(self.file, list_pointer, "parameters must be a list")
        entries = []
        for index, raw_item in enumerate(raw):
            item_pointer = join_pointer(list_pointer, index)
            item = self._mapping(raw_item, item_pointer)
            ref = item.get("$ref")
            if isinstance(ref, str):
                name = self._ref_name(ref, "parameters", join_pointer(item_pointer, "$ref"))
                target_pointer, target = self.parameters[name]
                param = self._mapping(target, target_pointer)
                entries.append(
                    _ParamEntry(
                        pointer=target_pointer,
                        listed=item_pointer,
                        node=param,
                        location=self._location(param, target_pointer),
                        name=str(param.get("name")),
                        ref=name,
                    )
                )
            else:
                entries.append(
                    _ParamEntry(
                        pointer=item_pointer,
                        listed=item_pointer,
                        node=item,
                        location=self._location(item, item_pointer),
                        name=str(item.get("name")),
                        ref=None,
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

    def _parameter_uses(self, entries: list[_ParamEntry], at: str) -> list[dict[str, Any]]:
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

    # -- request bodies -------------------------------------------------------------------

    def _body_use(self, entry: _ParamEntry, consumes: list[str], at: str) -> dict[str, Any]:
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
        self, entries: list[_ParamEntry], consumes: list[str], pointer: str, at: str
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
        declared = [m for m in consumes if _base(m) in (_URLENCODED, _MULTIPART)]
        if has_file:
            media = [m for m in declared if _base(m) == _MULTIPART] or [_MULTIPART]
            if declared and not any(_base(m) == _MULTIPART for m in declared):
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
            if encoding and _base(media_type) == _URLENCODED:
                entry_content["encoding"] = encoding
            content[media_type] = entry_content
        body: dict[str, Any] = {"content": content}
        if required:
            body["required"] = True
        return body

    # -- responses ------------------------------------------------------------------------

    def _responses(
        self, responses: dict[str, Any], pointer: str, produces: list[str]
    ) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for status, node in responses.items():
            child = join_pointer(pointer, status)
            if status.startswith("x-"):
                result[status] = node
                continue
            response = self._mapping(node, child)
            ref = response.get("$ref")
            if isinstance(ref, str):
                name = self._ref_name(ref, "responses", join_pointer(child, "$ref"))
                if produces == self.produces:
                    result[status] = {"$ref": join_pointer("#/components/responses", name)}
                else:
                    target_pointer, target = self.responses[name]
                    result[status] = self._response(target, target_pointer, produces, child)
                    self._origin(child, child)
            else:
                result[status] = self._response(response, child, produces, child)
        return result

    def _response(self, node: Any, pointer: str, produces: list[str], at: str) -> dict[str, Any]:
        response = self._mapping(node, pointer)
        self._origin(at, pointer)
        description = response.get("description")
        if not isinstance(description, str):
            self._warn(pointer, "response has no 'description'")
            description = ""
        result: dict[str, Any] = {"description": description}
        content: dict[str, Any] = {}
        raw = response.get("schema")
        is_file = isinstance(raw, dict) and raw.get("type") == "file"
        if "schema" in response:
            schema = self._schema(raw, join_pointer(pointer, "schema"))
            media = produces
            if is_file:
                media = [m for m in produces if not _is_json(m)] or ["application/octet-stream"]
            content = {media_type: {"schema": schema} for media_type in media}
            for media_type in media:
                self._origin(
                    join_pointer(at, "content", media_type, "schema"),
                    join_pointer(pointer, "schema"),
                )
        examples = response.get("examples")
        if isinstance(examples, dict):
            for media_type, example in examples.items():
                if media_type in content:
                    content[media_type]["example"] = example
                elif content and not is_file:
                    # not among `produces`, yet the example says that is what comes back
                    # (Docker's JSON errors of operations that produce tar streams)
                    schema = next(iter(content.values()))["schema"]
                    content[media_type] = {"schema": schema, "example": example}
                    self._origin(
                        join_pointer(at, "content", media_type, "schema"),
                        join_pointer(pointer, "schema"),
                    )
                else:
                    self._warn(
                        join_pointer(pointer, "examples", media_type),
                        f"example for {media_type!r}, which the response does not produce, dropped",
                    )
        if "headers" in response:
            headers_pointer = join_pointer(pointer, "headers")
            headers = self._mapping(response["headers"], headers_pointer)
            result["headers"] = {}
            for name, header in headers.items():
                header_pointer = join_pointer(headers_pointer, name)
                result["headers"][name] = self._header(header, header_pointer)
                self._origin(join_pointer(at, "headers", name, "schema"), header_pointer)
        if content:
            result["content"] = content
        elif "schema" not in response and produces:
            # no body described, yet `produces` says what comes (an image endpoint): the
            # parser asks for it in `Accept`, where a server may answer 406 to anything else
            result[PRODUCES_EXTENSION] = list(produces)
        for key, value in response.items():
            if key.startswith("x-"):
                result[key] = value
            elif key not in ("description", "schema", "examples", "headers"):
                self._warn(join_pointer(pointer, key), f"unknown response field {key!r} dropped")
        return result

    def _header(self, node: Any, pointer: str) -> dict[str, Any]:
        header = self._mapping(node, pointer)
        result: dict[str, Any] = {}
        if "description" in header:
            result["description"] = header["description"]
        result["schema"] = self._simple_schema(header, pointer)
        if header.get("collectionFormat", "csv") not in ("csv", "tsv"):
            self._warn(
                join_pointer(pointer, "collectionFormat"),
                "a header is always a comma-separated list in OpenAPI 3; collectionFormat dropped",
            )
        for key, value in header.items():
            if key.startswith("x-") and key != "x-nullable":
                result[key] = value
        return result

    # -- security -------------------------------------------------------------------------

    def _security_schemes(self) -> dict[str, Any]:
        definitions = self._mapping(self.doc.get("securityDefinitions", {}), "/securityDefinitions")
        result: dict[str, Any] = {}
        for name, node in definitions.items():
            pointer = join_pointer("/securityDefinitions", name)
            result[name] = self._security_scheme(self._mapping(node, pointer), pointer)
            self._origin(join_pointer("/components/securitySchemes", name), pointer)
        return result

    def _security_scheme(self, node: dict[str, Any], pointer: str) -> dict[str, Any]:
        kind = node.get("type")
        result: dict[str, Any]
        if kind == "basic":
            result = {"type": "http", "scheme": "basic"}
        elif kind == "apiKey":
            for key in ("name", "in"):
                if not isinstance(node.get(key), str):
                    raise SpecError(self.file, pointer, f"apiKey security scheme has no {key!r}")
            if node["in"] not in ("header", "query"):
                raise SpecError(
                    self.file,
                    join_pointer(pointer, "in"),
                    f"apiKey location must be header or query (got {node['in']!r})",
                )
            result = {"type": "apiKey", "name": node["name"], "in": node["in"]}
        elif kind == "oauth2":
            flow = node.get("flow")
            if flow not in _OAUTH_FLOWS:
                raise SpecError(
                    self.file,
                    join_pointer(pointer, "flow"),
                    "oauth2 flow must be one of implicit, password, application, accessCode "
                    f"(got {flow!r})",
                )
            flow_name, urls = _OAUTH_FLOWS[str(flow)]
            converted: dict[str, Any] = {}
            for url in urls:
                if not isinstance(node.get(url), str):
                    raise SpecError(self.file, pointer, f"oauth2 flow {flow!r} needs {url!r}")
                converted[url] = node[url]
            scopes = node.get("scopes") or {}
            converted["scopes"] = self._mapping(scopes, join_pointer(pointer, "scopes"))
            result = {"type": "oauth2", "flows": {flow_name: converted}}
        else:
            raise SpecError(
                self.file,
                join_pointer(pointer, "type"),
                f"security scheme type must be basic, apiKey or oauth2 (got {kind!r})",
            )
        if "description" in node:
            result["description"] = node["description"]
        for key, value in node.items():
            if key.startswith("x-"):
                result[key] = value
        return result

    # -- schemas --------------------------------------------------------------------------

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
                media = [m for m in media if not _is_json(m)] or ["application/octet-stream"]
            return join_pointer("#/components/responses", name, "content", media[0]) + tail
        return join_pointer("#/components", section, name) + tail

    # -- helpers --------------------------------------------------------------------------

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


@dataclass(frozen=True)
class _ParamEntry:
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


def _base(media_type: str) -> str:
    return media_type.split(";", 1)[0].strip().lower()


def _is_json(media_type: str) -> bool:
    base = _base(media_type)
    return base in ("application/json", "*/*", "application/*") or base.endswith("+json")
