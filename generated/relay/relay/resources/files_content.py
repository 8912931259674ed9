"""`client.files.content`: FilesContent and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncFilesContent",
    "AsyncFilesContentWithRawResponse",
    "AsyncFilesContentWithStreamingResponse",
    "FilesContent",
    "FilesContentWithRawResponse",
    "FilesContentWithStreamingResponse",
]


_LIST: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/files/{file_id}/content",
    responses=(ResponseSpec("200", "bytes", lambda: bytes),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
    accept="application/octet-stream, application/json, */*;q=0.5",
)


class FilesContent(SyncResource):
    """Operations of the FilesContent resource."""

    @cached_property
    def with_raw_response(self) -> FilesContentWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return FilesContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesContentWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return FilesContentWithStreamingResponse(self)

    def list(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.
        """
        return self._client.request(
            _LIST,
            path={
                "file_id": file_id,
            },
            query={
                "size": size,
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


class FilesContentWithRawResponse:
    """The methods of FilesContent, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: FilesContent) -> None:
        self._owner = owner

    list = RawView(FilesContent.list)


class FilesContentWithStreamingResponse:
    """The methods of FilesContent, returning a context manager over the unread response."""

    def __init__(self, owner: FilesContent) -> None:
        self._owner = owner

    list = StreamingView(FilesContent.list)


class AsyncFilesContent(AsyncResource):
    """Operations of the FilesContent resource."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesContentWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesContentWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesContentWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncFilesContentWithStreamingResponse(self)

    async def list(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.
        """
        return await self._client.request(
            _LIST,
            path={
                "file_id": file_id,
            },
            query={
                "size": size,
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


class AsyncFilesContentWithRawResponse:
    """The methods of AsyncFilesContent, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFilesContent) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncFilesContent.list)


class AsyncFilesContentWithStreamingResponse:
    """The methods of AsyncFilesContent, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFilesContent) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncFilesContent.list)
