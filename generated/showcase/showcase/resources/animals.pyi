from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, type_check_only
from uuid import UUID

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
    "Animals",
    "AnimalsWithRawResponse",
    "AnimalsWithStreamingResponse",
    "AsyncAnimals",
    "AsyncAnimalsWithRawResponse",
    "AsyncAnimalsWithStreamingResponse",
]

class Animals(SyncResource):
    @cached_property
    def with_raw_response(self) -> AnimalsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AnimalsWithStreamingResponse: ...
    def list_animals(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Animal]: ...
    def create_animal(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Animal: ...
    def get_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Animal: ...
    def delete_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    def get_animal_photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> bytes: ...
    def list_keepers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Keeper]: ...
    def create_keeper(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Keeper: ...

@type_check_only
class _Raw_list_animals(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Animal]]: ...

@type_check_only
class _Raw_create_animal(Protocol):
    def __call__(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Animal]: ...

@type_check_only
class _Raw_get_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Animal]: ...

@type_check_only
class _Raw_delete_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _Raw_get_animal_photo(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[bytes]: ...

@type_check_only
class _Raw_list_keepers(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Keeper]]: ...

@type_check_only
class _Raw_create_keeper(Protocol):
    def __call__(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Keeper]: ...

class AnimalsWithRawResponse:
    def __init__(self, owner: Animals) -> None: ...
    list_animals: _Raw_list_animals
    create_animal: _Raw_create_animal
    get_animal: _Raw_get_animal
    delete_animal: _Raw_delete_animal
    get_animal_photo: _Raw_get_animal_photo
    list_keepers: _Raw_list_keepers
    create_keeper: _Raw_create_keeper

@type_check_only
class _Streaming_list_animals(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[list[models.Animal]]]: ...

@type_check_only
class _Streaming_create_animal(Protocol):
    def __call__(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Animal]]: ...

@type_check_only
class _Streaming_get_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Animal]]: ...

@type_check_only
class _Streaming_delete_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[None]]: ...

@type_check_only
class _Streaming_get_animal_photo(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[bytes]]: ...

@type_check_only
class _Streaming_list_keepers(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[list[models.Keeper]]]: ...

@type_check_only
class _Streaming_create_keeper(Protocol):
    def __call__(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Keeper]]: ...

class AnimalsWithStreamingResponse:
    def __init__(self, owner: Animals) -> None: ...
    list_animals: _Streaming_list_animals
    create_animal: _Streaming_create_animal
    get_animal: _Streaming_get_animal
    delete_animal: _Streaming_delete_animal
    get_animal_photo: _Streaming_get_animal_photo
    list_keepers: _Streaming_list_keepers
    create_keeper: _Streaming_create_keeper

class AsyncAnimals(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAnimalsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsWithStreamingResponse: ...
    async def list_animals(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Animal]: ...
    async def create_animal(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Animal: ...
    async def get_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Animal: ...
    async def delete_animal(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> None: ...
    async def get_animal_photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> bytes: ...
    async def list_keepers(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> list[models.Keeper]: ...
    async def create_keeper(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Keeper: ...

@type_check_only
class _AsyncRaw_list_animals(Protocol):
    async def __call__(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Animal]]: ...

@type_check_only
class _AsyncRaw_create_animal(Protocol):
    async def __call__(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Animal]: ...

@type_check_only
class _AsyncRaw_get_animal(Protocol):
    async def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Animal]: ...

@type_check_only
class _AsyncRaw_delete_animal(Protocol):
    async def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[None]: ...

@type_check_only
class _AsyncRaw_get_animal_photo(Protocol):
    async def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[bytes]: ...

@type_check_only
class _AsyncRaw_list_keepers(Protocol):
    async def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[list[models.Keeper]]: ...

@type_check_only
class _AsyncRaw_create_keeper(Protocol):
    async def __call__(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Keeper]: ...

class AsyncAnimalsWithRawResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    list_animals: _AsyncRaw_list_animals
    create_animal: _AsyncRaw_create_animal
    get_animal: _AsyncRaw_get_animal
    delete_animal: _AsyncRaw_delete_animal
    get_animal_photo: _AsyncRaw_get_animal_photo
    list_keepers: _AsyncRaw_list_keepers
    create_keeper: _AsyncRaw_create_keeper

@type_check_only
class _AsyncStreaming_list_animals(Protocol):
    def __call__(
        self,
        *,
        limit: int | None = None,
        kind: models.AnimalKind | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[list[models.Animal]]]: ...

@type_check_only
class _AsyncStreaming_create_animal(Protocol):
    def __call__(
        self,
        *,
        body: models.NewAnimal | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Animal]]: ...

@type_check_only
class _AsyncStreaming_get_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Animal]]: ...

@type_check_only
class _AsyncStreaming_delete_animal(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[None]]: ...

@type_check_only
class _AsyncStreaming_get_animal_photo(Protocol):
    def __call__(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[bytes]]: ...

@type_check_only
class _AsyncStreaming_list_keepers(Protocol):
    def __call__(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[list[models.Keeper]]]: ...

@type_check_only
class _AsyncStreaming_create_keeper(Protocol):
    def __call__(
        self,
        *,
        body: models.Keeper | dict[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Keeper]]: ...

class AsyncAnimalsWithStreamingResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    list_animals: _AsyncStreaming_list_animals
    create_animal: _AsyncStreaming_create_animal
    get_animal: _AsyncStreaming_get_animal
    delete_animal: _AsyncStreaming_delete_animal
    get_animal_photo: _AsyncStreaming_get_animal_photo
    list_keepers: _AsyncStreaming_list_keepers
    create_keeper: _AsyncStreaming_create_keeper
