"""`client.files`: Files and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._files import BinaryBody
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._models import FileInput
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]


_CREATE: Endpoint[_models.FileInfo] = Endpoint(
    method="POST",
    path="/files",
    body=BodySpec("multipart", "multipart/form-data", lambda: _models.FileUpload),
    responses=(ResponseSpec("201", "json", lambda: _models.FileInfo),),
    errors=(
        ResponseSpec("400", "json", lambda: _models.Error),
        ResponseSpec("415", "json", lambda: _models.Error),
    ),
    security=(("ApiKeyAuth",),),
)


_RAW: Endpoint[_models.RawUploadInfo] = Endpoint(
    method="POST",
    path="/files/raw",
    body=BodySpec("bytes", "application/octet-stream", lambda: bytes),
    responses=(ResponseSpec("200", "json", lambda: _models.RawUploadInfo),),
    errors=(ResponseSpec("415", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


class Files(SyncResource):
    """Multipart uploads, form posts, raw uploads and binary downloads."""

    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return FilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return FilesWithStreamingResponse(self)

    def create(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        purpose: str | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.FileUpload | _models.FileUploadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"file": file, "purpose": purpose, "tags": tags},
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

    def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.
        """
        return self._client.request(
            _RAW,
            body=body,
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

    forms = ChildResource(".files_forms", "FilesForms", of_resource=True)
    """Operations of `client.files.forms`."""

    content = ChildResource(".files_content", "FilesContent", of_resource=True)
    """Operations of `client.files.content`."""


class FilesWithRawResponse:
    """The methods of Files, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Files) -> None:
        self._owner = owner

    create = RawView(Files.create)
    raw = RawView(Files.raw)
    forms = ResourceView("with_raw_response")
    content = ResourceView("with_raw_response")


class FilesWithStreamingResponse:
    """The methods of Files, returning a context manager over the unread response."""

    def __init__(self, owner: Files) -> None:
        self._owner = owner

    create = StreamingView(Files.create)
    raw = StreamingView(Files.raw)
    forms = ResourceView("with_streaming_response")
    content = ResourceView("with_streaming_response")


class AsyncFiles(AsyncResource):
    """Multipart uploads, form posts, raw uploads and binary downloads."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncFilesWithStreamingResponse(self)

    async def create(
        self,
        *,
        file: FileInput | NotGiven = NOT_GIVEN,
        purpose: str | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.FileUpload | _models.FileUploadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"file": file, "purpose": purpose, "tags": tags},
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

    async def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.
        """
        return await self._client.request(
            _RAW,
            body=body,
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

    forms = ChildResource(".files_forms", "AsyncFilesForms", of_resource=True)
    """Operations of `client.files.forms`."""

    content = ChildResource(".files_content", "AsyncFilesContent", of_resource=True)
    """Operations of `client.files.content`."""


class AsyncFilesWithRawResponse:
    """The methods of AsyncFiles, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFiles) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncFiles.create)
    raw = AsyncRawView(AsyncFiles.raw)
    forms = ResourceView("with_raw_response")
    content = ResourceView("with_raw_response")


class AsyncFilesWithStreamingResponse:
    """The methods of AsyncFiles, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFiles) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncFiles.create)
    raw = AsyncStreamingView(AsyncFiles.raw)
    forms = ResourceView("with_streaming_response")
    content = ResourceView("with_streaming_response")
