"""Turning call arguments into an HTTP request: parameters by style, bodies by content type."""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
import uuid
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, Protocol, TypeGuard
from urllib.parse import parse_qsl, quote, urlencode

from .. import errors
from ._endpoint import BodySpec, Endpoint
from ._types import NotGiven, Omit

if TYPE_CHECKING:
    from pydantic import BaseModel, TypeAdapter

_DEFAULT_STYLES = {
    "path": ("simple", False),
    "query": ("form", True),
    "header": ("simple", False),
    "cookie": ("form", True),
}
_DELIMITERS = {"form": ",", "simple": ",", "spaceDelimited": " ", "pipeDelimited": "|"}


# pydantic's model machinery (BaseModel, TypeAdapter) would cost `import <sdk>` tens of
# milliseconds: the model modules import it, and this module on first use only.
@cache
def adapter_for(type_: Any) -> TypeAdapter[Any]:
    """One TypeAdapter per type, built on first use (building one is the costly part)."""
    from pydantic import TypeAdapter

    return TypeAdapter(type_)


class Validator(Protocol):
    """What reading a response needs of a pydantic validator (a TypeAdapter has it too)."""

    def validate_json(self, data: str | bytes, /) -> Any: ...

    def validate_python(self, value: Any, /) -> Any: ...


def validator_for(type_: Any) -> Validator:
    """The validator of a response type: a model's own (built on first use), else its
    TypeAdapter's. A TypeAdapter of a model would build a second validator of the same
    schema, milliseconds of the first call for a large model."""
    if is_model_class(type_) and not getattr(type_, "__pydantic_root_model__", False):
        if not type_.__pydantic_complete__:
            type_.model_rebuild()
        # pyright binds the callables pydantic's PluggableSchemaValidator keeps in slots
        # (`validate_json`, set per instance) as if they were methods, so it finds no fit
        validator: Validator = type_.__pydantic_validator__  # pyright: ignore[reportAssignmentType]
        return validator
    return adapter_for(type_)


def is_model(value: object) -> TypeGuard[BaseModel]:
    """Whether `value` is a pydantic model. Until pydantic's model machinery is loaded,
    nothing is one: the check never imports it."""
    main = sys.modules.get("pydantic.main")
    return main is not None and isinstance(value, main.BaseModel)


def is_model_class(value: object) -> TypeGuard[type[BaseModel]]:
    """Whether `value` is a pydantic model class (imports nothing, as `is_model`)."""
    main = sys.modules.get("pydantic.main")
    return (
        main is not None
        and isinstance(value, type)
        and issubclass(value, main.BaseModel)
    )


def to_text(value: Any) -> str:
    """A parameter value as the API expects it on the wire."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if is_model(value):
        return value.model_dump_json(by_alias=True, exclude_unset=True)
    return str(value)


def _pairs(value: Any) -> list[tuple[str, Any]]:
    if is_model(value):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_unset=True)
        return [(str(k), v) for k, v in dumped.items() if v is not None]
    if isinstance(value, Mapping):
        return [(str(k), v) for k, v in value.items() if v is not None]
    return []


def _styles(endpoint: Endpoint[Any], location: str, name: str) -> tuple[str, bool]:
    return endpoint.styles.get((location, name), _DEFAULT_STYLES[location])


def encode_query(
    endpoint: Endpoint[Any], values: Mapping[str, Any]
) -> list[tuple[str, str]]:
    """Query parameters in declaration order; None means "not sent"."""
    items: list[tuple[str, str]] = []
    for name, value in values.items():
        if value is None:
            continue
        style, explode = _styles(endpoint, "query", name)
        if isinstance(value, (list, tuple)):
            if explode and style == "form":
                items.extend((name, to_text(item)) for item in value)
            else:
                items.append(
                    (name, _DELIMITERS.get(style, ",").join(to_text(v) for v in value))
                )
        elif is_model(value) or isinstance(value, Mapping):
            pairs = _pairs(value)
            if style == "deepObject":
                items.extend((f"{name}[{key}]", to_text(item)) for key, item in pairs)
            elif explode:
                items.extend((key, to_text(item)) for key, item in pairs)
            else:
                items.append(
                    (name, ",".join(f"{key},{to_text(item)}" for key, item in pairs))
                )
        else:
            items.append((name, to_text(value)))
    return items


def split_query(url: str) -> tuple[str, list[tuple[str, str]]]:
    """A URL (or path) without its query, and the query's pairs.

    A query written into `base_url` or into the spec's path is merged with the call's
    parameters: httpx would replace it with them. Path parameters are percent-encoded
    before this, so the first `?` is the query's.
    """
    without, _, query = url.partition("?")
    return without, parse_qsl(query, keep_blank_values=True)


def with_extra_query(
    params: list[tuple[str, str]], extra: Mapping[str, object]
) -> list[tuple[str, str]]:
    """`params` with the caller's `extra_query`: a key there replaces every pair of that
    name, a list or tuple repeats the key once per item, and None removes the key."""
    kept = [(name, value) for name, value in params if name not in extra]
    for name, value in extra.items():
        if value is None:
            continue
        items = value if isinstance(value, (list, tuple)) else [value]
        kept.extend((name, to_text(item)) for item in items)
    return kept


def _simple(value: Any, explode: bool) -> str:
    if isinstance(value, (list, tuple)):
        return ",".join(to_text(item) for item in value)
    if is_model(value) or isinstance(value, Mapping):
        joiner = "=" if explode else ","
        return ",".join(f"{key}{joiner}{to_text(item)}" for key, item in _pairs(value))
    return to_text(value)


def encode_path(endpoint: Endpoint[Any], values: Mapping[str, Any]) -> str:
    """The path with every `{name}` replaced by its percent-encoded value."""
    path = endpoint.path
    for name, value in values.items():
        style, explode = _styles(endpoint, "path", name)
        if (
            style in ("label", "matrix")
            and explode
            and (is_model(value) or isinstance(value, (list, tuple, Mapping)))
        ):
            text = _exploded(name, value, style)
        else:
            text = quote(_simple(value, explode), safe=",=")
            if style == "label":
                text = "." + text
            elif style == "matrix":
                text = f";{quote(name, safe='')}={text}"
        path = path.replace("{" + name + "}", text)
    return _without_dot_segments(path)


def _without_dot_segments(path: str) -> str:
    """`.` and `..` segments percent-encoded: URL normalisation (httpx's included) would
    remove them and send the call to another endpoint (`/users/../files`). The spec's own
    paths have none, so every such segment came from a parameter."""
    return "/".join(
        segment.replace(".", "%2E") if segment in (".", "..") else segment
        for segment in path.split("/")
    )


def _exploded(name: str, value: Any, style: str) -> str:
    """label `.a.b` / `.k=v.k=v`, matrix `;name=a;name=b` / `;k=v;k=v` (explode=true)."""
    if isinstance(value, (list, tuple)):
        pairs = [(name, item) for item in value]
    else:
        pairs = _pairs(value)
    prefix = "." if style == "label" else ";"
    if style == "label" and isinstance(value, (list, tuple)):
        return "".join(prefix + quote(to_text(item), safe="") for _, item in pairs)
    return "".join(
        f"{prefix}{quote(key, safe='')}={quote(to_text(item), safe='')}"
        for key, item in pairs
    )


def encode_headers(
    endpoint: Endpoint[Any], values: Mapping[str, Any]
) -> dict[str, str]:
    headers: dict[str, str] = {}
    for name, value in values.items():
        if value is None:
            continue
        _, explode = _styles(endpoint, "header", name)
        text = _simple(value, explode)
        if "\r" in text or "\n" in text:
            raise errors.InvalidRequestError(
                f"header {name!r} must not contain line breaks"
            )
        if not text.isascii():
            raise errors.InvalidRequestError(f"header {name!r} must be ASCII text")
        headers[name] = text
    return headers


def merge_headers(*layers: Mapping[str, str] | None) -> dict[str, str]:
    """Header mappings merged as HTTP reads them, case-insensitively: a later `x-team`
    (in the same mapping or a later one) replaces an earlier `X-Team`."""
    merged: dict[str, tuple[str, str]] = {}
    for layer in layers:
        for name, value in (layer or {}).items():
            merged[name.lower()] = (name, value)
    return dict(merged.values())


def header_overrides(
    given: Mapping[str, str | Omit | None] | None,
) -> tuple[dict[str, str], frozenset[str]]:
    """A call's `extra_headers`: the headers it sets (merged as `merge_headers` does), and
    the lower-case names of those it leaves out (None: not sent, whoever would set it,
    credentials and the SDK's own headers included)."""
    if given is None:
        return {}, frozenset()
    if not isinstance(given, Mapping):
        raise TypeError(
            "extra_headers must be a mapping of header names to values, "
            f"not {type(given).__name__}"
        )
    merged: dict[str, tuple[str, str | None]] = {}
    for name, given_value in given.items():
        value = None if isinstance(given_value, Omit) else given_value
        if not isinstance(name, str) or not (value is None or isinstance(value, str)):
            raise TypeError(
                "extra_headers must map header names (str) to values (str, or omit or None to "
                f"leave the header out), not {type(name).__name__} to "
                f"{type(value).__name__}"
            )
        merged[name.lower()] = (name, value)  # a later `x-team` replaces `X-Team`
    kept = {name: value for name, value in merged.values() if value is not None}
    removed = frozenset(key for key, (_, value) in merged.items() if value is None)
    return kept, removed


def encode_cookies(values: Mapping[str, Any]) -> dict[str, str]:
    return {
        name: quote(_simple(value, False), safe="")
        for name, value in values.items()
        if value is not None
    }


def cookie_header(cookies: Mapping[str, str]) -> str | None:
    parts = [f"{name}={value}" for name, value in cookies.items()]
    return "; ".join(parts) if parts else None


class KeywordBody(Mapping[str, Any]):
    """A body built from a method's keyword arguments: `fields`, the declared keys (checked
    against the request model), and `extra`, the keys of `extra_body` (sent as given, never
    checked). As a mapping it is the body sent: both, `extra` winning."""

    __slots__ = ("_sent", "extra", "fields")

    def __init__(self, fields: dict[str, Any], extra: dict[str, Any]) -> None:
        self.fields = fields
        self.extra = extra
        self._sent = {**fields, **extra}

    def __getitem__(self, key: str) -> Any:
        return self._sent[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._sent)

    def __len__(self) -> int:
        return len(self._sent)

    def __repr__(self) -> str:
        return f"KeywordBody(fields={self.fields!r}, extra={self.extra!r})"


def body_from(
    body: Any,
    fields: Mapping[str, Any],
    extra: Mapping[str, Any] | None,
    required: bool,
) -> Any:
    """The body of a call that takes an object body's keys as keyword arguments: `fields`
    (wire name -> value, NOT_GIVEN where left out) and `extra` keys, or `body` whole."""
    given = {
        key: value for key, value in fields.items() if not isinstance(value, NotGiven)
    }
    if body is not None:
        if given or extra:
            raise TypeError(
                "pass the body's keys as keyword arguments or the whole body=, not both"
            )
        return body
    if not given and not extra and not required:
        return None
    return KeywordBody(given, dict(extra or {}))


def encode_body(spec: BodySpec, body: Any, validate: bool = True) -> dict[str, Any]:
    """httpx keyword arguments (`content=`, `data=`, `files=`) for a request body; a JSON
    body is checked against its declared type unless `validate` is False."""
    if spec.kind == "json":
        content = json_body(spec.type, body, validate)
        return {"content": content, "headers": {"Content-Type": spec.content_type}}
    if spec.kind == "text":
        return {
            "content": str(body).encode("utf-8"),
            "headers": {"Content-Type": spec.content_type},
        }
    if spec.kind == "bytes":
        return {"content": body, "headers": {"Content-Type": spec.content_type}}
    fields = _form_fields(spec, body)
    if spec.kind == "form":
        pairs = [
            pair
            for key, value in fields
            for pair in _field_pairs(key, value, spec.encoding.get(key))
        ]
        return {
            "content": urlencode(pairs).encode("ascii"),
            "headers": {"Content-Type": spec.content_type},
        }
    data: dict[str, list[str]] = {}
    files: list[tuple[str, Any]] = []
    for key, value in fields:
        encoding = spec.encoding.get(key)
        if _is_file(value):
            files.append((key, value))
        elif (
            isinstance(value, list) and value and all(_is_file(item) for item in value)
        ):
            files.extend((key, item) for item in value)
        elif encoding is not None and encoding[2]:
            # a part of its own with its content type, as the spec's `encoding` says
            files.append((key, (None, _json_text(_plain(value)), "application/json")))
        else:
            for name, text in _field_pairs(key, value, encoding):
                data.setdefault(name, []).append(text)
    if not files:
        # httpx sends `data=` alone as a urlencoded form: a multipart body stays multipart
        boundary = uuid.uuid4().hex
        return {
            "content": _multipart_fields(data, boundary),
            "headers": {"Content-Type": f"multipart/form-data; boundary={boundary}"},
        }
    return {"data": data, "files": files}


def json_body(type_: Any, body: Any, validate: bool) -> bytes:
    """A JSON body as sent: checked against `type_` (the request model) unless `validate`
    is False; the keys of `extra_body` are sent as given, never checked."""
    from pydantic import ValidationError

    fields, extra = (
        (body.fields, body.extra) if isinstance(body, KeywordBody) else (body, {})
    )
    adapter = adapter_for(type_ if type_ is not None and validate else Any)
    try:
        value = adapter.validate_python(fields)
    except ValidationError as error:
        # a required key given in extra_body is there: only the other failures count
        failures = [
            e
            for e in error.errors()
            if not (
                e["type"] == "missing" and len(e["loc"]) == 1 and e["loc"][0] in extra
            )
        ]
        if failures:
            raise _invalid_body(type_, body, failures) from None
        adapter, value = adapter_for(Any), fields
    try:
        if not extra:
            return adapter.dump_json(value, by_alias=True, exclude_unset=True)
        plain = adapter.dump_python(
            value, mode="json", by_alias=True, exclude_unset=True
        )
        given = adapter_for(Any).dump_python(
            extra, mode="json", by_alias=True, exclude_unset=True
        )
        return json.dumps({**plain, **given}, ensure_ascii=False).encode("utf-8")
    except (ValueError, TypeError) as error:  # pydantic's PydanticSerializationError
        raise errors.InvalidRequestError(
            f"the body cannot be sent as JSON: {error}"
        ) from None


def _invalid_body(
    type_: Any, body: Any, failures: list[Any]
) -> errors.InvalidRequestError:
    """The error of a body that does not fit its request model: each failure by the
    argument it came from (a keyword, or `body`) and the path inside it, never its value."""
    names = _keyword_names(type_) if isinstance(body, KeywordBody) else {}
    shown = []
    for failure in failures[:10]:
        loc = list(failure["loc"])
        if isinstance(body, KeywordBody) and loc and isinstance(loc[0], str):
            head = names.get(loc[0], loc[0])
            loc = loc[1:]
        else:
            head = "body"
        where = head + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc
        )
        shown.append(f"{where}: {failure['msg']}")
    more = f" (and {len(failures) - 10} more)" if len(failures) > 10 else ""
    return errors.InvalidRequestError(
        "the request does not match the API description: "
        + "; ".join(shown)
        + more
        + " (validate_requests=False sends the values as given)"
    )


def _keyword_names(type_: Any) -> dict[str, str]:
    """Wire name -> the keyword argument (the model field) it is given by."""
    if not is_model_class(type_):
        return {}
    return {
        field.validation_alias
        if isinstance(field.validation_alias, str)
        else (field.alias or name): name
        for name, field in type_.model_fields.items()
    }


def _field_pairs(
    name: str, value: Any, encoding: tuple[str, bool, bool] | None
) -> list[tuple[str, str]]:
    """One form field as (key, text) pairs, by its declared encoding or else the defaults:
    nested objects (and arrays of them) deepObject-style, arrays as repeated keys."""
    plain = _plain(value)
    if encoding is None:
        style, explode, as_json = (
            ("deepObject" if _nested(plain) else "form"),
            True,
            False,
        )
    else:
        style, explode, as_json = encoding
    if as_json:
        return [(name, _json_text(plain))]
    if style == "deepObject":
        return _deep_object(name, plain)
    if isinstance(plain, list):
        texts = [to_text(item) for item in plain if item is not None]
        if explode and style == "form":
            return [(name, text) for text in texts]
        return [(name, _DELIMITERS.get(style, ",").join(texts))]
    if isinstance(plain, dict):
        # style form: exploded, the properties are fields of their own; else `k,v,k,v`
        items = [(str(k), to_text(v)) for k, v in plain.items() if v is not None]
        if explode:
            return items
        return [(name, ",".join(part for item in items for part in item))]
    return [(name, to_text(plain))]


def _deep_object(prefix: str, value: Any) -> list[tuple[str, str]]:
    """`a[b][c]=v` for objects, `a[0]=x` for arrays, as the big form-encoded APIs read them."""
    if isinstance(value, dict):
        return [
            pair
            for key, item in value.items()
            if item is not None
            for pair in _deep_object(f"{prefix}[{key}]", item)
        ]
    if isinstance(value, list):
        return [
            pair
            for index, item in enumerate(value)
            if item is not None
            for pair in _deep_object(f"{prefix}[{index}]", item)
        ]
    return [(prefix, to_text(value))]


def _nested(value: Any) -> bool:
    return isinstance(value, dict) or (
        isinstance(value, list)
        and any(isinstance(item, (dict, list)) for item in value)
    )


def _plain(value: Any) -> Any:
    """Models, mappings and sequences as plain dicts and lists (values left as they are)."""
    if is_model(value):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def _json_text(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=to_text)


def _multipart_fields(data: Mapping[str, Any], boundary: str) -> bytes:
    """A multipart/form-data body of text fields only (RFC 7578)."""
    parts: list[str] = []
    for key, value in data.items():
        name = key.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")
        for item in value if isinstance(value, list) else [value]:
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{item}\r\n'
            )
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("utf-8")


def _is_file(value: Any) -> bool:
    # a (filename, content[, content_type]) tuple; a tuple of other values is a list
    # (the stubs take a Sequence where a list's items were widened)
    if isinstance(value, tuple):
        return len(value) in (2, 3) and _is_content(value[1])
    return _is_content(value)


def _is_content(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray)) or hasattr(value, "read")


def _form_fields(spec: BodySpec, body: Any) -> list[tuple[str, Any]]:
    if is_model(body):
        dumped = {
            (field.serialization_alias or name): getattr(body, name)
            for name, field in type(body).model_fields.items()
            if name in body.model_fields_set
        }
        return list(dumped.items())
    if isinstance(body, Mapping):
        return [(str(key), value) for key, value in body.items() if value is not None]
    raise TypeError(
        f"a {spec.content_type} body must be a model or a dict, not {type(body).__name__}"
    )


def with_switch(body: Any, wire_name: str, field: str, on: bool) -> Any:
    """`body` with its switch field (`stream`) set as the method's keyword says: True
    always, False only where the body set it (a body left alone is sent as given)."""
    if is_model(body):
        if not on and field not in body.model_fields_set:
            return body
        return body.model_copy(update={field: on})
    if isinstance(body, KeywordBody):
        if not on and wire_name not in body.fields:
            return body
        return KeywordBody({**body.fields, wire_name: on}, body.extra)
    if isinstance(body, Mapping):
        if not on and wire_name not in body:
            return body
        return {**body, wire_name: on}
    return {wire_name: True} if on and body is None else body
