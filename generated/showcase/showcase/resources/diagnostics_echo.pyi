import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncDiagnosticsEcho",
    "AsyncDiagnosticsEchoWithRawResponse",
    "AsyncDiagnosticsEchoWithStreamingResponse",
    "DiagnosticsEcho",
    "DiagnosticsEchoWithRawResponse",
    "DiagnosticsEchoWithStreamingResponse",
]

_RETRIEVE: Endpoint[_models.EchoResponse]
_CREATE: Endpoint[_models.EchoResponse]

class DiagnosticsEcho(SyncResource):
    @cached_property
    def with_raw_response(self) -> DiagnosticsEchoWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> DiagnosticsEchoWithStreamingResponse: ...
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /echo/{itemId}
        """

    def create(
        self,
        *,
        message: str | NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        note: str | None | NotGiven = ...,
        count: int | NotGiven = ...,
        ratio: float | NotGiven = ...,
        enabled: bool | NotGiven = ...,
        when: dt.datetime | NotGiven = ...,
        day: dt.date | NotGiven = ...,
        at: dt.time | NotGiven = ...,
        data: str | NotGiven = ...,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        keeper: _models.Keeper | _models.KeeperParam | NotGiven = ...,
        ticket: _models.Ticket | _models.TicketParam | NotGiven = ...,
        animal: _models.Animal
        | _models.CatParam
        | _models.DogParam
        | _models.BirdParam
        | NotGiven = ...,
        item: _models.NewItem | _models.NewItemParam | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        counters: Mapping[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: Mapping[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        POST /echo
        """

class DiagnosticsEchoWithRawResponse:
    def __init__(self, owner: DiagnosticsEcho) -> None: ...
    retrieve = RawView(DiagnosticsEcho.retrieve)
    create = RawView(DiagnosticsEcho.create)

class DiagnosticsEchoWithStreamingResponse:
    def __init__(self, owner: DiagnosticsEcho) -> None: ...
    retrieve = StreamingView(DiagnosticsEcho.retrieve)
    create = StreamingView(DiagnosticsEcho.create)

class AsyncDiagnosticsEcho(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncDiagnosticsEchoWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncDiagnosticsEchoWithStreamingResponse: ...
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
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /echo/{itemId}
        """

    async def create(
        self,
        *,
        message: str | NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        note: str | None | NotGiven = ...,
        count: int | NotGiven = ...,
        ratio: float | NotGiven = ...,
        enabled: bool | NotGiven = ...,
        when: dt.datetime | NotGiven = ...,
        day: dt.date | NotGiven = ...,
        at: dt.time | NotGiven = ...,
        data: str | NotGiven = ...,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = ...,
        status: _models.ItemStatus
        | Literal["available", "reserved", "sold_out"]
        | NotGiven = ...,
        keeper: _models.Keeper | _models.KeeperParam | NotGiven = ...,
        ticket: _models.Ticket | _models.TicketParam | NotGiven = ...,
        animal: _models.Animal
        | _models.CatParam
        | _models.DogParam
        | _models.BirdParam
        | NotGiven = ...,
        item: _models.NewItem | _models.NewItemParam | NotGiven = ...,
        price: _models.Money | _models.MoneyParam | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        counters: Mapping[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: Mapping[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        POST /echo
        """

class AsyncDiagnosticsEchoWithRawResponse:
    def __init__(self, owner: AsyncDiagnosticsEcho) -> None: ...
    retrieve = AsyncRawView(AsyncDiagnosticsEcho.retrieve)
    create = AsyncRawView(AsyncDiagnosticsEcho.create)

class AsyncDiagnosticsEchoWithStreamingResponse:
    def __init__(self, owner: AsyncDiagnosticsEcho) -> None: ...
    retrieve = AsyncStreamingView(AsyncDiagnosticsEcho.retrieve)
    create = AsyncStreamingView(AsyncDiagnosticsEcho.create)
