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
Parameters and request bodies are converted in `swagger2_parameters.py`, schemas and
`$ref`s in `swagger2_base.py`, which both share.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import pointer_of, split_pointer
from generator.load.swagger2_base import ParamEntry, is_json_media
from generator.load.swagger2_parameters import ParameterConversion

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch")
# on a converted response without a schema: the media types its operation `produces`
PRODUCES_EXTENSION = "x-sdkforge-produces"
_DEFAULT_MEDIA = "application/json"

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


class _Converter(ParameterConversion):
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
        self, op: dict[str, Any], pointer: str, shared: list[ParamEntry]
    ) -> dict[str, Any]:
        consumes = self._media_list(op, pointer, "consumes") or self.consumes
        produces = self._media_list(op, pointer, "produces") or self.produces
        own = self._parameter_list(op, pointer)
        # operation parameters override path-item ones with the same name and place
        merged: dict[tuple[str, str], ParamEntry] = {}
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
                media = [m for m in produces if not is_json_media(m)] or [
                    "application/octet-stream"
                ]
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
