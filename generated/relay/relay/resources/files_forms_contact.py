"""`client.files.forms.contact`: FilesFormsContact and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncFilesFormsContact",
    "AsyncFilesFormsContactWithRawResponse",
    "AsyncFilesFormsContactWithStreamingResponse",
    "FilesFormsContact",
    "FilesFormsContactWithRawResponse",
    "FilesFormsContactWithStreamingResponse",
]


_CREATE: Endpoint[_models.FormEcho] = Endpoint(
    method="POST",
    path="/forms/contact",
    body=BodySpec(
        "form", "application/x-www-form-urlencoded", lambda: _models.ContactForm
    ),
    responses=(ResponseSpec("200", "json", lambda: _models.FormEcho),),
    errors=(
        ResponseSpec("400", "json", lambda: _models.Error),
        ResponseSpec("415", "json", lambda: _models.Error),
    ),
    security=(("ApiKeyAuth",),),
)


class FilesFormsContact(SyncResource):
    """Operations of the FilesFormsContact resource."""

    @cached_property
    def with_raw_response(self) -> FilesFormsContactWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return FilesFormsContactWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesFormsContactWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return FilesFormsContactWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.ContactForm | _models.ContactFormParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"name": name, "email": email, "count": count},
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


class FilesFormsContactWithRawResponse:
    """The methods of FilesFormsContact, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: FilesFormsContact) -> None:
        self._owner = owner

    create = RawView(FilesFormsContact.create)


class FilesFormsContactWithStreamingResponse:
    """The methods of FilesFormsContact, returning a context manager over the unread response."""

    def __init__(self, owner: FilesFormsContact) -> None:
        self._owner = owner

    create = StreamingView(FilesFormsContact.create)


class AsyncFilesFormsContact(AsyncResource):
    """Operations of the FilesFormsContact resource."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesFormsContactWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesFormsContactWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesFormsContactWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncFilesFormsContactWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        count: int | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.ContactForm | _models.ContactFormParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.

        Args:
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"name": name, "email": email, "count": count},
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


class AsyncFilesFormsContactWithRawResponse:
    """The methods of AsyncFilesFormsContact, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFilesFormsContact) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncFilesFormsContact.create)


class AsyncFilesFormsContactWithStreamingResponse:
    """The methods of AsyncFilesFormsContact, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFilesFormsContact) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncFilesFormsContact.create)
