import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
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
    def create(
        self,
        *,
        first_name: str | NotGiven = ...,
        email: str | NotGiven = ...,
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
        body: _models.Keeper | _models.KeeperParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper:
        """POST /keepers"""

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

class AnimalsKeepersWithRawResponse:
    def __init__(self, owner: AnimalsKeepers) -> None: ...
    create = RawView(AnimalsKeepers.create)
    list = RawView(AnimalsKeepers.list)

class AnimalsKeepersWithStreamingResponse:
    def __init__(self, owner: AnimalsKeepers) -> None: ...
    create = StreamingView(AnimalsKeepers.create)
    list = StreamingView(AnimalsKeepers.list)

class AsyncAnimalsKeepers(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAnimalsKeepersWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsKeepersWithStreamingResponse: ...
    async def create(
        self,
        *,
        first_name: str | NotGiven = ...,
        email: str | NotGiven = ...,
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
        body: _models.Keeper | _models.KeeperParam | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Keeper:
        """POST /keepers"""

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

class AsyncAnimalsKeepersWithRawResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create = AsyncRawView(AsyncAnimalsKeepers.create)
    list = AsyncRawView(AsyncAnimalsKeepers.list)

class AsyncAnimalsKeepersWithStreamingResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create = AsyncStreamingView(AsyncAnimalsKeepers.create)
    list = AsyncStreamingView(AsyncAnimalsKeepers.list)
