"""Pets: the operations tagged pets."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

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
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
]


_LIST_PETS: Endpoint[list[models.Pet]] = Endpoint(
    method="GET",
    path="/pets",
    responses=(ResponseSpec("200", "json", list[models.Pet]),),
    errors=(ResponseSpec("default", "json", models.Error),),
    security=(("api_key",),),
)


_CREATE_PET: Endpoint[models.Pet] = Endpoint(
    method="POST",
    path="/pets",
    body=BodySpec("json", "application/json", models.NewPet),
    responses=(ResponseSpec("201", "json", models.Pet),),
    errors=(ResponseSpec("default", "json", models.Error),),
    security=(("api_key",),),
)


_SHOW_PET_BY_ID: Endpoint[models.Pet] = Endpoint(
    method="GET",
    path="/pets/{petId}",
    responses=(ResponseSpec("200", "json", models.Pet),),
    errors=(
        ResponseSpec("404", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
    security=(("api_key",),),
)


_DELETE_PET: Endpoint[None] = Endpoint(
    method="DELETE",
    path="/pets/{petId}",
    responses=(ResponseSpec("204", "empty"),),
    errors=(ResponseSpec("default", "json", models.Error),),
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

    def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).
        """
        return self._client.request(
            _LIST_PETS,
            query={
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def create_pet(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Pet:
        """Create a pet

        Adds a new pet to the store and returns it with its assigned id.
        """
        return self._client.request(
            _CREATE_PET,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.
        """
        return self._client.request(
            _SHOW_PET_BY_ID,
            path={
                "petId": pet_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.
        """
        return self._client.request(
            _DELETE_PET,
            path={
                "petId": pet_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class PetsWithRawResponse:
    """The methods of Pets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Pets) -> None:
        self._owner = owner
        self.list_pets = to_raw_response_wrapper(owner.list_pets)
        self.create_pet = to_raw_response_wrapper(owner.create_pet)
        self.show_pet_by_id = to_raw_response_wrapper(owner.show_pet_by_id)
        self.delete_pet = to_raw_response_wrapper(owner.delete_pet)


class PetsWithStreamingResponse:
    """The methods of Pets, returning a context manager over the unread response."""

    def __init__(self, owner: Pets) -> None:
        self._owner = owner
        self.list_pets = to_streamed_response_wrapper(owner.list_pets)
        self.create_pet = to_streamed_response_wrapper(owner.create_pet)
        self.show_pet_by_id = to_streamed_response_wrapper(owner.show_pet_by_id)
        self.delete_pet = to_streamed_response_wrapper(owner.delete_pet)


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

    async def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> list[models.Pet]:
        """List all pets

        Returns the pets in the store, at most `limit` of them.

        Args:
            limit: How many items to return at one time (max 100).
        """
        return await self._client.request(
            _LIST_PETS,
            query={
                "limit": limit,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def create_pet(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Pet:
        """Create a pet

        Adds a new pet to the store and returns it with its assigned id.
        """
        return await self._client.request(
            _CREATE_PET,
            body=body,
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> models.Pet:
        """Info for a specific pet

        Returns one pet by its id.

        Args:
            pet_id: The id of the pet to retrieve.
        """
        return await self._client.request(
            _SHOW_PET_BY_ID,
            path={
                "petId": pet_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )

    async def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete a pet

        Removes a pet from the store.

        Args:
            pet_id: The id of the pet to delete.
        """
        return await self._client.request(
            _DELETE_PET,
            path={
                "petId": pet_id,
            },
            options=RequestOptions(
                extra_headers=extra_headers,
                extra_query=extra_query,
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
            ),
        )


class AsyncPetsWithRawResponse:
    """The methods of AsyncPets, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncPets) -> None:
        self._owner = owner
        self.list_pets = async_to_raw_response_wrapper(owner.list_pets)
        self.create_pet = async_to_raw_response_wrapper(owner.create_pet)
        self.show_pet_by_id = async_to_raw_response_wrapper(owner.show_pet_by_id)
        self.delete_pet = async_to_raw_response_wrapper(owner.delete_pet)


class AsyncPetsWithStreamingResponse:
    """The methods of AsyncPets, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncPets) -> None:
        self._owner = owner
        self.list_pets = async_to_streamed_response_wrapper(owner.list_pets)
        self.create_pet = async_to_streamed_response_wrapper(owner.create_pet)
        self.show_pet_by_id = async_to_streamed_response_wrapper(owner.show_pet_by_id)
        self.delete_pet = async_to_streamed_response_wrapper(owner.delete_pet)
