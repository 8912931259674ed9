"""Hooks: the caller's functions that see each attempt of a call (metrics, tracing, headers).

`Client(on_request=..., on_response=..., on_error=...)` calls them with one `CallEvent`
per attempt: `on_request` before the request is sent (it may add or change headers),
then `on_response` when a response arrived (whatever its status) or `on_error` when none
did. The sync client takes plain functions, the async client plain or `async` ones: both
are written here by hand, and scripts/unasync.py turns `AsyncHook` into `SyncHook` and
`async_run_hook` into `run_hook` when it derives the sync client.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field

from ._auth import REDACTED


@dataclass
class CallEvent:
    """One attempt of a call, as a hook sees it.

    `call_id` is the call's id (the one in its log records), `attempt` counts from 1,
    `url` has secret query parameters redacted, `headers` shows credentials as
    "[redacted]"; `on_request` may add or change headers there and they are sent.
    After the attempt, `status_code` (a response arrived) or `error` (none did) is set,
    and `elapsed` is the seconds it took.
    """

    call_id: str
    attempt: int
    method: str
    url: str
    headers: dict[str, str] = field(default_factory=dict)
    status_code: int | None = None
    error: Exception | None = None
    elapsed: float | None = None


SyncHook = Callable[[CallEvent], None]
AsyncHook = Callable[[CallEvent], Awaitable[None] | None]


def run_hook(hook: SyncHook | None, event: CallEvent) -> None:
    if hook is not None:
        hook(event)


async def async_run_hook(hook: AsyncHook | None, event: CallEvent) -> None:
    if hook is not None:
        result = hook(event)
        if inspect.isawaitable(result):
            await result


def apply_header_changes(
    headers: MutableMapping[str, str], shown: dict[str, str], changed: dict[str, str]
) -> None:
    """Send what a hook did to the headers it was shown: added, changed or removed ones.
    A credential left as it was shown ("[redacted]") is sent as it is."""
    kept = {name.lower() for name in changed}
    for name in shown:
        if name.lower() not in kept:
            del headers[name]
    for name, value in changed.items():
        if shown.get(name) != value and value != REDACTED:
            headers[name] = value
