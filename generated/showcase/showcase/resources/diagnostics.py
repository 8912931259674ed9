"""`client.diagnostics`: Diagnostics and its response views."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource

if TYPE_CHECKING:
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
    """Operations that echo the request back, to check how a client serialises it."""

    @cached_property
    def with_raw_response(self) -> DiagnosticsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return DiagnosticsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> DiagnosticsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return DiagnosticsWithStreamingResponse(self)

    @cached_property
    def echo(self) -> DiagnosticsEcho:
        """Operations of `client.diagnostics.echo`."""
        from .diagnostics_echo import DiagnosticsEcho

        return DiagnosticsEcho(self._client)


class DiagnosticsWithRawResponse:
    """The methods of Diagnostics, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Diagnostics) -> None:
        self._owner = owner

    @cached_property
    def echo(self) -> DiagnosticsEchoWithRawResponse:
        return self._owner.echo.with_raw_response


class DiagnosticsWithStreamingResponse:
    """The methods of Diagnostics, returning a context manager over the unread response."""

    def __init__(self, owner: Diagnostics) -> None:
        self._owner = owner

    @cached_property
    def echo(self) -> DiagnosticsEchoWithStreamingResponse:
        return self._owner.echo.with_streaming_response


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

    @cached_property
    def echo(self) -> AsyncDiagnosticsEcho:
        """Operations of `client.diagnostics.echo`."""
        from .diagnostics_echo import AsyncDiagnosticsEcho

        return AsyncDiagnosticsEcho(self._client)


class AsyncDiagnosticsWithRawResponse:
    """The methods of AsyncDiagnostics, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncDiagnostics) -> None:
        self._owner = owner

    @cached_property
    def echo(self) -> AsyncDiagnosticsEchoWithRawResponse:
        return self._owner.echo.with_raw_response


class AsyncDiagnosticsWithStreamingResponse:
    """The methods of AsyncDiagnostics, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncDiagnostics) -> None:
        self._owner = owner

    @cached_property
    def echo(self) -> AsyncDiagnosticsEchoWithStreamingResponse:
        return self._owner.echo.with_streaming_response
