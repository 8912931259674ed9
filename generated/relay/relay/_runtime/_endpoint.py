"""What the generated code declares about each operation: plain data, built at import."""

from __future__ import annotations

import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Generic, Literal, TypeVar

from ._pagination import PaginationSpec

ResultT = TypeVar("ResultT")

BodyKind = Literal["json", "text", "bytes", "empty", "events"]
RequestKind = Literal["json", "form", "multipart", "text", "bytes"]


def _resolved(declared: Any) -> Any:
    """A declared type, or what the function declaring it returns."""
    return declared() if isinstance(declared, types.FunctionType) else declared


@dataclass(frozen=True)
class ResponseSpec:
    """A declared response: status ("200", "2XX" or "default"), how to read it, its type.

    Generated code declares the type in a lambda: importing a resource then imports none
    of the models its operations name, and a call imports only those of the response it
    reads, when it reads it.
    """

    status: str
    kind: BodyKind
    declared: Any = None

    @cached_property
    def type(self) -> Any:
        return _resolved(self.declared)


@dataclass(frozen=True)
class BodySpec:
    """A declared request body: how to encode it and the type it is validated against
    (declared in a lambda, as a response's type is).

    `encoding` (form and multipart bodies): field wire name -> (style, explode, as_json) as
    the spec's `encoding` declares it; fields not in it are sent by the defaults of
    `_serialize.encode_body` (objects deepObject, arrays as repeated keys).
    """

    kind: RequestKind
    content_type: str
    declared: Any = None
    encoding: Mapping[str, tuple[str, bool, bool]] = field(default_factory=dict)

    @cached_property
    def type(self) -> Any:
        return _resolved(self.declared)


@dataclass(frozen=True)
class Endpoint(Generic[ResultT]):
    """One operation. `ResultT` is what the method returns, so `request()` is typed by it.

    `security` lists alternatives of security scheme keys (each alternative needs all of
    its schemes); `idempotency_header` names the header that makes a POST or PATCH safe
    to retry; `pagination` and `events` mark operations that return pages or a stream;
    `accept` is the Accept header, the media types the declared responses come in.
    """

    method: str
    path: str
    styles: Mapping[tuple[str, str], tuple[str, bool]] = field(default_factory=dict)
    body: BodySpec | None = None
    responses: tuple[ResponseSpec, ...] = ()
    errors: tuple[ResponseSpec, ...] = ()
    security: tuple[tuple[str, ...], ...] = ()
    idempotency_header: str | None = None
    pagination: PaginationSpec | None = None
    events: bool = False
    accept: str = "application/json"


def match_response(
    specs: tuple[ResponseSpec, ...], status_code: int
) -> ResponseSpec | None:
    """The spec for a status: the exact code, then its range (`4XX`), then `default`."""
    exact = str(status_code)
    family = f"{exact[0]}XX"
    for wanted in (exact, family, "default"):
        for spec in specs:
            if spec.status.upper() == wanted.upper():
                return spec
    return None
