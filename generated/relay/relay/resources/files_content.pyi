from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncFilesContent",
    "AsyncFilesContentWithRawResponse",
    "AsyncFilesContentWithStreamingResponse",
    "FilesContent",
    "FilesContentWithRawResponse",
    "FilesContentWithStreamingResponse",
]

_LIST: Endpoint[bytes]

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.

        GET /files/{file_id}/content
        """

class FilesContentWithRawResponse:
    def __init__(self, owner: FilesContent) -> None: ...
    list = RawView(FilesContent.list)

class FilesContentWithStreamingResponse:
    def __init__(self, owner: FilesContent) -> None: ...
    list = StreamingView(FilesContent.list)

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.

        GET /files/{file_id}/content
        """

class AsyncFilesContentWithRawResponse:
    def __init__(self, owner: AsyncFilesContent) -> None: ...
    list = AsyncRawView(AsyncFilesContent.list)

class AsyncFilesContentWithStreamingResponse:
    def __init__(self, owner: AsyncFilesContent) -> None: ...
    list = AsyncStreamingView(AsyncFilesContent.list)
