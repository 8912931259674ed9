"""Paths and operations -> ir.Operation: parameters, request bodies, responses, names."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any, TypeVar

from openapi_pydantic.v3.v3_1 import (
    MediaType,
    Operation,
    Parameter,
    PathItem,
    Reference,
    RequestBody,
    Response,
    Schema,
)
from pydantic import BaseModel, ValidationError

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.pointers import resolve_pointer
from generator.load.swagger2 import PRODUCES_EXTENSION
from generator.parse.form_encoding import declares_nothing, field_encodings
from generator.parse.names import (
    HTTP_TOKEN,
    NameRegistry,
    pascal_case,
    safe_identifier,
    snake_case,
)
from generator.parse.reserved import argument_reserved
from generator.parse.schemas import ANY, SchemaParser, ref_target, union_of
from generator.parse.security import SecurityParser
from generator.runtime_source import default_styles

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

IDEMPOTENCY_HEADER = "idempotency-key"
EVENT_STREAM = "text/event-stream"
# the body field by which an API that answers in JSON or in events is asked for events
STREAM_SWITCH = "stream"
# The spec says these header parameters are ignored: the client sets them itself.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})
# ...unless the spec fixes their value: see OperationParser._media_header_value
_MEDIA_HEADERS = frozenset({"accept", "content-type"})
# a header value that can be sent as it is: visible ASCII and spaces, no line breaks
_HEADER_VALUE = re.compile(r"^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$")

_T = TypeVar("_T", bound=BaseModel)

# The name an error body written in place takes after its operation (`GistsGetForbiddenError`
# for a 403). A table of our own, not http.HTTPStatus: its phrases change between Python
# versions (422, 413), and generated names must not.
_ERROR_NAMES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "404": "NotFound",
    "405": "MethodNotAllowed",
    "406": "NotAcceptable",
    "408": "RequestTimeout",
    "409": "Conflict",
    "410": "Gone",
    "412": "PreconditionFailed",
    "413": "PayloadTooLarge",
    "415": "UnsupportedMediaType",
    "422": "UnprocessableEntity",
    "423": "Locked",
    "424": "FailedDependency",
    "428": "PreconditionRequired",
    "429": "TooManyRequests",
    "500": "InternalServer",
    "501": "NotImplemented",
    "502": "BadGateway",
    "503": "ServiceUnavailable",
    "504": "GatewayTimeout",
}


def _error_name(status: str) -> str:
    """`ForbiddenError` for a 403, `Error` for `default`, `Error4XX` for the rest."""
    if status == "default":
        return "Error"
    return _ERROR_NAMES[status] + "Error" if status in _ERROR_NAMES else f"Error{status.upper()}"


@dataclass(frozen=True)
class RawOperation:
    """An operation with where it came from, before it is placed on a resource."""

    tag: str | None
    path: str
    http_method: str
    operation: Operation
    pointer: str
    path_parameters: tuple[Parameter | Reference, ...]


def collect_operations(
    paths: dict[str, PathItem], warnings: list[SpecWarning]
) -> list[RawOperation]:
    found = []
    for key, item in paths.items():
        item_pointer = join_pointer("/paths", key)
        path = key
        if not path.startswith("/"):
            # appended to the base URL as it is, `@host/x` or `.evil.com/x` would change the host
            path = "/" + path
            warnings.append(
                SpecWarning(
                    item_pointer, f"a path must start with '/'; {key!r} is sent as {path!r}"
                )
            )
        for method in HTTP_METHODS:
            operation = getattr(item, method, None)
            if operation is None:
                continue
            for name in operation.callbacks or {}:
                warnings.append(
                    SpecWarning(
                        join_pointer(item_pointer, method, "callbacks", name),
                        "callbacks are requests the API sends to you; no client code is generated",
                        skipped="callback",
                    )
                )
            tag = operation.tags[0] if operation.tags else None
            found.append(
                RawOperation(
                    tag=tag,
                    path=path,
                    http_method=method.upper(),
                    operation=operation,
                    pointer=join_pointer(item_pointer, method),
                    path_parameters=tuple(item.parameters or ()),
                )
            )
    return found


def default_method_name(raw: RawOperation) -> str:
    """`GET /pets/{petId}/photos` -> `get_pets_pet_id_photos`, for operations without an id."""
    return snake_case(raw.http_method.lower() + " " + re.sub(r"[{}]", " ", raw.path))


class OperationParser:
    def __init__(
        self,
        file: str,
        document: dict[str, Any],
        schemas: SchemaParser,
        security: SecurityParser,
        warnings: list[SpecWarning],
    ) -> None:
        self.file = file
        self.document = document
        self.schemas = schemas
        self.security = security
        self.warnings = warnings
        # shared parameters, responses and bodies are referenced by many operations:
        # each is validated once
        self._validated: dict[tuple[str, type[Any]], Any] = {}

    def parse(
        self, raw: RawOperation, method_name: str, constant_name: str, hint: str | None = None
    ) -> ir.Operation:
        """`hint` starts the names of the operation's inline schemas (default: the method's)."""
        op = raw.operation
        hint = hint or pascal_case(method_name)
        names = NameRegistry(argument_reserved())
        parameters = self._parameters(raw)
        path_params: list[ir.Parameter] = []
        other_params: list[ir.Parameter] = []
        for pointer, parameter in parameters:
            param = self._parameter(parameter, pointer, hint, names)
            if param is None:
                continue
            (path_params if param.location == "path" else other_params).append(param)
        order = {name: index for index, name in enumerate(re.findall(r"{([^{}]+)}", raw.path))}
        path_params.sort(key=lambda p: order.get(p.wire_name, len(order)))
        for wire in order:
            if not any(p.wire_name == wire for p in path_params):
                self.warnings.append(
                    SpecWarning(
                        raw.pointer, f"path parameter {wire!r} is not declared; added as a string"
                    )
                )
                path_params.append(
                    ir.Parameter(
                        name=names.claim(safe_identifier(snake_case(wire), "param")),
                        wire_name=wire,
                        location="path",
                        type=ir.TypeRef(kind="scalar", scalar="str"),
                        required=True,
                        style="simple",
                        explode=False,
                        default_style=True,
                    )
                )
        # declared Accept / Content-Type with a value: sent as declared (see _media_header_value)
        media_headers = {
            parameter.name.lower(): value
            for _, parameter in parameters
            if _text(parameter.param_in) == "header"
            and parameter.name.lower() in _MEDIA_HEADERS
            and (value := self._media_header_value(parameter)) is not None
        }
        body = self._request_body(op, raw.pointer, hint)
        declared_type = media_headers.get("content-type")
        if body is not None and declared_type is not None and declared_type != body.content_type:
            if body.kind in ("bytes", "text") or (body.kind == "json" and _is_json(declared_type)):
                # the header names the body's type more exactly (Docker's build context is
                # `application/x-tar`, its body `application/octet-stream`)
                body = replace(body, content_type=declared_type)
            else:
                self.warnings.append(
                    SpecWarning(
                        raw.pointer,
                        f"header parameter 'Content-Type: {declared_type}' not sent: the "
                        f"{body.kind} body is sent as {body.content_type!r}",
                    )
                )
        # required keyword-only parameters first reads better; the spec order otherwise
        other_params.sort(key=lambda p: not p.required)
        responses, errors = self._responses(op, raw.pointer, hint)
        return_type = union_of(
            [r.type if r.type is not None else ir.TypeRef(kind="none") for r in responses]
        )
        if not responses:
            return_type = ir.TypeRef(kind="none")
        event_type = None
        if responses and responses[0].kind == "events":
            # a stream of events: the method returns a Stream of the data type
            event_type = return_type = responses[0].type or ir.TypeRef(kind="scalar", scalar="str")
        idempotency = next(
            (
                p.wire_name
                for p in other_params
                if p.location == "header" and p.wire_name.lower() == IDEMPOTENCY_HEADER
            ),
            None,
        )
        path_tuple, other_tuple = tuple(path_params), tuple(other_params)
        operation = ir.Operation(
            method_name=method_name,
            constant_name=constant_name,
            http_method=raw.http_method,
            path=raw.path,
            summary=op.summary,
            description=op.description,
            deprecated=bool(op.deprecated),
            path_params=path_tuple,
            params=other_tuple,
            body=body,
            responses=tuple(responses),
            errors=tuple(errors),
            return_type=return_type,
            arguments=method_arguments(path_tuple, other_tuple, body),
            result=_result(return_type, responses, event_type),
            security=self.security.for_operation(op.security, raw.pointer),
            idempotency_header=idempotency,
            event_type=event_type,
            accept=media_headers.get("accept")
            or _accept(responses, errors, self._produced_without_schema(op, raw.pointer)),
            # with a body, the body's own media type is sent (its encoding depends on it)
            fixed_headers=(("Content-Type", media_headers["content-type"]),)
            if "content-type" in media_headers and body is None
            else (),
        )
        alternative = self._events_alternative(op, raw.pointer, responses, hint)
        if alternative is None:
            return operation
        return with_stream_alternative(operation, alternative, self._switch_field(body))

    # -- event streams next to JSON -----------------------------------------------------

    def _events_alternative(
        self, op: Operation, pointer: str, responses: list[ir.Response], hint: str
    ) -> ir.Response | None:
        """The `text/event-stream` variant of a JSON success response that declares both
        (chat completions: JSON, or events when the body asks to stream)."""
        if not responses or responses[0].kind != "json":
            return None
        status = responses[0].status
        status_pointer = join_pointer(pointer, "responses", status)
        response = self._resolve((op.responses or {})[status], status_pointer, Response)
        media = next(
            (
                (content_type, media)
                for content_type, media in (response.content or {}).items()
                if _response_kind(content_type) == "events"
            ),
            None,
        )
        if media is None:
            return None
        content_type, declared = media
        item_schema = (declared.model_extra or {}).get("itemSchema")
        if declared.media_type_schema is None and isinstance(item_schema, dict):
            # OpenAPI 3.2: `itemSchema` describes each event
            item = Reference if "$ref" in item_schema else Schema
            declared = declared.model_copy(
                update={"media_type_schema": item.model_validate(item_schema)}
            )
        if declared.media_type_schema is None:
            self.warnings.append(
                SpecWarning(
                    join_pointer(status_pointer, "content", content_type),
                    "event stream without a schema: its events are typed as text",
                )
            )
        only_events = response.model_copy(update={"content": {content_type: declared}})
        return self._response(status, only_events, status_pointer, hint + "Response", {})

    def _switch_field(self, body: ir.RequestBody | None) -> ir.Field | None:
        """The boolean `stream` field of a JSON object body, which asks for events."""
        if body is None or body.kind != "json" or body.type.kind != "named":
            return None
        model = self.schemas.named.get(body.type.name or "")
        if not isinstance(model, ir.Model):
            return None
        return next(
            (
                f
                for f in model.fields
                if f.wire_name == STREAM_SWITCH
                and f.type.kind in ("scalar", "literal")
                and (f.type.scalar == "bool" or isinstance(f.type.literal, bool))
            ),
            None,
        )

    # -- parameters ---------------------------------------------------------------------

    def _parameters(self, raw: RawOperation) -> list[tuple[str, Parameter]]:
        """Path-item parameters overridden by operation parameters with the same name and place."""
        merged: dict[tuple[str, str], tuple[str, Parameter]] = {}
        path_item_pointer = raw.pointer.rsplit("/", 1)[0]
        for source, pointer in (
            (raw.path_parameters, path_item_pointer),
            (tuple(raw.operation.parameters or ()), raw.pointer),
        ):
            for index, node in enumerate(source):
                param_pointer = join_pointer(pointer, "parameters", index)
                parameter = self._resolve(node, param_pointer, Parameter)
                merged[(_text(parameter.param_in), parameter.name)] = (param_pointer, parameter)
        return list(merged.values())

    def _parameter(
        self, parameter: Parameter, pointer: str, hint: str, names: NameRegistry
    ) -> ir.Parameter | None:
        location = _text(parameter.param_in)
        if (
            location == "header"
            and parameter.name.lower() in _MEDIA_HEADERS
            and self._media_header_value(parameter) is not None
        ):
            return None  # sent as the spec says: see _media_header_value
        if location == "header" and parameter.name.lower() in _IGNORED_HEADERS:
            self.warnings.append(
                SpecWarning(
                    pointer,
                    f"header parameter {parameter.name!r} ignored: the client sets Accept, "
                    "Content-Type and Authorization itself (as OpenAPI requires)",
                    skipped="parameter",
                )
            )
            return None
        if location in ("header", "cookie") and not HTTP_TOKEN.match(parameter.name):
            # unsendable (and a line break would inject a header): the rest is still generated
            self.warnings.append(
                SpecWarning(
                    join_pointer(pointer, "name"),
                    f"{location} parameter {parameter.name!r} skipped: not a valid {location} "
                    "name (letters, digits and !#$%&'*+-.^_`|~ only; no spaces, quotes, "
                    "separators or line breaks)",
                    skipped="parameter",
                )
            )
            return None
        json_encoded = False
        if parameter.param_schema is not None:
            type_ = self.schemas.type_of(
                parameter.param_schema,
                join_pointer(pointer, "schema"),
                hint + pascal_case(parameter.name),
            )
        elif parameter.content:
            media_type, media = _pick_media(parameter.content)
            json_encoded = _is_json(media_type)
            schema = media.media_type_schema
            type_ = (
                self.schemas.type_of(
                    schema,
                    join_pointer(pointer, "content", media_type, "schema"),
                    hint + pascal_case(parameter.name),
                )
                if schema is not None
                else ir.TypeRef(kind="scalar", scalar="str")
            )
        else:
            raise SpecError(
                self.file,
                pointer,
                f"parameter {parameter.name!r} has neither 'schema' nor 'content'",
            )
        style = (
            _text(parameter.style) if parameter.style is not None else default_styles()[location][0]
        )
        explode = parameter.explode if parameter.explode is not None else style == "form"
        required = bool(parameter.required) or location == "path"
        if (
            location == "path"
            and parameter.required is False
            and "required" in parameter.model_fields_set
        ):
            self.warnings.append(
                SpecWarning(
                    join_pointer(pointer, "required"),
                    f"path parameter {parameter.name!r} is declared 'required: false'; a path "
                    "cannot leave it out, so it is required",
                )
            )
        if location == "header" and parameter.name.lower() == IDEMPOTENCY_HEADER:
            required = False  # the client makes one key per call when none is given
        return ir.Parameter(
            name=names.claim(safe_identifier(snake_case(parameter.name), "param", argument_reserved())),
            wire_name=parameter.name,
            location=location,  # type: ignore[arg-type]
            type=type_,
            required=required,
            description=parameter.description,
            style=style,
            explode=explode,
            default=_default_of(parameter.param_schema),
            json_encoded=json_encoded,
            example=_example_of(parameter, parameter.param_schema),
            # the runtime applies its defaults itself: the endpoint lists only the others
            default_style=(style, explode) == default_styles()[location],
        )

    def _media_header_value(self, parameter: Parameter) -> str | None:
        """The value to send for a declared `Accept` or `Content-Type` header parameter.

        OpenAPI says to ignore them, but real APIs require them (an incident-management API
        declares a required `Content-Type: application/json`, an enum of one, and a vendor
        `Accept` on every operation, GETs included) and validating servers refuse calls
        without them. The value is the one allowed value (an enum of one, a `const`) or the
        default; None when there is none (the client then sets its own)."""
        schema: Any = parameter.param_schema
        target = ref_target(schema) if schema is not None else None
        if target is not None:
            try:
                schema = resolve_pointer(self.document, target[1:]) if target[:1] == "#" else None
            except KeyError:
                schema = None
        if isinstance(schema, Schema):
            schema = schema.model_dump(by_alias=True, exclude_unset=True)
        if not isinstance(schema, dict):
            return None
        enum = schema.get("enum")
        if isinstance(enum, list) and len(enum) == 1:
            value = enum[0]
        elif "const" in schema:
            value = schema["const"]
        else:
            value = schema.get("default")
        if not isinstance(value, str) or not _HEADER_VALUE.match(value):
            return None
        return value

    # -- bodies -------------------------------------------------------------------------

    def _request_body(self, op: Operation, pointer: str, hint: str) -> ir.RequestBody | None:
        if op.requestBody is None:
            return None
        body_pointer = join_pointer(pointer, "requestBody")
        body = self._resolve(op.requestBody, body_pointer, RequestBody)
        if not body.content:
            self.warnings.append(
                SpecWarning(
                    body_pointer,
                    "request body without 'content' (no media type) ignored",
                    skipped="request body",
                )
            )
            return None
        content_type, media = _pick_media(body.content)
        kind = _request_kind(content_type)
        if "*" in content_type:
            # a media range says what the server accepts; a request names one type
            content_type = "application/json" if kind == "json" else "application/octet-stream"
        schema = media.media_type_schema
        media_pointer = join_pointer(body_pointer, "content", content_type, "schema")
        if kind in ("form", "multipart") and declares_nothing(self._schema_dict(schema)):
            return None  # no field to send: the method takes no body
        if schema is None:
            type_ = ir.TypeRef(kind="scalar", scalar="bytes") if kind == "bytes" else ANY
        else:
            type_ = self.schemas.type_of(schema, media_pointer, hint + "Body")
        if kind == "text":
            type_ = ir.TypeRef(kind="scalar", scalar="str")
        elif kind == "bytes":
            type_ = ir.TypeRef(kind="scalar", scalar="bytes")
        accepted = type_
        if kind == "bytes":
            # bytes, a file object or an iterator of chunks
            accepted = ir.TypeRef(kind="scalar", scalar="binary_body")
        elif type_.kind == "named" and isinstance(
            self.schemas.named.get(type_.name or ""), ir.Model
        ):
            # a model instance or the same data as a plain dict
            accepted = ir.TypeRef(
                kind="union",
                args=(type_, ir.TypeRef(kind="dict", args=(ANY,))),
                nullable=type_.nullable,
            )
        return ir.RequestBody(
            type=type_,
            accepted_type=accepted,
            required=bool(body.required),
            content_type=content_type,
            kind=kind,
            description=body.description,
            example=_example_of(media, schema),
            encoding=(
                field_encodings(
                    media, join_pointer(body_pointer, "content", content_type), self.warnings
                )
                if kind in ("form", "multipart")
                else ()
            ),
        )

    def _schema_dict(self, schema: Any) -> Any:
        """The schema as plain data, a local `$ref` followed once (None when it has none)."""
        if isinstance(schema, BaseModel):
            schema = schema.model_dump(mode="json", by_alias=True, exclude_unset=True)
        target = schema.get("$ref") if isinstance(schema, dict) else None
        if isinstance(target, str) and target[:1] == "#":
            try:
                return resolve_pointer(self.document, target[1:])
            except KeyError:
                return None
        return schema

    def _responses(
        self, op: Operation, pointer: str, hint: str
    ) -> tuple[list[ir.Response], list[ir.Response]]:
        successes: list[ir.Response] = []
        errors: list[ir.Response] = []
        declared = op.responses or {}
        has_success = any(_is_success(status) for status in declared)
        # inline schema written out the same for two statuses (200 and 201) -> its type
        shapes: dict[str, ir.TypeRef] = {}
        for status, node in declared.items():
            status_pointer = join_pointer(pointer, "responses", status)
            if not _STATUS_KEY.match(status):
                self.warnings.append(
                    SpecWarning(
                        status_pointer,
                        f"response {status!r} dropped: not a status code (like 200 or 2XX) "
                        "nor 'default'",
                        skipped="response",
                    )
                )
                continue
            response = self._resolve(node, status_pointer, Response)
            success = _is_success(status) or (status == "default" and not has_success)
            status_hint = hint + ("Response" if success else _error_name(status))
            parsed = self._response(status, response, status_pointer, status_hint, shapes)
            if success:
                successes.append(parsed)
            elif status[:1] in ("4", "5") or status == "default":
                errors.append(parsed)
        return successes, errors

    def _produced_without_schema(self, op: Operation, pointer: str) -> list[str]:
        """What Swagger 2.0 `produces` for successes that describe no body (kept by the
        conversion as an extension): what an `Accept` header should name for them."""
        found: list[str] = []
        for status, node in (op.responses or {}).items():
            if not _is_success(status) or status in ("204", "205") or not _STATUS_KEY.match(status):
                continue
            response = self._resolve(node, join_pointer(pointer, "responses", status), Response)
            produced = (response.model_extra or {}).get(PRODUCES_EXTENSION)
            if response.content or not isinstance(produced, list):
                continue
            found.extend(media for media in produced if isinstance(media, str))
        return found

    def _response(
        self,
        status: str,
        response: Response,
        pointer: str,
        hint: str,
        shapes: dict[str, ir.TypeRef],
    ) -> ir.Response:
        # a 204 or 205 has no body whatever content the spec declares for it (RFC 9110)
        if not response.content or status in ("204", "205"):
            return ir.Response(
                status=status, kind="empty", type=None, description=response.description
            )
        content_type, media = _pick_media(response.content)
        kind = _response_kind(content_type)
        if kind == "events":
            schema = media.media_type_schema
            event_type = (
                self.schemas.type_of(
                    schema, join_pointer(pointer, "content", content_type, "schema"), hint + "Event"
                )
                if schema is not None
                else ir.TypeRef(kind="scalar", scalar="str")
            )
            if event_type.kind == "scalar" and event_type.scalar in ("str", "bytes", "file"):
                event_type = ir.TypeRef(kind="scalar", scalar="str")
            return ir.Response(status, "events", event_type, response.description, content_type)
        if kind == "text":
            str_type = ir.TypeRef(kind="scalar", scalar="str")
            return ir.Response(status, "text", str_type, response.description, content_type)
        if kind == "bytes":
            return _download(status, response, content_type)
        schema = media.media_type_schema
        if schema is None:
            type_ = ANY
        else:
            shape = (
                schema.model_dump_json(by_alias=True, exclude_unset=True)
                if isinstance(schema, Schema) and ref_target(schema) is None
                else None
            )
            if shape is not None and shape in shapes:
                type_ = shapes[shape]  # one type, not `X | X2`
            else:
                type_ = self.schemas.type_of(
                    schema, join_pointer(pointer, "content", content_type, "schema"), hint
                )
                if shape is not None:
                    shapes[shape] = type_
        if "*" in content_type and type_.kind == "scalar" and type_.scalar in ("file", "bytes"):
            # `*/*` with a binary string schema: a download, whatever type it comes as
            return _download(status, response, content_type)
        return ir.Response(status, "json", type_, response.description, content_type)

    # -- references ---------------------------------------------------------------------

    def _resolve(self, node: Any, pointer: str, model: type[_T]) -> _T:
        seen: set[str] = set()
        while isinstance(node, Reference):
            ref = node.ref
            if ref in seen:
                raise SpecError(
                    self.file,
                    pointer,
                    f"$ref {ref!r} is a cycle of references with no {model.__name__} in it",
                )
            if not ref.startswith("#"):
                raise SpecError(self.file, pointer, f"$ref {ref!r} cannot be resolved")
            seen.add(ref)
            try:
                raw = resolve_pointer(self.document, ref[1:])
            except KeyError:
                raise SpecError(
                    self.file, join_pointer(pointer, "$ref"), f"$ref {ref!r} points to nothing"
                ) from None
            pointer = ref[1:]
            cached = self._validated.get((ref, model))
            if cached is not None:
                node = cached
                continue
            try:
                node = (
                    Reference.model_validate(raw)
                    if isinstance(raw, dict) and "$ref" in raw
                    else model.model_validate(raw)
                )
            except ValidationError as error:
                raise SpecError(
                    self.file, pointer, f"not a valid {model.__name__}: {error.errors()[0]['msg']}"
                ) from None
            self._validated[(ref, model)] = node
        if not isinstance(node, model):
            raise SpecError(self.file, pointer, f"expected a {model.__name__}")
        return node


# a response key: a status code, a range of them (`2XX`), or `default`
_STATUS_KEY = re.compile(r"^([1-5][0-9][0-9]|[1-5][Xx][Xx]|default)$")

_JSON_TYPE = re.compile(
    r"^(application|text)/([\w.+-]+\+)?json$|^\*/\*$|^application/\*$", re.IGNORECASE
)


def _is_json(content_type: str) -> bool:
    base = content_type.split(";", 1)[0].strip().lower()
    return bool(_JSON_TYPE.match(base)) or base.endswith("+json")


def _pick_media(content: dict[str, MediaType]) -> tuple[str, MediaType]:
    """JSON when offered (`application/json` first, then other concrete JSON types, then
    ranges like `application/*+json`), else the first declared content type."""
    ranked = sorted(
        (
            (_json_rank(content_type), index, content_type, media)
            for index, (content_type, media) in enumerate(content.items())
        ),
        key=lambda item: (item[0], item[1]),
    )
    _, _, content_type, media = ranked[0]
    return content_type, media


def _json_rank(content_type: str) -> int:
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "application/json":
        return 0
    if _is_json(base):
        return 2 if "*" in base else 1
    return 3


def _request_kind(content_type: str) -> ir.RequestKind:
    base = content_type.split(";", 1)[0].strip().lower()
    if _is_json(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "bytes"


def _download(status: str, response: Response, content_type: str) -> ir.Response:
    bytes_type = ir.TypeRef(kind="scalar", scalar="bytes")
    return ir.Response(status, "bytes", bytes_type, response.description, content_type)


# what an Accept header may name: `type/subtype`, `type/*` or `*/*` (a spec's odd keys are left out)
_MEDIA_RANGE = re.compile(r"^(\*/\*|[\w!#$&^.+-]+/(\*|[\w!#$&^.+-]+))$", re.ASCII)


def _accept(responses: list[ir.Response], errors: list[ir.Response], produced: list[str]) -> str:
    """The Accept header: the media types the SDK reads, successes first, so that a server
    that negotiates (Prism, vendor types like `application/vnd.vimeo.user+json`) answers
    with one of them; any type at a lower weight when a download may come as another.
    `produced`: the Swagger 2.0 `produces` of successes without a schema (an image), which
    come after the successes' own types and before the errors'."""
    if responses and responses[0].kind == "events":
        return EVENT_STREAM
    media_types: list[str] = []
    declared = [
        (response.media_type, response.kind) for response in responses if response.media_type
    ]
    declared += [(media_type, "empty") for media_type in produced]
    declared += [(response.media_type, response.kind) for response in errors if response.media_type]
    for media_type, kind in declared:
        base = media_type.split(";", 1)[0].strip().lower()
        if kind == "json" and "*" in base:
            base = "application/json"  # `*/*`, `application/*+json`: JSON is what is read
        if base not in media_types and _MEDIA_RANGE.match(base):
            media_types.append(base)
    downloads = any(r.kind in ("text", "bytes") for r in responses)
    if not media_types:
        media_types.append("application/json")
    if downloads and "*/*" not in media_types:
        media_types.append("*/*;q=0.5")
    return ", ".join(media_types)


def _response_kind(content_type: str) -> ir.BodyKind:
    base = content_type.split(";", 1)[0].strip().lower()
    if base == EVENT_STREAM:
        return "events"
    if _is_json(base):
        return "json"
    if base.startswith("text/") or base in ("application/xml", "application/x-www-form-urlencoded"):
        return "text"
    return "bytes"


def _default_of(schema: Any) -> ir.Default | None:
    default = getattr(schema, "default", None)
    if isinstance(default, (str, int, float, bool)):
        return ir.Default(value=default)
    return None


def _example_of(holder: Any, schema: Any) -> ir.JsonValue:
    """The first example a parameter or media type gives (its own, then its schema's)."""
    if getattr(holder, "example", None) is not None:
        return _json(holder.example)
    for example in (getattr(holder, "examples", None) or {}).values():
        value = getattr(example, "value", None)
        if value is not None:
            return _json(value)
    if schema is not None and not isinstance(schema, Reference):
        if getattr(schema, "example", None) is not None:
            return _json(schema.example)
        examples = getattr(schema, "examples", None)
        if isinstance(examples, list) and examples:
            return _json(examples[0])
    return None


def _json(value: Any) -> ir.JsonValue:
    """A JSON value as loaded (anything else, such as a date YAML read, is left out)."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _json(item) for key, item in value.items()}
    return None


def _text(value: object) -> str:
    """An openapi-pydantic enum member or plain string, as its string value."""
    return str(getattr(value, "value", value))


def _is_success(status: str) -> bool:
    """A 2xx, or a redirect the spec declares as an answer (GitHub's artifact downloads
    answer 302 with the file's URL in `Location`); not 304, which only a conditional
    request the caller makes can get."""
    return status.startswith("2") or (status.startswith("3") and status != "304")


def method_arguments(
    path_params: tuple[ir.Parameter, ...],
    params: tuple[ir.Parameter, ...],
    body: ir.RequestBody | None,
) -> tuple[ir.Argument, ...]:
    """The method's arguments: path parameters (positional, in path order), then a required
    body, the other parameters (required ones first) and an optional body, keyword-only."""
    arguments = [_parameter_argument(p, positional=True) for p in path_params]
    body_argument = None
    if body is not None:
        body_argument = ir.Argument(
            kind="body",
            name="body",
            wire_name=None,
            type=body.accepted_type if body.required else _optional(body.accepted_type),
            required=body.required,
            positional=False,
            default=None if body.required else ir.Default(value=None),
            doc=body.description,
        )
    if body_argument is not None and body_argument.required:
        arguments.append(body_argument)
    arguments += [_parameter_argument(p, positional=False) for p in params]
    if body_argument is not None and not body_argument.required:
        arguments.append(body_argument)
    return tuple(arguments)


def _parameter_argument(param: ir.Parameter, positional: bool) -> ir.Argument:
    return ir.Argument(
        kind=param.location,
        name=param.name,
        wire_name=param.wire_name,
        type=param.type if param.required else _optional(param.type),
        required=param.required,
        positional=positional,
        default=None if param.required else ir.Default(value=None),
        doc=param.description,
        json_type=param.type if param.json_encoded else None,
    )


def _optional(ref: ir.TypeRef) -> ir.TypeRef:
    """The type of an argument that may be left out: None stands for "not given"."""
    return ref if ref.nullable else replace(ref, nullable=True)


def _result(
    return_type: ir.TypeRef, responses: list[ir.Response], event_type: ir.TypeRef | None
) -> ir.Result:
    if event_type is not None:
        return ir.Result(kind="events", type=event_type)
    if return_type.kind == "none":
        return ir.Result(kind="none", type=return_type)
    is_bytes = return_type.kind == "scalar" and return_type.scalar == "bytes"
    if is_bytes and any(r.kind == "bytes" for r in responses):
        return ir.Result(kind="download", type=return_type)
    return ir.Result(kind="value", type=return_type)


def with_stream_alternative(
    operation: ir.Operation, events: ir.Response, switch: ir.Field | None
) -> ir.Operation:
    """`operation` (a JSON result) with the operation that asks for `events` instead.

    With a boolean `stream` body field (and no argument already named `stream`) the method
    takes a `stream` switch; otherwise the streaming operation is a method of its own,
    `<name>_stream` (see split_stream_methods)."""
    assert events.type is not None
    streaming = replace(
        operation,
        method_name=operation.method_name + "_stream",
        constant_name=operation.constant_name + "_STREAM",
        responses=(events,),
        return_type=events.type,
        result=ir.Result(kind="events", type=events.type),
        event_type=events.type,
        accept=EVENT_STREAM,
    )
    taken = {a.name for a in operation.arguments}
    if switch is None or STREAM_SWITCH in taken:
        alternative = ir.StreamAlternative(operation=streaming)
        return replace(operation, result=replace(operation.result, stream_alternative=alternative))
    alternative = ir.StreamAlternative(
        operation=streaming, switch=STREAM_SWITCH, body_field=switch.name
    )
    argument = ir.Argument(
        kind="switch",
        name=STREAM_SWITCH,
        wire_name=switch.wire_name,
        type=ir.TypeRef(kind="scalar", scalar="bool"),
        required=False,
        positional=False,
        default=ir.Default(value=False),
        doc="True: the server answers with events, returned as a stream of them.",
    )
    return replace(
        operation,
        arguments=(*operation.arguments, argument),
        result=replace(operation.result, stream_alternative=alternative),
    )


def split_stream_methods(operations: tuple[ir.Operation, ...]) -> tuple[ir.Operation, ...]:
    """Every operation, each streaming alternative without a switch after its operation as
    a method of its own (`create_stream`)."""
    split: list[ir.Operation] = []
    for operation in operations:
        alternative = operation.result.stream_alternative
        if alternative is None or alternative.switch is not None:
            split.append(operation)
            continue
        plain = replace(operation.result, stream_alternative=None)
        split += [replace(operation, result=plain), alternative.operation]
    return tuple(split)


def paginated(operation: ir.Operation, pagination: ir.Pagination) -> ir.Operation:
    """`operation` returning pages: what `pagination` describes."""
    page = ir.Result(kind="page", type=pagination.item_type, page_class=pagination.page_class)
    return replace(operation, pagination=pagination, result=page)


def named_types_in(ref: ir.TypeRef | None) -> set[str]:
    if ref is None:
        return set()
    found = {ref.name} if ref.kind == "named" and ref.name else set()
    for arg in ref.args:
        found |= named_types_in(arg)
    return found
