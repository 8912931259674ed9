"""Calls for the generated README and api.md, built from the spec's own examples.

A value the spec gives an example for uses it (a parameter's, a property's, a model's
`example`/`examples`, else its `default`, else an enum's first value); a required value
without one gets a value a person would write for its name and type (`email` ->
`"jane@example.com"`, `customer_id` -> `"customer_123"`, a model: a dict of its required
fields), never a bare type name and never None where null is not allowed, so every
example is a call that type-checks and that a server can answer.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from generator import ir
from generator.render.escape import py_literal
from generator.render.types import annotation

_SAMPLES: dict[str, ir.JsonValue] = {
    "int": 1,
    "float": 1.0,
    "bool": True,
    "datetime": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00",
    "uuid": "00000000-0000-4000-8000-000000000000",
}
# a text value by the words of its name (the first that one of the name's words starts)
_TEXT_BY_WORD: tuple[tuple[str, str], ...] = (
    ("email", "jane@example.com"),
    ("url", "https://example.com"),
    ("uri", "https://example.com"),
    ("link", "https://example.com"),
    ("href", "https://example.com"),
    ("website", "https://example.com"),
    ("phone", "+15555550100"),
    ("currency", "usd"),
    ("country", "US"),
    ("locale", "en-US"),
    ("language", "en"),
    ("timezone", "UTC"),
    ("ip", "203.0.113.7"),
    ("color", "blue"),
    ("password", "correct-horse-battery"),
    ("token", "my-token"),
    ("secret", "my-secret"),
    ("key", "my-key"),
    ("firstname", "Jane"),
    ("lastname", "Doe"),
    ("username", "jane"),
    ("fullname", "Jane Doe"),
    ("query", "status:'active'"),
    ("search", "status:'active'"),
)
# an integer by a word of its name
_INT_BY_WORD = (("limit", 10), ("size", 10), ("count", 10), ("page", 1), ("amount", 1000))
# a word this long is found inside a name written as one word (`emailaddress`)
_INSIDE_A_WORD = 5
_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_MAX_DEPTH = 4
# a file or bytes: no JSON value, written `b"..."` in a call
_BYTES = "\x00sdkforge-bytes\x00"
_OPTIONAL_SHOWN = 2  # optional parameters with an example that a call shows
# The info string's second word on the README's fences of calls built here: what the
# README's example runner keys on (spec prose cannot write a fence: render/markdown.py).
EXAMPLE_MARK = "sdkforge-example"


def person_value(name: str, scalar: str | None) -> ir.JsonValue:
    """What a person writes for a value named `name` of this scalar type."""
    words = [word.lower() for word in _WORDS.findall(name)] or ["value"]
    if scalar in _SAMPLES:
        if scalar == "int":
            return next((n for word, n in _INT_BY_WORD if word in words), 1)
        return _SAMPLES[scalar]
    if words[-1] in ("id", "ids", "sid", "gid"):
        stem = "_".join(words[:-1]) or "obj"
        return f"{stem}_123"
    joined = "".join(words)
    for word, text in _TEXT_BY_WORD:
        if word in words or (len(word) >= _INSIDE_A_WORD and word in joined):
            return text
    return "example " + " ".join(words)


@dataclass(frozen=True)
class Intro:
    """The README introduction's examples, taken from this API (None: it has none such).

    `nested`: a call on a nested resource; `action`: a call of an action method;
    `keywords`: a call with an object body's properties as keywords; `enum_value`,
    `enum_member`: an enum argument given its value, and given its member."""

    nested: str
    action: str | None
    keywords: str | None
    enum_value: str | None
    enum_member: str | None


class Examples:
    """Example values and calls for one API (models looked up by name)."""

    def __init__(self, api: ir.Api) -> None:
        self.api = api
        self.named: dict[str, ir.Model | ir.Enum | ir.Alias] = {}
        for module in api.modules:
            self.named.update({model.name: model for model in module.models})
            self.named.update({enum.name: enum for enum in module.enums})
            self.named.update({alias.name: alias for alias in module.aliases})

    def value(self, ref: ir.TypeRef, depth: int = 0, name: str = "value") -> ir.JsonValue:
        """A value of the type that a person would write for something called `name`."""
        if ref.kind == "scalar":
            if ref.scalar in ("file", "bytes", "binary_body"):
                return _BYTES
            return person_value(name, ref.scalar)
        if ref.kind == "literal":
            return ref.literal
        if ref.kind == "list":
            return [] if depth >= _MAX_DEPTH else [self.value(ref.args[0], depth + 1, name)]
        if ref.kind == "dict":
            return {}
        if ref.kind == "union":
            variants = [arg for arg in ref.args if arg.kind != "none"]
            return self.value(variants[0], depth + 1, name) if variants else None
        if ref.kind == "named":
            named = self.named.get(ref.name or "")
            if isinstance(named, ir.Enum):
                return named.members[0].value if named.members else person_value(name, "str")
            if isinstance(named, ir.Alias):
                return self.value(named.type, depth + 1, name)
            if isinstance(named, ir.Model):
                if isinstance(named.example, dict):
                    return self.fit(named.example, ref)
                if depth >= _MAX_DEPTH:
                    return {}
                return {
                    field.wire_name: self.field_value(field, depth + 1)
                    for field in named.fields
                    if field.required and not field.read_only
                }
        return None

    def field_value(self, field: ir.Field, depth: int = 0) -> ir.JsonValue:
        """The spec's example of a field, else its default, else a value of its type."""
        if _usable(field.example):
            return self.fit(field.example, field.type)
        if field.default is not None and _usable(field.default.value):
            return field.default.value
        return self.value(field.type, depth, field.wire_name)

    def fit(self, value: ir.JsonValue, ref: ir.TypeRef) -> ir.JsonValue:
        """A spec's example without the nulls its type does not allow (a vendor's example
        that writes `null` for a field that is not nullable): they are left out."""
        target = self._unalias(ref)
        if isinstance(value, list) and target.kind == "list":
            kind = target.args[0]
            return [self.fit(v, kind) for v in value if v is not None or self._nullable(kind)]
        if not isinstance(value, dict):
            return value
        model = self.named.get(target.name or "") if target.kind == "named" else None
        if not isinstance(model, ir.Model):
            return {key: item for key, item in value.items() if item is not None}
        fields = {field.wire_name: field for field in model.fields}
        fitted: dict[str, ir.JsonValue] = {}
        for key, item in value.items():
            field = fields.get(key)
            if field is None:
                fitted[key] = item  # a key the model keeps as an extra
            elif item is not None:
                fitted[key] = self.fit(item, field.type)
            elif self._nullable(field.type):
                fitted[key] = None
        return fitted

    def _unalias(self, ref: ir.TypeRef) -> ir.TypeRef:
        return ir.unalias(ref, self.named)

    def _nullable(self, ref: ir.TypeRef) -> bool:
        target = self._unalias(ref)
        return (
            ref.nullable
            or target.nullable
            or target.kind == "none"
            or (target.kind == "union" and any(self._nullable(arg) for arg in target.args))
        )

    def call(self, target: str, operation: ir.Operation, assign: bool = True) -> str:
        """`result = client.pets.list(limit=10)`: a call of the operation."""
        result = "result = " if assign and operation.return_type.kind != "none" else ""
        return f"{result}{target}.{operation.method_name}({self.arguments(operation)})"

    def arguments(self, operation: ir.Operation, stream: bool = False) -> str:
        """The arguments of a call of the operation: its required ones, a few optional ones
        the spec gives examples for, and `<switch>=True` for `stream`."""
        arguments = [
            _literal(p.example if _usable(p.example) else self.value(p.type, name=p.wire_name))
            for p in operation.path_params
        ]
        optional_shown = 0
        for param in operation.params:
            if param.required:
                value = (
                    param.example
                    if _usable(param.example)
                    else self.value(param.type, name=param.wire_name)
                )
                arguments.append(f"{param.name}={_literal(value)}")
            elif _usable(param.example) and optional_shown < _OPTIONAL_SHOWN:
                arguments.append(f"{param.name}={_literal(param.example)}")
                optional_shown += 1
        arguments += self._body_arguments(operation)
        if stream:
            arguments += [f"{a.name}=True" for a in operation.arguments if a.kind == "switch"]
        return ", ".join(arguments)

    def _body_arguments(self, operation: ir.Operation) -> list[str]:
        body = operation.body
        if body is None or not (body.required or _usable(body.example)):
            return []
        keywords = [a for a in operation.arguments if a.kind == "body_field"]
        if not keywords:
            value = body.example if _usable(body.example) else self._body_value(body)
            return [] if value is None else [f"body={_literal(self.fit(value, body.type))}"]
        # an object body's properties are keywords: the required ones, as `name=value`
        example = self.fit(body.example, body.type) if _usable(body.example) else None
        given = example if isinstance(example, dict) else {}
        fields = {field.wire_name: field for field in self._fields(body.type)}
        written = []
        for argument in keywords:
            wire = argument.wire_name or argument.name
            if wire in given and given[wire] is not None:
                value = given[wire]
            elif argument.required:
                field = fields.get(wire)
                value = (
                    self.field_value(field, 1)
                    if field is not None
                    else self.value(argument.type, 1, wire)
                )
            else:
                continue
            written.append(f"{argument.name}={_literal(value)}")
        return written

    def _fields(self, ref: ir.TypeRef) -> tuple[ir.Field, ...]:
        model = self.named.get(self._unalias(ref).name or "")
        return model.fields if isinstance(model, ir.Model) else ()

    def _body_value(self, body: ir.RequestBody) -> ir.JsonValue:
        if body.kind in ("bytes", "text"):
            return "data" if body.kind == "text" else _BYTES
        return self.value(body.type)

    def intro(self) -> Intro:
        """The README introduction's examples, from this API's own resources and methods."""
        targets = [
            (f"client.{resource.path}", op)
            for resource in self.api.all_resources()
            for op in resource.operations
        ]
        resources = [r for r in self.api.all_resources() if r.operations]
        shown = next((r for r in resources if "." in r.path), resources[0] if resources else None)
        nested = (f"client.{shown.path}", showcased(shown)) if shown else None
        action = next(((t, op) for t, op in targets if op.name_source == "action"), None)
        keywords = next(
            (
                (t, op)
                for t, op in targets
                if any(a.kind == "body_field" and a.required for a in op.arguments)
            ),
            None,
        )
        enum = self._enum_argument()
        return Intro(
            nested=self.call(*nested, assign=False) if nested else "client.<resource>.list()",
            action=self.call(*action, assign=False) if action else None,
            keywords=self.call(*keywords, assign=False) if keywords else None,
            enum_value=f"{enum[0]}={py_literal(enum[2])}" if enum else None,
            enum_member=f"{enum[0]}=models.{enum[1]}" if enum else None,
        )

    def _enum_argument(self) -> tuple[str, str, str | int] | None:
        """(argument name, `Enum.MEMBER`, its value) of the first enum argument of a method."""
        for resource in self.api.all_resources():
            for op in resource.operations:
                for argument in op.arguments:
                    for ref in (argument.type, *argument.type.args):
                        named = self.named.get(ref.name or "") if ref.kind == "named" else None
                        if isinstance(named, ir.Enum) and named.members:
                            member = named.members[0]
                            return argument.name, f"{named.name}.{member.name}", member.value
        return None


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
