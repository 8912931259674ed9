"""Error bodies typed by their class, live, sync and async (tests/constructs/shared_error_model).

Every error of the API is an `ErrorResponse` (`{"error": {"code", "message"}}`): the error
classes' `body` is one whatever the status, declared by the operation (402, `default`,
`4XX`) or not (a 503 of an operation that declares only `4XX`), and whatever came: the
model, a part of it, or a proxy's HTML page (a blank model: its fields None). A declared
402 raises a class of its own, `PaymentRequiredError`.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from tests.helpers import imported_sdk
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

SPEC = Path(__file__).parents[1] / "constructs" / "shared_error_model.yaml"
DECLINED = {"error": {"code": "card_declined", "message": "Your card was declined."}}


def _app() -> Starlette:
    async def create(request: Request) -> Response:
        amount = (await request.json())["amount"]
        if amount == 1:
            return JSONResponse(DECLINED, status_code=402)
        if amount == 2:  # a proxy's page, not the API's
            return Response("<html>Bad gateway</html>", status_code=502, media_type="text/html")
        if amount == 3:  # the model, but for a field: read leniently
            return JSONResponse({"error": {"code": "amount_too_small"}}, status_code=400)
        return JSONResponse({"id": "ch_1", "amount": amount}, status_code=201)

    async def retrieve(request: Request) -> Response:
        if request.path_params["id"] == "busy":  # a 5xx this operation does not declare
            return JSONResponse(
                {"error": {"code": "busy", "message": "Try later."}}, status_code=503
            )
        return JSONResponse(
            {"error": {"code": "no_such_charge", "message": "No such charge."}}, status_code=404
        )

    return Starlette(
        routes=[
            Route("/v1/charges", create, methods=["POST"]),
            Route("/v1/charges/{id}", retrieve, methods=["GET"]),
        ]
    )


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    with imported_sdk(tmp_path_factory.mktemp("typed_errors"), spec, "typed_errors_sdk") as (
        package,
        warnings,
    ):
        assert warnings == []
        yield package


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with serve(_app()) as base:
        yield base + "/v1"


async def _error(
    sdk: ModuleType, url: str, mode: str, call: str, *args: Any, strict: bool = False, **kwargs: Any
) -> Any:
    """The error a call raises, with the sync or the async client."""
    cls = sdk.AsyncClient if mode == "async" else sdk.Client
    client = cls(base_url=url, max_retries=0, strict_response_validation=strict)
    method = client.charges.create if call == "create" else client.charges.retrieve
    with pytest.raises(sdk.errors.APIStatusError) as raised:
        result = method(*args, **kwargs)
        if inspect.isawaitable(result):
            await result
    if mode == "async":
        await client.close()
    else:
        client.close()
    return raised.value


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_declared_402_has_its_class_and_its_model(
    sdk: ModuleType, url: str, mode: str
) -> None:
    error = await _error(sdk, url, mode, "create", amount=1)
    assert type(error) is sdk.errors.PaymentRequiredError
    assert isinstance(error.body, sdk.models.ErrorResponse)
    assert (error.body.error.code, error.body.error.message) == (
        "card_declined",
        "Your card was declined.",
    )


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_status_the_operation_does_not_declare_is_read_as_the_apis_model(
    sdk: ModuleType, url: str, mode: str
) -> None:
    error = await _error(sdk, url, mode, "retrieve", "busy")
    assert type(error) is sdk.errors.InternalServerError
    assert isinstance(error.body, sdk.models.ErrorResponse) and error.body.error.code == "busy"
    error = await _error(sdk, url, mode, "retrieve", "ch_404")
    assert type(error) is sdk.errors.NotFoundError and error.body.error.code == "no_such_charge"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_a_body_that_is_not_the_model_is_a_blank_one(
    sdk: ModuleType, url: str, mode: str
) -> None:
    error = await _error(sdk, url, mode, "create", amount=2)
    assert type(error) is sdk.errors.InternalServerError
    assert isinstance(error.body, sdk.models.ErrorResponse)
    assert isinstance(error.body.error, sdk.models.ErrorDetail) and error.body.error.code is None
    assert error.response.text == "<html>Bad gateway</html>"  # what came, as it came
    partial = await _error(sdk, url, mode, "create", amount=3)
    assert type(partial) is sdk.errors.BadRequestError
    assert (partial.body.error.code, partial.body.error.message) == ("amount_too_small", None)


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_strict_validation_keeps_the_body_typed(sdk: ModuleType, url: str, mode: str) -> None:
    error = await _error(sdk, url, mode, "create", amount=2, strict=True)
    assert type(error) is sdk.errors.InternalServerError
    assert isinstance(error.body, sdk.models.ErrorResponse) and error.body.error.code is None
