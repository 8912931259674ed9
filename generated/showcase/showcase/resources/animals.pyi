import datetime as dt
from collections.abc import Mapping
from functools import cached_property
from typing import Any, Literal, Protocol, overload, type_check_only
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncRawView,
    AsyncResponseContextManager,
    AsyncStreamedResponse,
    AsyncStreamingView,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    RawView,
    ResponseContextManager,
    StreamedResponse,
    StreamingView,
)
from .._runtime._types import NotGiven
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

class Animals(SyncResource):
    @cached_property
    def with_raw_response(self) -> AnimalsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AnimalsWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal: ...
    @overload
    def create(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal: ...
    def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal:
        """GET /animals/{animalId}"""

    def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /animals/{animalId}"""

    def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> bytes:
        """GET /animals/{animalId}/photo"""

    def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> list[_models.Animal]:
        """GET /animals"""

    @cached_property
    def keepers(self) -> AnimalsKeepers: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Animal]: ...
    @overload
    def __call__(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Animal]: ...

class AnimalsWithRawResponse:
    def __init__(self, owner: Animals) -> None: ...
    create: _Raw_create
    retrieve = RawView(Animals.retrieve)
    delete = RawView(Animals.delete)
    photo = RawView(Animals.photo)
    list = RawView(Animals.list)
    @cached_property
    def keepers(self) -> AnimalsKeepersWithRawResponse: ...

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Animal]]: ...
    @overload
    def __call__(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Animal]]: ...

class AnimalsWithStreamingResponse:
    def __init__(self, owner: Animals) -> None: ...
    create: _Streaming_create
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
    @overload
    async def create(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal: ...
    @overload
    async def create(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal: ...
    async def retrieve(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Animal:
        """GET /animals/{animalId}"""

    async def delete(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> None:
        """DELETE /animals/{animalId}"""

    async def photo(
        self,
        animal_id: UUID,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> bytes:
        """GET /animals/{animalId}/photo"""

    async def list(
        self,
        *,
        limit: int | None = None,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"] | None = None,
        vaccinated: bool | None = None,
        tag: list[str] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> list[_models.Animal]:
        """GET /animals"""

    @cached_property
    def keepers(self) -> AsyncAnimalsKeepers: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Animal]: ...
    @overload
    async def __call__(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Animal]: ...

class AsyncAnimalsWithRawResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    create: _AsyncRaw_create
    retrieve = AsyncRawView(AsyncAnimals.retrieve)
    delete = AsyncRawView(AsyncAnimals.delete)
    photo = AsyncRawView(AsyncAnimals.photo)
    list = AsyncRawView(AsyncAnimals.list)
    @cached_property
    def keepers(self) -> AsyncAnimalsKeepersWithRawResponse: ...

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        kind: _models.AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
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
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Animal]]: ...
    @overload
    def __call__(
        self,
        *,
        kind: NotGiven = ...,
        name: NotGiven = ...,
        body: _models.NewAnimal | _models.NewAnimalParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Animal]]: ...

class AsyncAnimalsWithStreamingResponse:
    def __init__(self, owner: AsyncAnimals) -> None: ...
    create: _AsyncStreaming_create
    retrieve = AsyncStreamingView(AsyncAnimals.retrieve)
    delete = AsyncStreamingView(AsyncAnimals.delete)
    photo = AsyncStreamingView(AsyncAnimals.photo)
    list = AsyncStreamingView(AsyncAnimals.list)
    @cached_property
    def keepers(self) -> AsyncAnimalsKeepersWithStreamingResponse: ...
