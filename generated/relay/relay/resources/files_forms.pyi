from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
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
    @cached_property
    def with_raw_response(self) -> FilesFormsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> FilesFormsWithStreamingResponse: ...
    @cached_property
    def contact(self) -> FilesFormsContact: ...

class FilesFormsWithRawResponse:
    def __init__(self, owner: FilesForms) -> None: ...
    @cached_property
    def contact(self) -> FilesFormsContactWithRawResponse: ...

class FilesFormsWithStreamingResponse:
    def __init__(self, owner: FilesForms) -> None: ...
    @cached_property
    def contact(self) -> FilesFormsContactWithStreamingResponse: ...

class AsyncFilesForms(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncFilesFormsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncFilesFormsWithStreamingResponse: ...
    @cached_property
    def contact(self) -> AsyncFilesFormsContact: ...

class AsyncFilesFormsWithRawResponse:
    def __init__(self, owner: AsyncFilesForms) -> None: ...
    @cached_property
    def contact(self) -> AsyncFilesFormsContactWithRawResponse: ...

class AsyncFilesFormsWithStreamingResponse:
    def __init__(self, owner: AsyncFilesForms) -> None: ...
    @cached_property
    def contact(self) -> AsyncFilesFormsContactWithStreamingResponse: ...
