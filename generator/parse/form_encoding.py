"""The `encoding` object of a form or multipart request body -> a per-field table in the IR,
and which form bodies declare nothing to send."""

from __future__ import annotations

from typing import Any, get_args

from openapi_pydantic.v3.v3_1 import MediaType

from generator import ir
from generator.errors import SpecWarning, join_pointer

_STYLES: tuple[str, ...] = get_args(ir.FormStyle)


def field_encodings(
    media: MediaType, pointer: str, warnings: list[SpecWarning]
) -> tuple[tuple[str, ir.FieldEncoding], ...]:
    """The declared encodings, by field wire name, in the order of the spec."""
    table: list[tuple[str, ir.FieldEncoding]] = []
    for name, encoding in (media.encoding or {}).items():
        at = join_pointer(pointer, "encoding", name)
        as_json = _is_json(encoding.contentType)
        if encoding.style is None and encoding.explode is None and not as_json:
            continue  # only a part's content type (a file's): the defaults apply
        style: ir.FormStyle = "form"
        if encoding.style is not None:
            if encoding.style in _STYLES:
                style = encoding.style  # type: ignore[assignment]  # checked just above
            else:
                warnings.append(
                    SpecWarning(
                        join_pointer(at, "style"),
                        f"style {encoding.style!r} does not apply to a form field; "
                        "it is sent form-style",
                    )
                )
        # OpenAPI: explode defaults to true for form and only then; deepObject always explodes
        explode = style in ("form", "deepObject") if encoding.explode is None else encoding.explode
        if style == "deepObject":
            explode = True
        table.append(
            (
                str(name),
                ir.FieldEncoding(style=style, explode=explode, as_json=as_json),
            )
        )
    return tuple(table)


def _is_json(content_type: str | None) -> bool:
    if not content_type:
        return False
    media = content_type.split(";")[0].strip().lower()
    return media == "application/json" or media.endswith("+json")


def declares_nothing(schema: Any) -> bool:
    """An object schema without properties nor additional ones: a form body that sends
    nothing (some payment specs declare one on GET operations)."""
    if not isinstance(schema, dict) or set(schema) - {
        "type",
        "properties",
        "additionalProperties",
        "title",
        "description",
    }:
        return False
    return (
        schema.get("type", "object") == "object"
        and not schema.get("properties")
        and schema.get("additionalProperties", False) is False
    )
