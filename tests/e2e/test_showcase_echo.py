"""How the showcase SDK serialises requests, checked through the echo operations
(`echoGet`, `echoPost`), which report what the server received."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from uuid import UUID

import pytest

from tests.e2e.conftest import Api

UTC = dt.UTC
ISO_8601_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?")


def multi(query: list[list[str]]) -> dict[str, list[str]]:
    """The echoed query items as name -> values (values in the order they were sent)."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, value in query:
        out[name].append(value)
    return dict(out)


async def test_echo_get_every_parameter_location(sc: Api) -> None:
    m = sc.models
    since = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    echo = await sc.run(
        sc.client.diagnostics.echo.retrieve(
            42,
            x_trace_id="trace-1",
            count=3,
            flag=True,
            mode=m.EchoGetMode.EXTRA_SAFE,
            since=since,
            tag=["a b", "c"],
            ids=[1, 2],
            x_retry_count=2,
            session_id="s1",
            locale="en-GB",
        )
    )

    assert isinstance(echo, m.EchoResponse)
    assert echo.method == "GET"
    assert echo.path == "/v1/echo/42"
    query = multi(echo.query)
    assert set(query) == {"count", "flag", "mode", "since", "tag", "ids"}
    assert query["count"] == ["3"]
    assert query["flag"] == ["true"]
    assert query["mode"] == ["extra-safe"]
    assert query["tag"] == ["a b", "c"]  # explode: true -> tag=a+b&tag=c
    assert query["ids"] == ["1,2"]  # explode: false -> ids=1,2 (once)
    assert len(query["since"]) == 1
    assert ISO_8601_DATETIME.fullmatch(query["since"][0])
    assert dt.datetime.fromisoformat(query["since"][0]) == since
    assert echo.raw_query.count("tag=") == 2
    assert echo.raw_query.count("ids=") == 1
    assert echo.headers == {"x-trace-id": "trace-1", "x-retry-count": "2"}
    assert echo.cookies == {"session_id": "s1", "locale": "en-GB"}
    assert echo.content_type is None
    assert echo.body is None and "body" in echo.model_fields_set


async def test_echo_get_sends_nothing_that_was_not_given(sc: Api) -> None:
    echo = await sc.run(sc.client.diagnostics.echo.retrieve(7, x_trace_id="t"))

    assert echo.path == "/v1/echo/7"
    assert echo.raw_query == ""
    assert echo.query == []
    assert echo.headers == {"x-trace-id": "t"}
    assert echo.cookies == {}
    assert echo.body is None


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"flag": True}, [["flag", "true"]]),
        ({"flag": False}, [["flag", "false"]]),
        ({"count": 0}, [["count", "0"]]),
        ({"count": -12}, [["count", "-12"]]),
        ({"mode": "slow"}, [["mode", "slow"]]),
        ({"tag": ["only"]}, [["tag", "only"]]),
        ({"tag": ["x", "y", "x"]}, [["tag", "x"], ["tag", "y"], ["tag", "x"]]),
        ({"tag": ["a,b"]}, [["tag", "a,b"]]),
        ({"tag": ["&=?#"]}, [["tag", "&=?#"]]),
        ({"ids": [5]}, [["ids", "5"]]),
        ({"ids": [3, 2, 1]}, [["ids", "3,2,1"]]),
    ],
    ids=lambda value: repr(value) if isinstance(value, dict) else "sent",
)
async def test_echo_get_query_serialisation(
    sc: Api, kwargs: dict[str, object], expected: list[list[str]]
) -> None:
    if "mode" in kwargs:
        kwargs = {**kwargs, "mode": sc.models.EchoGetMode(kwargs["mode"])}
    echo = await sc.run(sc.client.diagnostics.echo.retrieve(1, x_trace_id="t", **kwargs))

    assert echo.query == expected


@pytest.mark.parametrize(
    "since",
    [
        dt.datetime(2024, 12, 31, 23, 59, 58, tzinfo=UTC),
        dt.datetime(2024, 1, 2, 3, 4, 5, 678000, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        dt.datetime(2030, 6, 1, 12, 0, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
    ],
    ids=["utc", "negative-offset-with-fraction", "half-hour-offset"],
)
async def test_echo_get_date_time_is_iso_8601(sc: Api, since: dt.datetime) -> None:
    echo = await sc.run(sc.client.diagnostics.echo.retrieve(1, x_trace_id="t", since=since))

    [[name, value]] = echo.query
    assert name == "since"
    assert ISO_8601_DATETIME.fullmatch(value), value
    assert dt.datetime.fromisoformat(value) == since


async def test_path_parameters_are_percent_encoded(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.tickets.retrieve("T 1?x=ü#"))

    # The whole value reached the server as the path parameter.
    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.message == "ticket T 1?x=ü# not found"


# ---- echoPost: JSON bodies -------------------------------------------------


async def test_echo_post_sends_wire_names_and_only_set_fields(sc: Api) -> None:
    m = sc.models
    when = dt.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    payload = m.EchoPayload(
        message="hello",
        note=None,
        count=2,
        ratio=0.25,
        enabled=False,
        when=when,
        day=dt.date(2024, 5, 6),
        at=dt.time(7, 8, 9),
        data="aGk=",
        size=m.SizeClass.VALUE_3,
        status=m.ItemStatus.SOLD_OUT,
        keeper=m.Keeper(
            first_name="Eve",
            last_name="Polastri",
            email="eve@zoo.example",
            field_2fa_enabled=True,
            x_rate=10.5,
            contact=m.EmailContact(email="eve@home.example"),
            expertise=[m.AnimalKind.BIRD],
        ),
        ticket=m.Ticket(
            id="T-9",
            class_=m.TicketClass.CHILD,
            from_=dt.date(2024, 1, 2),
            import_=True,
            list_=["a"],
            str_="s",
            json_={"k": "v"},
            model_config_="mc",
        ),
        item=m.NewItem(
            sku="X-1",
            name="X",
            price=m.Money(amount=1.5, currency=m.CurrencyCode.USD),
            restock_date=None,
        ),
        price=m.Money(amount=3.25, currency=m.CurrencyCode.GBP),
        tags=["x", "y"],
        counters={"a": 1},
        extra={"nested": {"list": [1, "two", None]}},
    )
    echo = await sc.run(
        sc.client.diagnostics.echo.create(
            body=payload, dry_run=True, x_trace_id="p-1", session_id="s2"
        )
    )

    assert echo.method == "POST"
    assert echo.path == "/v1/echo"
    assert echo.query == [["dry_run", "true"]]
    assert echo.headers == {"x-trace-id": "p-1"}
    assert echo.cookies == {"session_id": "s2"}
    assert echo.content_type is not None and echo.content_type.startswith("application/json")
    body = dict(echo.body)
    sent_when = body.pop("when")
    assert ISO_8601_DATETIME.fullmatch(sent_when) and dt.datetime.fromisoformat(sent_when) == when
    assert body == {
        "message": "hello",
        "note": None,  # set to None: sent as null
        "count": 2,
        "ratio": 0.25,
        "enabled": False,
        "day": "2024-05-06",
        "at": "07:08:09",
        "data": "aGk=",
        "size": 3,
        "status": "sold_out",
        # Wire names, and none of the defaults (@type, 2fa_enabled...) that were not set.
        "keeper": {
            "first-name": "Eve",
            "last-name": "Polastri",
            "email": "eve@zoo.example",
            "2fa_enabled": True,
            "X-Rate": 10.5,
            "contact": {"email": "eve@home.example"},
            "expertise": ["bird"],
        },
        "ticket": {
            "id": "T-9",
            "class": "child",
            "from": "2024-01-02",
            "import": True,
            "list": ["a"],
            "str": "s",
            "json": {"k": "v"},
            "model_config": "mc",
        },
        "item": {
            "sku": "X-1",
            "name": "X",
            "price": {"amount": 1.5, "currency": "USD"},
            "restock_date": None,
        },
        "price": {"amount": 3.25, "currency": "GBP"},
        "tags": ["x", "y"],
        "counters": {"a": 1},
        "extra": {"nested": {"list": [1, "two", None]}},
    }


async def test_echo_post_minimal_model_sends_only_the_required_field(sc: Api) -> None:
    echo = await sc.run(
        sc.client.diagnostics.echo.create(body=sc.models.EchoPayload(message="only"))
    )

    assert echo.body == {"message": "only"}
    assert echo.query == []
    assert echo.headers == {}
    assert echo.cookies == {}


async def test_echo_post_with_dict_of_wire_names(sc: Api) -> None:
    sent = {
        "message": "dict",
        "note": None,
        "keeper": {
            "first-name": "Kim",
            "email": "kim@zoo.example",
            "@type": "Intern",
            "X-Rate": 9.0,
        },
        "ticket": {"id": "T-1", "class": "adult", "from": "2024-03-04", "until": None},
        "counters": {"z": 26},
    }
    echo = await sc.run(sc.client.diagnostics.echo.create(body=sent))

    assert echo.body == sent


async def test_echo_post_tagged_union_in_a_request(sc: Api) -> None:
    m = sc.models
    dog_id = UUID("00000000-0000-4000-8000-00000000d0d0")
    payload = m.EchoPayload(
        message="union",
        animal=m.Dog(
            id=dog_id, name="Rex", size=m.SizeClass.VALUE_2, kind=m.DogKind.DOG, breed="Beagle"
        ),
    )
    echo = await sc.run(sc.client.diagnostics.echo.create(body=payload))

    assert echo.body == {
        "message": "union",
        "animal": {"id": str(dog_id), "name": "Rex", "size": 2, "kind": "dog", "breed": "Beagle"},
    }


async def test_echo_post_tagged_union_from_a_dict(sc: Api) -> None:
    sent = {
        "message": "union",
        "animal": {
            "id": "00000000-0000-4000-8000-00000000ca75",
            "kind": "cat",
            "name": "Mog",
            "size": 1,
            "indoor": False,
        },
    }
    echo = await sc.run(sc.client.diagnostics.echo.create(body=sent))

    assert echo.body == sent


async def test_echo_post_validation_error(sc: Api) -> None:
    # The nested keeper's email has no `@`: the server refuses it, the SDK reports why.
    with pytest.raises(sc.errors.UnprocessableEntityError) as caught:
        await sc.run(
            sc.client.diagnostics.echo.create(
                body={"message": "bad", "keeper": {"first-name": "Zed", "email": "no-at-sign"}}
            )
        )

    assert caught.value.status_code == 422
    assert isinstance(caught.value.body, sc.models.ValidationError)
    assert [(e.loc, e.type) for e in caught.value.body.errors] == [
        (["body", "keeper", "email"], "format")
    ]
