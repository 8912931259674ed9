"""Object bodies taken as keyword arguments, nested values as `<Name>Param` TypedDicts,
checked on a live server (sync and async): the echo operation reports the body it got."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.e2e.conftest import Api

if TYPE_CHECKING:
    from showcase import models


async def test_keywords_and_typed_dicts_make_the_body(sc: Api) -> None:
    m = sc.models
    keeper: models.KeeperParam = {"first-name": "Kim", "email": "kim@zoo.example", "X-Rate": 9.0}
    echo = await sc.run(
        sc.client.diagnostics.echo.create(
            message="kw",
            note=None,  # given as None: sent as null
            count=3,
            day=dt.date(2024, 5, 6),
            keeper=keeper,
            ticket={"id": "T-1", "class": m.TicketClass.ADULT, "from": dt.date(2024, 3, 4)},
            price=m.Money(amount=1.5, currency=m.CurrencyCode.EUR),  # a model still fits
            extra_body={"beyond": [1, 2]},
            dry_run=True,
        )
    )

    assert echo.query == [["dry_run", "true"]]
    # keys left out are not sent; wire names (`first-name`, `class`, `from`) as typed
    assert echo.body == {
        "message": "kw",
        "note": None,
        "count": 3,
        "day": "2024-05-06",
        "keeper": {"first-name": "Kim", "email": "kim@zoo.example", "X-Rate": 9.0},
        "ticket": {"id": "T-1", "class": "adult", "from": "2024-03-04"},
        "price": {"amount": 1.5, "currency": "EUR"},
        "beyond": [1, 2],
    }


async def test_the_whole_body_is_still_accepted(sc: Api) -> None:
    echo = await sc.run(
        sc.client.diagnostics.echo.create(body={"message": "whole", "counters": {"a": 1}})
    )

    assert echo.body == {"message": "whole", "counters": {"a": 1}}


async def test_keywords_and_a_whole_body_together_are_refused(sc: Api) -> None:
    with pytest.raises(TypeError, match="not both"):
        await sc.run(sc.client.diagnostics.echo.create(message="a", body={"message": "b"}))


async def test_a_missing_required_key_is_refused_before_sending(sc: Api) -> None:
    # the body is validated against the model: `message` is required
    with pytest.raises(Exception, match="message"):
        await sc.run(sc.client.diagnostics.echo.create(count=1))


async def test_enum_values_in_lists_and_maps_are_sent_as_values(sc: Api) -> None:
    # the stubs take Sequence/Mapping of member-or-value: a tuple and plain values go too
    m = sc.models
    echo = await sc.run(
        sc.client.diagnostics.echo.create(
            message="enums",
            sizes=(1, m.SizeClass(3)),
            stock={"a": "sold_out", "b": m.ItemStatus.AVAILABLE},
        )
    )
    assert echo.body == {
        "message": "enums",
        "sizes": [1, 3],
        "stock": {"a": "sold_out", "b": "available"},
    }

    got = await sc.run(sc.client.diagnostics.echo.retrieve(7, x_trace_id="t", sizes=(2, 3)))
    assert got.query == [["sizes", "2"], ["sizes", "3"]]
