"""The relay SDK against a server that answers with hostile bodies (tests/servers/hostile_app.py):
pages that go round in a circle, gzip bombs, an event line that never ends. Each one stops
with a typed SDK error, soon and in little memory, sync and async.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import relay

from tests.e2e.conftest import Api
from tests.servers import hostile_app
from tests.servers.live import serve


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[str, hostile_app.HostileState]]:
    app, state = hostile_app.create_app()
    with serve(app) as base:
        yield base, state


@pytest.fixture
async def hs(mode: str, hostile: tuple[str, hostile_app.HostileState]) -> AsyncIterator[Api]:
    api = Api(relay, mode == "async", hostile[0])
    try:
        yield api
    finally:
        await api.aclose()


async def _walk(api: Api, page: Any) -> list[Any]:
    if api.is_async:
        return [item async for item in page]
    return list(page)


# -- item 9: pagination that goes round ---------------------------------------------------


async def test_cursors_that_go_round_stop_with_a_typed_error(
    hs: Api, hostile: tuple[str, hostile_app.HostileState]
) -> None:
    state = hostile[1]
    state.requests.clear()
    page = await hs.run(hs.client.items.list())
    with pytest.raises(relay.errors.PaginationLoopError) as caught:
        await _walk(hs, page)
    # pages: (none) -> a -> b, then b points back at a: three requests, not one more
    assert state.requests["/items"] == 3
    assert "after='a'" in str(caught.value)
    assert isinstance(caught.value, relay.APIError)


async def test_iter_pages_stops_at_the_loop_too(
    hs: Api, hostile: tuple[str, hostile_app.HostileState]
) -> None:
    state = hostile[1]
    state.requests.clear()
    page = await hs.run(hs.client.items.list(after="a"))
    seen = []
    with pytest.raises(relay.errors.PaginationLoopError):
        if hs.is_async:
            async for p in page.iter_pages():
                seen.append(p.next_cursor)
        else:
            for p in page.iter_pages():
                seen.append(p.next_cursor)
    # a -> b, b -> a: the page after b would be the first one again
    assert seen == ["b", "a"]
    assert state.requests["/items"] == 2


# -- item 5: bodies that would not fit in memory ------------------------------------------

MIB = 1024 * 1024


async def _peak_while(call: Any) -> tuple[BaseException | None, int]:
    """What `await call()` raised (None if nothing), and the peak of memory Python allocated
    meanwhile, in bytes (this process: the client and the server thread)."""
    tracemalloc.start()
    try:
        try:
            await call()
            raised = None
        except Exception as error:  # handed back to the test to check
            raised = error
        return raised, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


async def test_a_gzip_bomb_stops_at_the_default_limit_for_json(hs: Api) -> None:
    # 1 GiB decoded (about 1 MB on the wire); the default limit for JSON is 100 MiB
    error, peak = await _peak_while(lambda: hs.run(hs.client.jobs.retrieve("bomb")))
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert isinstance(error, relay.APIError)
    assert error.limit == 100 * MIB
    assert error.status_code == 200
    assert "max_response_size" in str(error)
    # the 100 MiB read so far, plus a few small pieces: far below the 1 GiB decoded
    assert peak < 130 * MIB, f"peak {peak / MIB:.1f} MiB"
    print(f"\n[{hs.mode}] 1 GiB gzip bomb, default limit: peak {peak / MIB:.1f} MiB")


async def test_a_gzip_bomb_under_a_small_limit_takes_little_memory(hs: Api) -> None:
    error, peak = await _peak_while(
        lambda: hs.run(hs.client.jobs.retrieve("bomb", max_response_size=MIB))
    )
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert error.limit == MIB
    assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB"
    print(f"\n[{hs.mode}] 1 GiB gzip bomb, 1 MiB limit: peak {peak / MIB:.1f} MiB")


async def test_binary_downloads_are_bounded_only_when_a_limit_is_set(hs: Api) -> None:
    small = await hs.run(hs.client.files.content.list("f", size=2 * MIB))
    assert len(small) == 2 * MIB  # not the JSON default: a download has no limit unless set
    for client, options in [
        (hs.client, {"max_response_size": MIB}),
        (hs.client.with_options(max_response_size=MIB), {}),
        (hs.new(max_response_size=MIB), {}),
    ]:
        error, peak = await _peak_while(
            lambda c=client, o=options: hs.run(c.files.content.list("f", **o))
        )
        assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
        assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB"


async def test_none_disables_the_limit_and_a_call_overrides_the_client(hs: Api) -> None:
    limited = hs.new(max_response_size=MIB)
    body = await hs.run(limited.files.content.list("f", size=3 * MIB, max_response_size=None))
    assert len(body) == 3 * MIB
    # the JSON default (100 MiB) gone: a 2 MiB invalid body reads and fails to parse instead
    with pytest.raises(relay.errors.APIResponseValidationError):
        await hs.run(
            hs.client.with_options(max_response_size=None).jobs.retrieve(
                "bomb", extra_query={"size": 2 * MIB}
            )
        )
    with pytest.raises(relay.errors.ResponseTooLargeError):
        await hs.run(
            hs.client.jobs.retrieve("bomb", extra_query={"size": 2 * MIB}, max_response_size=MIB)
        )


async def test_a_streamed_bomb_is_bounded_by_the_limit_set(hs: Api) -> None:
    view = hs.client.with_streaming_response.jobs
    if hs.is_async:
        async with view.retrieve("bomb", max_response_size=MIB) as response:
            with pytest.raises(relay.errors.ResponseTooLargeError):
                async for _ in response.aiter_bytes():
                    pass
        async with view.retrieve("bomb") as response:  # parse() reads JSON: default limit
            with pytest.raises(relay.errors.ResponseTooLargeError):
                await response.parse()
    else:
        too_large = pytest.raises(relay.errors.ResponseTooLargeError)
        with view.retrieve("bomb", max_response_size=MIB) as response, too_large:
            for _ in response.iter_bytes():
                pass
        too_large = pytest.raises(relay.errors.ResponseTooLargeError)
        with view.retrieve("bomb") as response, too_large:  # parse() reads JSON: default limit
            response.parse()


async def _first_event(api: Api, **options: Any) -> Any:
    stream = await api.run(api.client.events.list(**options))
    if api.is_async:
        async with stream:
            async for event in stream:
                return event
    else:
        with stream:
            for event in stream:
                return event
    return None


async def test_an_event_line_that_never_ends_stops_at_the_limit(hs: Api) -> None:
    error, peak = await _peak_while(lambda: _first_event(hs, max_response_size=MIB))
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert "event stream" in str(error)
    assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB"
    print(f"\n[{hs.mode}] endless event line, 1 MiB limit: peak {peak / MIB:.1f} MiB")


async def test_an_event_line_that_never_ends_stops_at_the_default_limit(hs: Api) -> None:
    error, peak = await _peak_while(lambda: _first_event(hs))
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert error.limit == 100 * MIB
    assert peak < 130 * MIB, f"peak {peak / MIB:.1f} MiB"
    print(f"\n[{hs.mode}] endless event line (1 GiB), default limit: peak {peak / MIB:.1f} MiB")


async def test_a_token_response_is_bounded_too(hs: Api) -> None:
    client = hs.new(oauth_client=("id", "secret-of-the-client"), max_response_size=MIB)
    error, peak = await _peak_while(lambda: hs.run(client.auth.oauth.list()))
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert "/oauth/token" in str(error)
    assert peak < 8 * MIB, f"peak {peak / MIB:.1f} MiB"
    # without a limit set, the default for JSON applies to the token response
    error, _ = await _peak_while(lambda: hs.run(hs.new(oauth_client=("id", "s")).auth.oauth.list()))
    assert isinstance(error, relay.errors.ResponseTooLargeError), repr(error)
    assert error.limit == 100 * MIB


async def test_an_uncompressed_body_over_the_limit_is_refused(mode: str, relay_url: str) -> None:
    # the relay server's download: plain bytes with a Content-Length, no compression
    api = Api(relay, mode == "async", relay_url)
    try:
        files = api.client.files.content
        with pytest.raises(relay.errors.ResponseTooLargeError) as caught:
            await api.run(files.list("f", size=2 * MIB, max_response_size=MIB))
        assert caught.value.limit == MIB
        body = await api.run(files.list("f", size=2 * MIB, max_response_size=2 * MIB))
        assert len(body) == 2 * MIB  # exactly the limit is allowed
        streamed = api.client.with_options(
            max_response_size=MIB
        ).files.content.with_streaming_response
        if api.is_async:
            async with streamed.list("f", size=2 * MIB) as response:
                with pytest.raises(relay.errors.ResponseTooLargeError):
                    await response.read()
        else:
            too_large = pytest.raises(relay.errors.ResponseTooLargeError)
            with streamed.list("f", size=2 * MIB) as response, too_large:
                response.read()
    finally:
        await api.aclose()
