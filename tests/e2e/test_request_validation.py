"""Request bodies checked against the API description, and what a caller can do about it.

A value that does not fit the request model is the SDK's `InvalidRequestError` (also a
ValueError) naming the argument and the path inside it, never its value, and nothing is
sent. `extra_body` keys are sent as given, never checked; `validate_requests=False` (per
client, or in `with_options`) sends every value as given, for an API whose spec mistypes
a field. Live against an app that echoes the request (tests/servers/echo_app.py).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import pydantic
import pytest
import relay
import showcase

from tests.e2e.conftest import Api


@pytest.fixture
async def echo(mode: str, echo_server: tuple[str, list[dict[str, Any]]]) -> AsyncIterator[Api]:
    """relay clients (with an API key) pointed at the echo app."""
    api = Api(relay, mode == "async", echo_server[0])
    try:
        yield api
    finally:
        await api.aclose()


def _sent_body(received: list[dict[str, Any]]) -> Any:
    (request,) = received
    return json.loads(request["body"])


async def _invalid(api: Api, call: Callable[[], Any]) -> relay.InvalidRequestError:
    """The InvalidRequestError `call()` raises (sync: at once; async: when awaited)."""
    with pytest.raises(api.errors.InvalidRequestError) as caught:
        await api.run(call())
    error = caught.value
    assert isinstance(error, ValueError) and isinstance(error, api.errors.APIError)
    assert not isinstance(error, pydantic.ValidationError)
    assert error.__cause__ is None and error.__suppress_context__
    return error


async def test_a_keyword_that_does_not_fit_names_the_argument(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    error = await _invalid(
        echo, lambda: echo.client.payments.create(amount="twelve", currency="EUR")
    )
    message = str(error)
    assert "amount: Input should be a valid integer" in message
    assert "twelve" not in message  # the value is the caller's data: not repeated
    assert "validate_requests=False" in message
    assert received == []  # nothing was sent


async def test_a_whole_body_that_does_not_fit_names_body_and_the_path(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    error = await _invalid(
        echo, lambda: echo.client.payments.create(body={"amount": [1], "currency": "EUR"})
    )
    assert "body.amount: Input should be a valid integer" in str(error)
    assert received == []


async def test_a_missing_required_key_is_named(echo: Api, received: list[dict[str, Any]]) -> None:
    error = await _invalid(echo, lambda: echo.client.payments.create(currency="EUR"))
    assert "amount: Field required" in str(error)
    assert received == []


async def test_the_path_inside_a_nested_keyword_is_named(
    mode: str, echo_server: tuple[str, list[dict[str, Any]]], received: list[dict[str, Any]]
) -> None:
    """showcase's ticket: `price` is a Money model, `class` is the keyword `class_`."""
    api = Api(showcase, mode == "async", echo_server[0])
    try:
        error = await _invalid(
            api,
            lambda: api.client.tickets.create(
                id="T-1",
                class_="adult",
                from_="2026-01-01",
                price={"amount": {"not": "a number"}, "currency": "EUR"},
            ),
        )
        assert "price.amount:" in str(error)
        error = await _invalid(
            api, lambda: api.client.tickets.create(id="T-1", class_=["adult"], from_="2026-01-01")
        )
        assert "class_:" in str(error)  # the keyword, not the wire name `class`
    finally:
        await api.aclose()
    assert received == []


async def test_extra_body_keys_are_sent_as_given(echo: Api, received: list[dict[str, Any]]) -> None:
    """Even a key the model declares: `amount` as a string, where the model says integer
    (checked, "5" would be sent as 5); and a required key given only there is given."""
    await echo.run(
        echo.client.payments.create(
            amount=1, currency="EUR", extra_body={"amount": "5", "note": {"x": [1]}}
        )
    )
    assert _sent_body(received) == {"amount": "5", "currency": "EUR", "note": {"x": [1]}}
    received.clear()
    await echo.run(echo.client.payments.create(currency="EUR", extra_body={"amount": "7"}))
    assert _sent_body(received) == {"currency": "EUR", "amount": "7"}


async def test_checked_values_are_sent_as_the_model_reads_them(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    await echo.run(echo.client.payments.create(amount="12", currency="EUR"))
    assert _sent_body(received) == {"amount": 12, "currency": "EUR"}


async def test_validate_requests_false_sends_values_as_given(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    client = echo.new(validate_requests=False)
    await echo.run(client.payments.create(amount="twelve", currency="EUR"))
    assert _sent_body(received) == {"amount": "twelve", "currency": "EUR"}
    received.clear()
    # a nested model the spec says needs a server-set field: sent without it
    await echo.run(client.payments.create(body={"currency": "EUR", "amount": "12"}))
    assert _sent_body(received) == {"currency": "EUR", "amount": "12"}


async def test_with_options_turns_validation_off_for_the_copy_only(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    loose = echo.client.with_options(validate_requests=False)
    await echo.run(loose.payments.create(amount="twelve", currency="EUR"))
    assert _sent_body(received) == {"amount": "twelve", "currency": "EUR"}
    received.clear()
    await _invalid(echo, lambda: echo.client.payments.create(amount="twelve", currency="EUR"))
    strict = loose.with_options(validate_requests=True)
    await _invalid(echo, lambda: strict.payments.create(amount="twelve", currency="EUR"))
    assert received == []


async def test_validate_requests_must_be_a_bool(echo: Api) -> None:
    with pytest.raises(TypeError, match=r"^validate_requests must be True or False"):
        echo.new(validate_requests="no")
    with pytest.raises(TypeError, match=r"^validate_requests must be True or False"):
        echo.client.with_options(validate_requests=None)


async def test_an_undeclared_body_that_is_no_json_is_an_invalid_request(
    echo: Api, received: list[dict[str, Any]]
) -> None:
    error = await _invalid(echo, lambda: echo.client.post("/anything", body={"when": object()}))
    assert "cannot be sent as JSON" in str(error)
    assert received == []
