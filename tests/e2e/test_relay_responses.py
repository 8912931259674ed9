"""`with_raw_response` and `with_streaming_response` of the relay SDK.

Raw responses are read in full and keep the HTTP facts beside `parse()`; streaming
responses are context managers over a response whose body is read only when iterated.
`downloadFile` answers `size` bytes where byte i is `i % 251`.
"""

from __future__ import annotations

import contextlib
import inspect
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import file_bytes, recorded


def fault(key: str, status: int, times: int = 1) -> dict[str, str]:
    return {
        "X-Fault-Key": key,
        "X-Fault-Status": str(status),
        "X-Fault-Times": str(times),
        "X-Fault-Retry-After": "0",
    }


async def enter(rl: Api, stack: contextlib.AsyncExitStack, manager: Any) -> Any:
    """Enter a streaming-response context manager: `with` for sync, `async with` for async."""
    if rl.is_async:
        assert not hasattr(manager, "__enter__")
        return await stack.enter_async_context(manager)
    assert not hasattr(manager, "__aenter__")
    return stack.enter_context(manager)


async def chunks(rl: Api, response: Any, kind: str, *args: Any) -> list[Any]:
    """The pieces of `iter_<kind>()` (sync) or `aiter_<kind>()` (async)."""
    if rl.is_async:
        assert not hasattr(response, f"iter_{kind}")
        return [piece async for piece in getattr(response, f"aiter_{kind}")(*args)]
    assert not hasattr(response, f"aiter_{kind}")
    return list(getattr(response, f"iter_{kind}")(*args))


# ---- raw responses ---------------------------------------------------------------------


async def test_raw_response_has_http_facts_and_parses_to_the_model(rl: Api) -> None:
    raw = await rl.run(rl.client.jobs.with_raw_response.retrieve("j1"))

    assert raw.status_code == 200
    assert isinstance(raw.headers, httpx.Headers)
    assert raw.headers["content-type"] == "application/json"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.status_code == 200
    assert raw.http_response.request.url.path == "/jobs/j1"
    assert raw.retries_taken == 0
    job = raw.parse()  # a plain method in both clients
    assert not inspect.isawaitable(job)
    assert isinstance(job, rl.models.Job)
    assert (job.id, job.name, job.state) == ("j1", "job j1", rl.models.JobState.QUEUED)
    assert raw.parse() == job  # parse can be called again


async def test_raw_response_counts_retries(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    raw = await rl.run(
        rl.client.jobs.with_raw_response.retrieve("j2", extra_headers=fault(fault_key, 503, 2))
    )

    assert raw.retries_taken == 2
    assert raw.status_code == 200
    assert raw.parse().id == "j2"
    assert recorded(plain_http, rl.base_url, fault_key)["attempts"] == 3


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, "BadRequestError"), (404, "NotFoundError"), (409, "ConflictError"), (503, None)],
)
async def test_raw_response_still_raises_typed_errors(
    rl: Api, fault_key: str, status: int, error: str | None
) -> None:
    error_class = getattr(rl.errors, error or "InternalServerError")

    with pytest.raises(error_class) as caught:
        await rl.run(
            rl.client.jobs.with_raw_response.retrieve(
                "j3", extra_headers=fault(fault_key, status), max_retries=0
            )
        )

    assert caught.value.status_code == status
    # every error of the relay API is its Error model: undeclared statuses are read so too
    assert caught.value.body == rl.models.Error(
        code="injected_fault", message=f"injected status {status} (attempt 1 of 1)"
    )


async def test_client_level_raw_response_view(rl: Api) -> None:
    raw = await rl.run(rl.client.with_raw_response.auth.api_key.list())

    assert raw.status_code == 200
    echo = raw.parse()
    assert isinstance(echo, rl.models.AuthEcho)
    assert echo.scheme == "ApiKeyAuth"
    # and the same through the other resources
    job_raw = await rl.run(rl.client.with_raw_response.jobs.retrieve("j4"))
    assert job_raw.parse().id == "j4"


async def test_raw_response_of_a_paginated_operation_parses_to_a_live_page(rl: Api) -> None:
    raw = await rl.run(rl.client.items.with_raw_response.list(limit=10))

    assert raw.status_code == 200
    page = raw.parse()
    assert [item.id for item in page.data] == [f"item-{i:02d}" for i in range(1, 11)]
    assert page.next_cursor == "item-10"
    assert page.has_next_page()
    following = await rl.run(page.next_page())
    assert [item.id for item in following.data] == [f"item-{i:02d}" for i in range(11, 21)]
    # the next page is an ordinary page, not another raw response
    assert isinstance(following, type(page))
    # and iterating the parsed page walks every page
    if rl.is_async:
        items = [item async for item in page]
    else:
        items = list(page)
    assert [item.id for item in items] == [f"item-{i:02d}" for i in range(1, 26)]


# ---- streaming responses ---------------------------------------------------------------


async def test_streaming_download_is_not_read_before_iterating(rl: Api) -> None:
    size = 1_000_000
    async with contextlib.AsyncExitStack() as stack:
        response = await enter(
            rl, stack, rl.client.files.content.with_streaming_response.list("f", size=size)
        )
        http_response = response.http_response
        assert response.status_code == 200
        assert response.headers["content-disposition"] == 'attachment; filename="f.bin"'
        assert http_response.is_stream_consumed is False
        assert http_response.is_closed is False
        with pytest.raises(httpx.ResponseNotRead):
            _ = http_response.content

        pieces = await chunks(rl, response, "bytes", 65536)
    assert b"".join(pieces) == file_bytes(size)
    assert len(pieces) >= 2  # it arrived piece by piece, not in one read
    assert all(len(piece) <= 65536 for piece in pieces)
    assert http_response.is_closed


async def test_streaming_iter_text_and_iter_lines(rl: Api) -> None:
    size = 120  # bytes 0..119: ASCII, with line breaks (\n, \r, \x0b, ...) among them
    expected = file_bytes(size).decode("ascii")

    async with contextlib.AsyncExitStack() as stack:
        response = await enter(
            rl, stack, rl.client.files.content.with_streaming_response.list("t", size=size)
        )
        text = await chunks(rl, response, "text")
    assert "".join(text) == expected

    async with contextlib.AsyncExitStack() as stack:
        response = await enter(
            rl, stack, rl.client.files.content.with_streaming_response.list("l", size=size)
        )
        lines = await chunks(rl, response, "lines")
    assert lines == expected.splitlines()
    assert len(lines) > 1


@pytest.mark.parametrize("leave_by", ["exception", "end-of-block"])
async def test_streaming_response_is_closed_after_the_block_unread(rl: Api, leave_by: str) -> None:
    class Stop(Exception):
        pass

    http_response = None
    with contextlib.suppress(Stop):
        async with contextlib.AsyncExitStack() as stack:
            response = await enter(
                rl,
                stack,
                rl.client.files.content.with_streaming_response.list("e", size=1_000_000),
            )
            http_response = response.http_response
            assert not http_response.is_closed
            if leave_by == "exception":
                raise Stop

    assert http_response is not None
    assert http_response.is_closed
    assert not http_response.is_stream_consumed  # closed without reading the megabyte
    # the client is still usable afterwards
    assert await rl.run(rl.client.files.content.list("e", size=10)) == file_bytes(10)


async def test_streaming_response_parse_gives_the_model(rl: Api) -> None:
    async with contextlib.AsyncExitStack() as stack:
        response = await enter(rl, stack, rl.client.jobs.with_streaming_response.retrieve("j5"))
        http_response = response.http_response
        assert response.status_code == 200
        assert response.retries_taken == 0
        assert http_response.is_stream_consumed is False

        job = response.parse()
        if rl.is_async:
            assert inspect.isawaitable(job)
            job = await job

        assert isinstance(job, rl.models.Job)
        assert job.id == "j5"
    assert http_response.is_closed


async def test_streaming_response_raises_typed_error_on_error_status(
    rl: Api, fault_key: str
) -> None:
    manager = rl.client.jobs.with_streaming_response.retrieve(
        "j6", extra_headers=fault(fault_key, 404)
    )

    with pytest.raises(rl.errors.NotFoundError) as caught:
        async with contextlib.AsyncExitStack() as stack:
            await enter(rl, stack, manager)

    assert caught.value.status_code == 404
    assert caught.value.body.code == "injected_fault"  # the error body was read


async def test_client_level_streaming_response_view(rl: Api) -> None:
    async with contextlib.AsyncExitStack() as stack:
        response = await enter(
            rl, stack, rl.client.with_streaming_response.files.content.list("v", size=300)
        )
        data = b"".join(await chunks(rl, response, "bytes"))
    assert data == file_bytes(300)
