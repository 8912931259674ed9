"""The httpx client an AsyncAPIClient sends with: made on first use, or the caller's.

This is the source of the I/O code: scripts/unasync.py derives _sync_http.py from it.
"""

from __future__ import annotations

import threading

import httpx2 as httpx

from ._types import DEFAULT_CONNECTION_LIMITS


class SharedHTTP:
    """The httpx client a client and its copies (`with_options`) send with.

    The SDK's own is created by the first request, not by `Client()`: making an httpx
    client loads httpcore and h11 and reads the CA certificates into an SSL context, about
    half as much again as `import httpx, pydantic` (and the proxy settings of the
    environment are read then). One passed as `http_client` is used as is.
    """

    def __init__(self, given: httpx.AsyncClient | None) -> None:
        self._client = given
        self._lock = threading.Lock()  # two threads' first calls must not make two
        self._closed = False

    def client(self) -> httpx.AsyncClient:
        client = self._client
        if client is None:
            with self._lock:
                if self._client is None:
                    if self._closed:
                        # what httpx says when a closed client is used
                        raise RuntimeError(
                            "Cannot send a request, as the client has been closed."
                        )
                    self._client = httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
                client = self._client
        return client

    @property
    def is_closed(self) -> bool:
        return self._closed or (self._client is not None and self._client.is_closed)

    async def aclose(self) -> None:
        with self._lock:
            self._closed = True
            client = self._client
        if client is not None:
            await client.aclose()
