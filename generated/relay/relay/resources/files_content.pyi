from collections.abc import Mapping
from functools import cached_property
from typing import Protocol, type_check_only

import httpx

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
    "AsyncFilesContent",
    "AsyncFilesContentWithRawResponse",
    "AsyncFilesContentWithStreamingResponse",
    "FilesContent",
    "FilesContentWithRawResponse",
    "FilesContentWithStreamingResponse",
]

class FilesContent(SyncResource):
    @cached_property
    def with_raw_response(self) -> FilesContentWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesContentWithStreamingResponse: ...
    def list(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> bytes:
        """GET /files/{file_id}/content"""

@type_check_only
class _Raw_list(Protocol):
    def __call__(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[bytes]: ...

class FilesContentWithRawResponse:
    def __init__(self, owner: FilesContent) -> None: ...
    list: _Raw_list

@type_check_only
class _Streaming_list(Protocol):
    def __call__(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[bytes]]: ...

class FilesContentWithStreamingResponse:
    def __init__(self, owner: FilesContent) -> None: ...
    list: _Streaming_list

class AsyncFilesContent(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesContentWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncFilesContentWithStreamingResponse: ...
    async def list(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> bytes:
        """GET /files/{file_id}/content"""

@type_check_only
class _AsyncRaw_list(Protocol):
    async def __call__(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[bytes]: ...

class AsyncFilesContentWithRawResponse:
    def __init__(self, owner: AsyncFilesContent) -> None: ...
    list: _AsyncRaw_list

@type_check_only
class _AsyncStreaming_list(Protocol):
    def __call__(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]: ...

class AsyncFilesContentWithStreamingResponse:
    def __init__(self, owner: AsyncFilesContent) -> None: ...
    list: _AsyncStreaming_list
