"""What the generated code declares about each operation: plain data, built at import.

These are hand-written slotted classes rather than dataclasses: a frozen dataclass costs
about 1 ms of `import <sdk>` to make (it compiles six methods), and a resource module
makes one `Endpoint` per operation, which a slotted `__init__` makes faster too.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Generic, Literal, TypeVar

from ._types import fields_repr

if TYPE_CHECKING:
    from ._pagination import PaginationSpec

ResultT = TypeVar("ResultT")

BodyKind = Literal["json", "text", "bytes", "empty", "events"]
RequestKind = Literal["json", "form", "multipart", "text", "bytes"]

_UNRESOLVED: Any = object()
_NO_STYLES: Mapping[Any, Any] = types.MappingProxyType({})


class _Declared:
    """A body whose type is declared as it is or in a lambda, resolved on first use."""

    __slots__ = ("_type", "declared")

    def __init__(self, declared: Any) -> None:
        self.declared: Final = declared
        self._type = _UNRESOLVED

    @property
    def type(self) -> Any:
        """The declared type, or what the function declaring it returns."""
        if self._type is _UNRESOLVED:
            declared = self.declared
            self._type = (
                declared() if isinstance(declared, types.FunctionType) else declared
            )
        return self._type


class ResponseSpec(_Declared):
    """A declared response: status ("200", "2XX" or "default"), how to read it, its type.

    Generated code declares the type in a lambda: importing a resource then imports none
    of the models its operations name, and a call imports only those of the response it
    reads, when it reads it.
    """

    __slots__ = ("kind", "status")

    def __init__(self, status: str, kind: BodyKind, declared: Any = None) -> None:
        super().__init__(declared)
        self.status: Final = status
        self.kind: Final = kind

    def __repr__(self) -> str:
        return fields_repr(self, ("status", "kind", "declared"))


class BodySpec(_Declared):
    """A declared request body: how to encode it and the type it is validated against
    (declared in a lambda, as a response's type is).

    `encoding` (form and multipart bodies): field wire name -> (style, explode, as_json) as
    the spec's `encoding` declares it; fields not in it are sent by the defaults of
    `_serialize.encode_body` (objects deepObject, arrays as repeated keys).
    """

    __slots__ = ("content_type", "encoding", "kind")

    def __init__(
        self,
        kind: RequestKind,
        content_type: str,
        declared: Any = None,
        encoding: Mapping[str, tuple[str, bool, bool]] = _NO_STYLES,
    ) -> None:
        super().__init__(declared)
        self.kind: Final = kind
        self.content_type: Final = content_type
        self.encoding: Final = encoding

    def __repr__(self) -> str:
        return fields_repr(self, ("kind", "content_type", "declared", "encoding"))


class Endpoint(Generic[ResultT]):
    """One operation. `ResultT` is what the method returns, so `request()` is typed by it.

    `security` lists alternatives of security scheme keys (each alternative needs all of
    its schemes); `pagination` and `events` mark operations that return pages or a stream;
    `accept` is the Accept header, the media types the declared responses come in;
    `servers` pairs an API server with the operation's own server, which stands in for it
    (see `operation_server`).
    """

    __slots__ = (
        "accept",
        "body",
        "errors",
        "events",
        "method",
        "pagination",
        "path",
        "responses",
        "security",
        "servers",
        "styles",
    )

    def __init__(
        self,
        method: str,
        path: str,
        styles: Mapping[tuple[str, str], tuple[str, bool]] = _NO_STYLES,
        body: BodySpec | None = None,
        responses: tuple[ResponseSpec, ...] = (),
        errors: tuple[ResponseSpec, ...] = (),
        security: tuple[tuple[str, ...], ...] = (),
        pagination: PaginationSpec | None = None,
        events: bool = False,
        accept: str = "application/json",
        servers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.method: Final = method
        self.path: Final = path
        self.styles: Final = styles
        self.body: Final = body
        self.responses: Final = responses
        self.errors: Final = errors
        self.security: Final = security
        self.pagination: Final = pagination
        self.events: Final = events
        self.accept: Final = accept
        self.servers: Final = servers

    def __repr__(self) -> str:
        return fields_repr(self, ("method", "path"))


def operation_server(endpoint: Endpoint[Any], base_url: str) -> str:
    """Where a call goes: the operation's own server while the client's base_url is the
    API server it stands in for; any other base_url (a mock, a proxy) gets every call."""
    wanted = base_url.partition("?")[0].rstrip("/")
    for api_server, server in endpoint.servers:
        if api_server.rstrip("/") == wanted:
            return server
    return base_url


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
