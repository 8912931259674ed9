import datetime as dt
from collections.abc import Mapping, Sequence
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

__all__ = [
    "AnimalsKeepers",
    "AnimalsKeepersWithRawResponse",
    "AnimalsKeepersWithStreamingResponse",
    "AsyncAnimalsKeepers",
    "AsyncAnimalsKeepersWithRawResponse",
    "AsyncAnimalsKeepersWithStreamingResponse",
]

_CREATE: Endpoint[_models.Keeper]
_LIST: Endpoint[list[_models.Keeper]]

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Keeper:
        """Hire a keeper

        Adds a keeper. The id is assigned by the server when it is not given. Emails must be unique.

        Args:
            id: Assigned by the server when left out.
            type: JSON-LD style type marker.
            field_2fa_enabled: Whether two-factor authentication is on.
            x_rate: Hourly rate.
            shift_start: When the daily shift starts, e.g. `08:30:00`.
            expertise: Kinds of animal the keeper is trained for.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /keepers
        """

    def list(
        self,
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
    ) -> list[_models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.

        GET /keepers
        """

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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Keeper:
        """Hire a keeper

        Adds a keeper. The id is assigned by the server when it is not given. Emails must be unique.

        Args:
            id: Assigned by the server when left out.
            type: JSON-LD style type marker.
            field_2fa_enabled: Whether two-factor authentication is on.
            x_rate: Hourly rate.
            shift_start: When the daily shift starts, e.g. `08:30:00`.
            expertise: Kinds of animal the keeper is trained for.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /keepers
        """

    async def list(
        self,
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
    ) -> list[_models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.

        GET /keepers
        """

class AsyncAnimalsKeepersWithRawResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create = AsyncRawView(AsyncAnimalsKeepers.create)
    list = AsyncRawView(AsyncAnimalsKeepers.list)

class AsyncAnimalsKeepersWithStreamingResponse:
    def __init__(self, owner: AsyncAnimalsKeepers) -> None: ...
    create = AsyncStreamingView(AsyncAnimalsKeepers.create)
    list = AsyncStreamingView(AsyncAnimalsKeepers.list)
