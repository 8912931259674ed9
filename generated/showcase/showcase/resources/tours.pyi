from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

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
    "AsyncTours",
    "AsyncToursWithRawResponse",
    "AsyncToursWithStreamingResponse",
    "Tours",
    "ToursWithRawResponse",
    "ToursWithStreamingResponse",
]

class Tours(SyncResource):
    @cached_property
    def with_raw_response(self) -> ToursWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> ToursWithStreamingResponse: ...
    def retrieve(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Tour:
        """GET /tours/{tourId}"""

@type_check_only
class _Raw_retrieve(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Tour]: ...

class ToursWithRawResponse:
    def __init__(self, owner: Tours) -> None: ...
    retrieve: _Raw_retrieve

@type_check_only
class _Streaming_retrieve(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Tour]]: ...

class ToursWithStreamingResponse:
    def __init__(self, owner: Tours) -> None: ...
    retrieve: _Streaming_retrieve

class AsyncTours(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncToursWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncToursWithStreamingResponse: ...
    async def retrieve(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Tour:
        """GET /tours/{tourId}"""

@type_check_only
class _AsyncRaw_retrieve(Protocol):
    async def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Tour]: ...

class AsyncToursWithRawResponse:
    def __init__(self, owner: AsyncTours) -> None: ...
    retrieve: _AsyncRaw_retrieve

@type_check_only
class _AsyncStreaming_retrieve(Protocol):
    def __call__(
        self,
        tour_id: int,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Tour]]: ...

class AsyncToursWithStreamingResponse:
    def __init__(self, owner: AsyncTours) -> None: ...
    retrieve: _AsyncStreaming_retrieve
