"""The test kit every SDK carries (`<sdk>.testing`): a user's code tested without a network.

`code_under_test` stands for the user's own function: it takes a client and calls the API.
Each test drives it, sync and async, through `MockAPI` only, as an SDK user would.
"""

from __future__ import annotations

import inspect
from typing import Any

import httpx
import pytest
from petstore import errors, models
from petstore.testing import MockAPI, MockAPIError

MODES = ["sync", "async"]


async def _settle(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


async def names_of_pets(client: Any, limit: int) -> list[str]:
    """The user's code under test: the names of the first `limit` pets."""
    page = await _settle(client.pets.list(limit=limit))
    return [pet.name for pet in page.items] if hasattr(page, "items") else [p.name for p in page]


def _client(api: MockAPI, mode: str, **arguments: Any) -> Any:
    return api.client(**arguments) if mode == "sync" else api.async_client(**arguments)


@pytest.mark.parametrize("mode", MODES)
async def test_typed_answers_reach_the_code_under_test_and_calls_are_recorded(mode: str) -> None:
    with MockAPI() as api:
        api.pets.list.respond([models.Pet(id=1, name="Rex"), {"id": 2, "name": "Tom"}])
        names = await names_of_pets(_client(api, mode), limit=2)

    assert names == ["Rex", "Tom"]
    (call,) = api.pets.list.calls
    assert (call.method, call.path, call.query) == ("GET", "/pets", {"limit": ["2"]})


@pytest.mark.parametrize("mode", MODES)
async def test_a_sequence_of_answers_drives_a_retry(mode: str) -> None:
    with MockAPI() as api:
        api.pets.retrieve.respond(status=503).respond({"id": 4, "name": "Bo"})
        client = _client(api, mode, max_retries=1)
        pet = await _settle(client.pets.retrieve("4"))

    assert pet.name == "Bo"
    assert len(api.pets.retrieve.calls) == 2
    assert api.pets.retrieve.calls[0].path_params == {"petId": "4"}


@pytest.mark.parametrize("mode", MODES)
async def test_an_error_answer_raises_the_typed_error(mode: str) -> None:
    with MockAPI() as api:
        api.pets.retrieve.respond({"code": 404, "message": "no pet"}, status=404)
        with pytest.raises(errors.NotFoundError) as caught:
            await _settle(_client(api, mode).pets.retrieve("9"))

    assert isinstance(caught.value.body, models.Error)
    assert caught.value.body.message == "no pet"


@pytest.mark.parametrize("mode", MODES)
async def test_an_operation_without_an_answer_uses_the_spec_example(mode: str) -> None:
    with MockAPI() as api:
        pet = await _settle(_client(api, mode).pets.retrieve("7"))

    assert (pet.id, pet.name, pet.tag) == (7, "Biscuit", "dog")


@pytest.mark.parametrize("mode", MODES)
async def test_an_operation_without_answer_or_example_fails_naming_it(mode: str) -> None:
    with MockAPI() as api, pytest.raises(MockAPIError, match=r"^pets\.create was called"):
        await _settle(_client(api, mode).pets.create(name="Rex"))


@pytest.mark.parametrize("mode", MODES)
async def test_a_request_the_spec_does_not_allow_fails_naming_operation_and_parameter(
    mode: str,
) -> None:
    with MockAPI() as api:
        api.pets.list.respond([])
        client = _client(api, mode)
        with pytest.raises(MockAPIError, match=r"^pets\.list: query parameter 'colour' is not"):
            await _settle(client.pets.list(extra_query={"colour": "red"}))
        api.pets.create.respond({"id": 1, "name": "Rex"}, status=201)
        unchecked = _client(api, mode, validate_requests=False)
        with pytest.raises(MockAPIError, match=r"^pets\.create: the request body .*name"):
            await _settle(unchecked.pets.create(body={"tag": "dog"}))  # type: ignore[typeddict-item]


def test_a_fixture_that_drifts_from_the_spec_fails_where_it_is_written() -> None:
    with MockAPI() as api:
        with pytest.raises(MockAPIError, match=r"^pets\.retrieve: the 200 answer .* name"):
            api.pets.retrieve.respond({"id": 1})  # `name` is required
        with pytest.raises(MockAPIError, match=r"^pets\.list: the 200 answer .*id"):
            api.pets.list.respond([{"id": "one", "name": "Rex"}])


@pytest.mark.parametrize("mode", MODES)
async def test_a_transport_error_and_a_dynamic_answer(mode: str) -> None:
    with MockAPI() as api:
        api.pets.retrieve.raise_(httpx.ConnectError)
        client = _client(api, mode, max_retries=0)
        with pytest.raises(errors.APIConnectionError):
            await _settle(client.pets.retrieve("1"))
        api.pets.retrieve.reset()
        api.pets.retrieve.respond_with(
            lambda call: {"id": int(call.path_params["petId"]), "name": "Echo"}
        )
        pet = await _settle(client.pets.retrieve("12"))

    assert (pet.id, pet.name) == (12, "Echo")


@pytest.mark.parametrize("mode", MODES)
async def test_an_sdk_error_class_given_to_the_mock_says_its_default_message(mode: str) -> None:
    with MockAPI() as api:
        api.pets.retrieve.raise_(errors.APITimeoutError)
        api.pets.list.raise_(errors.APIConnectionError)
        client = _client(api, mode, max_retries=0)
        with pytest.raises(errors.APITimeoutError, match=r"^Request timed out\.$"):
            await _settle(client.pets.retrieve("1"))
        with pytest.raises(errors.APIConnectionError, match=r"^Connection error\.$") as caught:
            await _settle(client.pets.list())

    assert type(caught.value) is errors.APIConnectionError
    assert errors.APITimeoutError("slow proxy").message == "slow proxy"


@pytest.mark.parametrize("mode", MODES)
async def test_recorded_headers_hide_credentials(mode: str) -> None:
    with MockAPI() as api:
        api.pets.list.respond([])
        await names_of_pets(_client(api, mode, api_key="sk-very-secret-key"), limit=1)

    headers = api.pets.list.calls[0].headers
    assert headers["api_key"] == "[redacted]"
    assert "sk-very-secret-key" not in repr(api.pets.list.calls)


def test_a_request_to_no_operation_fails_naming_it() -> None:
    with MockAPI() as api, pytest.raises(MockAPIError, match="no operation of the API is GET /owners"):
        api.client().get("/owners")
