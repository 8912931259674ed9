from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only

import httpx

from .. import models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import ResponseContextManager, StreamedResponse
from .._runtime._types import NotGiven

__all__ = [
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
]

class Pets(SyncResource):
    @cached_property
    def with_raw_response(self) -> PetsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> PetsWithStreamingResponse: ...
    def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Pet]: ...
    def create_pet(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Pet: ...
    def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Pet: ...
    def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...

@type_check_only
class _Raw_list_pets(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Pet]]: ...

@type_check_only
class _Raw_create_pet(Protocol):
    def __call__(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Pet]: ...

@type_check_only
class _Raw_show_pet_by_id(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Pet]: ...

@type_check_only
class _Raw_delete_pet(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

class PetsWithRawResponse:
    def __init__(self, owner: Pets) -> None: ...
    list_pets: _Raw_list_pets
    create_pet: _Raw_create_pet
    show_pet_by_id: _Raw_show_pet_by_id
    delete_pet: _Raw_delete_pet

@type_check_only
class _Streaming_list_pets(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[list[models.Pet]]]: ...

@type_check_only
class _Streaming_create_pet(Protocol):
    def __call__(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Pet]]: ...

@type_check_only
class _Streaming_show_pet_by_id(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Pet]]: ...

@type_check_only
class _Streaming_delete_pet(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

class PetsWithStreamingResponse:
    def __init__(self, owner: Pets) -> None: ...
    list_pets: _Streaming_list_pets
    create_pet: _Streaming_create_pet
    show_pet_by_id: _Streaming_show_pet_by_id
    delete_pet: _Streaming_delete_pet

class AsyncPets(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncPetsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncPetsWithStreamingResponse: ...
    async def list_pets(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Pet]: ...
    async def create_pet(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Pet: ...
    async def show_pet_by_id(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Pet: ...
    async def delete_pet(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...

@type_check_only
class _AsyncRaw_list_pets(Protocol):
    async def __call__(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Pet]]: ...

@type_check_only
class _AsyncRaw_create_pet(Protocol):
    async def __call__(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Pet]: ...

@type_check_only
class _AsyncRaw_show_pet_by_id(Protocol):
    async def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Pet]: ...

@type_check_only
class _AsyncRaw_delete_pet(Protocol):
    async def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

class AsyncPetsWithRawResponse:
    def __init__(self, owner: AsyncPets) -> None: ...
    list_pets: _AsyncRaw_list_pets
    create_pet: _AsyncRaw_create_pet
    show_pet_by_id: _AsyncRaw_show_pet_by_id
    delete_pet: _AsyncRaw_delete_pet

@type_check_only
class _AsyncStreaming_list_pets(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[list[models.Pet]]]: ...

@type_check_only
class _AsyncStreaming_create_pet(Protocol):
    def __call__(
        self,
        *,
        body: models.NewPet | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Pet]]: ...

@type_check_only
class _AsyncStreaming_show_pet_by_id(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Pet]]: ...

@type_check_only
class _AsyncStreaming_delete_pet(Protocol):
    def __call__(
        self,
        pet_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

class AsyncPetsWithStreamingResponse:
    def __init__(self, owner: AsyncPets) -> None: ...
    list_pets: _AsyncStreaming_list_pets
    create_pet: _AsyncStreaming_create_pet
    show_pet_by_id: _AsyncStreaming_show_pet_by_id
    delete_pet: _AsyncStreaming_delete_pet
