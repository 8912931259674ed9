"""Server-sent events: decoding the event-stream format, with no I/O.

The streams that read events as they arrive are `AsyncStream` (_async_streaming.py, the
source) and `Stream` (_sync_streaming.py, derived from it by scripts/unasync.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import httpx2 as httpx

from .. import errors
from ._foreign import error_name
from ._limits import LineTooLong

DONE = "[DONE]"
_MAX_RECONNECT_DELAY = 5.0
# the most a `retry:` field is taken at (ms): the wait is capped at _MAX_RECONNECT_DELAY
# anyway, and a longer run of digits would cost int() more than it is worth
_MAX_RETRY_MS = 86_400_000
_LINE_END = re.compile(r"\r\n|\r|\n")


class LineSplitter:
    """The lines of an event stream, split where the standard says: at CRLF, CR or LF.

    Not at the other Unicode line breaks (U+2028, U+0085, ...) that `str.splitlines()`,
    and so httpx's `iter_lines()`, also split at: JSON data may hold them raw.
    """

    def __init__(self, max_line: int | None = None) -> None:
        # the start of a line not yet ended, in pieces (joined once, when it ends)
        self._partial: list[str] = []
        self._partial_size = 0
        self._after_cr = False
        self._max_line = max_line

    def feed(self, text: str) -> list[str]:
        """The lines `text` completes; the rest waits for the next chunk.

        Raises LineTooLong when a line grows past `max_line` characters.
        """
        if not text:
            return []
        if self._after_cr and text.startswith("\n"):
            text = text[1:]  # the LF of a CRLF that was split between two chunks
        self._after_cr = text.endswith("\r")
        lines = _LINE_END.split(text)
        rest = lines.pop()
        if lines and self._partial:
            lines[0] = "".join(self._partial) + lines[0]
            self._partial, self._partial_size = [], 0
        for line in lines:
            self._check(len(line))
        if rest:
            self._partial.append(rest)
            self._partial_size += len(rest)
            self._check(self._partial_size)
        return lines

    def _check(self, size: int) -> None:
        if self._max_line is not None and size > self._max_line:
            raise LineTooLong(self._max_line)


@dataclass(frozen=True)
class ServerSentEvent:
    event: str | None
    data: str
    id: str | None
    retry: int | None


class SSEDecoder:
    """The event-stream format of the HTML standard, one line at a time.

    An event counts once its blank line arrives: `last_event_id` is the id of the last
    event dispatched (what a reconnection asks to go on after), not that of one half
    received when the stream ended, broke or was closed.
    """

    def __init__(self, max_data: int | None = None) -> None:
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self._event: str | None = None
        self._id: str | None = None  # the standard's "last event ID buffer"
        self._data: list[str] = []
        self._data_size = 0
        self._max_data = max_data

    def decode(self, line: str) -> ServerSentEvent | None:
        """The event a blank line completes, else None."""
        if not line:
            self.last_event_id = self._id
            if not self._data:
                self._event = None
                return None
            event = ServerSentEvent(
                self._event, "\n".join(self._data), self.last_event_id, self.retry
            )
            self.forget_partial()
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "data":
            self._data_size += len(value) + 1
            if self._max_data is not None and self._data_size > self._max_data:
                raise LineTooLong(self._max_data)  # an event of many data lines
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            # ASCII digits only, as the standard says (`int()` reads `²` and `١٢` too,
            # or fails on them); anything else is ignored
            digits = value.lstrip("0") or "0"
            too_long = len(digits) > len(str(_MAX_RETRY_MS))
            self.retry = _MAX_RETRY_MS if too_long else min(int(digits), _MAX_RETRY_MS)
        return None

    def forget_partial(self) -> None:
        """Drop a half-received event (the stream ended, broke or was closed in the middle
        of it): an event without its blank line is never dispatched, its id included."""
        self._event, self._data, self._data_size = None, [], 0
        self._id = self.last_event_id

    def reconnect_delay(self) -> float:
        return min(self.retry / 1000, _MAX_RECONNECT_DELAY) if self.retry else 0.0


def broke_off(
    error: httpx.RequestError, response: httpx.Response
) -> errors.APIConnectionError:
    message = f"the event stream broke off: {error_name(error)}"
    if isinstance(error, httpx.TimeoutException):
        return errors.APITimeoutError(message, request=response.request)
    return errors.APIConnectionError(message, request=response.request)
