"""`client.diagnostics`: Diagnostics and its response views."""

from __future__ import annotations

from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._sync_client import SyncResource

__all__ = [
    "AsyncDiagnostics",
    "AsyncDiagnosticsWithRawResponse",
    "AsyncDiagnosticsWithStreamingResponse",
    "Diagnostics",
    "DiagnosticsWithRawResponse",
    "DiagnosticsWithStreamingResponse",
]


class Diagnostics(SyncResource):
    """Operations that echo the request back, to check how a client serialises it."""

    @cached_property
    def with_raw_response(self) -> DiagnosticsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return DiagnosticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DiagnosticsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return DiagnosticsWithStreamingResponse(self)

    echo = ChildResource(".diagnostics_echo", "DiagnosticsEcho", of_resource=True)
    """Operations of `client.diagnostics.echo`."""


class DiagnosticsWithRawResponse:
    """The methods of Diagnostics, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Diagnostics) -> None:
        self._owner = owner

    echo = ResourceView("with_raw_response")


class DiagnosticsWithStreamingResponse:
    """The methods of Diagnostics, returning a context manager over the unread response."""

    def __init__(self, owner: Diagnostics) -> None:
        self._owner = owner

    echo = ResourceView("with_streaming_response")


class AsyncDiagnostics(AsyncResource):
    """Operations that echo the request back, to check how a client serialises it."""

    @cached_property
    def with_raw_response(self) -> AsyncDiagnosticsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncDiagnosticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncDiagnosticsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncDiagnosticsWithStreamingResponse(self)

    echo = ChildResource(".diagnostics_echo", "AsyncDiagnosticsEcho", of_resource=True)
    """Operations of `client.diagnostics.echo`."""


class AsyncDiagnosticsWithRawResponse:
    """The methods of AsyncDiagnostics, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncDiagnostics) -> None:
        self._owner = owner

    echo = ResourceView("with_raw_response")


class AsyncDiagnosticsWithStreamingResponse:
    """The methods of AsyncDiagnostics, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncDiagnostics) -> None:
        self._owner = owner

    echo = ResourceView("with_streaming_response")
