"""Pagination of the relay SDK: the same 25 items (item-01 .. item-25) in five styles.

Every paginated method returns a page with the declared response fields plus
`has_next_page()`, `next_page()` and `iter_pages()`; iterating a page (`for` / `async for`)
walks every item of every later page, fetching each page only when it gets there.
Requests are counted per test with `X-Fault-Key` (`GET /_faults/{key}`), which the
later pages carry too, or with `GET /_stats` on a server of the test's own.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import recorded

ALL_IDS = [f"item-{i:02d}" for i in range(1, 26)]


@dataclass(frozen=True)
class Style:
    """One paginated operation: how to call it and what its pages look like."""

    method: str
    size_param: str  # the page-size parameter
    items: str  # the page field holding the items
    page_param: str  # the query parameter that selects the next page
    operation_id: str
    # checks the other declared fields of page number `n` (1-based) of `pages` pages of `size`
    check_fields: Callable[[Any, int, int, int], None]


def _check_cursor(page: Any, n: int, pages: int, size: int) -> None:
    assert page.next_cursor == (ALL_IDS[n * size - 1] if n < pages else None)


def _check_offset(page: Any, n: int, pages: int, size: int) -> None:
    assert page.total == 25


def _check_page_number(page: Any, n: int, pages: int, size: int) -> None:
    assert page.page == n


def _check_nested(page: Any, n: int, pages: int, size: int) -> None:
    assert page.meta.next == (ALL_IDS[n * size - 1] if n < pages else None)


def _check_plain(page: Any, n: int, pages: int, size: int) -> None:
    assert isinstance(page.items, list)


STYLES = {
    "cursor": Style("list", "limit", "data", "after", "listItems", _check_cursor),
    "offset": Style("by_offset", "limit", "results", "offset", "listItemsByOffset", _check_offset),
    "page": Style("by_page", "per_page", "items", "page", "listItemsByPage", _check_page_number),
    "nested": Style(
        "nested", "limit", "entries", "starting_after", "listItemsNested", _check_nested
    ),
    "plain": Style("plain", "limit", "items", "offset", "listItemsPlain", _check_plain),
}
STYLE_NAMES = list(STYLES)


def ids(items: list[Any]) -> list[str]:
    return [item.id for item in items]


def page_ids(page: Any, style: Style) -> list[str]:
    return ids(getattr(page, style.items))


def attempts(plain_http: httpx.Client, base_url: str, key: str) -> int:
    return int(recorded(plain_http, base_url, key)["attempts"])


async def first_page(rl: Api, style: Style, client: Any = None, **kwargs: Any) -> Any:
    client = client if client is not None else rl.client
    return await rl.run(getattr(client.items, style.method)(**kwargs))


async def every_item(rl: Api, page: Any) -> list[Any]:
    """Iterate the page: `for` for a sync page, `async for` for an async one."""
    if rl.is_async:
        return [item async for item in page]
    return list(page)


async def every_page(rl: Api, page: Any) -> list[Any]:
    if rl.is_async:
        return [p async for p in page.iter_pages()]
    return list(page.iter_pages())


async def take(rl: Api, iterator: Any, n: int) -> list[Any]:
    """The next `n` items of a page iterator (sync or async)."""
    if rl.is_async:
        return [await iterator.__anext__() for _ in range(n)]
    return list(itertools.islice(iterator, n))


async def rest(rl: Api, iterator: Any) -> list[Any]:
    if rl.is_async:
        return [item async for item in iterator]
    return list(iterator)


def iterator_of(rl: Api, page: Any) -> Any:
    return page.__aiter__() if rl.is_async else iter(page)


# ---- one page at a time ----------------------------------------------------------------


@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_pages_have_declared_fields_and_next_page(rl: Api, name: str) -> None:
    style = STYLES[name]
    page = await first_page(rl, style, **{style.size_param: 10})

    seen: list[str] = []
    for n in (1, 2, 3):
        assert page_ids(page, style) == ALL_IDS[(n - 1) * 10 : n * 10]
        assert all(isinstance(item, rl.models.Item) for item in getattr(page, style.items))
        style.check_fields(page, n, 3, 10)
        seen += page_ids(page, style)
        if n < 3:
            assert page.has_next_page() is True
            page = await rl.run(page.next_page())

    assert page.has_next_page() is False  # the last page
    assert seen == ALL_IDS


@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_page_is_the_declared_response_model(rl: Api, name: str) -> None:
    style = STYLES[name]
    page = await first_page(rl, style, **{style.size_param: 3})

    # the page is the response model (with the declared fields) and more
    if name == "cursor":
        assert isinstance(page, rl.models.ItemPage)
    elif name == "offset":
        assert isinstance(page, rl.models.OffsetPage)
    elif name == "page":
        assert isinstance(page, rl.models.PageNumberPage)
    elif name == "nested":
        assert isinstance(page, rl.models.NestedPage)
        assert isinstance(page.meta, rl.models.PageMeta)
    else:  # a bare JSON array, kept under `.items`
        assert [item.index for item in page.items] == [1, 2, 3]
    assert len(getattr(page, style.items)) == 3


# ---- iterating every item --------------------------------------------------------------


@pytest.mark.parametrize("size", [None, 7, 5, 100], ids=lambda s: f"size={s}")
@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_iterating_a_page_yields_every_item_in_order(
    rl: Api, name: str, size: int | None
) -> None:
    style = STYLES[name]
    kwargs = {} if size is None else {style.size_param: size}
    page = await first_page(rl, style, **kwargs)

    items = await every_item(rl, page)

    assert ids(items) == ALL_IDS
    assert all(isinstance(item, rl.models.Item) for item in items)
    # iterating again starts over from this page
    assert ids(await every_item(rl, page)) == ALL_IDS


@pytest.mark.parametrize(("size", "pages"), [(10, 3), (7, 4), (None, 3)])
@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_iter_pages_walks_every_page(
    rl: Api, name: str, size: int | None, pages: int
) -> None:
    style = STYLES[name]
    page_size = size or 10
    kwargs = {} if size is None else {style.size_param: size}
    page = await first_page(rl, style, **kwargs)

    walked = await every_page(rl, page)

    assert len(walked) == pages
    assert walked[0] is page
    for n, each in enumerate(walked, start=1):
        assert page_ids(each, style) == ALL_IDS[(n - 1) * page_size : n * page_size]
        style.check_fields(each, n, pages, page_size)
        assert each.has_next_page() is (n < pages)


@pytest.mark.parametrize(
    ("name", "start"),
    [
        ("cursor", {"after": "item-18"}),
        ("offset", {"offset": 18}),
        ("page", {"page": 3, "per_page": 9}),
        ("nested", {"starting_after": "item-18"}),
        ("plain", {"offset": 18}),
    ],
    ids=STYLE_NAMES,
)
async def test_iterating_from_a_later_page_yields_the_rest(
    rl: Api, name: str, start: dict[str, Any]
) -> None:
    style = STYLES[name]
    page = await first_page(rl, style, **start)

    assert ids(await every_item(rl, page)) == ALL_IDS[18:]


# ---- lazily, keeping the query -----------------------------------------------------------


@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_pages_are_fetched_only_when_iteration_reaches_them(
    rl: Api, plain_http: httpx.Client, fault_key: str, name: str
) -> None:
    style = STYLES[name]
    page = await first_page(
        rl, style, **{style.size_param: 10}, extra_headers={"X-Fault-Key": fault_key}
    )
    iterator = iterator_of(rl, page)

    first = await take(rl, iterator, 3)
    assert ids(first) == ALL_IDS[:3]
    assert attempts(plain_http, rl.base_url, fault_key) == 1

    more = await take(rl, iterator, 8)  # items 4..11: into the second page
    assert ids(more) == ALL_IDS[3:11]
    assert attempts(plain_http, rl.base_url, fault_key) == 2

    assert ids(await rest(rl, iterator)) == ALL_IDS[11:]
    assert attempts(plain_http, rl.base_url, fault_key) == 3


async def test_lazy_iteration_counted_by_server_stats(
    rl: Api, plain_http: httpx.Client, fresh_relay_url: str
) -> None:
    client = rl.new(base_url=fresh_relay_url)

    def calls() -> int:
        counts = plain_http.get(fresh_relay_url + "/_stats").json()["calls"]
        return int(counts.get("listItems", 0))

    page = await rl.run(client.items.list(limit=10))
    iterator = iterator_of(rl, page)
    assert ids(await take(rl, iterator, 3)) == ALL_IDS[:3]
    assert calls() == 1

    assert ids(await take(rl, iterator, 10)) == ALL_IDS[3:13]
    assert calls() == 2

    assert ids(await rest(rl, iterator)) == ALL_IDS[13:]
    assert calls() == 3


EXPECTED_QUERIES = {
    "cursor": [{}, {"after": "item-07"}, {"after": "item-14"}, {"after": "item-21"}],
    "offset": [{}, {"offset": "7"}, {"offset": "14"}, {"offset": "21"}],
    "page": [{}, {"page": "2"}, {"page": "3"}, {"page": "4"}],
    "nested": [
        {},
        {"starting_after": "item-07"},
        {"starting_after": "item-14"},
        {"starting_after": "item-21"},
    ],
    "plain": [{}, {"offset": "7"}, {"offset": "14"}, {"offset": "21"}],
}


@pytest.mark.parametrize("name", STYLE_NAMES)
async def test_next_pages_keep_the_other_query_parameters(
    rl: Api, plain_http: httpx.Client, fault_key: str, name: str
) -> None:
    style = STYLES[name]
    page = await first_page(
        rl,
        style,
        **{style.size_param: 7},
        extra_query={"trace": "t-1"},
        extra_headers={"X-Fault-Key": fault_key},
    )

    assert ids(await every_item(rl, page)) == ALL_IDS

    record = recorded(plain_http, rl.base_url, fault_key)
    queries = [dict(parse_qsl(query)) for query in record["queries"]]
    kept = {style.size_param: "7", "trace": "t-1"}
    assert queries == [{**kept, **changed} for changed in EXPECTED_QUERIES[name]]
    # every page was asked for once, with the same headers (credentials included)
    assert record["attempts"] == 4
    assert {headers["x-api-key"] for headers in record["headers"]} == {"relay-key"}
