"""Code a user writes against the petstore SDK, generated for plain httpx (`http = "httpx"`);
`mypy --strict` must accept it: the SDK's types are httpx's, not httpx2's."""

from __future__ import annotations

from typing import assert_type

import httpx
import petstore
from petstore import models


def sync_usage() -> None:
    with petstore.Client(
        http_client=httpx.Client(timeout=5.0), timeout=httpx.Timeout(2.0)
    ) as client:
        pets = client.pets.list(limit=10)
        assert_type(pets, list[models.Pet])
        raw = client.pets.with_raw_response.retrieve("42")
        assert_type(raw.http_response, httpx.Response)
        assert_type(raw.headers, httpx.Headers)
        try:
            client.pets.delete("42")
        except petstore.errors.APIStatusError as error:
            assert_type(error.response, httpx.Response)


async def async_usage() -> None:
    async with petstore.AsyncClient(http_client=httpx.AsyncClient()) as client:
        pet = await client.pets.create(name="Rex", tag="dog")
        assert_type(pet, models.Pet)
        faster = client.with_options(timeout=httpx.Timeout(1.0), max_retries=0)
        assert_type(await faster.pets.retrieve("1"), models.Pet)
