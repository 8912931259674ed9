"""showcase `inventory` resource and the tag-less `getTour`: nullable vs optional,
enums, recursive models, dict-of-models, text/plain, 204, errors, forward compatibility."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from tests.e2e.conftest import Api

UTC = dt.UTC


async def test_list_items_parses_every_field(sc: Api) -> None:
    m = sc.models
    page = await sc.run(sc.client.inventory.items.list())

    assert isinstance(page, m.ListItemsResponse)
    assert (page.total, page.page, page.next_page) == (3, 1, None)
    assert "next_page" in page.model_fields_set  # required and nullable: present as null
    hay, seed, ball = page.items
    assert all(isinstance(item, m.Item) for item in page.items)

    assert (hay.id, hay.sku, hay.name) == (1, "HAY-001", "Hay bale")
    assert hay.description == "Timothy hay, 20 kg bale."
    assert isinstance(hay.price, m.Money)
    assert (hay.price.amount, hay.price.currency) == (12.5, m.CurrencyCode.EUR)
    assert hay.quantity == 40
    assert hay.status is m.ItemStatus.AVAILABLE
    assert hay.unit is m.ItemUnit.PIECE
    assert hay.priority is m.ItemPriority.VALUE_1
    assert hay.created_at == dt.datetime(2024, 1, 15, 9, 30, tzinfo=UTC)
    assert hay.restock_date == dt.date(2024, 8, 1)
    assert hay.weight_kg == 20.0
    assert (hay.dimensions.width_cm, hay.dimensions.height_cm, hay.dimensions.depth_cm) == (
        80.0,
        40.0,
        35.0,
    )
    assert hay.stock_by_warehouse == {"north": 25, "south": 15}
    assert hay.metadata == {"organic": True, "origin": "Kent"}
    assert hay.tags == ["food", "bulk"]
    assert hay.category_id == 2
    assert hay.external_id == UUID("3f2b8c4e-9a1d-4e5f-8b6a-7c9d0e1f2a3b")
    assert hay.supplier_email == "orders@hayfarm.example"
    assert hay.homepage == "https://hayfarm.example/bales"
    assert hay.thumbnail == "SEFZ"

    assert seed.status is m.ItemStatus.RESERVED
    assert seed.unit is m.ItemUnit.KG
    assert seed.priority is m.ItemPriority.VALUE_2
    assert ball.status is m.ItemStatus.SOLD_OUT
    assert ball.price.currency is m.CurrencyCode.USD
    assert ball.dimensions.depth_cm is None


async def test_item_nullable_versus_optional(sc: Api) -> None:
    _, seed, ball = (await sc.run(sc.client.inventory.items.list())).items

    # SEED-002: description and restock_date are sent as null.
    assert seed.description is None and "description" in seed.model_fields_set
    assert seed.restock_date is None and "restock_date" in seed.model_fields_set
    # BALL-003: description is left out altogether; weight_kg too.
    assert ball.description is None and "description" not in ball.model_fields_set
    assert "weight_kg" not in ball.model_fields_set
    assert ball.restock_date == dt.date(2024, 9, 15)


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        ({"status": "reserved"}, [2]),
        ({"in_stock": True}, [1, 2]),
        ({"in_stock": False}, [3]),
        ({"ids": [1, 3]}, [1, 3]),
        ({"updated_since": dt.datetime(2024, 2, 1, tzinfo=UTC)}, [2, 3]),
        (
            {
                "updated_since": dt.datetime(
                    2024, 2, 3, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
                )
            },
            [2, 3],
        ),
        ({"status": "available", "in_stock": True, "ids": [1, 2]}, [1]),
    ],
    ids=lambda value: repr(value) if isinstance(value, dict) else "result",
)
async def test_list_items_filters(sc: Api, kwargs: dict[str, object], ids: list[int]) -> None:
    if "status" in kwargs:
        kwargs = {**kwargs, "status": sc.models.ItemStatus(kwargs["status"])}
    page = await sc.run(sc.client.inventory.items.list(**kwargs))

    assert [item.id for item in page.items] == ids
    assert page.total == len(ids)


async def test_list_items_pages(sc: Api) -> None:
    first = await sc.run(sc.client.inventory.items.list(per_page=2))
    second = await sc.run(sc.client.inventory.items.list(page=2, per_page=2))

    assert ([i.id for i in first.items], first.page, first.next_page, first.total) == (
        [1, 2],
        1,
        2,
        3,
    )
    assert ([i.id for i in second.items], second.page, second.next_page) == ([3], 2, None)


async def test_list_items_bad_page_size_is_the_default_error(sc: Api) -> None:
    with pytest.raises(sc.errors.BadRequestError) as caught:
        await sc.run(sc.client.inventory.items.list(per_page=51))

    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.code == 400
    assert caught.value.body.message == "page must be >= 1 and per_page between 1 and 50"


async def test_get_item_with_recursive_category_and_history(sc: Api) -> None:
    m = sc.models
    hay = await sc.run(sc.client.inventory.items.retrieve(1))

    assert isinstance(hay, m.ItemDetail)
    assert (hay.id, hay.sku, hay.quantity) == (1, "HAY-001", 40)
    assert isinstance(hay.category, m.Category)
    assert (hay.category.id, hay.category.name, hay.category.children) == (2, "Hay", [])
    assert hay.category.description is None and "description" in hay.category.model_fields_set
    assert [(h.at, h.change, h.reason) for h in hay.history] == [
        (dt.datetime(2024, 1, 15, 9, 30, tzinfo=UTC), 50, "initial stock"),
        (dt.datetime(2024, 2, 1, 10, 0, tzinfo=UTC), -10, "sold"),
    ]
    assert all(isinstance(h, m.History) for h in hay.history)

    seed = await sc.run(sc.client.inventory.items.retrieve(2))
    assert seed.history[0].reason is None and "reason" not in seed.history[0].model_fields_set
    assert seed.category.name == "Seeds"
    assert "description" not in seed.category.model_fields_set


async def test_get_item_not_found(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.inventory.items.retrieve(99))

    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, sc.models.Error)
    assert (caught.value.body.code, caught.value.body.message) == (404, "item 99 not found")


async def test_get_item_label_returns_text(sc: Api) -> None:
    hay = await sc.run(sc.client.inventory.items.label(1))
    ball = await sc.run(sc.client.inventory.items.label(3))

    assert isinstance(hay, str)
    assert hay == "HAY-001 | Hay bale | 12.50 EUR"
    assert ball == "BALL-003 | Chew ball | 3.99 USD"


async def test_get_item_label_not_found_is_json(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.inventory.items.label(42))

    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.message == "item 42 not found"


async def test_get_item_from_future_is_forward_compatible(sc: Api) -> None:
    m = sc.models
    item = await sc.run(sc.client.inventory.items.future(1))

    assert isinstance(item, m.Item)
    assert (item.id, item.sku, item.quantity) == (1, "HAY-001", 40)
    # An enum value this SDK does not know yet: kept, as a member of the enum.
    assert isinstance(item.status, m.ItemStatus)
    assert item.status.value == "discontinued"
    assert item.status == "discontinued"
    assert item.status not in (m.ItemStatus.AVAILABLE, m.ItemStatus.RESERVED, m.ItemStatus.SOLD_OUT)
    # Properties the spec does not declare: kept in model_extra.
    assert item.model_extra == {
        "warranty": {"months": 24, "provider": "ZooCare"},
        "eco_score": "A+",
    }
    assert isinstance(item.price, m.Money)
    assert (item.price.amount, item.price.currency) == (12.5, m.CurrencyCode.EUR)
    assert item.price.model_extra == {"tax_rate": 0.2}


async def test_list_items_by_sku_is_a_dict_of_models(sc: Api) -> None:
    by_sku = await sc.run(sc.client.inventory.by_sku.list())

    assert isinstance(by_sku, dict)
    assert list(by_sku) == ["HAY-001", "SEED-002", "BALL-003"]
    assert all(isinstance(item, sc.models.Item) for item in by_sku.values())
    assert [item.id for item in by_sku.values()] == [1, 2, 3]
    assert by_sku["SEED-002"].quantity == 120
    assert by_sku["BALL-003"].status is sc.models.ItemStatus.SOLD_OUT


@pytest.mark.parametrize(
    ("warehouse", "item_id", "quantity", "counted"),
    [
        ("north", 2, 120, dt.datetime(2024, 6, 30, 18, 0, tzinfo=UTC)),
        ("south", 1, 15, dt.datetime(2024, 6, 29, 18, 0, tzinfo=UTC)),
        ("east", 2, 0, dt.datetime(2024, 6, 28, 18, 0, tzinfo=UTC)),
    ],
)
async def test_get_warehouse_stock(
    sc: Api, warehouse: str, item_id: int, quantity: int, counted: dt.datetime
) -> None:
    stock = await sc.run(sc.client.inventory.warehouses.items.retrieve(warehouse, item_id))

    assert isinstance(stock, sc.models.GetWarehouseStockResponse)
    assert (stock.warehouse_code, stock.item_id, stock.quantity) == (warehouse, item_id, quantity)
    assert stock.last_counted_at == counted


@pytest.mark.parametrize(
    ("warehouse", "item_id", "message"),
    [("west", 1, "warehouse west not found"), ("north", 99, "item 99 not found")],
)
async def test_get_warehouse_stock_not_found(
    sc: Api, warehouse: str, item_id: int, message: str
) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.inventory.warehouses.items.retrieve(warehouse, item_id))

    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.message == message


async def test_get_categories_recursive(sc: Api) -> None:
    m = sc.models
    food, equipment = await sc.run(sc.client.inventory.categories.list())

    def tree(category: object) -> object:
        assert isinstance(category, m.Category)
        return (category.id, category.name, [tree(c) for c in category.children or []])

    assert tree(food) == (1, "Food", [(2, "Hay", []), (3, "Seeds", [])])
    assert tree(equipment) == (4, "Equipment", [(5, "Toys", [(6, "Balls", [])])])
    assert food.description == "Animal food."
    assert equipment.description is None and "description" in equipment.model_fields_set
    toys = equipment.children[0]
    assert "description" not in toys.model_fields_set
    assert toys.children[0].children == []


async def test_get_tour_is_a_client_method_with_a_linked_list(sc: Api) -> None:
    m = sc.models
    tour = await sc.run(sc.client.tours.retrieve(1))

    assert isinstance(tour, m.Tour)
    assert (tour.id, tour.title) == (1, "Morning tour")
    stops = []
    stop = tour.first_stop
    while stop is not None:
        assert isinstance(stop, m.TourStop)
        stops.append((stop.name, stop.duration_minutes))
        last, stop = stop, stop.next
    # The last stop has no `duration_minutes` (default 10) and no `next`.
    assert stops == [("Entrance", 5), ("Cat House", 15), ("Aviary", 20), ("Exit", 10)]
    assert "duration_minutes" not in last.model_fields_set
    assert "next" not in last.model_fields_set

    quick = await sc.run(sc.client.tours.retrieve(2))
    assert (quick.first_stop.name, quick.first_stop.next) == ("Dog Run", None)


async def test_get_tour_not_found(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.tours.retrieve(99))

    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.message == "tour 99 not found"


# ---- changes (fresh seed per test) ------------------------------------------


async def test_create_item_with_model(sc_rw: Api) -> None:
    m = sc_rw.models
    before = dt.datetime.now(UTC).replace(microsecond=0)
    item = await sc_rw.run(
        sc_rw.client.inventory.items.create(
            body=m.NewItem(
                sku="MAT-004",
                name="Mat",
                price=m.Money(amount=9.99, currency=m.CurrencyCode.GBP),
                restock_date=None,
            )
        )
    )

    assert isinstance(item, m.Item)
    assert (item.id, item.sku, item.name) == (4, "MAT-004", "Mat")
    assert (item.price.amount, item.price.currency) == (9.99, m.CurrencyCode.GBP)
    # Server defaults for what the SDK did not send.
    assert item.quantity == 0
    assert item.status is m.ItemStatus.AVAILABLE
    assert item.unit is m.ItemUnit.PIECE
    assert item.priority is m.ItemPriority.VALUE_2
    # restock_date is required and nullable: sent as null, answered as null.
    assert item.restock_date is None and "restock_date" in item.model_fields_set
    # description was not set, so not sent, so not in the answer.
    assert "description" not in item.model_fields_set
    assert item.created_at.tzinfo is not None
    assert (
        before - dt.timedelta(seconds=5)
        <= item.created_at
        <= dt.datetime.now(UTC) + dt.timedelta(seconds=5)
    )


async def test_create_item_with_dict(sc_rw: Api) -> None:
    m = sc_rw.models
    item = await sc_rw.run(
        sc_rw.client.inventory.items.create(
            body={
                "sku": "ROPE-005",
                "name": "Rope toy",
                "description": None,
                "price": {"amount": 5.0, "currency": "EUR"},
                "quantity": 3,
                "status": "reserved",
                "unit": "litre",
                "priority": 3,
                "restock_date": "2024-10-01",
                "dimensions": {"width_cm": 1.5, "height_cm": 2.0},
                "stock_by_warehouse": {"east": 3},
                "metadata": {"colour": "red", "sizes": [1, 2]},
                "tags": ["toy"],
                "category_id": 5,
                "external_id": "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
                "supplier_email": "toys@example.org",
                "homepage": "https://toys.example/rope",
                "thumbnail": "Uk9QRQ==",
            }
        )
    )

    assert (item.id, item.sku, item.quantity) == (4, "ROPE-005", 3)
    assert item.description is None and "description" in item.model_fields_set
    assert item.status is m.ItemStatus.RESERVED
    assert item.unit is m.ItemUnit.LITRE
    assert item.priority is m.ItemPriority.VALUE_3
    assert item.restock_date == dt.date(2024, 10, 1)
    assert (item.dimensions.width_cm, item.dimensions.height_cm) == (1.5, 2.0)
    assert "depth_cm" not in item.dimensions.model_fields_set
    assert item.stock_by_warehouse == {"east": 3}
    assert item.metadata == {"colour": "red", "sizes": [1, 2]}
    assert item.external_id == UUID("9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d")
    assert item.thumbnail == "Uk9QRQ=="
    detail = await sc_rw.run(sc_rw.client.inventory.items.retrieve(4))
    assert detail.category.name == "Toys"
    assert [(h.change, h.reason) for h in detail.history] == [(3, "created")]


async def test_create_item_idempotency_key_header(sc_rw: Api) -> None:
    m = sc_rw.models

    def new(sku: str) -> object:
        return m.NewItem(
            sku=sku, name="Brush", price=m.Money(amount=2.5, currency="EUR"), restock_date=None
        )

    first = await sc_rw.run(
        sc_rw.client.inventory.items.create(body=new("BRUSH-1"), idempotency_key="key-1")
    )
    again = await sc_rw.run(
        sc_rw.client.inventory.items.create(body=new("BRUSH-2"), idempotency_key="key-1")
    )
    other = await sc_rw.run(
        sc_rw.client.inventory.items.create(body=new("BRUSH-3"), idempotency_key="key-2")
    )

    assert (first.id, first.sku) == (4, "BRUSH-1")
    assert (again.id, again.sku) == (4, "BRUSH-1")  # the same key: the first item, not a new one
    assert (other.id, other.sku) == (5, "BRUSH-3")


async def test_create_item_conflict(sc_rw: Api) -> None:
    m = sc_rw.models
    with pytest.raises(sc_rw.errors.ConflictError) as caught:
        await sc_rw.run(
            sc_rw.client.inventory.items.create(
                body=m.NewItem(
                    sku="HAY-001",
                    name="Hay",
                    price=m.Money(amount=1, currency="EUR"),
                    restock_date=None,
                )
            )
        )

    error = caught.value
    assert error.status_code == 409
    assert isinstance(error.body, m.Error)
    assert (error.body.code, error.body.message) == (409, "an item with sku HAY-001 already exists")


async def test_create_item_validation_error(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.UnprocessableEntityError) as caught:
        await sc_rw.run(
            sc_rw.client.inventory.items.create(
                body={
                    "sku": "BAD-1",
                    "name": "Bad",
                    "price": {"amount": 1.0, "currency": "EUR"},
                    "restock_date": None,
                    "quantity": -5,
                }
            )
        )

    assert caught.value.status_code == 422
    assert isinstance(caught.value.body, sc_rw.models.ValidationError)
    assert [(e.loc, e.type) for e in caught.value.body.errors] == [
        (["body", "quantity"], "minimum")
    ]


async def test_update_item_sends_only_the_fields_set(sc_rw: Api) -> None:
    m = sc_rw.models
    item = await sc_rw.run(
        sc_rw.client.inventory.items.update(1, body=m.UpdateItemBody(name="Big hay bale"))
    )

    assert isinstance(item, m.Item)
    assert item.name == "Big hay bale"
    # Not sent, so not changed (a null description would have cleared it).
    assert item.description == "Timothy hay, 20 kg bale."
    assert item.quantity == 40
    assert item.tags == ["food", "bulk"]
    assert item.model_extra == {}  # an Item, no history


async def test_update_item_null_clears_and_quantity_adds_history(sc_rw: Api) -> None:
    m = sc_rw.models
    item = await sc_rw.run(
        sc_rw.client.inventory.items.update(
            1,
            body=m.UpdateItemBody(
                description=None,
                quantity=35,
                status=m.ItemStatus.RESERVED,
                price=m.Money(amount=13.0, currency=m.CurrencyCode.EUR),
                tags=[],
            ),
        )
    )

    assert item.description is None and "description" in item.model_fields_set
    assert item.quantity == 35
    assert item.status is m.ItemStatus.RESERVED
    assert item.price.amount == 13.0
    assert item.tags == []
    detail = await sc_rw.run(sc_rw.client.inventory.items.retrieve(1))
    assert [(h.change, h.reason) for h in detail.history] == [
        (50, "initial stock"),
        (-10, "sold"),
        (-5, "adjusted"),
    ]


async def test_update_item_with_dict(sc_rw: Api) -> None:
    unchanged = await sc_rw.run(sc_rw.client.inventory.items.update(2, body={}))
    renamed = await sc_rw.run(
        sc_rw.client.inventory.items.update(2, body={"name": "Seed mix", "description": "Mixed."})
    )

    assert (unchanged.name, unchanged.description, unchanged.quantity) == (
        "Bird seed mix",
        None,
        120,
    )
    assert (renamed.name, renamed.description, renamed.quantity) == ("Seed mix", "Mixed.", 120)


async def test_update_item_validation_error(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.UnprocessableEntityError) as caught:
        await sc_rw.run(
            sc_rw.client.inventory.items.update(1, body=sc_rw.models.UpdateItemBody(quantity=-1))
        )

    error = caught.value
    assert error.status_code == 422
    assert isinstance(error.body, sc_rw.models.ValidationError)
    assert error.body.message == "request body is invalid"
    assert [(e.loc, e.type) for e in error.body.errors] == [(["body", "quantity"], "minimum")]


async def test_update_item_not_found(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.NotFoundError) as caught:
        await sc_rw.run(sc_rw.client.inventory.items.update(99, body={}))

    assert isinstance(caught.value.body, sc_rw.models.Error)
    assert caught.value.body.message == "item 99 not found"


async def test_delete_item_returns_none(sc_rw: Api) -> None:
    result = await sc_rw.run(sc_rw.client.inventory.items.delete(3))

    assert result is None
    page = await sc_rw.run(sc_rw.client.inventory.items.list())
    assert [i.id for i in page.items] == [1, 2]
    with pytest.raises(sc_rw.errors.NotFoundError) as caught:
        await sc_rw.run(sc_rw.client.inventory.items.delete(3))
    assert isinstance(caught.value.body, sc_rw.models.Error)
    assert (caught.value.body.code, caught.value.body.message) == (404, "item 3 not found")
