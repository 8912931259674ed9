"""Paths and operations -> ir.Operation: parameters, request bodies, responses, names."""

from __future__ import annotations

import re
from dataclasses import replace

from openapi_pydantic.v3.v3_1 import (
    Operation,
    Parameter,
    PathItem,
    Reference,
    Response,
    Schema,
)

from generator import ir
from generator.errors import SpecWarning, join_pointer
from generator.parse.names import (
    NameRegistry,
    pascal_case,
    safe_identifier,
    snake_case,
)
from generator.parse.operation_base import (
    EVENT_STREAM,
    RawOperation,
    is_json,
    text_of,
)
from generator.parse.operation_parameters import MEDIA_HEADERS, ParameterParsing
from generator.parse.operation_payloads import PayloadParsing, accept_for, response_kind
from generator.parse.reserved import argument_reserved
from generator.parse.schemas import union_of
from generator.parse.servers import operation_servers

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# the body field by which an API that answers in JSON or in events is asked for events
STREAM_SWITCH = "stream"


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
            tag = operation.tags[0] if operation.tags else None
            found.append(
                RawOperation(
                    tag=tag,
                    path=path,
                    http_method=method.upper(),
                    operation=operation,
                    pointer=join_pointer(item_pointer, method),
                    path_parameters=tuple(item.parameters or ()),
                    path_servers=tuple(item.servers or ()),
                )
            )
    return found


def default_method_name(raw: RawOperation) -> str:
    """`GET /pets/{petId}/photos` -> `get_pets_pet_id_photos`, for operations without an id."""
    return snake_case(raw.http_method.lower() + " " + re.sub(r"[{}]", " ", raw.path))


class OperationParser(ParameterParsing, PayloadParsing):
    """Each operation -> ir.Operation; parameters, bodies and responses are parsed by the
    classes it is made of."""

    def parse(
        self,
        raw: RawOperation,
        method_name: str,
        constant_name: str,
        hint: str | None = None,
        name_source: str = "operation_id",
    ) -> ir.Operation:
        """`hint` starts the names of the operation's inline schemas (default: the method's);
        `name_source`: where the method's name came from (see ir.Operation)."""
        op = raw.operation
        hint = hint or pascal_case(method_name)
        parameters = self._parameters(raw)
        path_params, other_params = self._typed_parameters(raw, parameters, hint)
        # declared Accept / Content-Type with a value: sent as declared (see _media_header_value)
        media_headers = {
            parameter.name.lower(): value
            for _, parameter in parameters
            if text_of(parameter.param_in) == "header"
            and parameter.name.lower() in MEDIA_HEADERS
            and (value := self._media_header_value(parameter)) is not None
        }
        body = self._declared_body_type(
            self._request_body(op, raw.pointer, hint), media_headers.get("content-type"), raw
        )
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
        servers, hosts = self._servers(raw, parameters)
        operation = ir.Operation(
            method_name=method_name,
            constant_name=constant_name,
            operation_id=op.operationId,
            name_source=name_source,
            http_method=raw.http_method,
            path=raw.path,
            summary=op.summary,
            description=op.description,
            deprecated=bool(op.deprecated),
            path_params=path_params,
            params=other_params,
            body=body,
            responses=tuple(responses),
            errors=tuple(errors),
            return_type=return_type,
            arguments=method_arguments(path_params, other_params, body),
            result=_result(return_type, responses, event_type),
            security=self.security.for_operation(op.security, raw.pointer),
            event_type=event_type,
            accept=media_headers.get("accept")
            or accept_for(responses, errors, self._produced_without_schema(op, raw.pointer)),
            # with a body, the body's own media type is sent (its encoding depends on it)
            fixed_headers=(("Content-Type", media_headers["content-type"]),)
            if "content-type" in media_headers and body is None
            else (),
            servers=servers,
            hosts=hosts,
        )
        alternative = self._events_alternative(op, raw.pointer, responses, hint)
        if alternative is None:
            return operation
        return with_stream_alternative(operation, alternative, self._switch_field(body))

    def _servers(
        self, raw: RawOperation, parameters: list[tuple[str, Parameter]]
    ) -> tuple[tuple[ir.Server, ...], tuple[tuple[str, str], ...]]:
        """The operation's servers (else its path's) and where its calls go instead."""
        declared = raw.operation.servers or raw.path_servers
        if not declared:
            return (), ()
        owner = raw.pointer if raw.operation.servers else raw.pointer.rsplit("/", 1)[0]
        return operation_servers(
            declared,
            join_pointer(owner, "servers"),
            self.servers,
            _leading_values(raw.path, parameters),
            self.warnings,
            self.server_slips,
        )

    def _typed_parameters(
        self, raw: RawOperation, parameters: list[tuple[str, Parameter]], hint: str
    ) -> tuple[tuple[ir.Parameter, ...], tuple[ir.Parameter, ...]]:
        """(path parameters in path order, the others with the required ones first); a path
        template's name that no parameter declares is added as a string."""
        names = NameRegistry(argument_reserved())
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
        # required keyword-only parameters first reads better; the spec order otherwise
        other_params.sort(key=lambda p: not p.required)
        return tuple(path_params), tuple(other_params)

    def _declared_body_type(
        self, body: ir.RequestBody | None, declared_type: str | None, raw: RawOperation
    ) -> ir.RequestBody | None:
        """The body with the media type a `Content-Type` header parameter fixes, where that
        names the body's type more exactly; a warning where it cannot."""
        if body is None or declared_type is None or declared_type == body.content_type:
            return body
        if body.kind in ("bytes", "text") or (body.kind == "json" and is_json(declared_type)):
            # the header names the body's type more exactly (Docker's build context is
            # `application/x-tar`, its body `application/octet-stream`)
            return replace(body, content_type=declared_type)
        self.warnings.append(
            SpecWarning(
                raw.pointer,
                f"header parameter 'Content-Type: {declared_type}' not sent: the "
                f"{body.kind} body is sent as {body.content_type!r}",
            )
        )
        return body

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
                if response_kind(content_type) == "events"
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

    # -- bodies -------------------------------------------------------------------------

    # -- references ---------------------------------------------------------------------


def _leading_values(path: str, parameters: list[tuple[str, Parameter]]) -> frozenset[str]:
    """The values (enum, default) of the path parameter a path starts with (`/{version}/...`)."""
    leading = re.match(r"^/\{([^}/]+)\}(/|$)", path)
    if leading is None:
        return frozenset()
    for _, parameter in parameters:
        schema = parameter.param_schema
        if text_of(parameter.param_in) == "path" and parameter.name == leading.group(1):
            if not isinstance(schema, Schema):
                return frozenset()
            values = [*(schema.enum or ()), schema.default]
            return frozenset(str(value) for value in values if isinstance(value, str))
    return frozenset()


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
