"""`client.files.forms`: FilesForms and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
    from .files_forms_contact import (
        AsyncFilesFormsContact,
        AsyncFilesFormsContactWithRawResponse,
        AsyncFilesFormsContactWithStreamingResponse,
        FilesFormsContact,
        FilesFormsContactWithRawResponse,
        FilesFormsContactWithStreamingResponse,
    )

__all__ = [
    "AsyncFilesForms",
    "AsyncFilesFormsWithRawResponse",
    "AsyncFilesFormsWithStreamingResponse",
    "FilesForms",
    "FilesFormsWithRawResponse",
    "FilesFormsWithStreamingResponse",
]


class FilesForms(SyncResource):
    """Operations of the FilesForms resource."""

    @cached_property
    def with_raw_response(self) -> FilesFormsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return FilesFormsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> FilesFormsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return FilesFormsWithStreamingResponse(self)

    @cached_property
    def contact(self) -> FilesFormsContact:
        """Operations of `client.files.forms.contact`."""
        from .files_forms_contact import FilesFormsContact

        return FilesFormsContact(self._client)


class FilesFormsWithRawResponse:
    """The methods of FilesForms, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: FilesForms) -> None:
        self._owner = owner

    @cached_property
    def contact(self) -> FilesFormsContactWithRawResponse:
        return self._owner.contact.with_raw_response


class FilesFormsWithStreamingResponse:
    """The methods of FilesForms, returning a context manager over the unread response."""

    def __init__(self, owner: FilesForms) -> None:
        self._owner = owner

    @cached_property
    def contact(self) -> FilesFormsContactWithStreamingResponse:
        return self._owner.contact.with_streaming_response


class AsyncFilesForms(AsyncResource):
    """Operations of the FilesForms resource."""

    @cached_property
    def with_raw_response(self) -> AsyncFilesFormsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncFilesFormsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncFilesFormsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncFilesFormsWithStreamingResponse(self)

    @cached_property
    def contact(self) -> AsyncFilesFormsContact:
        """Operations of `client.files.forms.contact`."""
        from .files_forms_contact import AsyncFilesFormsContact

        return AsyncFilesFormsContact(self._client)


class AsyncFilesFormsWithRawResponse:
    """The methods of AsyncFilesForms, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFilesForms) -> None:
        self._owner = owner

    @cached_property
    def contact(self) -> AsyncFilesFormsContactWithRawResponse:
        return self._owner.contact.with_raw_response


class AsyncFilesFormsWithStreamingResponse:
    """The methods of AsyncFilesForms, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFilesForms) -> None:
        self._owner = owner

    @cached_property
    def contact(self) -> AsyncFilesFormsContactWithStreamingResponse:
        return self._owner.contact.with_streaming_response
