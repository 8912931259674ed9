"""Webhooks and callbacks in the IR: each request the API sends is an event model, the
events one union told apart by the field each fixes to its own values, a generic event for
the values not listed; callbacks on their operations; the signature scheme from the config."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.config import load_config
from generator.errors import ConfigError
from generator.render.render import render_api
from tests.helpers import field, minimal_spec, model, named, operation, parse_dict


def _hook(schema: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {"content": {"application/json": {"schema": schema}}},
            "responses": {"200": {"description": "ok"}},
            **extra,
        }
    }


def _event(tag: dict[str, Any], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["type"],
        "properties": {"type": tag, "id": {"type": "string"}, **properties},
    }


def _webhooks(api: ir.Api) -> ir.Webhooks:
    assert api.webhooks is not None
    return api.webhooks


def test_events_are_a_union_told_apart_by_their_fixed_field(tmp_path: Path) -> None:
    spec = minimal_spec(
        webhooks={
            "order.paid": _hook({"$ref": "#/components/schemas/Paid"}),
            "order.refunded": _hook(_event({"type": "string", "enum": ["order.refunded"]})),
        },
        components={
            "schemas": {"Paid": _event({"const": "order.paid"}, amount={"type": "integer"})}
        },
    )
    api, warnings = parse_dict(tmp_path, spec)
    hooks = _webhooks(api)
    assert [(e.key, e.type.name, e.tag) for e in hooks.events] == [
        ("order.paid", "Paid", "order.paid"),
        ("order.refunded", "OrderRefundedEvent", "order.refunded"),  # inline: named by its key
    ]
    assert hooks.tag_wire_name == "type"
    assert hooks.tags == (("order.paid", "Paid"), ("order.refunded", "OrderRefundedEvent"))
    # the tag is a Literal in each event (an enum of one value too): a type checker narrows by it
    refunded = field(api, "OrderRefundedEvent", "type").type
    assert refunded == ir.TypeRef(kind="literal", literal="order.refunded")
    union = named(api, hooks.union)
    assert isinstance(union, ir.Alias) and hooks.union == "WebhookEvent"
    assert [arg.name for arg in union.type.args] == ["Paid", "OrderRefundedEvent"]
    unknown = model(api, "UnknownWebhookEvent")
    assert [(f.wire_name, f.type.scalar) for f in unknown.fields] == [("type", "str")]
    assert unknown.extra_keys
    assert not [w for w in warnings if w.skipped]
    assert (hooks.union_module, hooks.unknown_module) == ("webhook_event", "unknown_webhook_event")


def test_a_model_may_fix_its_tag_to_a_few_values_no_other_has(tmp_path: Path) -> None:
    two = {"type": "string", "enum": ["account.created", "account.updated"]}
    spec = minimal_spec(
        webhooks={
            "account.created": _hook({"$ref": "#/components/schemas/Account"}),
            "account.updated": _hook({"$ref": "#/components/schemas/Account"}),
            "card.created": _hook({"$ref": "#/components/schemas/Card"}),
        },
        components={
            "schemas": {
                "Account": _event(two, environment={"type": "string", "enum": ["test", "live"]}),
                "Card": _event(
                    {"type": "string", "enum": ["card.created"]},
                    environment={"type": "string", "enum": ["test", "live"]},
                ),
            }
        },
    )
    hooks = _webhooks(parse_dict(tmp_path, spec)[0])
    # `environment` is fixed too, but to the same values in both: not a tag
    assert hooks.tag_wire_name == "type"
    assert dict(hooks.tags) == {
        "account.created": "Account",
        "account.updated": "Account",
        "card.created": "Card",
    }
    assert [e.tag for e in hooks.events] == ["account.created", "account.updated", "card.created"]


@pytest.mark.parametrize(
    "schemas",
    [
        # one model for every event: nothing to tell apart
        {"A": _event({"type": "string"}), "B": _event({"type": "string"})},
        # two models that fix the field to the same value
        {"A": _event({"const": "same"}), "B": _event({"const": "same"})},
        # one model does not fix it at all
        {"A": _event({"const": "a"}), "B": {"type": "object", "properties": {}}},
    ],
)
def test_without_a_tag_the_union_is_plain_and_has_no_generic_event(
    tmp_path: Path, schemas: dict[str, Any]
) -> None:
    spec = minimal_spec(
        webhooks={key: _hook({"$ref": f"#/components/schemas/{key}"}) for key in schemas},
        components={"schemas": schemas},
    )
    api, _ = parse_dict(tmp_path, spec)
    hooks = _webhooks(api)
    assert (hooks.tag_wire_name, hooks.unknown, hooks.tags) == (None, None, ())
    assert [e.tag for e in hooks.events] == [None, None]


def test_x_webhooks_of_a_3_0_spec_and_no_paths_make_an_sdk(tmp_path: Path) -> None:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "x-webhooks": {"ping": _hook({"$ref": "#/components/schemas/Ping"})},
        "components": {"schemas": {"Ping": _event({"type": "string", "enum": ["ping"]})}},
    }
    api, _ = parse_dict(tmp_path, spec)
    hooks = _webhooks(api)
    assert [(e.key, e.source, e.type.name) for e in hooks.events] == [("ping", "webhook", "Ping")]
    files = render_api(api)
    assert "sdk/webhooks.py" in files and "sdk/webhooks.pyi" in files
    assert "`ping` | `models.Ping` |" in files["api.md"]
    assert 'ChildResource(".webhooks", "Webhooks", standalone=True)' in files["sdk/_client.py"]


def test_callbacks_are_events_and_documented_on_their_method(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"done": {"type": "boolean"}}}
    spec = minimal_spec(
        paths={
            "/jobs": {
                "post": {
                    "operationId": "createJob",
                    "callbacks": {"jobDone": {"{$request.body#/url}": _hook(body, summary="Done")}},
                    "responses": {"204": {"description": "ok"}},
                }
            }
        }
    )
    api, warnings = parse_dict(tmp_path, spec)
    created = operation(api, "create")
    assert created.callbacks == (
        ir.Callback(
            "jobDone", "{$request.body#/url}", "POST", ir.TypeRef(kind="named", name="JobDoneEvent")
        ),
    )
    hooks = _webhooks(api)
    assert [(e.key, e.source, e.summary) for e in hooks.events] == [("jobDone", "callback", "Done")]
    assert not [w for w in warnings if w.skipped]
    code = render_api(api)["sdk/resources/jobs.py"]
    assert "jobDone: POST {$request.body#/url}, body `models.JobDoneEvent`" in code


def test_a_resource_named_webhooks_gives_way_to_client_webhooks(tmp_path: Path) -> None:
    spec = minimal_spec(
        paths={"/webhooks": {"get": {"responses": {"204": {"description": "ok"}}}}},
        webhooks={"ping": _hook({"type": "object"})},
        components={"schemas": {"WebhookEvent": {"type": "object"}}},
    )
    api, warnings = parse_dict(tmp_path, spec)
    assert [r.attr_name for r in api.resources] == ["webhooks_"]
    assert any("client.webhooks_ (not webhooks)" in w.message for w in warnings)
    # the spec's own WebhookEvent keeps its name; the union takes another
    assert _webhooks(api).union == "WebhookEvent2"
    # without webhooks, the resource keeps its name
    del spec["webhooks"]
    assert [r.attr_name for r in parse_dict(tmp_path, spec)[0].resources] == ["webhooks"]


def test_an_event_without_a_json_body_is_warned_about(tmp_path: Path) -> None:
    form = {
        "post": {
            "requestBody": {
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
                    }
                }
            },
            "responses": {"200": {"description": "ok"}},
        }
    }
    spec = minimal_spec(webhooks={"form": form, "ok": _hook({"type": "object"})})
    api, warnings = parse_dict(tmp_path, spec)
    skipped = [(w.pointer, w.message, w.skipped) for w in warnings if w.skipped]
    assert skipped == [
        (
            "/webhooks/form/post",
            "webhook 'form' has a application/x-www-form-urlencoded body, not JSON: no event model",
            "webhook",
        )
    ]
    assert [e.key for e in _webhooks(api).events] == ["ok"]


def test_the_signature_scheme_and_headers_come_from_the_config(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"

    def sdk(extra: str) -> ir.WebhookSignature:
        pyproject.write_text(
            "[tool.sdkforge]\n[[tool.sdkforge.sdks]]\n"
            f'spec = "s.yaml"\noutput = "o"\npackage = "p"\n{extra}'
        )
        return load_config(pyproject).sdks[0].options.webhook_signature

    assert sdk("") == ir.WebhookSignature()  # Standard Webhooks
    assert sdk('webhook_signature = "hmac-sha256"\n').signature_header == "X-Hub-Signature-256"
    stamped = sdk(
        'webhook_signature = "timestamped-hmac"\n'
        'webhook_headers = { signature = "Stripe-Signature" }\n'
    )
    assert (stamped.scheme, stamped.signature_header) == ("timestamped-hmac", "Stripe-Signature")
    for bad, message in [
        ('webhook_signature = "md5"', "'webhook_signature' must be one of"),
        ('webhook_headers = { sig = "x" }', "unknown key 'sig'"),
        ('webhook_headers = { id = "a b" }', "webhook_headers.id: 'a b' is not a header name"),
    ]:
        with pytest.raises(ConfigError, match=message):
            sdk(bad + "\n")
