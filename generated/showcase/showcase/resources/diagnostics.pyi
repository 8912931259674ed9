import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

import httpx

from .. import models
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
    "AsyncDiagnostics",
    "AsyncDiagnosticsWithRawResponse",
    "AsyncDiagnosticsWithStreamingResponse",
    "Diagnostics",
    "DiagnosticsWithRawResponse",
    "DiagnosticsWithStreamingResponse",
]

class Diagnostics(SyncResource):
    @cached_property
    def with_raw_response(self) -> DiagnosticsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> DiagnosticsWithStreamingResponse: ...
    def echo_get(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> models.EchoResponse: ...
    def echo_post(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.EchoResponse: ...

@type_check_only
class _Raw_echo_get(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> APIResponse[models.EchoResponse]: ...

@type_check_only
class _Raw_echo_post(Protocol):
    def __call__(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.EchoResponse]: ...

class DiagnosticsWithRawResponse:
    def __init__(self, owner: Diagnostics) -> None: ...
    echo_get: _Raw_echo_get
    echo_post: _Raw_echo_post

@type_check_only
class _Streaming_echo_get(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> ResponseContextManager[StreamedResponse[models.EchoResponse]]: ...

@type_check_only
class _Streaming_echo_post(Protocol):
    def __call__(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.EchoResponse]]: ...

class DiagnosticsWithStreamingResponse:
    def __init__(self, owner: Diagnostics) -> None: ...
    echo_get: _Streaming_echo_get
    echo_post: _Streaming_echo_post

class AsyncDiagnostics(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncDiagnosticsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncDiagnosticsWithStreamingResponse: ...
    async def echo_get(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> models.EchoResponse: ...
    async def echo_post(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.EchoResponse: ...

@type_check_only
class _AsyncRaw_echo_get(Protocol):
    async def __call__(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> APIResponse[models.EchoResponse]: ...

@type_check_only
class _AsyncRaw_echo_post(Protocol):
    async def __call__(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.EchoResponse]: ...

class AsyncDiagnosticsWithRawResponse:
    def __init__(self, owner: AsyncDiagnostics) -> None: ...
    echo_get: _AsyncRaw_echo_get
    echo_post: _AsyncRaw_echo_post

@type_check_only
class _AsyncStreaming_echo_get(Protocol):
    def __call__(
        self,
        item_id: int,
        *,
        x_trace_id: str,
        count: int | None = None,
        flag: bool | None = None,
        mode: models.EchoGetMode | None = None,
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
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.EchoResponse]]: ...

@type_check_only
class _AsyncStreaming_echo_post(Protocol):
    def __call__(
        self,
        *,
        body: models.EchoPayload | dict[str, Any],
        dry_run: bool | None = None,
        x_trace_id: str | None = None,
        session_id: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.EchoResponse]]: ...

class AsyncDiagnosticsWithStreamingResponse:
    def __init__(self, owner: AsyncDiagnostics) -> None: ...
    echo_get: _AsyncStreaming_echo_get
    echo_post: _AsyncStreaming_echo_post
