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
from .._runtime._files import BinaryBody
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

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
    def upload_file(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.FileInfo: ...
    def submit_contact(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.FormEcho: ...
    def download_file(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> bytes: ...
    def upload_raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.RawUploadInfo: ...

@type_check_only
class _Raw_upload_file(Protocol):
    def __call__(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.FileInfo]: ...

@type_check_only
class _Raw_submit_contact(Protocol):
    def __call__(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.FormEcho]: ...

@type_check_only
class _Raw_download_file(Protocol):
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
    ) -> APIResponse[bytes]: ...

@type_check_only
class _Raw_upload_raw(Protocol):
    def __call__(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.RawUploadInfo]: ...

class FilesWithRawResponse:
    def __init__(self, owner: Files) -> None: ...
    upload_file: _Raw_upload_file
    submit_contact: _Raw_submit_contact
    download_file: _Raw_download_file
    upload_raw: _Raw_upload_raw

@type_check_only
class _Streaming_upload_file(Protocol):
    def __call__(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.FileInfo]]: ...

@type_check_only
class _Streaming_submit_contact(Protocol):
    def __call__(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.FormEcho]]: ...

@type_check_only
class _Streaming_download_file(Protocol):
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
    ) -> ResponseContextManager[StreamedResponse[bytes]]: ...

@type_check_only
class _Streaming_upload_raw(Protocol):
    def __call__(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.RawUploadInfo]]: ...

class FilesWithStreamingResponse:
    def __init__(self, owner: Files) -> None: ...
    upload_file: _Streaming_upload_file
    submit_contact: _Streaming_submit_contact
    download_file: _Streaming_download_file
    upload_raw: _Streaming_upload_raw

class AsyncFiles(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncFilesWithStreamingResponse: ...
    async def upload_file(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.FileInfo: ...
    async def submit_contact(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.FormEcho: ...
    async def download_file(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> bytes: ...
    async def upload_raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.RawUploadInfo: ...

@type_check_only
class _AsyncRaw_upload_file(Protocol):
    async def __call__(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.FileInfo]: ...

@type_check_only
class _AsyncRaw_submit_contact(Protocol):
    async def __call__(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.FormEcho]: ...

@type_check_only
class _AsyncRaw_download_file(Protocol):
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
    ) -> APIResponse[bytes]: ...

@type_check_only
class _AsyncRaw_upload_raw(Protocol):
    async def __call__(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.RawUploadInfo]: ...

class AsyncFilesWithRawResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    upload_file: _AsyncRaw_upload_file
    submit_contact: _AsyncRaw_submit_contact
    download_file: _AsyncRaw_download_file
    upload_raw: _AsyncRaw_upload_raw

@type_check_only
class _AsyncStreaming_upload_file(Protocol):
    def __call__(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.FileInfo]]: ...

@type_check_only
class _AsyncStreaming_submit_contact(Protocol):
    def __call__(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.FormEcho]]: ...

@type_check_only
class _AsyncStreaming_download_file(Protocol):
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
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]: ...

@type_check_only
class _AsyncStreaming_upload_raw(Protocol):
    def __call__(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.RawUploadInfo]]: ...

class AsyncFilesWithStreamingResponse:
    def __init__(self, owner: AsyncFiles) -> None: ...
    upload_file: _AsyncStreaming_upload_file
    submit_contact: _AsyncStreaming_submit_contact
    download_file: _AsyncStreaming_download_file
    upload_raw: _AsyncStreaming_upload_raw
