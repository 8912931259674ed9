"""Webhooks and callbacks -> events: the requests the API sends, each body a model, all of
them one union told apart by the field each event fixes to its own value.

Where they come from: 3.1 `webhooks`, `x-webhooks` (the 3.0 spelling), and the `callbacks`
of operations (documented on their method too, see `ir.Callback`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from openapi_pydantic.v3.v3_1 import Operation, PathItem, Reference
from pydantic import ValidationError

from generator import ir
from generator.errors import SpecWarning, join_pointer
from generator.load import LoadedSpec
from generator.parse.names import NameRegistry, pascal_case
from generator.parse.operation_base import RawOperation
from generator.parse.operations import HTTP_METHODS, OperationParser
from generator.parse.schemas import NamedType

X_WEBHOOKS = "x-webhooks"
CLIENT_ATTRIBUTE = "webhooks"  # `client.webhooks`
UNION_NAME = "WebhookEvent"
UNKNOWN_NAME = "UnknownWebhookEvent"
# the tag fields looked for first, in this order; else the first the events share
_TAG_NAMES = ("type", "event", "event_type", "eventType", "kind")


@dataclass(frozen=True)
class RawEvent:
    """A request the API sends, before its body is typed."""

    key: str
    source: Literal["webhook", "callback"]
    http_method: str
    operation: Operation
    pointer: str
    owner: str | None = None  # a callback: the pointer of its operation
    expression: str | None = None  # a callback: its URL expression


def collect_events(
    spec: LoadedSpec, operations: Iterable[RawOperation], warnings: list[SpecWarning]
) -> list[RawEvent]:
    """Every webhook (`webhooks`, then `x-webhooks`) and every callback of `operations`."""
    found: list[RawEvent] = []
    for key, node in (spec.openapi.webhooks or {}).items():
        found += _from_item(spec, key, node, join_pointer("/webhooks", key), warnings)
    extension = spec.view.top(X_WEBHOOKS)
    if extension is not None and not isinstance(extension, Mapping):
        warnings.append(SpecWarning("/" + X_WEBHOOKS, "not a map of webhooks; ignored"))
    for key, node in (extension if isinstance(extension, Mapping) else {}).items():
        pointer = join_pointer("/" + X_WEBHOOKS, str(key))
        found += _from_item(spec, str(key), node, pointer, warnings)
    for raw in operations:
        for name, callback in (raw.operation.callbacks or {}).items():
            pointer = join_pointer(raw.pointer, "callbacks", name)
            items = (
                spec.view.follow({"$ref": callback.ref})
                if isinstance(callback, Reference)
                else callback
            )
            for expression, item in (items if isinstance(items, Mapping) else {}).items():
                for event in _from_item(
                    spec, name, item, join_pointer(pointer, str(expression)), warnings
                ):
                    found.append(
                        replace(
                            event,
                            source="callback",
                            owner=raw.pointer,
                            expression=str(expression),
                        )
                    )
    return found


def _from_item(
    spec: LoadedSpec, key: str, node: Any, pointer: str, warnings: list[SpecWarning]
) -> list[RawEvent]:
    if isinstance(node, Reference):
        node = spec.view.follow({"$ref": node.ref})
    if not isinstance(node, PathItem):
        try:
            node = PathItem.model_validate(node)
        except ValidationError as error:
            warnings.append(
                SpecWarning(
                    pointer,
                    f"not a valid path item ({error.errors()[0]['msg']}); no event model",
                    skipped="webhook",
                )
            )
            return []
    return [
        RawEvent(key, "webhook", method.upper(), operation, join_pointer(pointer, method))
        for method in HTTP_METHODS
        if (operation := getattr(node, method, None)) is not None
    ]


def parse_events(
    raws: list[RawEvent], parser: OperationParser, warnings: list[SpecWarning]
) -> list[tuple[RawEvent, ir.WebhookEvent]]:
    """Each event's body typed (an inline body is named `<Key>Event`); an event without a
    JSON body is a warning and has no model."""
    parsed = []
    for raw in raws:
        hint = pascal_case(raw.key) or "Webhook"
        body = parser._request_body(raw.operation, raw.pointer, hint, suffix="Event")
        if body is None or body.kind != "json":
            what = "no request body" if body is None else f"a {body.content_type} body, not JSON"
            warnings.append(
                SpecWarning(
                    raw.pointer,
                    f"{raw.source} {raw.key!r} has {what}: no event model",
                    skipped=raw.source,
                )
            )
            continue
        parsed.append(
            (
                raw,
                ir.WebhookEvent(
                    key=raw.key,
                    source=raw.source,
                    http_method=raw.http_method,
                    type=body.type,
                    summary=raw.operation.summary,
                    description=raw.operation.description,
                ),
            )
        )
    return parsed


def callbacks_by_operation(
    parsed: list[tuple[RawEvent, ir.WebhookEvent]],
) -> dict[str, tuple[ir.Callback, ...]]:
    """Operation pointer -> its callbacks, for the method's docstring."""
    found: dict[str, list[ir.Callback]] = {}
    for raw, event in parsed:
        if raw.owner is not None:
            found.setdefault(raw.owner, []).append(
                ir.Callback(event.key, raw.expression or "", event.http_method, event.type)
            )
    return {owner: tuple(callbacks) for owner, callbacks in found.items()}


def event_union(
    events: list[ir.WebhookEvent],
    named: dict[str, NamedType],
    order: list[str],
    class_names: NameRegistry,
    package: str,
    signature: ir.WebhookSignature,
) -> ir.Webhooks | None:
    """The union of every event, added to `named` (and `order`) with the generic event
    of an unknown tag value; the events' models get their tag field as a Literal, which
    lets a type checker narrow the union by it. None when there is no event."""
    if not events:
        return None
    models = [named.get(e.type.name or "") for e in events]
    distinct = list({m.name: m for m in models if isinstance(m, ir.Model)}.values())
    tag = None
    if len(distinct) > 1 and all(isinstance(m, ir.Model) for m in models):
        tag = _tag_field(distinct, named)
    union = class_names.claim(UNION_NAME)
    unknown = None
    if tag is not None:
        wire, values = tag
        for model in distinct:
            named[model.name] = _with_literal_tag(model, wire, values[model.name])
        events = [replace(e, tag=_event_tag(e, values)) for e in events]
        unknown = class_names.claim(UNKNOWN_NAME)
        tag_field = next(f for f in distinct[0].fields if f.wire_name == wire)
        named[unknown] = ir.Model(
            name=unknown,
            module="",
            fields=(
                replace(tag_field, type=ir.TypeRef(kind="scalar", scalar="str"), default=None),
            ),
            description=f"An event whose {wire!r} the API description does not list (one "
            "added since): its fields are kept as extra keys.",
            extra_keys=True,
        )
        order.append(unknown)
    types = list({e.type: None for e in events})
    named[union] = ir.Alias(
        name=union,
        module="",
        type=types[0] if len(types) == 1 else ir.TypeRef(kind="union", args=tuple(types)),
        description="Every event the API sends to your endpoints (`client.webhooks.unwrap`).",
    )
    order.append(union)
    return ir.Webhooks(
        events=tuple(events),
        union=union,
        union_module="",
        signature=signature,
        secret_env=package.replace(".", "_").upper() + "_WEBHOOK_SECRET",
        tag_wire_name=tag[0] if tag is not None else None,
        tags=tuple(
            (value, name)
            for name, model_values in (tag[1] if tag else {}).items()
            for value in model_values
        ),
        unknown=unknown,
    )


def _tag_field(
    models: list[ir.Model], named: Mapping[str, NamedType]
) -> tuple[str, dict[str, tuple[str, ...]]] | None:
    """The wire name of a field each model fixes to text values of its own (one, or a few
    no other model has), and each model's values; None when there is no such field."""
    candidates: dict[str, dict[str, tuple[str, ...]]] = {}
    for index, model in enumerate(models):
        fixed = {f.wire_name: v for f in model.fields if (v := _fixed_values(f, named))}
        if index == 0:
            candidates = {wire: {model.name: values} for wire, values in fixed.items()}
            continue
        for wire in list(candidates):
            taken = {value for values in candidates[wire].values() for value in values}
            if wire in fixed and not taken & set(fixed[wire]):
                candidates[wire][model.name] = fixed[wire]
            else:
                del candidates[wire]
    if not candidates:
        return None
    wire = next((name for name in _TAG_NAMES if name in candidates), next(iter(candidates)))
    return wire, candidates[wire]


def _fixed_values(field: ir.Field, named: Mapping[str, NamedType]) -> tuple[str, ...]:
    """The text values a field is limited to (`const`, or an enum of text); () if it is
    not so limited."""
    type_ = field.type
    if type_.nullable:
        return ()
    if type_.kind == "literal" and isinstance(type_.literal, str):
        return (type_.literal,)
    enum = named.get(type_.name or "") if type_.kind == "named" else None
    if isinstance(enum, ir.Enum) and enum.value_type == "str":
        return tuple(str(member.value) for member in enum.members)
    return ()


def _event_tag(event: ir.WebhookEvent, values: Mapping[str, tuple[str, ...]]) -> str | None:
    """The tag value of an event: its key when its model allows it, else its model's only
    value (None when its model allows several and the key is none of them)."""
    allowed = values[event.type.name or ""]
    if event.key in allowed:
        return event.key
    return allowed[0] if len(allowed) == 1 else None


def _with_literal_tag(model: ir.Model, wire: str, values: tuple[str, ...]) -> ir.Model:
    literals = [ir.TypeRef(kind="literal", literal=value) for value in values]
    literal = literals[0] if len(literals) == 1 else ir.TypeRef(kind="union", args=tuple(literals))

    def tagged(field: ir.Field) -> ir.Field:
        if field.wire_name != wire:
            return field
        default = ir.Default(values[0]) if not field.required and len(values) == 1 else None
        return replace(
            field,
            type=replace(literal, nullable=not field.required and default is None),
            default=default,
            init_type=None,
        )

    return replace(model, fields=tuple(tagged(f) for f in model.fields))
