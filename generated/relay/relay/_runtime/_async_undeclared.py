"""Calls to endpoints the API description does not declare: `client.get(...)`, `post`...

Each HTTP method is one `AsyncVerb` descriptor: on the client it gives a call that the
client sends with its retries, credentials, errors, deadline and hooks (`_undeclared`), on
the client's `with_raw_response` one that returns the `APIResponse`, and on its
`with_streaming_response` one that returns a context manager over the unread response.

This is the source of the I/O code: scripts/unasync.py derives _sync_undeclared.py from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, Callable, Iterable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Generic,
    Literal,
    Unpack,
    overload,
)

import httpx2 as httpx
from typing_extensions import TypeVar

from ._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from ._async_streaming import AsyncStream
from ._base_client import BaseAPIClient, Call, is_absolute
from ._endpoint import BodySpec, Endpoint, ResponseSpec
from ._reading import _loose_body
from ._response import APIResponse
from ._types import NOT_GIVEN, CallOptions, NotGiven, RequestOptions

# what an undeclared endpoint returns: `cast_to`'s type, else Any (the parsed JSON)
CastT = TypeVar("CastT", default=Any)
# what a verb gives where it is read: the call of the client, or of one of its views
BoundT = TypeVar("BoundT")

# a raw body for `content=`: bytes, or chunks of them (sent once: no retry)
Content = bytes | Iterable[bytes] | AsyncIterable[bytes]


class AsyncVerb(Generic[BoundT]):
    """`get = AsyncVerb(AsyncVerbCall)`: the HTTP method its attribute is named after
    (GET), bound on access to what it is read from (the client, or a view of it) by
    `bind`."""

    __slots__ = ("_bind", "_method")

    def __init__(self, bind: Callable[[Any, str], BoundT]) -> None:
        self._bind = bind
        self._method = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._method = name.upper()

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> BoundT:
        return self._bind(instance, self._method)


def async_verbs(bind: Callable[[Any, str], BoundT]) -> tuple[AsyncVerb[BoundT], ...]:
    """`get, post, put, patch, delete = async_verbs(AsyncVerbCall)`: the escape hatch's
    HTTP methods on a client or a view, each sending the method it is named after."""
    return tuple(AsyncVerb(bind) for _ in range(5))


class UndeclaredKeywords(CallOptions, Generic[CastT], total=False):
    """The keywords of `client.get(path, ...)` and of its views' `get`: how to read the
    answer (`cast_to`), what to send (`body` as JSON, `content` as it is, `params`,
    `headers`), and the per-call options."""

    cast_to: type[CastT] | NotGiven
    body: object
    content: Content | None
    params: Mapping[str, object] | None
    headers: Mapping[str, str] | None


class AsyncVerbCall:
    """`client.get(path, ...)`: one HTTP method of the escape hatch, on a client."""

    __slots__ = ("_client", "_method")

    def __init__(self, client: AsyncUndeclaredCalls, method: str) -> None:
        self._client = client
        self._method = method

    @overload
    async def __call__(
        self,
        path: str,
        *,
        stream: Literal[False] = False,
        **keywords: Unpack[UndeclaredKeywords[CastT]],
    ) -> CastT: ...
    @overload
    async def __call__(
        self,
        path: str,
        *,
        stream: Literal[True],
        **keywords: Unpack[UndeclaredKeywords[CastT]],
    ) -> AsyncStream[CastT]: ...
    async def __call__(
        self,
        path: str,
        *,
        stream: bool = False,
        **keywords: Unpack[UndeclaredKeywords[Any]],
    ) -> Any:
        """Send `path` (under base_url), an endpoint the API description does not declare,
        with the client's retries, credentials, errors, deadline and hooks. `body` is sent
        as JSON (a model, a dict...), `content` as it is (bytes or chunks of them). The JSON
        answer is validated as `cast_to` (a model, `list[Model]`, `dict`...), else returned
        parsed; `stream=True` returns the server-sent events, each one's data as `cast_to`
        (else its text)."""
        return await self._client._undeclared(self._method, path, stream, **keywords)


class AsyncRawVerbCall:
    """`client.with_raw_response.get(path, ...)`: the `APIResponse` (`parse()` gives what
    `client.get` returns)."""

    __slots__ = ("_call",)

    def __init__(self, view: Any, method: str) -> None:
        self._call = AsyncVerbCall(view._owner, method)

    async def __call__(
        self, path: str, **keywords: Unpack[UndeclaredKeywords[CastT]]
    ) -> APIResponse[CastT]:
        """As `client.get`, returning the HTTP response with `parse()` for the result."""
        return await async_to_raw_response_wrapper(self._call)(path, **keywords)


class AsyncStreamingVerbCall:
    """`client.with_streaming_response.get(path, ...)`: a context manager over the
    response, its body not read yet."""

    __slots__ = ("_call",)

    def __init__(self, view: Any, method: str) -> None:
        self._call = AsyncVerbCall(view._owner, method)

    def __call__(
        self, path: str, **keywords: Unpack[UndeclaredKeywords[CastT]]
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[CastT]]:
        """As `client.get`, returning a context manager over the unread response."""
        return async_to_streamed_response_wrapper(self._call)(path, **keywords)


class AsyncUndeclaredCalls(BaseAPIClient):
    """`get`, `post`, `put`, `patch` and `delete` of AsyncAPIClient (which sends with `_call`)."""

    if TYPE_CHECKING:

        async def _call(
            self, call: Call, parse: Callable[[httpx.Response], Any]
        ) -> Any: ...

        async def _open_events(self, call: Call) -> AsyncStream[Any]: ...

    get, post, put, patch, delete = async_verbs(AsyncVerbCall)

    async def _undeclared(
        self,
        method: str,
        path: str,
        stream: bool,
        *,
        cast_to: Any = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> Any:
        """The one implementation of `get`, `post`, `put`, `patch` and `delete`."""
        if body is not None and content is not None:
            raise TypeError(
                "pass body (sent as JSON) or content (sent as is), not both"
            )
        endpoint, parse = self._undeclared_endpoint(
            method, path, cast_to, body, content, stream
        )
        given = RequestOptions(extra_headers=headers, extra_query=params, **options)
        call = Call(endpoint, body=body if content is None else content, options=given)
        if stream:
            return await self._open_events(call)
        return await self._call(call, parse)

    def _undeclared_endpoint(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        content: object = None,
        events: bool = False,
    ) -> tuple[Endpoint[Any], Callable[[httpx.Response], Any]]:
        """An endpoint the API description does not declare, and how to read its answer.

        It sends the first credential configured (in the API's order of schemes), a JSON
        `body` or a raw `content` (application/octet-stream unless the call's headers say
        otherwise); a 2xx answer is `cast_to` when given, else parsed JSON (text when it
        is not JSON, None when empty); with `events`, server-sent events whose data are
        `cast_to` when given, else text."""
        if content is not None:
            body_spec = BodySpec("bytes", "application/octet-stream", Any)
        elif body is not None:
            body_spec = BodySpec("json", "application/json", Any)
        else:
            body_spec = None
        if events:
            answer = ResponseSpec(
                "2XX", "events", str if isinstance(cast_to, NotGiven) else cast_to
            )
        else:
            answer = ResponseSpec("2XX", "json", cast_to)
        endpoint: Endpoint[Any] = Endpoint(
            method=method,
            path=path if path.startswith("/") or is_absolute(path) else "/" + path,
            body=body_spec,
            responses=(answer,),
            security=tuple((key,) for key in self._auth.schemes),
            accept="text/event-stream" if events else "application/json",
        )

        def parse(response: httpx.Response) -> Any:
            if not response.content:
                return None
            if isinstance(cast_to, NotGiven):
                return _loose_body(response)
            return self._validate_json(cast_to, response.content, response, endpoint)

        return endpoint, parse


class AsyncUndeclaredRawView:
    """The escape hatch on `client.with_raw_response`."""

    _owner: AsyncUndeclaredCalls

    get, post, put, patch, delete = async_verbs(AsyncRawVerbCall)


class AsyncUndeclaredStreamingView:
    """The escape hatch on `client.with_streaming_response`."""

    _owner: AsyncUndeclaredCalls

    get, post, put, patch, delete = async_verbs(AsyncStreamingVerbCall)
