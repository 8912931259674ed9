"""Request bodies and responses -> ir.RequestBody and ir.Response: the media type picked,
the body typed, errors named after their status, what `Accept` asks for."""

from __future__ import annotations

import re
from typing import Any

from openapi_pydantic.v3.v3_1 import (
    Operation,
    RequestBody,
    Response,
    Schema,
)
from pydantic import BaseModel

from generator import ir
from generator.errors import SpecWarning, join_pointer
from generator.load import SpecView
from generator.parse.form_encoding import declares_nothing, field_encodings
from generator.parse.operation_base import (
    EVENT_STREAM,
    STATUS_KEY,
    OperationBase,
    is_json,
    is_success,
    pick_media,
)
from generator.parse.schema_shapes import example_of, schema_types
from generator.parse.schemas import ANY, ref_target


class PayloadParsing(OperationBase):
    """The request body and the responses of an operation."""

    def _request_body(
        self, op: Operation, pointer: str, hint: str, suffix: str = "Body"
    ) -> ir.RequestBody | None:
        """`hint + suffix` names an inline body schema (an event's: `<Key>Event`)."""
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
        content_type, media = pick_media(body.content)
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
            type_ = self.schemas.type_of(schema, media_pointer, hint + suffix)
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
            example=example_of(media, schema),
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
                return self.view.at(target[1:])
            except KeyError:
                return None
        return schema

    def _responses(
        self, op: Operation, pointer: str, hint: str
    ) -> tuple[list[ir.Response], list[ir.Response]]:
        successes: list[ir.Response] = []
        errors: list[ir.Response] = []
        declared = op.responses or {}
        has_success = any(is_success(status) for status in declared)
        # inline schema written out the same for two statuses (200 and 201) -> its type
        shapes: dict[str, ir.TypeRef] = {}
        for status, node in declared.items():
            status_pointer = join_pointer(pointer, "responses", status)
            if not STATUS_KEY.match(status):
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
            success = is_success(status) or (status == "default" and not has_success)
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
            if not is_success(status) or status in ("204", "205") or not STATUS_KEY.match(status):
                continue
            response = self._resolve(node, join_pointer(pointer, "responses", status), Response)
            if not response.content:
                found.extend(SpecView.produced(response.model_extra))
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
        content_type, media = pick_media(response.content)
        kind = response_kind(content_type)
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
            text_type = ir.TypeRef(kind="scalar", scalar=_text_scalar(media.media_type_schema))
            return ir.Response(status, "text", text_type, response.description, content_type)
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
        return ir.Response(
            status, "json", type_, response.description, content_type, example_of(media, schema)
        )


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


def _request_kind(content_type: str) -> ir.RequestKind:
    base = content_type.split(";", 1)[0].strip().lower()
    if is_json(base):
        return "json"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("multipart/"):
        return "multipart"
    if base.startswith("text/"):
        return "text"
    return "bytes"


def _text_scalar(schema: object) -> ir.ScalarName:
    """What a text answer is read as: `bool` where its schema is a boolean ("True", "false"
    read case-insensitively by the runtime), else the text."""
    if isinstance(schema, Schema) and schema_types(schema) == ["boolean"]:
        return "bool"
    return "str"


def _download(status: str, response: Response, content_type: str) -> ir.Response:
    bytes_type = ir.TypeRef(kind="scalar", scalar="bytes")
    return ir.Response(status, "bytes", bytes_type, response.description, content_type)


# what an Accept header may name: `type/subtype`, `type/*` or `*/*` (a spec's odd keys are left out)
_MEDIA_RANGE = re.compile(r"^(\*/\*|[\w!#$&^.+-]+/(\*|[\w!#$&^.+-]+))$", re.ASCII)


def accept_for(responses: list[ir.Response], errors: list[ir.Response], produced: list[str]) -> str:
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


def response_kind(content_type: str) -> ir.BodyKind:
    base = content_type.split(";", 1)[0].strip().lower()
    if base == EVENT_STREAM:
        return "events"
    if is_json(base):
        return "json"
    if base.startswith("text/") or base in ("application/xml", "application/x-www-form-urlencoded"):
        return "text"
    return "bytes"
