"""The parser's runtime decisions: credentials, security per operation,
pagination markings (spec and config) and event streams."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import SdkOptions
from generator.errors import ConfigError, SpecError
from generator.load import load_spec
from generator.parse import parse_api
from tests.helpers import minimal_spec, operation, parse_dict, write_spec

ITEM = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}},
}
ITEM_PAGE = {
    "type": "object",
    "properties": {
        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
        "meta": {
            "type": "object",
            "properties": {"next-cursor": {"type": ["string", "null"]}},
        },
    },
}


def _get(operation_id: str, response: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "get": {
            "operationId": operation_id,
            "responses": {"200": {"description": "ok", "content": response}},
            **extra,
        }
    }


def _json(ref: str) -> dict[str, Any]:
    return {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}}


def _paged_spec(marking: Any | None, **parameters: Any) -> dict[str, Any]:
    extra: dict[str, Any] = {}
    if marking is not None:
        extra["x-sdkforge-pagination"] = marking
    params = [
        {"name": name, "in": "query", "schema": schema} for name, schema in parameters.items()
    ]
    return minimal_spec(
        paths={"/items": _get("listItems", _json("ItemPage"), parameters=params, **extra)},
        components={"schemas": {"Item": ITEM, "ItemPage": ITEM_PAGE}},
    )


# -- security ---------------------------------------------------------------------------


def test_each_scheme_becomes_a_keyword_named_after_its_key(tmp_path: Path) -> None:
    spec = minimal_spec(
        components={
            "securitySchemes": {
                "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Key"},
                "OauthClient": {
                    "type": "oauth2",
                    "flows": {"clientCredentials": {"tokenUrl": "/token", "scopes": {}}},
                },
                "basic": {"type": "http", "scheme": "Basic"},
                "Timeout": {"type": "http", "scheme": "bearer"},
                "pkce": {
                    "type": "oauth2",
                    "flows": {
                        "authorizationCode": {
                            "authorizationUrl": "/a",
                            "tokenUrl": "/t",
                            "scopes": {},
                        }
                    },
                },
                "oidc": {"type": "openIdConnect", "openIdConnectUrl": "/.well-known"},
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    schemes = {s.key: s for s in api.security_schemes}
    # the caller brings the access token of other oauth2 flows and of OpenID Connect
    assert [(schemes[k].kind, schemes[k].token_url) for k in ("pkce", "oidc")] == [
        ("bearer", None),
        ("bearer", None),
    ]
    assert schemes["ApiKeyAuth"].param_name == "api_key_auth"
    assert schemes["ApiKeyAuth"].env_var == "SDK_API_KEY_AUTH"
    assert (schemes["ApiKeyAuth"].location, schemes["ApiKeyAuth"].wire_name) == ("header", "X-Key")
    assert schemes["OauthClient"].param_name == "oauth_client"
    assert schemes["OauthClient"].kind == "oauth2_client_credentials"
    assert schemes["OauthClient"].token_url == "/token"
    assert schemes["basic"].kind == "basic"
    # a constructor keyword of its own must not be shadowed by a scheme
    assert schemes["Timeout"].param_name != "timeout"
    assert schemes["Timeout"].kind == "bearer"
    # flows where the user brings the access token: a bearer token
    assert schemes["pkce"].kind == "bearer"


def test_unsupported_schemes_are_left_out_with_a_warning(tmp_path: Path) -> None:
    spec = minimal_spec(
        components={
            "securitySchemes": {
                "digest": {"type": "http", "scheme": "digest"},
                "mtls": {"type": "mutualTLS"},
            }
        },
        security=[{"digest": []}],
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert api.security_schemes == ()
    messages = " ".join(w.message for w in warnings)
    assert "'digest'" in messages and "'mutualTLS'" in messages


def test_security_is_inherited_overridden_and_switched_off(tmp_path: Path) -> None:
    ok = {"200": {"description": "ok"}}
    spec = minimal_spec(
        components={
            "securitySchemes": {
                "Key": {"type": "apiKey", "in": "query", "name": "key"},
                "Bearer": {"type": "http", "scheme": "bearer"},
            }
        },
        security=[{"Key": []}],
        paths={
            "/inherit": {"get": {"operationId": "inherit", "responses": ok}},
            "/own": {
                "get": {
                    "operationId": "own",
                    "security": [{"Bearer": []}, {"Key": [], "Bearer": []}],
                    "responses": ok,
                }
            },
            "/none": {"get": {"operationId": "none", "security": [], "responses": ok}},
            "/optional": {
                "get": {"operationId": "optional", "security": [{}, {"Key": []}], "responses": ok}
            },
        },
    )
    api, _ = parse_dict(tmp_path, spec)
    assert operation(api, "inherit").security == (("Key",),)
    assert operation(api, "own").security == (("Bearer",), ("Key", "Bearer"))
    assert operation(api, "none").security == ()
    assert operation(api, "optional").security == ((), ("Key",))


def test_a_requirement_naming_an_undeclared_scheme_is_dropped(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={
            "/x": {
                "get": {
                    "operationId": "x",
                    "security": [{"Missing": []}],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert operation(api, "x").security == ()
    assert any("'Missing'" in w.message for w in warnings)


def test_an_api_key_scheme_without_a_name_is_an_error(tmp_path: Path) -> None:
    spec = minimal_spec(components={"securitySchemes": {"Key": {"type": "apiKey", "in": "header"}}})
    with pytest.raises(SpecError) as caught:
        parse_dict(tmp_path, spec)
    assert caught.value.pointer == "/components/securitySchemes/Key"


# -- event streams --------------------------------------------------------------------------


def test_an_event_stream_response_returns_its_data_type(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={
            "/events": _get(
                "events", {"text/event-stream": {"schema": {"$ref": "#/components/schemas/Item"}}}
            ),
            "/lines": _get("lines", {"text/event-stream": {}}),
        },
        components={"schemas": {"Item": ITEM}},
    )
    api, _ = parse_dict(tmp_path, spec)
    events = operation(api, "events")
    assert events.event_type == ir.TypeRef(kind="named", name="Item")
    assert events.responses[0].kind == "events"
    assert operation(api, "lines").event_type == ir.TypeRef(kind="scalar", scalar="str")


def test_json_is_preferred_over_an_event_stream(tmp_path: Path) -> None:
    content = {**_json("Item"), "text/event-stream": {"schema": {"type": "string"}}}
    spec = minimal_spec(paths={"/x": _get("x", content)}, components={"schemas": {"Item": ITEM}})
    api, _ = parse_dict(tmp_path, spec)
    assert operation(api, "x").event_type is None


# -- pagination -------------------------------------------------------------------------


def test_a_cursor_marking_resolves_wire_names_to_attributes(tmp_path: Path) -> None:
    marking = {
        "type": "cursor",
        "cursor_param": "after",
        "next_cursor": "meta.next-cursor",
        "items": "data",
    }
    api, _ = parse_dict(tmp_path, _paged_spec(marking, after={"type": "string"}))
    pagination = operation(api, "list_items").pagination
    assert pagination is not None
    assert pagination.kind == "cursor"
    assert pagination.param == "after"
    assert pagination.next_cursor == ("meta", "next_cursor")
    assert pagination.items == ("data",)
    assert pagination.item_type == ir.TypeRef(kind="named", name="Item")
    assert pagination.page_class == "ListItemsPage"


def test_offset_and_page_markings_read_the_parameter_defaults(tmp_path: Path) -> None:
    marking = {"type": "page", "page_param": "page", "limit_param": "size", "items": "data"}
    spec = _paged_spec(
        marking, page={"type": "integer", "default": 0}, size={"type": "integer", "default": 25}
    )
    api, _ = parse_dict(tmp_path, spec)
    pagination = operation(api, "list_items").pagination
    assert pagination is not None
    assert (pagination.start, pagination.default_limit) == (0, 25)


def test_a_list_response_pages_without_items(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={
            "/items": _get(
                "listItems",
                {"application/json": {"schema": {"type": "array", "items": ITEM}}},
                **{"x-sdkforge-pagination": {"type": "offset", "offset_param": "offset"}},
            )
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    pagination = operation(api, "list_items").pagination
    assert pagination is not None
    assert pagination.root_list and pagination.items == ("items",)


@pytest.mark.parametrize(
    ("marking", "key", "message"),
    [
        ({"type": "scroll"}, "/type", "must be one of"),
        ({"type": "cursor", "cursor_param": "after"}, "", "needs 'next_cursor'"),
        ({"type": "offset", "offset_param": "o", "items": "nope"}, "/items", "no field 'nope'"),
        ({"type": "offset", "offset_param": "o", "items": "meta"}, "/items", "not a list"),
        ({"type": "page", "page_param": "p", "colour": "red"}, "/colour", "unknown key"),
        ("cursor", "", "must be a table"),
    ],
)
def test_a_bad_marking_in_the_spec_points_at_itself(
    tmp_path: Path, marking: Any, key: str, message: str
) -> None:
    with pytest.raises(SpecError) as caught:
        parse_dict(tmp_path, _paged_spec(marking))
    assert caught.value.pointer == "/paths/~1items/get/x-sdkforge-pagination" + key
    assert message in caught.value.message


def test_the_config_marks_operations_the_spec_does_not(tmp_path: Path) -> None:
    path = write_spec(tmp_path, _paged_spec(None))
    marking = {
        "type": "cursor",
        "cursor_param": "after",
        "next_cursor": "meta.next-cursor",
        "items": "data",
    }
    api = parse_api(load_spec(path), "sdk", [], SdkOptions(pagination={"listItems": marking}))
    pagination = operation(api, "list_items").pagination
    assert pagination is not None and pagination.next_cursor == ("meta", "next_cursor")


def test_the_config_names_an_unknown_operation(tmp_path: Path) -> None:
    path = write_spec(tmp_path, _paged_spec(None))
    marking = {"type": "offset", "offset_param": "o", "items": "data"}
    with pytest.raises(ConfigError, match=r"pagination\.listThings"):
        parse_api(load_spec(path), "sdk", [], SdkOptions(pagination={"listThings": marking}))
