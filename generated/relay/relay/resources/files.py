"""Files: the operations tagged files."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._files import BinaryBody
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
]


_UPLOAD_FILE: Endpoint[models.FileInfo] = Endpoint(
    method="POST",
    path="/files",
    body=BodySpec("multipart", "multipart/form-data", models.FileUpload),
    responses=(ResponseSpec("201", "json", models.FileInfo),),
    errors=(
        ResponseSpec("400", "json", models.Error),
        ResponseSpec("415", "json", models.Error),
    ),
    security=(("ApiKeyAuth",),),
)


_SUBMIT_CONTACT: Endpoint[models.FormEcho] = Endpoint(
    method="POST",
    path="/forms/contact",
    body=BodySpec("form", "application/x-www-form-urlencoded", models.ContactForm),
    responses=(ResponseSpec("200", "json", models.FormEcho),),
    errors=(
        ResponseSpec("400", "json", models.Error),
        ResponseSpec("415", "json", models.Error),
    ),
    security=(("ApiKeyAuth",),),
)


_DOWNLOAD_FILE: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/files/{file_id}/content",
    responses=(ResponseSpec("200", "bytes", bytes),),
    errors=(ResponseSpec("400", "json", models.Error),),
    security=(("ApiKeyAuth",),),
    accept="application/octet-stream, application/json, */*;q=0.5",
)


_UPLOAD_RAW: Endpoint[models.RawUploadInfo] = Endpoint(
    method="POST",
    path="/files/raw",
    body=BodySpec("bytes", "application/octet-stream", bytes),
    responses=(ResponseSpec("200", "json", models.RawUploadInfo),),
    errors=(ResponseSpec("415", "json", models.Error),),
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

    def upload_file(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.
        """
        return self._client.request(
            _UPLOAD_FILE,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def submit_contact(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.
        """
        return self._client.request(
            _SUBMIT_CONTACT,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def download_file(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.
        """
        return self._client.request(
            _DOWNLOAD_FILE,
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
            ),
        )

    def upload_raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.
        """
        return self._client.request(
            _UPLOAD_RAW,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class FilesWithRawResponse:
    """The methods of Files, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Files) -> None:
        self._owner = owner
        self.upload_file = to_raw_response_wrapper(owner.upload_file)
        self.submit_contact = to_raw_response_wrapper(owner.submit_contact)
        self.download_file = to_raw_response_wrapper(owner.download_file)
        self.upload_raw = to_raw_response_wrapper(owner.upload_raw)


class FilesWithStreamingResponse:
    """The methods of Files, returning a context manager over the unread response."""

    def __init__(self, owner: Files) -> None:
        self._owner = owner
        self.upload_file = to_streamed_response_wrapper(owner.upload_file)
        self.submit_contact = to_streamed_response_wrapper(owner.submit_contact)
        self.download_file = to_streamed_response_wrapper(owner.download_file)
        self.upload_raw = to_streamed_response_wrapper(owner.upload_raw)


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

    async def upload_file(
        self,
        *,
        body: models.FileUpload | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.FileInfo:
        """Upload a file

        Receives a file in a multipart form and reports its size, SHA-256 and metadata.
        """
        return await self._client.request(
            _UPLOAD_FILE,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def submit_contact(
        self,
        *,
        body: models.ContactForm | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.FormEcho:
        """Submit a contact form

        Receives a URL-encoded form and echoes its fields.
        """
        return await self._client.request(
            _SUBMIT_CONTACT,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def download_file(
        self,
        file_id: str,
        *,
        size: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download a file

        Returns `size` bytes where byte `i` is `i % 251`.

        Args:
            file_id: The id of the file (any id exists).
            size: The size of the file in bytes.
        """
        return await self._client.request(
            _DOWNLOAD_FILE,
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
            ),
        )

    async def upload_raw(
        self,
        *,
        body: BinaryBody,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.RawUploadInfo:
        """Upload raw bytes

        Receives a raw binary body and reports its size and SHA-256.
        """
        return await self._client.request(
            _UPLOAD_RAW,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncFilesWithRawResponse:
    """The methods of AsyncFiles, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFiles) -> None:
        self._owner = owner
        self.upload_file = async_to_raw_response_wrapper(owner.upload_file)
        self.submit_contact = async_to_raw_response_wrapper(owner.submit_contact)
        self.download_file = async_to_raw_response_wrapper(owner.download_file)
        self.upload_raw = async_to_raw_response_wrapper(owner.upload_raw)


class AsyncFilesWithStreamingResponse:
    """The methods of AsyncFiles, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFiles) -> None:
        self._owner = owner
        self.upload_file = async_to_streamed_response_wrapper(owner.upload_file)
        self.submit_contact = async_to_streamed_response_wrapper(owner.submit_contact)
        self.download_file = async_to_streamed_response_wrapper(owner.download_file)
        self.upload_raw = async_to_streamed_response_wrapper(owner.upload_raw)
