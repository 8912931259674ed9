"""The `encoding` of a form or multipart body, read into ir.RequestBody.encoding."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from tests.helpers import minimal_spec, operation, parse_dict

OK = {"200": {"description": "ok"}}
OBJ = {"type": "object", "additionalProperties": {"type": "string"}}
LIST = {"type": "array", "items": {"type": "string"}}


def _body(tmp_path: Path, content: dict[str, Any], method: str = "post") -> tuple[Any, list[Any]]:
    op = {"operationId": "send", "requestBody": {"content": content}, "responses": OK}
    api, warnings = parse_dict(tmp_path, minimal_spec(paths={"/send": {method: op}}))
    return operation(api, "send").body, warnings


def _form(media: str, encoding: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {"a": OBJ, "b": LIST, "c": LIST, "d": OBJ}}
    return {media: {"schema": schema, "encoding": encoding}}


ENCODING = {
    "a": {"style": "deepObject", "explode": True},
    "b": {"style": "deepObject"},  # deepObject always explodes
    "c": {"style": "form", "explode": False},
    "d": {"contentType": "application/json; charset=utf-8"},
    "e": {"contentType": "image/png"},  # a file part's type: says nothing about style
}
TABLE = (
    ("a", ir.FieldEncoding("deepObject", True, False)),
    ("b", ir.FieldEncoding("deepObject", True, False)),
    ("c", ir.FieldEncoding("form", False, False)),
    ("d", ir.FieldEncoding("form", True, True)),
)


def test_a_urlencoded_body_keeps_its_encoding_table(tmp_path: Path) -> None:
    body, warnings = _body(tmp_path, _form("application/x-www-form-urlencoded", ENCODING))
    assert body.kind == "form"
    assert body.encoding == TABLE
    assert warnings == []


def test_a_multipart_body_keeps_its_encoding_table(tmp_path: Path) -> None:
    body, _ = _body(tmp_path, _form("multipart/form-data", ENCODING))
    assert body.kind == "multipart"
    assert body.encoding == TABLE


def test_a_style_that_means_nothing_in_a_form_is_warned_about(tmp_path: Path) -> None:
    encoding = {"a": {"style": "matrix"}}
    body, warnings = _body(tmp_path, _form("application/x-www-form-urlencoded", encoding))
    assert body.encoding == (("a", ir.FieldEncoding("form", True, False)),)
    assert [w.pointer for w in warnings] == [
        "/paths/~1send/post/requestBody/content/application~1x-www-form-urlencoded/encoding/a/style"
    ]
    assert "'matrix'" in warnings[0].message


def test_a_json_body_has_no_table(tmp_path: Path) -> None:
    body, _ = _body(tmp_path, _form("application/json", ENCODING))
    assert body.kind == "json"
    assert body.encoding == ()


def test_a_form_body_without_properties_is_no_body(tmp_path: Path) -> None:
    empty = {"type": "object", "properties": {}, "additionalProperties": False}
    body, _ = _body(tmp_path, {"application/x-www-form-urlencoded": {"schema": empty}}, "get")
    assert body is None
    api, _ = parse_dict(
        tmp_path,
        minimal_spec(
            paths={
                "/send": {
                    "get": {
                        "operationId": "send",
                        "requestBody": {
                            "content": {
                                "application/x-www-form-urlencoded": {
                                    "schema": {"$ref": "#/components/schemas/Empty"}
                                }
                            }
                        },
                        "responses": OK,
                    }
                }
            },
            components={"schemas": {"Empty": {"type": "object"}}},
        ),
    )
    assert operation(api, "send").body is None
    assert all(a.kind != "body" for a in operation(api, "send").arguments)


def test_a_form_body_open_to_any_field_stays(tmp_path: Path) -> None:
    open_form = {"type": "object", "additionalProperties": {"type": "string"}}
    body, _ = _body(tmp_path, {"application/x-www-form-urlencoded": {"schema": open_form}})
    assert body is not None and body.kind == "form"
