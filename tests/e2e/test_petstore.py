"""petstore SDK against the live petstore server (sync and async)."""

from __future__ import annotations

import httpx
import pytest

from tests.e2e.conftest import Api


async def test_list_pets_with_limit(ps: Api) -> None:
    pets = await ps.run(ps.client.pets.list(limit=2))

    assert all(isinstance(pet, ps.models.Pet) for pet in pets)
    assert [(p.id, p.name, p.tag) for p in pets] == [(1, "Fido", "dog"), (2, "Tom", "cat")]


async def test_list_pets_without_limit_keeps_null_tag(ps: Api) -> None:
    pets = await ps.run(ps.client.pets.list())

    assert [(p.id, p.name, p.tag) for p in pets] == [
        (1, "Fido", "dog"),
        (2, "Tom", "cat"),
        (3, "Nemo", None),
    ]
    # Nemo's tag is sent as null: present in the data, not merely left out.
    assert "tag" in pets[2].model_fields_set


async def test_list_pets_bad_limit_is_the_default_error(ps: Api) -> None:
    with pytest.raises(ps.errors.BadRequestError) as caught:
        await ps.run(ps.client.pets.list(limit=0))

    error = caught.value
    assert error.status_code == 400
    assert isinstance(error.body, ps.models.Error)
    assert (error.body.code, error.body.message) == (400, "limit must be between 1 and 100")


async def test_show_pet_by_id(ps: Api) -> None:
    pet = await ps.run(ps.client.pets.retrieve("2"))

    assert isinstance(pet, ps.models.Pet)
    assert (pet.id, pet.name, pet.tag) == (2, "Tom", "cat")


async def test_show_pet_by_id_not_found(ps: Api) -> None:
    with pytest.raises(ps.errors.NotFoundError) as caught:
        await ps.run(ps.client.pets.retrieve("9"))

    error = caught.value
    assert isinstance(error, ps.errors.APIStatusError)
    assert error.status_code == 404
    assert error.response.status_code == 404
    assert isinstance(error.body, ps.models.Error)
    assert error.body.code == 404
    assert error.body.message == "pet 9 not found"


async def test_create_pet_with_model(ps_rw: Api) -> None:
    pet = await ps_rw.run(ps_rw.client.pets.create(body=ps_rw.models.NewPet(name="Rex", tag="dog")))

    assert isinstance(pet, ps_rw.models.Pet)
    assert (pet.id, pet.name, pet.tag) == (4, "Rex", "dog")
    again = await ps_rw.run(ps_rw.client.pets.retrieve("4"))
    assert (again.id, again.name, again.tag) == (4, "Rex", "dog")


async def test_create_pet_with_model_sends_only_set_fields(ps_rw: Api) -> None:
    # The server answers with `tag` only when the request had it.
    pet = await ps_rw.run(ps_rw.client.pets.create(body=ps_rw.models.NewPet(name="Solo")))

    assert (pet.id, pet.name, pet.tag) == (4, "Solo", None)
    assert "tag" not in pet.model_fields_set


async def test_create_pet_with_dict(ps_rw: Api) -> None:
    first = await ps_rw.run(ps_rw.client.pets.create(body={"name": "Bella"}))
    second = await ps_rw.run(ps_rw.client.pets.create(body={"name": "Kit", "tag": "cat"}))

    assert isinstance(first, ps_rw.models.Pet)
    assert (first.id, first.name, first.tag) == (4, "Bella", None)
    assert "tag" not in first.model_fields_set
    assert (second.id, second.name, second.tag) == (5, "Kit", "cat")
    pets = await ps_rw.run(ps_rw.client.pets.list())
    assert [p.name for p in pets] == ["Fido", "Tom", "Nemo", "Bella", "Kit"]


async def test_delete_pet_returns_none(ps_rw: Api) -> None:
    result = await ps_rw.run(ps_rw.client.pets.delete("1"))

    assert result is None
    pets = await ps_rw.run(ps_rw.client.pets.list())
    assert [p.id for p in pets] == [2, 3]
    with pytest.raises(ps_rw.errors.NotFoundError):
        await ps_rw.run(ps_rw.client.pets.retrieve("1"))


async def test_delete_unknown_pet_is_the_declared_default_error(ps_rw: Api) -> None:
    # deletePet declares its 404 only as `default` (an Error body).
    with pytest.raises(ps_rw.errors.NotFoundError) as caught:
        await ps_rw.run(ps_rw.client.pets.delete("77"))

    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, ps_rw.models.Error)
    assert (caught.value.body.code, caught.value.body.message) == (404, "pet 77 not found")


async def test_the_api_key_of_the_design_example_is_sent(ps: Api) -> None:
    # DESIGN.md shows `Client(base_url=..., api_key="...")`: petstore declares that scheme
    seen: list[str | None] = []

    def record(request: httpx.Request) -> None:
        seen.append(request.headers.get("api_key"))

    async def arecord(request: httpx.Request) -> None:
        record(request)

    hooks = {"request": [arecord if ps.is_async else record]}
    http = (httpx.AsyncClient if ps.is_async else httpx.Client)(event_hooks=hooks)
    client = ps.new(api_key="secret-key", http_client=http)
    await ps.run(client.pets.list(limit=1))
    assert seen == ["secret-key"]
    assert "secret-key" not in repr(client)
