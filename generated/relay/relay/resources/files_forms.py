"""`client.files.forms`: FilesForms and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

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

    contact = ChildResource(
        ".files_forms_contact", "FilesFormsContact", of_resource=True
    )
    """Operations of `client.files.forms.contact`."""


class FilesFormsWithRawResponse:
    """The methods of FilesForms, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: FilesForms) -> None:
        self._owner = owner

    contact = ResourceView("with_raw_response")


class FilesFormsWithStreamingResponse:
    """The methods of FilesForms, returning a context manager over the unread response."""

    def __init__(self, owner: FilesForms) -> None:
        self._owner = owner

    contact = ResourceView("with_streaming_response")


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

    contact = ChildResource(
        ".files_forms_contact", "AsyncFilesFormsContact", of_resource=True
    )
    """Operations of `client.files.forms.contact`."""


class AsyncFilesFormsWithRawResponse:
    """The methods of AsyncFilesForms, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncFilesForms) -> None:
        self._owner = owner

    contact = ResourceView("with_raw_response")


class AsyncFilesFormsWithStreamingResponse:
    """The methods of AsyncFilesForms, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncFilesForms) -> None:
        self._owner = owner

    contact = ResourceView("with_streaming_response")
