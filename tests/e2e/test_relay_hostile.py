"""The relay SDK against a server that answers with hostile bodies (tests/servers/hostile_app.py):
pages that go round in a circle, gzip bombs, an event line that never ends. Each one stops
with a typed SDK error, soon and in little memory, sync and async.
"""

from __future__ import annotations

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
    page = await hs.run(hs.client.items.list_items())
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
    page = await hs.run(hs.client.items.list_items(after="a"))
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
