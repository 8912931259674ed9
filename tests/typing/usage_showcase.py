"""Code a user writes against the showcase SDK; `mypy --strict` must accept it.

`assert_type` fails the type check when a value is typed as Any or as something else,
so this file proves that models, parameters and return values carry real types.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, assert_type

import httpx2
import showcase
from showcase import errors, models


def sync_usage(client: showcase.Client) -> None:
    page = client.inventory.items.list(
        status=models.ItemStatus.AVAILABLE, ids=[1, 2], in_stock=True
    )
    assert_type(page, models.ListItemsResponse)
    assert_type(page.items, list[models.Item])
    assert_type(page.next_page, int | None)
    item = page.items[0]
    assert_type(item.restock_date, dt.date | None)
    assert_type(item.created_at, dt.datetime)
    assert_type(item.status, models.ItemStatus)
    assert_type(client.inventory.items.retrieve(1), models.ItemDetail)
    assert_type(client.inventory.items.label(1), str)
    assert_type(client.inventory.items.delete(1), None)
    assert_type(client.inventory.by_sku.list(), dict[str, models.Item])
    assert_type(client.animals.photo(uuid.UUID(int=1)), bytes)
    animals = client.animals.list()
    for animal in animals:
        if isinstance(animal, models.Cat):
            assert_type(animal.indoor, bool)
    assert_type(client.tours.retrieve(1), models.Tour)
    keeper = client.animals.keepers.create(
        body=models.Keeper(first_name="Ada", email="ada@zoo.example")
    )
    assert_type(keeper.first_name, str)
    assert_type(keeper.field_2fa_enabled, bool)
    ticket = client.tickets.retrieve("T-1001")
    assert_type(ticket.class_, models.TicketClass)
    assert_type(ticket.from_, dt.date)
    client.inventory.items.create(
        sku="X",
        name="x",
        price={"amount": 1.5, "currency": models.CurrencyCode.EUR},
        restock_date=None,
        timeout=2.0,
        extra_headers={"X-Trace": "1"},
    )
    faster = client.with_options(timeout=httpx2.Timeout(1.0), max_retries=0)
    assert_type(faster, showcase.Client)
    try:
        client.inventory.items.retrieve(99)
    except errors.NotFoundError as error:
        assert_type(error.status_code, int)
        assert_type(error.response, httpx2.Response)
        assert_type(error.body, models.Error)  # every 404 the API declares is its Error
    except errors.UnprocessableEntityError as error:
        assert_type(error.body, object)  # a 422 comes in more than one shape
    with showcase.Client(base_url="http://127.0.0.1:1/v1") as scoped:
        assert_type(scoped, showcase.Client)


async def async_usage(client: showcase.AsyncClient) -> None:
    page = await client.inventory.items.list(page=2)
    assert_type(page, models.ListItemsResponse)
    assert_type(await client.animals.keepers.list(), list[models.Keeper])
    assert_type(await client.tours.retrieve(1), models.Tour)
    async with showcase.AsyncClient(base_url="http://127.0.0.1:1/v1") as scoped:
        assert_type(scoped, showcase.AsyncClient)
    await client.close()


def parity_usage(client: showcase.Client, other: httpx2.Client) -> None:
    # the escape hatch, its views, copy() with every argument, the conveniences' types
    assert_type(client.get("/x", cast_to=models.Tour), models.Tour)
    assert_type(client.post("/x", content=b"raw", follow_redirects=True), Any)
    events = client.get("/events", cast_to=dict[str, int], stream=True)
    assert_type(events, showcase.Stream[dict[str, int]])
    raw = client.with_raw_response.get("/x", cast_to=models.Tour)
    assert_type(raw.parse(), models.Tour)
    with client.with_streaming_response.delete("/x") as streamed:
        assert_type(streamed.status_code, int)
    copy = client.copy(
        http_client=other,
        set_default_query={"a": 1},
        correlation_header=None,
        on_request=None,
        strict_response_validation=True,
    )
    assert_type(copy, showcase.Client)
    assert_type(client.inventory.items.in_stock(1, follow_redirects=False), bool)
    try:
        client.inventory.items.in_stock(1, if_none_match='"x"')
    except errors.NotModifiedError as error:
        assert_type(error.etag, str | None)
    except errors.RedirectError as error:
        assert_type(error.location, str | None)


async def async_parity_usage(client: showcase.AsyncClient) -> None:
    assert_type(await client.put("/x", cast_to=models.Tour), models.Tour)
    raw = await client.with_raw_response.patch("/x", cast_to=list[int])
    assert_type(raw.parse(), list[int])
    async with client.with_streaming_response.get("/x") as streamed:
        assert_type(streamed.status_code, int)


def wrong_usage_is_rejected(client: showcase.Client) -> Any:
    # the SDK's types catch these mistakes; each line is expected to be an error
    client.inventory.items.retrieve("one")  # type: ignore[arg-type]
    client.inventory.items.list(page="2")  # type: ignore[arg-type]
    return client.inventory.items.retrieve(1).no_such_field  # type: ignore[attr-defined]
