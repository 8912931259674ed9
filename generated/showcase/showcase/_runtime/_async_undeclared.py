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
    """`get = AsyncVerb("GET", AsyncVerbCall)`: the HTTP method, bound on access to what
    it is read from (the client, or a view of it) by `bind`."""

    __slots__ = ("_bind", "_method")

    def __init__(self, method: str, bind: Callable[[Any, str], BoundT]) -> None:
        self._method = method
        self._bind = bind

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> BoundT:
        return self._bind(instance, self._method)


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
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        stream: Literal[False] = False,
        **options: Unpack[CallOptions],
    ) -> CastT: ...
    @overload
    async def __call__(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        stream: Literal[True],
        **options: Unpack[CallOptions],
    ) -> AsyncStream[CastT]: ...
    async def __call__(
        self,
        path: str,
        *,
        cast_to: Any = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        stream: bool = False,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send `path` (under base_url), an endpoint the API description does not declare,
        with the client's retries, credentials, errors, deadline and hooks. `body` is sent
        as JSON (a model, a dict...), `content` as it is (bytes or chunks of them). The JSON
        answer is validated as `cast_to` (a model, `list[Model]`, `dict`...), else returned
        parsed; `stream=True` returns the server-sent events, each one's data as `cast_to`
        (else its text)."""
        return await self._client._undeclared(
            self._method, path, cast_to, body, content, params, headers, stream, options
        )


class AsyncRawVerbCall:
    """`client.with_raw_response.get(path, ...)`: the `APIResponse` (`parse()` gives what
    `client.get` returns)."""

    __slots__ = ("_call",)

    def __init__(self, view: Any, method: str) -> None:
        self._call = AsyncVerbCall(view._owner, method)

    async def __call__(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> APIResponse[CastT]:
        """As `client.get`, returning the HTTP response with `parse()` for the result."""
        send = async_to_raw_response_wrapper(self._call)
        return await send(
            path,
            cast_to=cast_to,
            body=body,
            content=content,
            params=params,
            headers=headers,
            **options,
        )


class AsyncStreamingVerbCall:
    """`client.with_streaming_response.get(path, ...)`: a context manager over the
    response, its body not read yet."""

    __slots__ = ("_call",)

    def __init__(self, view: Any, method: str) -> None:
        self._call = AsyncVerbCall(view._owner, method)

    def __call__(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        content: Content | None = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[CastT]]:
        """As `client.get`, returning a context manager over the unread response."""
        send = async_to_streamed_response_wrapper(self._call)
        return send(
            path,
            cast_to=cast_to,
            body=body,
            content=content,
            params=params,
            headers=headers,
            **options,
        )


class AsyncUndeclaredCalls(BaseAPIClient):
    """`get`, `post`, `put`, `patch` and `delete` of AsyncAPIClient (which sends with `_call`)."""

    if TYPE_CHECKING:

        async def _call(
            self, call: Call, parse: Callable[[httpx.Response], Any]
        ) -> Any: ...

        async def _open_events(self, call: Call) -> AsyncStream[Any]: ...

    get = AsyncVerb("GET", AsyncVerbCall)
    post = AsyncVerb("POST", AsyncVerbCall)
    put = AsyncVerb("PUT", AsyncVerbCall)
    patch = AsyncVerb("PATCH", AsyncVerbCall)
    delete = AsyncVerb("DELETE", AsyncVerbCall)

    async def _undeclared(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        content: Content | None,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        stream: bool,
        options: CallOptions,
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

    get = AsyncVerb("GET", AsyncRawVerbCall)
    post = AsyncVerb("POST", AsyncRawVerbCall)
    put = AsyncVerb("PUT", AsyncRawVerbCall)
    patch = AsyncVerb("PATCH", AsyncRawVerbCall)
    delete = AsyncVerb("DELETE", AsyncRawVerbCall)


class AsyncUndeclaredStreamingView:
    """The escape hatch on `client.with_streaming_response`."""

    _owner: AsyncUndeclaredCalls

    get = AsyncVerb("GET", AsyncStreamingVerbCall)
    post = AsyncVerb("POST", AsyncStreamingVerbCall)
    put = AsyncVerb("PUT", AsyncStreamingVerbCall)
    patch = AsyncVerb("PATCH", AsyncStreamingVerbCall)
    delete = AsyncVerb("DELETE", AsyncStreamingVerbCall)
