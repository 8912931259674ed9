from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._files import BinaryBody
from .._runtime._models import FileInput
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit
from .files_content import (
    AsyncFilesContent,
    AsyncFilesContentWithRawResponse,
    AsyncFilesContentWithStreamingResponse,
    FilesContent,
    FilesContentWithRawResponse,
    FilesContentWithStreamingResponse,
)
from .files_forms import (
    AsyncFilesForms,
    AsyncFilesFormsWithRawResponse,
    AsyncFilesFormsWithStreamingResponse,
    FilesForms,
    FilesFormsWithRawResponse,
    FilesFormsWithStreamingResponse,
)

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]

_CREATE: Endpoint[_models.FileInfo]
_RAW: Endpoint[_models.RawUploadInfo]

class Files(SyncResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse: ...
    def create(
        self,
        *,
        file: FileInput | NotGiven = ...,
        purpose: str | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.FileUpload | _models.FileUploadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /files
        """

    def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.

        POST /files/raw
        """

    @cached_property
    def forms(self) -> FilesForms: ...
    @cached_property
    def content(self) -> FilesContent: ...

class FilesWithRawResponse:
    def __init__(self, owner: Files) -> None: ...
    create = RawView(Files.create)
    raw = RawView(Files.raw)
    @cached_property
    def forms(self) -> FilesFormsWithRawResponse: ...
    @cached_property
    def content(self) -> FilesContentWithRawResponse: ...

class FilesWithStreamingResponse:
    def __init__(self, owner: Files) -> None: ...
    create = StreamingView(Files.create)
    raw = StreamingView(Files.raw)
    @cached_property
    def forms(self) -> FilesFormsWithStreamingResponse: ...
    @cached_property
    def content(self) -> FilesContentWithStreamingResponse: ...

class AsyncFiles(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse: ...
    async def create(
        self,
        *,
        file: FileInput | NotGiven = ...,
        purpose: str | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.FileUpload | _models.FileUploadParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /files
        """

    async def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.

        POST /files/raw
        """

    @cached_property
    def forms(self) -> AsyncFilesForms: ...
    @cached_property
    def content(self) -> AsyncFilesContent: ...

class AsyncFilesWithRawResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    create = AsyncRawView(AsyncFiles.create)
    raw = AsyncRawView(AsyncFiles.raw)
    @cached_property
    def forms(self) -> AsyncFilesFormsWithRawResponse: ...
    @cached_property
    def content(self) -> AsyncFilesContentWithRawResponse: ...

class AsyncFilesWithStreamingResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    create = AsyncStreamingView(AsyncFiles.create)
    raw = AsyncStreamingView(AsyncFiles.raw)
    @cached_property
    def forms(self) -> AsyncFilesFormsWithStreamingResponse: ...
    @cached_property
    def content(self) -> AsyncFilesContentWithStreamingResponse: ...
