"""Calls for the generated README and api.md, built from the spec's own examples.

A value the spec gives an example for uses it; a required value without one gets a
placeholder of its type (a model: a dict of its required fields), so every example is a
call that type-checks and that a server can answer.
"""

from __future__ import annotations

import math

from generator import ir
from generator.render.escape import py_literal
from generator.render.types import annotation

_SAMPLES: dict[str, ir.JsonValue] = {
    "str": "string",
    "int": 1,
    "float": 1.0,
    "bool": True,
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
_MAX_DEPTH = 4
# a file or bytes: no JSON value, written `b"..."` in a call
_BYTES = "\x00sdkforge-bytes\x00"
_OPTIONAL_SHOWN = 2  # optional parameters with an example that a call shows
# The info string's second word on the README's fences of calls built here: what the
# README's example runner keys on (spec prose cannot write a fence: render/markdown.py).
EXAMPLE_MARK = "sdkforge-example"


class Examples:
    """Example values and calls for one API (models looked up by name)."""

    def __init__(self, api: ir.Api) -> None:
        self.named: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
        for module in api.modules:
            self.named.update({model.name: model for model in module.models})
            self.named.update({enum.name: enum for enum in module.enums})
            self.named.update({alias.name: alias for alias in module.aliases})

    def value(self, ref: ir.TypeRef, depth: int = 0) -> ir.JsonValue:
        """A placeholder JSON value of the type."""
        if depth > _MAX_DEPTH:
            return None
        if ref.kind == "scalar":
            if ref.scalar in ("file", "bytes", "binary_body"):
                return _BYTES
            return _SAMPLES.get(ref.scalar or "", "string")
        if ref.kind == "literal":
            return ref.literal
        if ref.kind == "list":
            return [self.value(ref.args[0], depth + 1)]
        if ref.kind == "dict":
            return {}
        if ref.kind == "union" and ref.args:
            return self.value(ref.args[0], depth + 1)
        if ref.kind == "named":
            named = self.named.get(ref.name or "")
            if isinstance(named, ir.Enum):
                return named.members[0].value if named.members else "string"
            if isinstance(named, ir.Alias):
                return self.value(named.type, depth + 1)
            if isinstance(named, ir.Model):
                return {
                    field.wire_name: self.value(field.type, depth + 1)
                    for field in named.fields
                    if field.required and not field.read_only
                }
        return None

    def call(self, target: str, operation: ir.Operation) -> str:
        """`result = client.pets.list(limit=10)`: a call of the operation."""
        arguments = [
            _literal(p.example if _usable(p.example) else self.value(p.type))
            for p in operation.path_params
        ]
        optional_shown = 0
        for param in operation.params:
            if param.required:
                value = param.example if _usable(param.example) else self.value(param.type)
                arguments.append(f"{param.name}={_literal(value)}")
            elif _usable(param.example) and optional_shown < _OPTIONAL_SHOWN:
                arguments.append(f"{param.name}={_literal(param.example)}")
                optional_shown += 1
        body = operation.body
        if body is not None and (body.required or _usable(body.example)):
            value = body.example if _usable(body.example) else self._body_value(body)
            if value is not None:
                arguments.append(f"body={_literal(value)}")
        result = "" if operation.return_type.kind == "none" else "result = "
        return f"{result}{target}.{operation.method_name}({', '.join(arguments)})"

    def _body_value(self, body: ir.RequestBody) -> ir.JsonValue:
        if body.kind in ("bytes", "text"):
            return "data" if body.kind == "text" else _BYTES
        return self.value(body.type)


def client_arguments(api: ir.Api) -> str:
    """What the README's quickstart passes `Client`: the credential the API asks for first
    (a placeholder; the README names its environment variable) and, when the spec names
    no server URL, a base_url."""
    arguments = []
    credential = api.main_credential
    if credential is not None:
        arguments.append(f'{credential.param_name}="My API Key"')
    if api.base_url is None:
        arguments.append('base_url="https://api.example.com"')
    return ", ".join(arguments)


def _literal(value: ir.JsonValue) -> str:
    """`py_literal`, with the bytes placeholder as `b"..."`."""
    if value == _BYTES:
        return 'b"..."'
    if isinstance(value, list):
        return "[" + ", ".join(_literal(item) for item in value) + "]"
    if isinstance(value, dict):
        items = (f"{py_literal(key)}: {_literal(item)}" for key, item in value.items())
        return "{" + ", ".join(items) + "}"
    return py_literal(value)


def _usable(value: ir.JsonValue) -> bool:
    """An example that can be written as a Python literal (not null, no NaN)."""
    if isinstance(value, float):
        return math.isfinite(value)
    return value is not None


def showcased(resource: ir.Resource) -> ir.Operation:
    """The operation a README shows for a resource: a `list`, else a read, else the first."""
    operations = resource.operations
    return next(
        (op for op in operations if op.method_name == "list" and not op.event_type),
        next((op for op in operations if op.http_method == "GET"), operations[0]),
    )


def signature(operation: ir.Operation, qualifier: str = "models.") -> str:
    """`(pet_id: str, *, limit: int | None = None) -> models.Pet` for api.md."""
    parts: list[str] = []
    keywords: list[str] = []
    for argument in operation.arguments:
        text = f"{argument.name}: {annotation(argument.type, qualifier, tagged=False)}"
        if argument.omittable:
            text += "" if argument.required else " = NOT_GIVEN"
        elif argument.default is not None:  # optional, or `body=` beside an object's keys
            text += " = None"
        (parts if argument.positional else keywords).append(text)
    if keywords:
        parts += ["*", *keywords]
    return f"({', '.join(parts)})"


def returns(operation: ir.Operation, qualifier: str = "models.") -> str:
    """What api.md says a method returns: a page, an event stream or the result."""
    if operation.pagination is not None:
        item = annotation(operation.pagination.item_type, qualifier, tagged=False)
        return f"{operation.pagination.page_class} (iterates {item})"
    if operation.event_type is not None:
        return f"Stream[{annotation(operation.event_type, qualifier, tagged=False)}]"
    return annotation(operation.return_type, qualifier, tagged=False)
