"""Operation parameters -> ir.Parameter: merged with the path item's, typed, styled, named;
the `Accept` and `Content-Type` header parameters that fix a value."""

from __future__ import annotations

import re
from typing import Any

from openapi_pydantic.v3.v3_1 import (
    Parameter,
    Schema,
)

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.parse.names import (
    HTTP_TOKEN,
    NameRegistry,
    pascal_case,
    safe_identifier,
    snake_case,
)
from generator.parse.operation_base import (
    OperationBase,
    RawOperation,
    default_of,
    is_json,
    pick_media,
    text_of,
)
from generator.parse.reserved import argument_reserved
from generator.parse.schema_shapes import example_of
from generator.parse.schemas import ref_target
from generator.runtime_source import default_styles


class ParameterParsing(OperationBase):
    """The parameters of an operation."""

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
                merged[(text_of(parameter.param_in), parameter.name)] = (param_pointer, parameter)
        return list(merged.values())

    def _parameter(
        self, parameter: Parameter, pointer: str, hint: str, names: NameRegistry
    ) -> ir.Parameter | None:
        location = text_of(parameter.param_in)
        if not self._is_argument(parameter, pointer, location):
            return None
        type_, json_encoded = self._parameter_type(parameter, pointer, hint)
        style = (
            text_of(parameter.style)
            if parameter.style is not None
            else default_styles()[location][0]
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
        return ir.Parameter(
            name=names.claim(safe_identifier(snake_case(parameter.name), "param", argument_reserved())),
            wire_name=parameter.name,
            location=location,  # type: ignore[arg-type]
            type=type_,
            required=required,
            description=parameter.description,
            style=style,
            explode=explode,
            default=default_of(parameter.param_schema),
            json_encoded=json_encoded,
            example=example_of(parameter, parameter.param_schema),
            # the runtime applies its defaults itself: the endpoint lists only the others
            default_style=(style, explode) == default_styles()[location],
        )

    def _is_argument(self, parameter: Parameter, pointer: str, location: str) -> bool:
        """False for a header the client sets itself or cannot send (with a warning), and
        for an `Accept` or `Content-Type` whose value the spec fixes (sent as declared)."""
        if (
            location == "header"
            and parameter.name.lower() in MEDIA_HEADERS
            and self._media_header_value(parameter) is not None
        ):
            return False  # sent as the spec says: see _media_header_value
        if (
            location == "header"
            and self.idempotency_header is not None
            and parameter.name.lower() == self.idempotency_header.lower()
        ):
            return False  # sent by the per-call `idempotency_key=` (or made by the client)
        if location == "header" and parameter.name.lower() in _IGNORED_HEADERS:
            self.warnings.append(
                SpecWarning(
                    pointer,
                    f"header parameter {parameter.name!r} ignored: the client sets Accept, "
                    "Content-Type and Authorization itself (as OpenAPI requires)",
                    skipped="parameter",
                )
            )
            return False
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
            return False
        return True

    def _parameter_type(
        self, parameter: Parameter, pointer: str, hint: str
    ) -> tuple[ir.TypeRef, bool]:
        """The parameter's type, and whether it is sent as JSON (`content` of a JSON type)."""
        if parameter.param_schema is not None:
            type_ = self.schemas.type_of(
                parameter.param_schema,
                join_pointer(pointer, "schema"),
                hint + pascal_case(parameter.name),
            )
            return type_, False
        if parameter.content:
            media_type, media = pick_media(parameter.content)
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
            return type_, is_json(media_type)
        raise SpecError(
            self.file,
            pointer,
            f"parameter {parameter.name!r} has neither 'schema' nor 'content'",
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
                schema = self.view.at(target[1:]) if target[:1] == "#" else None
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


# The spec says these header parameters are ignored: the client sets them itself.
_IGNORED_HEADERS = frozenset({"accept", "content-type", "authorization"})


# ...unless the spec fixes their value: see OperationParser._media_header_value
MEDIA_HEADERS = frozenset({"accept", "content-type"})


# a header value that can be sent as it is: visible ASCII and spaces, no line breaks
_HEADER_VALUE = re.compile(r"^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$")
