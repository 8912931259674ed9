import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol, type_check_only

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
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

    def create(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse:
        """POST /echo"""

@type_check_only
class _Raw_retrieve(Protocol):
    def __call__(
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
    ) -> APIResponse[_models.EchoResponse]: ...

@type_check_only
class _Raw_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
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
    retrieve: _Raw_retrieve
    create: _Raw_create

@type_check_only
class _Streaming_retrieve(Protocol):
    def __call__(
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
    ) -> ResponseContextManager[StreamedResponse[_models.EchoResponse]]: ...

@type_check_only
class _Streaming_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
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
    retrieve: _Streaming_retrieve
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

    async def create(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.EchoResponse:
        """POST /echo"""

@type_check_only
class _AsyncRaw_retrieve(Protocol):
    async def __call__(
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
    ) -> APIResponse[_models.EchoResponse]: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    async def __call__(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
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
    retrieve: _AsyncRaw_retrieve
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_retrieve(Protocol):
    def __call__(
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
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.EchoResponse]]: ...

@type_check_only
class _AsyncStreaming_create(Protocol):
    def __call__(
        self,
        *,
        body: _models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
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
    retrieve: _AsyncStreaming_retrieve
    create: _AsyncStreaming_create
