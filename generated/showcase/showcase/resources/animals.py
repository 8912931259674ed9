"""Animals: the operations tagged animals."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any
from uuid import UUID

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
)
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "Animals",
    "AnimalsWithRawResponse",
    "AnimalsWithStreamingResponse",
    "AsyncAnimals",
    "AsyncAnimalsWithRawResponse",
    "AsyncAnimalsWithStreamingResponse",
]


_LIST_ANIMALS: Endpoint[list[models.Animal]] = Endpoint(
    method="GET",
    path="/animals",
    responses=(ResponseSpec("200", "json", list[models.Animal]),),
    errors=(ResponseSpec("default", "json", models.Error),),
)


_CREATE_ANIMAL: Endpoint[models.Animal] = Endpoint(
    method="POST",
    path="/animals",
    body=BodySpec("json", "application/json", models.NewAnimal),
    responses=(ResponseSpec("201", "json", models.Animal),),
    errors=(
        ResponseSpec("422", "json", models.ValidationError),
        ResponseSpec("default", "json", models.Error),
    ),
)


_GET_ANIMAL: Endpoint[models.Animal] = Endpoint(
    method="GET",
    path="/animals/{animalId}",
    responses=(ResponseSpec("200", "json", models.Animal),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_DELETE_ANIMAL: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/animals/{animalId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_GET_ANIMAL_PHOTO: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/animals/{animalId}/photo",
    responses=(ResponseSpec("200", "bytes", bytes),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
    accept="image/png, application/json, */*;q=0.5",
)


_LIST_KEEPERS: Endpoint[list[models.Keeper]] = Endpoint(
    method="GET",
    path="/keepers",
    responses=(ResponseSpec("200", "json", list[models.Keeper]),),
    errors=(ResponseSpec("default", "json", models.Error),),
)


_CREATE_KEEPER: Endpoint[models.Keeper] = Endpoint(
    method="POST",
    path="/keepers",
    body=BodySpec("json", "application/json", models.Keeper),
    responses=(ResponseSpec("201", "json", models.Keeper),),
    errors=(
        ResponseSpec("409", "json", models.Error),
        ResponseSpec("422", "json", models.ValidationError),
        ResponseSpec("default", "json", models.Error),
    ),
)


class Animals(SyncResource):
    """The animals living in the zoo, and their keepers."""

    @cached_property
    def with_raw_response(self) -> AnimalsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AnimalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnimalsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AnimalsWithStreamingResponse(self)

    def list_animals(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Animal]:
        """List animals

        Returns the animals of the zoo in the order they were added, filtered by the given query parameters. Each animal is a Cat, a Dog or a Bird, told apart by its `kind` property.

        Args:
            limit: Maximum number of animals to return.
            kind: Only return animals of this kind.
            vaccinated: Only return animals whose vaccination status matches.
            tag: Only return animals that carry all of these tags (repeated parameter, `?tag=a&tag=b`).
        """
        return self._client.request(
            _LIST_ANIMALS,
            query={
                "limit": limit,
                "kind": kind,
                "vaccinated": vaccinated,
                "tag": tag,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def create_animal(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Animal:
        """Add an animal

        Registers a new animal; the server assigns its id and fills in defaults.

        Args:
            body: The animal to add.
        """
        return self._client.request(
            _CREATE_ANIMAL,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _GET_ANIMAL,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def delete_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _DELETE_ANIMAL,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def get_animal_photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _GET_ANIMAL_PHOTO,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def list_keepers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.
        """
        return self._client.request(
            _LIST_KEEPERS,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def create_keeper(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Keeper:
        """Hire a keeper

        Adds a keeper. The id is assigned by the server when it is not given. Emails must be unique.
        """
        return self._client.request(
            _CREATE_KEEPER,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AnimalsWithRawResponse:
    """The methods of Animals, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Animals) -> None:
        self._owner = owner
        self.list_animals = to_raw_response_wrapper(owner.list_animals)
        self.create_animal = to_raw_response_wrapper(owner.create_animal)
        self.get_animal = to_raw_response_wrapper(owner.get_animal)
        self.delete_animal = to_raw_response_wrapper(owner.delete_animal)
        self.get_animal_photo = to_raw_response_wrapper(owner.get_animal_photo)
        self.list_keepers = to_raw_response_wrapper(owner.list_keepers)
        self.create_keeper = to_raw_response_wrapper(owner.create_keeper)


class AnimalsWithStreamingResponse:
    """The methods of Animals, returning a context manager over the unread response."""

    def __init__(self, owner: Animals) -> None:
        self._owner = owner
        self.list_animals = to_streamed_response_wrapper(owner.list_animals)
        self.create_animal = to_streamed_response_wrapper(owner.create_animal)
        self.get_animal = to_streamed_response_wrapper(owner.get_animal)
        self.delete_animal = to_streamed_response_wrapper(owner.delete_animal)
        self.get_animal_photo = to_streamed_response_wrapper(owner.get_animal_photo)
        self.list_keepers = to_streamed_response_wrapper(owner.list_keepers)
        self.create_keeper = to_streamed_response_wrapper(owner.create_keeper)


class AsyncAnimals(AsyncResource):
    """The animals living in the zoo, and their keepers."""

    @cached_property
    def with_raw_response(self) -> AsyncAnimalsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAnimalsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAnimalsWithStreamingResponse(self)

    async def list_animals(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Animal]:
        """List animals

        Returns the animals of the zoo in the order they were added, filtered by the given query parameters. Each animal is a Cat, a Dog or a Bird, told apart by its `kind` property.

        Args:
            limit: Maximum number of animals to return.
            kind: Only return animals of this kind.
            vaccinated: Only return animals whose vaccination status matches.
            tag: Only return animals that carry all of these tags (repeated parameter, `?tag=a&tag=b`).
        """
        return await self._client.request(
            _LIST_ANIMALS,
            query={
                "limit": limit,
                "kind": kind,
                "vaccinated": vaccinated,
                "tag": tag,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def create_animal(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Animal:
        """Add an animal

        Registers a new animal; the server assigns its id and fills in defaults.

        Args:
            body: The animal to add.
        """
        return await self._client.request(
            _CREATE_ANIMAL,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _GET_ANIMAL,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def delete_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _DELETE_ANIMAL,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def get_animal_photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _GET_ANIMAL_PHOTO,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def list_keepers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.
        """
        return await self._client.request(
            _LIST_KEEPERS,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def create_keeper(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Keeper:
        """Hire a keeper

        Adds a keeper. The id is assigned by the server when it is not given. Emails must be unique.
        """
        return await self._client.request(
            _CREATE_KEEPER,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncAnimalsWithRawResponse:
    """The methods of AsyncAnimals, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAnimals) -> None:
        self._owner = owner
        self.list_animals = async_to_raw_response_wrapper(owner.list_animals)
        self.create_animal = async_to_raw_response_wrapper(owner.create_animal)
        self.get_animal = async_to_raw_response_wrapper(owner.get_animal)
        self.delete_animal = async_to_raw_response_wrapper(owner.delete_animal)
        self.get_animal_photo = async_to_raw_response_wrapper(owner.get_animal_photo)
        self.list_keepers = async_to_raw_response_wrapper(owner.list_keepers)
        self.create_keeper = async_to_raw_response_wrapper(owner.create_keeper)


class AsyncAnimalsWithStreamingResponse:
    """The methods of AsyncAnimals, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAnimals) -> None:
        self._owner = owner
        self.list_animals = async_to_streamed_response_wrapper(owner.list_animals)
        self.create_animal = async_to_streamed_response_wrapper(owner.create_animal)
        self.get_animal = async_to_streamed_response_wrapper(owner.get_animal)
        self.delete_animal = async_to_streamed_response_wrapper(owner.delete_animal)
        self.get_animal_photo = async_to_streamed_response_wrapper(
            owner.get_animal_photo
        )
        self.list_keepers = async_to_streamed_response_wrapper(owner.list_keepers)
        self.create_keeper = async_to_streamed_response_wrapper(owner.create_keeper)
