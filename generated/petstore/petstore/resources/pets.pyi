from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
]

_CREATE: Endpoint[_models.Pet]
_RETRIEVE: Endpoint[_models.Pet]
_DELETE: Endpoint[None]
_LIST: Endpoint[list[_models.Pet]]

class Pets(SyncResource):
    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse: ...
    def create(
        self,
        *,
        name: str | NotGiven = ...,
        tag: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewPet | _models.NewPetParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Pet:
        """Create a pet

        Adds a new pet to the store and returns it with its assigned id.

        Args:
            name: Name of the pet.
            tag: Optional free-form tag.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /pets
        """

    def retrieve(
        self,
        pet_id: str,
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
    ) -> _models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.

        GET /pets/{petId}
        """

    def delete(
        self,
        pet_id: str,
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
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.

        DELETE /pets/{petId}
        """

    def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).

        GET /pets
        """

class PetsWithRawResponse:
    def __init__(self, owner: Pets) -> None: ...
    create = RawView(Pets.create)
    retrieve = RawView(Pets.retrieve)
    delete = RawView(Pets.delete)
    list = RawView(Pets.list)

class PetsWithStreamingResponse:
    def __init__(self, owner: Pets) -> None: ...
    create = StreamingView(Pets.create)
    retrieve = StreamingView(Pets.retrieve)
    delete = StreamingView(Pets.delete)
    list = StreamingView(Pets.list)

class AsyncPets(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse: ...
    async def create(
        self,
        *,
        name: str | NotGiven = ...,
        tag: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewPet | _models.NewPetParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Pet:
        """Create a pet

        Adds a new pet to the store and returns it with its assigned id.

        Args:
            name: Name of the pet.
            tag: Optional free-form tag.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /pets
        """

    async def retrieve(
        self,
        pet_id: str,
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
    ) -> _models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.

        GET /pets/{petId}
        """

    async def delete(
        self,
        pet_id: str,
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
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.

        DELETE /pets/{petId}
        """

    async def list(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).

        GET /pets
        """

class AsyncPetsWithRawResponse:
    def __init__(self, owner: AsyncPets) -> None: ...
    create = AsyncRawView(AsyncPets.create)
    retrieve = AsyncRawView(AsyncPets.retrieve)
    delete = AsyncRawView(AsyncPets.delete)
    list = AsyncRawView(AsyncPets.list)

class AsyncPetsWithStreamingResponse:
    def __init__(self, owner: AsyncPets) -> None: ...
    create = AsyncStreamingView(AsyncPets.create)
    retrieve = AsyncStreamingView(AsyncPets.retrieve)
    delete = AsyncStreamingView(AsyncPets.delete)
    list = AsyncStreamingView(AsyncPets.list)
