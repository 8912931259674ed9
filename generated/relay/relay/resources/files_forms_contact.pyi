from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    ResponseContextManager,
    StreamedResponse,
)
from .._runtime._types import NotGiven

__all__ = [
    "AsyncFilesFormsContact",
    "AsyncFilesFormsContactWithRawResponse",
    "AsyncFilesFormsContactWithStreamingResponse",
    "FilesFormsContact",
    "FilesFormsContactWithRawResponse",
    "FilesFormsContactWithStreamingResponse",
]

class FilesFormsContact(SyncResource):
    @cached_property
    def with_raw_response(self) -> FilesFormsContactWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesFormsContactWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FormEcho: ...
    @overload
    def create(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FormEcho: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FormEcho]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FormEcho]: ...

class FilesFormsContactWithRawResponse:
    def __init__(self, owner: FilesFormsContact) -> None: ...
    create: _Raw_create

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.FormEcho]]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.FormEcho]]: ...

class FilesFormsContactWithStreamingResponse:
    def __init__(self, owner: FilesFormsContact) -> None: ...
    create: _Streaming_create

class AsyncFilesFormsContact(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesFormsContactWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncFilesFormsContactWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FormEcho: ...
    @overload
    async def create(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.FormEcho: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FormEcho]: ...
    @overload
    async def __call__(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.FormEcho]: ...

class AsyncFilesFormsContactWithRawResponse:
    def __init__(self, owner: AsyncFilesFormsContact) -> None: ...
    create: _AsyncRaw_create

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        name: str,
        email: str,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.FormEcho]]: ...
    @overload
    def __call__(
        self,
        *,
        name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.ContactForm | _models.ContactFormParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.FormEcho]]: ...

class AsyncFilesFormsContactWithStreamingResponse:
    def __init__(self, owner: AsyncFilesFormsContact) -> None: ...
    create: _AsyncStreaming_create
