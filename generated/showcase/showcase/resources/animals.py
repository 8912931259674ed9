"""`client.animals`: Animals and its response views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._lazy import ChildResource, ResourceView
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "Animals",
    "AnimalsWithRawResponse",
    "AnimalsWithStreamingResponse",
    "AsyncAnimals",
    "AsyncAnimalsWithRawResponse",
    "AsyncAnimalsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Animal] = Endpoint(
    method="POST",
    path="/animals",
    body=BodySpec("json", "application/json", lambda: _models.NewAnimal),
    responses=(ResponseSpec("201", "json", lambda: _models.Animal),),
    errors=(
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_RETRIEVE: Endpoint[_models.Animal] = Endpoint(
    method="GET",
    path="/animals/{animalId}",
    responses=(ResponseSpec("200", "json", lambda: _models.Animal),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_DELETE: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/animals/{animalId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_PHOTO: Endpoint[bytes] = Endpoint(
    method="GET",
    path="/animals/{animalId}/photo",
    responses=(ResponseSpec("200", "bytes", lambda: bytes),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
    accept="image/png, application/json, */*;q=0.5",
)


_LIST: Endpoint[list[_models.Animal]] = Endpoint(
    method="GET",
    path="/animals",
    responses=(ResponseSpec("200", "json", lambda: list[_models.Animal]),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
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

    def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        born_on: dt.date | NotGiven = NOT_GIVEN,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        health: _models.HealthStatus
        | Literal["healthy", "sick", "recovering"]
        | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        breed: str | NotGiven = NOT_GIVEN,
        indoor: bool | NotGiven = NOT_GIVEN,
        wingspan_cm: float | NotGiven = NOT_GIVEN,
        can_talk: bool | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewAnimal | _models.NewAnimalParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Add an animal

        Registers a new animal; the server assigns its id and fills in defaults.

        Args:
            breed: Dogs only; `mixed` when left out.
            indoor: Cats only.
            wingspan_cm: Birds only.
            can_talk: Birds only.
            extra_body: Keys sent in the body besides the ones above.
            body: The animal to add. (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "kind": kind,
                    "name": name,
                    "born_on": born_on,
                    "size": size,
                    "health": health,
                    "vaccinated": vaccinated,
                    "tags": tags,
                    "breed": breed,
                    "indoor": indoor,
                    "wingspan_cm": wingspan_cm,
                    "can_talk": can_talk,
                },
                extra_body,
                required=True,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _DELETE,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.
        """
        return self._client.request(
            _PHOTO,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Animal]:
        """List animals

        Returns the animals of the zoo in the order they were added, filtered by the given query parameters. Each animal is a Cat, a Dog or a Bird, told apart by its `kind` property.

        Args:
            limit: Maximum number of animals to return.
            kind: Only return animals of this kind.
            vaccinated: Only return animals whose vaccination status matches.
            tag: Only return animals that carry all of these tags (repeated parameter, `?tag=a&tag=b`).
        """
        return self._client.request(
            _LIST,
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
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    keepers = ChildResource(".animals_keepers", "AnimalsKeepers", of_resource=True)
    """Operations of `client.animals.keepers`."""


class AnimalsWithRawResponse:
    """The methods of Animals, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Animals) -> None:
        self._owner = owner

    create = RawView(Animals.create)
    retrieve = RawView(Animals.retrieve)
    delete = RawView(Animals.delete)
    photo = RawView(Animals.photo)
    list = RawView(Animals.list)
    keepers = ResourceView("with_raw_response")


class AnimalsWithStreamingResponse:
    """The methods of Animals, returning a context manager over the unread response."""

    def __init__(self, owner: Animals) -> None:
        self._owner = owner

    create = StreamingView(Animals.create)
    retrieve = StreamingView(Animals.retrieve)
    delete = StreamingView(Animals.delete)
    photo = StreamingView(Animals.photo)
    list = StreamingView(Animals.list)
    keepers = ResourceView("with_streaming_response")


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

    async def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        born_on: dt.date | NotGiven = NOT_GIVEN,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = NOT_GIVEN,
        health: _models.HealthStatus
        | Literal["healthy", "sick", "recovering"]
        | NotGiven = NOT_GIVEN,
        vaccinated: bool | NotGiven = NOT_GIVEN,
        tags: list[str] | NotGiven = NOT_GIVEN,
        breed: str | NotGiven = NOT_GIVEN,
        indoor: bool | NotGiven = NOT_GIVEN,
        wingspan_cm: float | NotGiven = NOT_GIVEN,
        can_talk: bool | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewAnimal | _models.NewAnimalParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Add an animal

        Registers a new animal; the server assigns its id and fills in defaults.

        Args:
            breed: Dogs only; `mixed` when left out.
            indoor: Cats only.
            wingspan_cm: Birds only.
            can_talk: Birds only.
            extra_body: Keys sent in the body besides the ones above.
            body: The animal to add. (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "kind": kind,
                    "name": name,
                    "born_on": born_on,
                    "size": size,
                    "health": health,
                    "vaccinated": vaccinated,
                    "tags": tags,
                    "breed": breed,
                    "indoor": indoor,
                    "wingspan_cm": wingspan_cm,
                    "can_talk": can_talk,
                },
                extra_body,
                required=True,
            ),
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _DELETE,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.
        """
        return await self._client.request(
            _PHOTO,
            path={
                "animalId": animal_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    async def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Animal]:
        """List animals

        Returns the animals of the zoo in the order they were added, filtered by the given query parameters. Each animal is a Cat, a Dog or a Bird, told apart by its `kind` property.

        Args:
            limit: Maximum number of animals to return.
            kind: Only return animals of this kind.
            vaccinated: Only return animals whose vaccination status matches.
            tag: Only return animals that carry all of these tags (repeated parameter, `?tag=a&tag=b`).
        """
        return await self._client.request(
            _LIST,
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
                max_response_size=max_response_size,
                follow_redirects=follow_redirects,
                correlation_id=correlation_id,
                idempotency_key=idempotency_key,
            ),
        )

    keepers = ChildResource(".animals_keepers", "AsyncAnimalsKeepers", of_resource=True)
    """Operations of `client.animals.keepers`."""


class AsyncAnimalsWithRawResponse:
    """The methods of AsyncAnimals, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAnimals) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncAnimals.create)
    retrieve = AsyncRawView(AsyncAnimals.retrieve)
    delete = AsyncRawView(AsyncAnimals.delete)
    photo = AsyncRawView(AsyncAnimals.photo)
    list = AsyncRawView(AsyncAnimals.list)
    keepers = ResourceView("with_raw_response")


class AsyncAnimalsWithStreamingResponse:
    """The methods of AsyncAnimals, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAnimals) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncAnimals.create)
    retrieve = AsyncStreamingView(AsyncAnimals.retrieve)
    delete = AsyncStreamingView(AsyncAnimals.delete)
    photo = AsyncStreamingView(AsyncAnimals.photo)
    list = AsyncStreamingView(AsyncAnimals.list)
    keepers = ResourceView("with_streaming_response")
