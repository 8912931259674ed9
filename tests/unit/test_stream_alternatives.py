"""A success response declared as JSON and as `text/event-stream`: the parser's decision.

A boolean `stream` body field makes it a switch of the method; without one the streaming
operation becomes a method of its own; an event stream without a schema is warned about.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from tests.helpers import minimal_spec, operation, parse_dict

CHUNK = {"type": "object", "properties": {"delta": {"type": "string"}}}
ANSWER = {"type": "object", "properties": {"text": {"type": "string"}}}


def _spec(events: dict[str, Any], body: dict[str, Any] | None = None) -> dict[str, Any]:
    post: dict[str, Any] = {
        "operationId": "answer",
        "responses": {
            "200": {
                "description": "ok",
                "content": {"application/json": {"schema": ANSWER}, "text/event-stream": events},
            }
        },
    }
    if body is not None:
        post["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
    return minimal_spec(paths={"/answer": {"post": post}})


def _body(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": {"q": {"type": "string"}, **properties}}


def test_a_stream_body_field_becomes_the_switch(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec({"schema": CHUNK}, _body(stream={"type": "boolean"})))
    op = operation(api, "answer")
    alternative = op.result.stream_alternative
    assert op.result.kind == "value"
    assert alternative is not None and alternative.switch == "stream"
    assert alternative.operation.result.kind == "events"
    assert alternative.operation.accept == "text/event-stream"
    assert alternative.operation.result.type == ir.TypeRef(kind="named", name="AnswerResponseEvent")
    switch = [a for a in op.arguments if a.kind == "switch"]
    assert [(a.name, a.wire_name, a.default) for a in switch] == [
        ("stream", "stream", ir.Default(value=False))
    ]
    # no second method
    assert all(
        not o.method_name.endswith("_stream") for r in api.all_resources() for o in r.operations
    )


def test_without_a_stream_field_the_stream_is_a_method_of_its_own(tmp_path: Path) -> None:
    # itemSchema (OpenAPI 3.2) types the events as a schema does
    api, warnings = parse_dict(tmp_path, _spec({"itemSchema": CHUNK}, _body()))
    plain, streaming = operation(api, "answer"), operation(api, "create_stream")
    assert plain.result.stream_alternative is None
    assert plain.result.kind == "value"
    assert streaming.result.kind == "events"
    assert streaming.constant_name == plain.constant_name + "_STREAM"
    assert streaming.result.type.kind == "named"
    assert not [w for w in warnings if "event stream" in w.message]


def test_an_event_stream_without_a_schema_is_warned_about(tmp_path: Path) -> None:
    api, warnings = parse_dict(tmp_path, _spec({}))
    assert operation(api, "create_stream").result.type == ir.TypeRef(kind="scalar", scalar="str")
    messages = [w.message for w in warnings]
    assert "event stream without a schema: its events are typed as text" in messages


def test_a_streaming_method_keeps_where_its_operation_s_name_came_from(tmp_path: Path) -> None:
    # `sdkforge lint` reads these: a `_stream` method is named as its operation is, not
    # "derived from the HTTP method" for want of an operationId
    api, _ = parse_dict(tmp_path, _spec({"schema": CHUNK}, _body()))
    plain, streaming = operation(api, "answer"), operation(api, "create_stream")
    assert plain.operation_id == "answer"
    assert (streaming.operation_id, streaming.name_source) == ("answer", plain.name_source)
