"""`client.diagnostics.echo`: DiagnosticsEcho and its response views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncDiagnosticsEcho",
    "AsyncDiagnosticsEchoWithRawResponse",
    "AsyncDiagnosticsEchoWithStreamingResponse",
    "DiagnosticsEcho",
    "DiagnosticsEchoWithRawResponse",
    "DiagnosticsEchoWithStreamingResponse",
]


_RETRIEVE: Endpoint[_models.EchoResponse] = Endpoint(
    method="GET",
    path="/echo/{itemId}",
    styles={
        ("query", "ids"): ("form", False),
    },
    responses=(ResponseSpec("200", "json", lambda: _models.EchoResponse),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
)


_CREATE: Endpoint[_models.EchoResponse] = Endpoint(
    method="POST",
    path="/echo",
    body=BodySpec("json", "application/json", lambda: _models.EchoPayload),
    responses=(ResponseSpec("200", "json", lambda: _models.EchoResponse),),
    errors=(
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


class DiagnosticsEcho(SyncResource):
    """Operations of the DiagnosticsEcho resource."""

    @cached_property
    def with_raw_response(self) -> DiagnosticsEchoWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return DiagnosticsEchoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DiagnosticsEchoWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return DiagnosticsEchoWithStreamingResponse(self)

    def retrieve(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: _models.EchoGetMode | Literal["fast", "slow", "extra-safe"] | None = None,
        since: dt.datetime | None = None,
        tag: list[str] | None = None,
        ids: Sequence[int] | None = None,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | None = None,
        x_retry_count: int | None = None,
        session_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EchoResponse:
        """Echo a GET request

        Returns exactly what the server received: method, path, raw query string, decoded query items in order, the declared headers, the cookies and the (absent) body.

        Args:
            item_id: Any integer; echoed back in `path`.
            x_trace_id: A required header.
            count: An integer.
            flag: A boolean.
            mode: An inline string enum.
            since: A date-time.
            tag: An array sent as a repeated parameter (`?tag=a&tag=b`).
            ids: An array sent as one comma-separated parameter (`?ids=1,2`).
            sizes: An array of enum values (`?sizes=1&sizes=3`); takes the plain values too.
            x_retry_count: An optional integer header.
            session_id: A cookie.
            locale: Another cookie.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "itemId": item_id,
            },
            query={
                "count": count,
                "flag": flag,
                "mode": mode,
                "since": since,
                "tag": tag,
                "ids": ids,
                "sizes": sizes,
            },
            headers={
                "X-Trace-Id": x_trace_id,
                "X-Retry-Count": x_retry_count,
            },
            cookies={
                "session_id": session_id,
                "locale": locale,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def create(
        self,
        *,
        message: str | NotGiven = NOT_GIVEN,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        note: str | None | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        when: dt.datetime | NotGiven = NOT_GIVEN,
        day: dt.date | NotGiven = NOT_GIVEN,
        at: dt.time | NotGiven = NOT_GIVEN,
        data: str | NotGiven = NOT_GIVEN,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        keeper: _models.Keeper | _models.KeeperParam | NotGiven = NOT_GIVEN,
        ticket: _models.Ticket | _models.TicketParam | NotGiven = NOT_GIVEN,
        animal: _models.Animal
        | _models.CatParam
        | _models.DogParam
        | _models.BirdParam
        | NotGiven = NOT_GIVEN,
        item: _models.NewItem | _models.NewItemParam | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        counters: Mapping[str, int] | NotGiven = NOT_GIVEN,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = NOT_GIVEN,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = NOT_GIVEN,
        extra: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EchoResponse:
        """Echo a POST request

        Returns exactly what the server received, including the parsed JSON body.

        Args:
            dry_run: A boolean.
            x_trace_id: An optional header.
            session_id: A cookie.
            sizes: Enum values in a list.
            stock: Enum values in a map.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            query={
                "dry_run": dry_run,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session_id": session_id,
            },
            body=body_from(
                body,
                {
                    "message": message,
                    "note": note,
                    "count": count,
                    "ratio": ratio,
                    "enabled": enabled,
                    "when": when,
                    "day": day,
                    "at": at,
                    "data": data,
                    "size": size,
                    "status": status,
                    "keeper": keeper,
                    "ticket": ticket,
                    "animal": animal,
                    "item": item,
                    "price": price,
                    "tags": tags,
                    "counters": counters,
                    "sizes": sizes,
                    "stock": stock,
                    "extra": extra,
                },
                extra_body,
                required=True,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class DiagnosticsEchoWithRawResponse:
    """The methods of DiagnosticsEcho, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: DiagnosticsEcho) -> None:
        self._owner = owner

    retrieve = RawView(DiagnosticsEcho.retrieve)
    create = RawView(DiagnosticsEcho.create)


class DiagnosticsEchoWithStreamingResponse:
    """The methods of DiagnosticsEcho, returning a context manager over the unread response."""

    def __init__(self, owner: DiagnosticsEcho) -> None:
        self._owner = owner

    retrieve = StreamingView(DiagnosticsEcho.retrieve)
    create = StreamingView(DiagnosticsEcho.create)


class AsyncDiagnosticsEcho(AsyncResource):
    """Operations of the DiagnosticsEcho resource."""

    @cached_property
    def with_raw_response(self) -> AsyncDiagnosticsEchoWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncDiagnosticsEchoWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDiagnosticsEchoWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncDiagnosticsEchoWithStreamingResponse(self)

    async def retrieve(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: _models.EchoGetMode | Literal["fast", "slow", "extra-safe"] | None = None,
        since: dt.datetime | None = None,
        tag: list[str] | None = None,
        ids: Sequence[int] | None = None,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | None = None,
        x_retry_count: int | None = None,
        session_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EchoResponse:
        """Echo a GET request

        Returns exactly what the server received: method, path, raw query string, decoded query items in order, the declared headers, the cookies and the (absent) body.

        Args:
            item_id: Any integer; echoed back in `path`.
            x_trace_id: A required header.
            count: An integer.
            flag: A boolean.
            mode: An inline string enum.
            since: A date-time.
            tag: An array sent as a repeated parameter (`?tag=a&tag=b`).
            ids: An array sent as one comma-separated parameter (`?ids=1,2`).
            sizes: An array of enum values (`?sizes=1&sizes=3`); takes the plain values too.
            x_retry_count: An optional integer header.
            session_id: A cookie.
            locale: Another cookie.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "itemId": item_id,
            },
            query={
                "count": count,
                "flag": flag,
                "mode": mode,
                "since": since,
                "tag": tag,
                "ids": ids,
                "sizes": sizes,
            },
            headers={
                "X-Trace-Id": x_trace_id,
                "X-Retry-Count": x_retry_count,
            },
            cookies={
                "session_id": session_id,
                "locale": locale,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def create(
        self,
        *,
        message: str | NotGiven = NOT_GIVEN,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        note: str | None | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        ratio: float | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        when: dt.datetime | NotGiven = NOT_GIVEN,
        day: dt.date | NotGiven = NOT_GIVEN,
        at: dt.time | NotGiven = NOT_GIVEN,
        data: str | NotGiven = NOT_GIVEN,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = NOT_GIVEN,
        keeper: _models.Keeper | _models.KeeperParam | NotGiven = NOT_GIVEN,
        ticket: _models.Ticket | _models.TicketParam | NotGiven = NOT_GIVEN,
        animal: _models.Animal
        | _models.CatParam
        | _models.DogParam
        | _models.BirdParam
        | NotGiven = NOT_GIVEN,
        item: _models.NewItem | _models.NewItemParam | NotGiven = NOT_GIVEN,
        price: _models.Money | _models.MoneyParam | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        counters: Mapping[str, int] | NotGiven = NOT_GIVEN,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = NOT_GIVEN,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = NOT_GIVEN,
        extra: Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.EchoResponse:
        """Echo a POST request

        Returns exactly what the server received, including the parsed JSON body.

        Args:
            dry_run: A boolean.
            x_trace_id: An optional header.
            session_id: A cookie.
            sizes: Enum values in a list.
            stock: Enum values in a map.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            query={
                "dry_run": dry_run,
            },
            headers={
                "X-Trace-Id": x_trace_id,
            },
            cookies={
                "session_id": session_id,
            },
            body=body_from(
                body,
                {
                    "message": message,
                    "note": note,
                    "count": count,
                    "ratio": ratio,
                    "enabled": enabled,
                    "when": when,
                    "day": day,
                    "at": at,
                    "data": data,
                    "size": size,
                    "status": status,
                    "keeper": keeper,
                    "ticket": ticket,
                    "animal": animal,
                    "item": item,
                    "price": price,
                    "tags": tags,
                    "counters": counters,
                    "sizes": sizes,
                    "stock": stock,
                    "extra": extra,
                },
                extra_body,
                required=True,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )


class AsyncDiagnosticsEchoWithRawResponse:
    """The methods of AsyncDiagnosticsEcho, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncDiagnosticsEcho) -> None:
        self._owner = owner

    retrieve = AsyncRawView(AsyncDiagnosticsEcho.retrieve)
    create = AsyncRawView(AsyncDiagnosticsEcho.create)


class AsyncDiagnosticsEchoWithStreamingResponse:
    """The methods of AsyncDiagnosticsEcho, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncDiagnosticsEcho) -> None:
        self._owner = owner

    retrieve = AsyncStreamingView(AsyncDiagnosticsEcho.retrieve)
    create = AsyncStreamingView(AsyncDiagnosticsEcho.create)
