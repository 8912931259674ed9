import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit
from .animals_keepers import (
    AnimalsKeepers,
    AnimalsKeepersWithRawResponse,
    AnimalsKeepersWithStreamingResponse,
    AsyncAnimalsKeepers,
    AsyncAnimalsKeepersWithRawResponse,
    AsyncAnimalsKeepersWithStreamingResponse,
)

__all__ = [
    "Animals",
    "AnimalsWithRawResponse",
    "AnimalsWithStreamingResponse",
    "AsyncAnimals",
    "AsyncAnimalsWithRawResponse",
    "AsyncAnimalsWithStreamingResponse",
]

_CREATE: Endpoint[_models.Animal]
_RETRIEVE: Endpoint[_models.Animal]
_DELETE: Endpoint[None]
_PHOTO: Endpoint[bytes]
_LIST: Endpoint[list[_models.Animal]]

class Animals(SyncResource):
    @cached_property
    def with_raw_response(self) -> AnimalsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AnimalsWithStreamingResponse: ...
    def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | NotGiven = ...,
        name: str | NotGiven = ...,
        born_on: dt.date | NotGiven = ...,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = ...,
        health: _models.HealthStatus
        | Literal["healthy", "sick", "recovering"]
        | NotGiven = ...,
        vaccinated: bool | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        breed: str | NotGiven = ...,
        indoor: bool | NotGiven = ...,
        wingspan_cm: float | NotGiven = ...,
        can_talk: bool | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewAnimal | _models.NewAnimalParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        POST /animals
        """

    def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.

        GET /animals/{animalId}
        """

    def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.

        DELETE /animals/{animalId}
        """

    def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.

        GET /animals/{animalId}/photo
        """

    def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /animals
        """

    @cached_property
    def keepers(self) -> AnimalsKeepers: ...

class AnimalsWithRawResponse:
    def __init__(self, owner: Animals) -> None: ...
    create = RawView(Animals.create)
    retrieve = RawView(Animals.retrieve)
    delete = RawView(Animals.delete)
    photo = RawView(Animals.photo)
    list = RawView(Animals.list)
    @cached_property
    def keepers(self) -> AnimalsKeepersWithRawResponse: ...

class AnimalsWithStreamingResponse:
    def __init__(self, owner: Animals) -> None: ...
    create = StreamingView(Animals.create)
    retrieve = StreamingView(Animals.retrieve)
    delete = StreamingView(Animals.delete)
    photo = StreamingView(Animals.photo)
    list = StreamingView(Animals.list)
    @cached_property
    def keepers(self) -> AnimalsKeepersWithStreamingResponse: ...

class AsyncAnimals(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAnimalsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsWithStreamingResponse: ...
    async def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | NotGiven = ...,
        name: str | NotGiven = ...,
        born_on: dt.date | NotGiven = ...,
        size: _models.SizeClass | Literal[1, 2, 3] | NotGiven = ...,
        health: _models.HealthStatus
        | Literal["healthy", "sick", "recovering"]
        | NotGiven = ...,
        vaccinated: bool | NotGiven = ...,
        tags: list[str] | NotGiven = ...,
        breed: str | NotGiven = ...,
        indoor: bool | NotGiven = ...,
        wingspan_cm: float | NotGiven = ...,
        can_talk: bool | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewAnimal | _models.NewAnimalParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        POST /animals
        """

    async def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Animal:
        """Get an animal

        Returns one animal by its id.

        Args:
            animal_id: The id of the animal.

        GET /animals/{animalId}
        """

    async def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> None:
        """Remove an animal

        Removes an animal from the zoo records.

        Args:
            animal_id: The id of the animal.

        DELETE /animals/{animalId}
        """

    async def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> bytes:
        """Download an animal's photo

        Returns the animal's photo as raw PNG bytes.

        Args:
            animal_id: The id of the animal.

        GET /animals/{animalId}/photo
        """

    async def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
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

        GET /animals
        """

    @cached_property
    def keepers(self) -> AsyncAnimalsKeepers: ...

class AsyncAnimalsWithRawResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    create = AsyncRawView(AsyncAnimals.create)
    retrieve = AsyncRawView(AsyncAnimals.retrieve)
    delete = AsyncRawView(AsyncAnimals.delete)
    photo = AsyncRawView(AsyncAnimals.photo)
    list = AsyncRawView(AsyncAnimals.list)
    @cached_property
    def keepers(self) -> AsyncAnimalsKeepersWithRawResponse: ...

class AsyncAnimalsWithStreamingResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    create = AsyncStreamingView(AsyncAnimals.create)
    retrieve = AsyncStreamingView(AsyncAnimals.retrieve)
    delete = AsyncStreamingView(AsyncAnimals.delete)
    photo = AsyncStreamingView(AsyncAnimals.photo)
    list = AsyncStreamingView(AsyncAnimals.list)
    @cached_property
    def keepers(self) -> AsyncAnimalsKeepersWithStreamingResponse: ...
