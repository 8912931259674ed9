"""Server-sent events of the relay SDK: `client.events.list(...)`.

The server sends `: keep-alive`, then for n in 1..count `id: n` / `event: tick` /
`data: {"id": n, "message": "event n"}`; with `drop_after=d` (and no `Last-Event-ID`)
it breaks the connection after event d; with `Last-Event-ID: k` it sends k+1..count.
"""

from __future__ import annotations

import contextlib
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import recorded
from tests.servers.relay_app import UNICODE_BREAKS


def expected(*ids: int) -> list[tuple[int, str]]:
    return [(n, f"event {n}") for n in ids]


def pairs(events: list[Any]) -> list[tuple[int, str]]:
    return [(event.id, event.message) for event in events]


async def collect(rl: Api, stream: Any) -> list[Any]:
    """Every event left in the stream: `for` (sync) or `async for` (async)."""
    if rl.is_async:
        return [event async for event in stream]
    return list(stream)


async def take(rl: Api, stream: Any, n: int) -> list[Any]:
    events = []
    if rl.is_async:
        async for event in stream:
            events.append(event)
            if len(events) == n:
                break
    else:
        for event in stream:
            events.append(event)
            if len(events) == n:
                break
    return events


async def enter(rl: Api, stack: contextlib.AsyncExitStack, stream: Any) -> Any:
    if rl.is_async:
        return await stack.enter_async_context(stream)
    return stack.enter_context(stream)


async def test_stream_yields_typed_events(rl: Api) -> None:
    stream = await rl.run(rl.client.events.list(count=5))

    events = await collect(rl, stream)

    assert all(isinstance(event, rl.models.Event) for event in events)
    assert pairs(events) == expected(1, 2, 3, 4, 5)
    assert stream.response.is_closed  # closed once the stream ended


@pytest.mark.parametrize(("count", "ids"), [(None, [1, 2, 3, 4, 5]), (1, [1]), (0, [])])
async def test_stream_length_follows_count(rl: Api, count: int | None, ids: list[int]) -> None:
    stream = await rl.run(rl.client.events.list(count=count))

    assert pairs(await collect(rl, stream)) == expected(*ids)


async def test_stream_request_accepts_event_stream(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    stream = await rl.run(rl.client.events.list(count=2, extra_headers={"X-Fault-Key": fault_key}))
    assert pairs(await collect(rl, stream)) == expected(1, 2)

    record = recorded(plain_http, rl.base_url, fault_key)
    assert record["attempts"] == 1
    headers = record["headers"][0]
    assert headers["accept"] == "text/event-stream"
    assert "last-event-id" not in headers
    assert headers["x-api-key"] == "relay-key"
    assert dict(parse_qsl(record["queries"][0])) == {"count": "2"}


@pytest.mark.parametrize("how", ["context-manager", "close"])
@pytest.mark.parametrize("read_first", [0, 2])
async def test_stream_can_be_closed_early(rl: Api, how: str, read_first: int) -> None:
    stream = await rl.run(rl.client.events.list(count=5))
    assert not stream.response.is_closed

    if how == "context-manager":
        async with contextlib.AsyncExitStack() as stack:
            assert await enter(rl, stack, stream) is stream
            events = await take(rl, stream, read_first) if read_first else []
    else:
        events = await take(rl, stream, read_first) if read_first else []
        await rl.run(stream.close())

    assert pairs(events) == expected(*range(1, read_first + 1))
    assert stream.response.is_closed
    assert await collect(rl, stream) == []  # nothing more after closing


@pytest.mark.parametrize("drop_after", [1, 2, 4])
async def test_stream_resumes_once_with_last_event_id_after_a_drop(
    rl: Api, plain_http: httpx.Client, fault_key: str, drop_after: int
) -> None:
    stream = await rl.run(
        rl.client.events.list(
            count=5, drop_after=drop_after, extra_headers={"X-Fault-Key": fault_key}
        )
    )

    events = await collect(rl, stream)

    assert pairs(events) == expected(1, 2, 3, 4, 5)  # each exactly once, in order
    record = recorded(plain_http, rl.base_url, fault_key)
    assert record["attempts"] == 2
    first, second = record["headers"]
    assert "last-event-id" not in first
    assert second["last-event-id"] == str(drop_after)
    assert second["accept"] == "text/event-stream"
    assert second["x-api-key"] == "relay-key"
    # the resumed request is the same request: same path and query
    assert record["paths"] == ["/events", "/events"]
    assert [dict(parse_qsl(q)) for q in record["queries"]] == [
        {"count": "5", "drop_after": str(drop_after)}
    ] * 2
    assert stream.response.is_closed


async def test_stream_resume_seen_in_server_stats(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    client = rl.new(base_url=fresh_relay_url)

    stream = await rl.run(client.events.list(count=5, drop_after=2))
    events = await collect(rl, stream)

    assert pairs(events) == expected(1, 2, 3, 4, 5)
    stats = plain_http.get(fresh_relay_url + "/_stats").json()
    assert stats["last_event_ids"] == ["2"]
    assert stats["calls"]["streamEvents"] == 2


async def test_stream_dropped_before_any_event_id_raises_connection_error(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    # drop_after=0: only the keep-alive comment, then the connection breaks; with no event
    # id received there is nothing to resume from
    stream = await rl.run(
        rl.client.events.list(count=5, drop_after=0, extra_headers={"X-Fault-Key": fault_key})
    )

    with pytest.raises(rl.errors.APIConnectionError) as caught:
        await collect(rl, stream)

    assert not isinstance(caught.value, rl.errors.APITimeoutError)
    assert isinstance(caught.value, rl.errors.APIError)
    assert recorded(plain_http, rl.base_url, fault_key)["attempts"] == 1  # no reconnect
    assert stream.response.is_closed


async def test_stream_error_status_raises_typed_error(rl: Api) -> None:
    with pytest.raises(rl.errors.BadRequestError) as caught:
        await rl.run(rl.client.events.list(count=-1))

    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, rl.models.Error)
    assert caught.value.body.code == "bad_parameter"


async def test_event_lines_end_only_at_cr_and_lf(rl: Api) -> None:
    """JSON data may hold U+2028, U+0085, ... raw: only CRLF, CR and LF end a line."""
    stream = await rl.run(
        rl.client.events.list(count=6, extra_headers={"X-Event-Style": "unicode"})
    )
    events = await collect(rl, stream)
    assert pairs(events) == [(n, f"event {n}{UNICODE_BREAKS}") for n in range(1, 7)]
