"""What the request types accept reaches the server as the spec says, live, sync and async.

The SDK of the request_types construct calls a server on 127.0.0.1 that answers the query
string and body it received: an object query parameter given as a dict goes by its style
(deepObject `created[gte]=1`, exploded form `start=a&end=b`), as a model does; an enum's
value inside a union, a tuple of models for a list and the extra keys of an object that
allows them are sent in the JSON body.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.cli import main
from tests.e2e.conftest import Api
from tests.helpers import ROOT
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

PACKAGE = "request_types_live"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    out = tmp_path_factory.mktemp("request_types") / "sdk"
    spec = ROOT / "tests" / "constructs" / "request_types.yaml"
    assert main(["generate", str(spec), "-o", str(out), "--package", PACKAGE, "-q"]) == 0
    sys.path.insert(0, str(out))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(out))
        for name in [name for name in sys.modules if name.split(".")[0] == PACKAGE]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def seen_url() -> Iterator[str]:
    async def seen(request: Request) -> Response:
        raw = await request.body()
        return JSONResponse({"query": request.url.query, "body": raw.decode("utf-8")})

    with serve(Starlette(routes=[Route("/charges", seen, methods=["GET", "POST"])])) as base:
        yield base


@pytest.fixture(params=["sync", "async"])
async def api(request: pytest.FixtureRequest, package: ModuleType, seen_url: str) -> Any:
    made = Api(package, request.param == "async", seen_url)
    try:
        yield made
    finally:
        await made.aclose()


async def test_a_dict_for_a_query_object_goes_by_its_style(api: Api) -> None:
    seen = await api.run(
        api.client.charges.list(
            created={"gte": 1700000000, "lt": 1800000000}, window={"start": "a", "end": "b"}
        )
    )
    assert parse_qsl(seen.query) == [
        ("created[gte]", "1700000000"),  # deepObject
        ("created[lt]", "1800000000"),
        ("start", "a"),  # form, exploded: the properties are parameters of their own
        ("end", "b"),
    ]


async def test_a_model_for_a_query_object_is_sent_the_same_way(api: Api) -> None:
    seen = await api.run(api.client.charges.list(created=api.models.RangeQuery(gte=1, lt=2)))
    assert parse_qsl(seen.query) == [("created[gte]", "1"), ("created[lt]", "2")]


async def test_what_the_types_accept_is_sent_in_the_body(api: Api) -> None:
    line = api.models.LineItem(price="p_1", quantity=2)
    seen = await api.run(
        api.client.charges.create(
            amount=100,
            currency="eur",
            tool_choice="auto",
            fallback_choice={"name": "f"},
            line_items=(line, {"price": "p_2"}),
            metadata={"source": "web", "order": "7"},
        )
    )
    assert json.loads(seen.body) == {
        "amount": 100,
        "currency": "eur",
        "tool_choice": "auto",
        "fallback_choice": {"name": "f"},
        "line_items": [{"price": "p_1", "quantity": 2}, {"price": "p_2"}],
        "metadata": {"source": "web", "order": "7"},
    }


async def test_a_required_key_left_out_is_refused_before_sending(api: Api) -> None:
    # the one signature leaves the keys optional to type checkers: the run time asks for them
    with pytest.raises(api.errors.InvalidRequestError, match="currency"):
        await api.run(api.client.charges.create(amount=100))
