import datetime as dt
from collections.abc import Mapping, Sequence
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

__all__ = [
    "AnimalsKeepers",
    "AnimalsKeepersWithRawResponse",
    "AnimalsKeepersWithStreamingResponse",
    "AsyncAnimalsKeepers",
    "AsyncAnimalsKeepersWithRawResponse",
    "AsyncAnimalsKeepersWithStreamingResponse",
]

class AnimalsKeepers(SyncResource):
    @cached_property
    def with_raw_response(self) -> AnimalsKeepersWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AnimalsKeepersWithStreamingResponse: ...
    @overload
    def create(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper: ...
    @overload
    def create(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper: ...
    def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> list[_models.Keeper]:
        """GET /keepers"""

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Keeper]: ...
    @overload
    def __call__(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Keeper]: ...

class AnimalsKeepersWithRawResponse:
    def __init__(self, owner: AnimalsKeepers) -> None: ...
    create: _Raw_create
    list = RawView(AnimalsKeepers.list)

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Keeper]]: ...
    @overload
    def __call__(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Keeper]]: ...

class AnimalsKeepersWithStreamingResponse:
    def __init__(self, owner: AnimalsKeepers) -> None: ...
    create: _Streaming_create
    list = StreamingView(AnimalsKeepers.list)

class AsyncAnimalsKeepers(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAnimalsKeepersWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsKeepersWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper: ...
    @overload
    async def create(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper: ...
    async def list(
        self,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> list[_models.Keeper]:
        """GET /keepers"""

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Keeper]: ...
    @overload
    async def __call__(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Keeper]: ...

class AsyncAnimalsKeepersWithRawResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create: _AsyncRaw_create
    list = AsyncRawView(AsyncAnimalsKeepers.list)

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        first_name: str,
        email: str,
        id: UUID | NotGiven = ...,
        last_name: str | NotGiven = ...,
        type: str | NotGiven = ...,
        field_2fa_enabled: bool | NotGiven = ...,
        x_rate: float | NotGiven = ...,
        hired_on: dt.date | NotGiven = ...,
        shift_start: dt.time | NotGiven = ...,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = ...,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Keeper]]: ...
    @overload
    def __call__(
        self,
        *,
        first_name: NotGiven = ...,
        email: NotGiven = ...,
        body: _models.Keeper | _models.KeeperParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Keeper]]: ...

class AsyncAnimalsKeepersWithStreamingResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create: _AsyncStreaming_create
    list = AsyncStreamingView(AsyncAnimalsKeepers.list)
