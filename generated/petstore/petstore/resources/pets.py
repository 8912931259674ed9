"""`client.pets`: Pets and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Pet] = Endpoint(
    method="POST",
    path="/pets",
    body=BodySpec("json", "application/json", lambda: _models.NewPet),
    responses=(ResponseSpec("201", "json", lambda: _models.Pet),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
    security=(("api_key",),),
)


_RETRIEVE: Endpoint[_models.Pet] = Endpoint(
    method="GET",
    path="/pets/{petId}",
    responses=(ResponseSpec("200", "json", lambda: _models.Pet),),
    errors=(
        ResponseSpec("404", "json", lambda: _models.Error),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
    security=(("api_key",),),
)


_DELETE: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/pets/{petId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
    security=(("api_key",),),
)


_LIST: Endpoint[list[_models.Pet]] = Endpoint(
    method="GET",
    path="/pets",
    responses=(ResponseSpec("200", "json", lambda: list[_models.Pet]),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
    security=(("api_key",),),
)


class Pets(SyncResource):
    """Everything about your pets."""

    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return PetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return PetsWithStreamingResponse(self)

    def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewPet | _models.NewPetParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return self._client.request(
            _CREATE,
            body=body_from(body, {"name": name, "tag": tag}, extra_body, required=True),
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
        pet_id: str,
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
    ) -> _models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.
        """
        return self._client.request(
            _RETRIEVE,
            path={
                "petId": pet_id,
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
        pet_id: str,
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
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.
        """
        return self._client.request(
            _DELETE,
            path={
                "petId": pet_id,
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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).
        """
        return self._client.request(
            _LIST,
            query={
                "limit": limit,
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


class PetsWithRawResponse:
    """The methods of Pets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Pets) -> None:
        self._owner = owner

    create = RawView(Pets.create)
    retrieve = RawView(Pets.retrieve)
    delete = RawView(Pets.delete)
    list = RawView(Pets.list)


class PetsWithStreamingResponse:
    """The methods of Pets, returning a context manager over the unread response."""

    def __init__(self, owner: Pets) -> None:
        self._owner = owner

    create = StreamingView(Pets.create)
    retrieve = StreamingView(Pets.retrieve)
    delete = StreamingView(Pets.delete)
    list = StreamingView(Pets.list)


class AsyncPets(AsyncResource):
    """Everything about your pets."""

    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncPetsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncPetsWithStreamingResponse(self)

    async def create(
        self,
        *,
        name: str | NotGiven = NOT_GIVEN,
        tag: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.NewPet | _models.NewPetParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return await self._client.request(
            _CREATE,
            body=body_from(body, {"name": name, "tag": tag}, extra_body, required=True),
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
        pet_id: str,
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
    ) -> _models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.
        """
        return await self._client.request(
            _RETRIEVE,
            path={
                "petId": pet_id,
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
        pet_id: str,
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
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.
        """
        return await self._client.request(
            _DELETE,
            path={
                "petId": pet_id,
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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).
        """
        return await self._client.request(
            _LIST,
            query={
                "limit": limit,
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


class AsyncPetsWithRawResponse:
    """The methods of AsyncPets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncPets) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncPets.create)
    retrieve = AsyncRawView(AsyncPets.retrieve)
    delete = AsyncRawView(AsyncPets.delete)
    list = AsyncRawView(AsyncPets.list)


class AsyncPetsWithStreamingResponse:
    """The methods of AsyncPets, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncPets) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncPets.create)
    retrieve = AsyncStreamingView(AsyncPets.retrieve)
    delete = AsyncStreamingView(AsyncPets.delete)
    list = AsyncStreamingView(AsyncPets.list)
