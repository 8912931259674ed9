"""showcase `tickets` (keyword and builtin property names) and `store_admin` resources."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.e2e.conftest import ADMIN_TOKEN, Api


async def test_get_ticket_keyword_and_builtin_names(sc: Api) -> None:
    m = sc.models
    ticket = await sc.run(sc.client.tickets.retrieve("T-1001"))

    assert isinstance(ticket, m.Ticket)
    assert ticket.id == "T-1001"
    assert ticket.class_ is m.TicketClass.ADULT  # class
    assert ticket.from_ == dt.date(2024, 6, 1)  # from
    assert ticket.until == dt.date(2024, 6, 1)
    assert ticket.import_ is False  # import
    assert ticket.type == "day-pass"
    assert ticket.list_ == ["north", "aviary"]  # list
    assert ticket.str_ == "Enjoy your visit"  # str
    assert ticket.json_ == {"source": "web", "visits": 1}  # json
    assert ticket.model_config_ == "standard"  # model_config
    assert (ticket.price.amount, ticket.price.currency) == (24.0, m.CurrencyCode.EUR)
    assert ticket.zone is m.TicketZone.VALUE_1
    assert ticket.barcode == "VC0xMDAx"
    assert ticket.model_extra == {}


async def test_get_ticket_nullable_versus_optional(sc: Api) -> None:
    m = sc.models
    ticket = await sc.run(sc.client.tickets.retrieve("T-1002"))

    assert ticket.class_ is m.TicketClass.CHILD
    assert ticket.until is None and "until" in ticket.model_fields_set  # null
    assert ticket.str_ is None and "str_" not in ticket.model_fields_set  # absent
    assert ticket.import_ is True
    assert ticket.type == "season"
    assert ticket.list_ == []
    assert ticket.zone is m.TicketZone.VALUE_3
    assert ticket.price.currency is m.CurrencyCode.GBP


async def test_get_ticket_not_found(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.tickets.retrieve("T-404"))

    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, sc.models.Error)
    assert (caught.value.body.code, caught.value.body.message) == (404, "ticket T-404 not found")


async def test_create_ticket_with_model(sc_rw: Api) -> None:
    m = sc_rw.models
    ticket = await sc_rw.run(
        sc_rw.client.tickets.create(
            body=m.Ticket(
                id="T-2001",
                class_=m.TicketClass.SENIOR,
                from_=dt.date(2024, 7, 1),
                list_=["south"],
                str_="Hello",
                json_={"a": [1, 2]},
                model_config_="compact",
            )
        )
    )

    assert isinstance(ticket, m.Ticket)
    assert ticket.id == "T-2001"
    assert ticket.class_ is m.TicketClass.SENIOR
    assert ticket.from_ == dt.date(2024, 7, 1)
    assert ticket.list_ == ["south"]
    assert ticket.str_ == "Hello"
    assert ticket.json_ == {"a": [1, 2]}
    assert ticket.model_config_ == "compact"
    # Server defaults: the SDK sent none of these.
    assert (ticket.import_, ticket.type, ticket.zone) == (False, "day-pass", m.TicketZone.VALUE_1)
    assert "import_" in ticket.model_fields_set
    assert "until" not in ticket.model_fields_set
    assert "price" not in ticket.model_fields_set

    fetched = await sc_rw.run(sc_rw.client.tickets.retrieve("T-2001"))
    assert fetched == ticket


async def test_create_ticket_with_dict_of_wire_names(sc_rw: Api) -> None:
    m = sc_rw.models
    ticket = await sc_rw.run(
        sc_rw.client.tickets.create(
            body={
                "id": "T-2002",
                "class": "child",
                "from": "2024-07-02",
                "until": None,
                "import": True,
                "type": "season",
                "zone": 2,
                "price": {"amount": 7.5, "currency": "USD"},
            }
        )
    )

    assert ticket.class_ is m.TicketClass.CHILD
    assert ticket.from_ == dt.date(2024, 7, 2)
    assert ticket.until is None and "until" in ticket.model_fields_set
    assert (ticket.import_, ticket.type, ticket.zone) == (True, "season", m.TicketZone.VALUE_2)
    assert (ticket.price.amount, ticket.price.currency) == (7.5, m.CurrencyCode.USD)


async def test_create_ticket_conflict(sc_rw: Api) -> None:
    m = sc_rw.models
    with pytest.raises(sc_rw.errors.ConflictError) as caught:
        await sc_rw.run(
            sc_rw.client.tickets.create(
                body=m.Ticket(id="T-1001", class_=m.TicketClass.ADULT, from_=dt.date(2024, 1, 1))
            )
        )

    assert caught.value.status_code == 409
    assert isinstance(caught.value.body, m.Error)
    assert (caught.value.body.code, caught.value.body.message) == (
        409,
        "ticket T-1001 already exists",
    )


async def test_create_ticket_validation_error(sc_rw: Api) -> None:
    # `vip` is not a TicketClass: the SDK accepts unknown enum values, the server does not.
    with pytest.raises(sc_rw.errors.UnprocessableEntityError) as caught:
        await sc_rw.run(
            sc_rw.client.tickets.create(body={"id": "T-3001", "class": "vip", "from": "2024-07-01"})
        )

    assert caught.value.status_code == 422
    assert isinstance(caught.value.body, sc_rw.models.ValidationError)
    assert [(e.loc, e.type) for e in caught.value.body.errors] == [(["body", "class"], "enum")]


async def test_get_inventory_stats(sc: Api) -> None:
    m = sc.models
    stats = await sc.run(sc.client.store_admin.stats.list(x_admin_token=ADMIN_TOKEN))

    assert isinstance(stats, m.InventoryStats)
    assert stats.counts_by_status == {"available": 1, "reserved": 1, "sold_out": 1}
    assert set(stats.value_by_warehouse) == {"north", "south", "east"}
    assert all(isinstance(v, m.Money) for v in stats.value_by_warehouse.values())
    assert {k: (v.amount, v.currency) for k, v in stats.value_by_warehouse.items()} == {
        "north": (882.5, m.CurrencyCode.EUR),
        "south": (187.5, m.CurrencyCode.EUR),
        "east": (0.0, m.CurrencyCode.EUR),
    }
    assert stats.generated_at.tzinfo is not None
    now = dt.datetime.now(dt.UTC)
    assert abs(now - stats.generated_at) < dt.timedelta(minutes=5)
    assert stats.annotations["note"] == "values are converted to EUR"


async def test_get_inventory_stats_wrong_token(sc: Api) -> None:
    with pytest.raises(sc.errors.PermissionDeniedError) as caught:
        await sc.run(sc.client.store_admin.stats.list(x_admin_token="guess"))

    assert caught.value.status_code == 403
    assert isinstance(caught.value.body, sc.models.Error)
    assert (caught.value.body.code, caught.value.body.message) == (403, "wrong admin token")


async def test_reset_store_returns_none_and_restores_the_seed(sc_rw: Api) -> None:
    m = sc_rw.models
    await sc_rw.run(sc_rw.client.inventory.items.delete(1))
    await sc_rw.run(
        sc_rw.client.tickets.create(
            body=m.Ticket(id="T-9", class_=m.TicketClass.ADULT, from_=dt.date(2024, 1, 1))
        )
    )

    result = await sc_rw.run(sc_rw.client.store_admin.reset.create(x_admin_token=ADMIN_TOKEN))

    assert result is None
    page = await sc_rw.run(sc_rw.client.inventory.items.list())
    assert [i.id for i in page.items] == [1, 2, 3]
    with pytest.raises(sc_rw.errors.NotFoundError):
        await sc_rw.run(sc_rw.client.tickets.retrieve("T-9"))


async def test_reset_store_wrong_token(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.PermissionDeniedError) as caught:
        await sc_rw.run(sc_rw.client.store_admin.reset.create(x_admin_token="nope"))

    assert isinstance(caught.value.body, sc_rw.models.Error)
    assert caught.value.body.message == "wrong admin token"
