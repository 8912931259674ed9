from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncFilesFormsContact",
    "AsyncFilesFormsContactWithRawResponse",
    "AsyncFilesFormsContactWithStreamingResponse",
    "FilesFormsContact",
    "FilesFormsContactWithRawResponse",
    "FilesFormsContactWithStreamingResponse",
]

_CREATE: Endpoint[_models.FormEcho]

class FilesFormsContact(SyncResource):
    @cached_property
    def with_raw_response(self) -> FilesFormsContactWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesFormsContactWithStreamingResponse: ...
    def create(
        self,
        *,
        name: str | NotGiven = ...,
        email: str | NotGiven = ...,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.ContactForm | _models.ContactFormParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /forms/contact
        """

class FilesFormsContactWithRawResponse:
    def __init__(self, owner: FilesFormsContact) -> None: ...
    create = RawView(FilesFormsContact.create)

class FilesFormsContactWithStreamingResponse:
    def __init__(self, owner: FilesFormsContact) -> None: ...
    create = StreamingView(FilesFormsContact.create)

class AsyncFilesFormsContact(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesFormsContactWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncFilesFormsContactWithStreamingResponse: ...
    async def create(
        self,
        *,
        name: str | NotGiven = ...,
        email: str | NotGiven = ...,
        count: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.ContactForm | _models.ContactFormParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /forms/contact
        """

class AsyncFilesFormsContactWithRawResponse:
    def __init__(self, owner: AsyncFilesFormsContact) -> None: ...
    create = AsyncRawView(AsyncFilesFormsContact.create)

class AsyncFilesFormsContactWithStreamingResponse:
    def __init__(self, owner: AsyncFilesFormsContact) -> None: ...
    create = AsyncStreamingView(AsyncFilesFormsContact.create)
