from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .diagnostics_echo import (
    AsyncDiagnosticsEcho,
    AsyncDiagnosticsEchoWithRawResponse,
    AsyncDiagnosticsEchoWithStreamingResponse,
    DiagnosticsEcho,
    DiagnosticsEchoWithRawResponse,
    DiagnosticsEchoWithStreamingResponse,
)

__all__ = [
    "AsyncDiagnostics",
    "AsyncDiagnosticsWithRawResponse",
    "AsyncDiagnosticsWithStreamingResponse",
    "Diagnostics",
    "DiagnosticsWithRawResponse",
    "DiagnosticsWithStreamingResponse",
]

class Diagnostics(SyncResource):
    @cached_property
    def with_raw_response(self) -> DiagnosticsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> DiagnosticsWithStreamingResponse: ...
    @cached_property
    def echo(self) -> DiagnosticsEcho: ...

class DiagnosticsWithRawResponse:
    def __init__(self, owner: Diagnostics) -> None: ...
    @cached_property
    def echo(self) -> DiagnosticsEchoWithRawResponse: ...

class DiagnosticsWithStreamingResponse:
    def __init__(self, owner: Diagnostics) -> None: ...
    @cached_property
    def echo(self) -> DiagnosticsEchoWithStreamingResponse: ...

class AsyncDiagnostics(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncDiagnosticsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncDiagnosticsWithStreamingResponse: ...
    @cached_property
    def echo(self) -> AsyncDiagnosticsEcho: ...

class AsyncDiagnosticsWithRawResponse:
    def __init__(self, owner: AsyncDiagnostics) -> None: ...
    @cached_property
    def echo(self) -> AsyncDiagnosticsEchoWithRawResponse: ...

class AsyncDiagnosticsWithStreamingResponse:
    def __init__(self, owner: AsyncDiagnostics) -> None: ...
    @cached_property
    def echo(self) -> AsyncDiagnosticsEchoWithStreamingResponse: ...
