"""Pages that fetch the next pages as the iteration reaches them (see _pagination.py).

This is the source of the I/O code: scripts/unasync.py derives _sync_pagination.py from it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any, Self

from ._pagination import _PageLogic

if TYPE_CHECKING:
    from ._async_client import AsyncAPIClient


class AsyncPage(_PageLogic):
    """A page of AsyncClient: `async for item in page` walks every item of every page."""

    async def next_page(self) -> Self:
        client, call, page_class = self._next_call()
        api_client: AsyncAPIClient = client
        return await api_client.fetch_page(call, page_class)

    async def iter_pages(self) -> AsyncIterator[Self]:
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.next_page()

    async def __aiter__(self) -> AsyncIterator[Any]:
        async for page in self.iter_pages():
            for item in page._page_items():
                yield item
