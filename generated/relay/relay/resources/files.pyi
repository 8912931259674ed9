from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._files import BinaryBody
from .._runtime._models import FileInput
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
from .._runtime._types import NotGiven
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

class Files(SyncResource):
    @cached_property
    def with_raw_response(self) -> FilesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FileInfo: ...
    @overload
    def create(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FileInfo: ...
    def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.RawUploadInfo:
        """POST /files/raw"""

    @cached_property
    def forms(self) -> FilesForms: ...
    @cached_property
    def content(self) -> FilesContent: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FileInfo]: ...
    @overload
    def __call__(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FileInfo]: ...

class FilesWithRawResponse:
    def __init__(self, owner: Files) -> None: ...
    create: _Raw_create
    raw = RawView(Files.raw)
    @cached_property
    def forms(self) -> FilesFormsWithRawResponse: ...
    @cached_property
    def content(self) -> FilesContentWithRawResponse: ...

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.FileInfo]]: ...
    @overload
    def __call__(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.FileInfo]]: ...

class FilesWithStreamingResponse:
    def __init__(self, owner: Files) -> None: ...
    create: _Streaming_create
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
    @overload
    async def create(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FileInfo: ...
    @overload
    async def create(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FileInfo: ...
    async def raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.RawUploadInfo:
        """POST /files/raw"""

    @cached_property
    def forms(self) -> AsyncFilesForms: ...
    @cached_property
    def content(self) -> AsyncFilesContent: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FileInfo]: ...
    @overload
    async def __call__(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FileInfo]: ...

class AsyncFilesWithRawResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    create: _AsyncRaw_create
    raw = AsyncRawView(AsyncFiles.raw)
    @cached_property
    def forms(self) -> AsyncFilesFormsWithRawResponse: ...
    @cached_property
    def content(self) -> AsyncFilesContentWithRawResponse: ...

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.FileInfo]]: ...
    @overload
    def __call__(
        self,
        *,
        file: NotGiven = ...,
        purpose: NotGiven = ...,
        body: _models.FileUpload | _models.FileUploadParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.FileInfo]]: ...

class AsyncFilesWithStreamingResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    create: _AsyncStreaming_create
    raw = AsyncStreamingView(AsyncFiles.raw)
    @cached_property
    def forms(self) -> AsyncFilesFormsWithStreamingResponse: ...
    @cached_property
    def content(self) -> AsyncFilesContentWithStreamingResponse: ...
