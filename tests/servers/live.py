"""Run an ASGI app with uvicorn on a free 127.0.0.1 port in a background thread."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import uvicorn


@contextlib.contextmanager
def serve(app: Any, *, startup_timeout: float = 10.0) -> Iterator[str]:
    """Serve ``app`` on 127.0.0.1 and yield its base URL, ``http://127.0.0.1:PORT``.

    The socket is bound before the server starts, so the port is known and
    cannot be taken by someone else in between. On exit the server is asked to
    stop and the thread is joined.
    """
    # IPPROTO_TCP given explicitly: asyncio only sets TCP_NODELAY on sockets that name it,
    # and without it every small response waits about 40 ms for Nagle's algorithm.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]

    config = uvicorn.Config(
        app,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        lifespan="off",
        access_log=False,
    )
    # uvicorn only installs signal handlers when it runs in the main thread.
    server = uvicorn.Server(config)
    # An exception in the thread is printed by threading.excepthook; the loop
    # below notices that the thread died before the server started.
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn-{port}", daemon=True
    )
    thread.start()
    try:
        deadline = time.monotonic() + startup_timeout
        while not server.started:
            if not thread.is_alive():
                raise RuntimeError("test server failed to start (see the traceback above)")
            if time.monotonic() > deadline:
                raise RuntimeError(f"test server did not start within {startup_timeout}s")
            time.sleep(0.01)
        # server.started means the socket is listening; check it really accepts.
        with socket.create_connection(("127.0.0.1", port), timeout=startup_timeout):
            pass
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=startup_timeout)
        if thread.is_alive():  # pragma: no cover - a stuck request
            server.force_exit = True
            thread.join(timeout=startup_timeout)
        sock.close()
