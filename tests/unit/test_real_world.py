"""Real-world schema and parameter shapes (issue 4), each on a small inline spec."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from tests.helpers import field, minimal_spec, parse_dict


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    if schema is None:
        return {"204": {"description": "ok"}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def test_read_only_and_write_only_fields_are_optional_where_they_are_not_sent(
    tmp_path: Path,
) -> None:
    access = {
        "type": "object",
        "required": ["id", "password", "name"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "password": {"type": "string", "writeOnly": True},
            "name": {"type": "string"},
        },
    }
    spec = minimal_spec(
        paths={
            "/both": {
                "post": {"requestBody": json_body(ref("Both")), "responses": ok(ref("Both"))}
            },
            "/in": {"post": {"requestBody": json_body(ref("In")), "responses": ok()}},
            "/out": {"get": {"responses": ok({"type": "array", "items": ref("Out")})}},
            "/nested": {"get": {"responses": ok(ref("Holder"))}},
        },
        components={
            "schemas": {
                "Both": access,
                "In": access,
                "Out": access,
                # reached through another model; readOnly on the $ref target
                "Holder": {
                    "type": "object",
                    "required": ["inner", "token"],
                    "properties": {"inner": ref("Inner"), "token": ref("Secret")},
                },
                "Inner": access,
                "Secret": {"type": "string", "writeOnly": True},
            }
        },
    )
    api, _ = parse_dict(tmp_path, spec)

    def required(model: str) -> dict[str, bool]:
        return {f: field(api, model, f).required for f in ("id", "password", "name")}

    assert required("Both") == {"id": False, "password": False, "name": True}
    assert required("In") == {"id": False, "password": True, "name": True}
    assert required("Out") == {"id": True, "password": False, "name": True}
    assert required("Inner") == {"id": True, "password": False, "name": True}
    token = field(api, "Holder", "token")
    assert token.write_only and not token.required
    assert field(api, "Both", "id").read_only and field(api, "Both", "password").write_only
    assert field(api, "Both", "id").type == ir.TypeRef(kind="scalar", scalar="str")
