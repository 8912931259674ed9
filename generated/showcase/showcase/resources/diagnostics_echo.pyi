import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
from .._runtime._types import NotGiven

__all__ = [
    "AsyncDiagnosticsEcho",
    "AsyncDiagnosticsEchoWithRawResponse",
    "AsyncDiagnosticsEchoWithStreamingResponse",
    "DiagnosticsEcho",
    "DiagnosticsEchoWithRawResponse",
    "DiagnosticsEchoWithStreamingResponse",
]

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
        ids: list[int] | None = None,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | None = None,
        x_retry_count: int | None = None,
        session_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse:
        """GET /echo/{itemId}"""

    @overload
    def create(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse: ...
    @overload
    def create(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EchoResponse]: ...
    @overload
    def __call__(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EchoResponse]: ...

class DiagnosticsEchoWithRawResponse:
    def __init__(self, owner: DiagnosticsEcho) -> None: ...
    retrieve = RawView(DiagnosticsEcho.retrieve)
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.EchoResponse]]: ...
    @overload
    def __call__(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.EchoResponse]]: ...

class DiagnosticsEchoWithStreamingResponse:
    def __init__(self, owner: DiagnosticsEcho) -> None: ...
    retrieve = StreamingView(DiagnosticsEcho.retrieve)
    create: _Streaming_create

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
        ids: list[int] | None = None,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | None = None,
        x_retry_count: int | None = None,
        session_id: str | None = None,
        locale: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse:
        """GET /echo/{itemId}"""

    @overload
    async def create(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse: ...
    @overload
    async def create(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EchoResponse]: ...
    @overload
    async def __call__(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.EchoResponse]: ...

class AsyncDiagnosticsEchoWithRawResponse:
    def __init__(self, owner: AsyncDiagnosticsEcho) -> None: ...
    retrieve = AsyncRawView(AsyncDiagnosticsEcho.retrieve)
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        message: str,
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
        counters: dict[str, int] | NotGiven = ...,
        sizes: Sequence[_models.SizeClass | Literal[1, 2, 3]] | NotGiven = ...,
        stock: Mapping[
            str, _models.ItemStatus | Literal["available", "reserved", "sold_out"]
        ]
        | NotGiven = ...,
        extra: dict[str, Any] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.EchoResponse]]: ...
    @overload
    def __call__(
        self,
        *,
        message: NotGiven = ...,
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        body: _models.EchoPayload | _models.EchoPayloadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.EchoResponse]]: ...

class AsyncDiagnosticsEchoWithStreamingResponse:
    def __init__(self, owner: AsyncDiagnosticsEcho) -> None: ...
    retrieve = AsyncStreamingView(AsyncDiagnosticsEcho.retrieve)
    create: _AsyncStreaming_create
