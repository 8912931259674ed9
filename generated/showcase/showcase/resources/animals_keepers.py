"""`client.animals.keepers`: AnimalsKeepers and its response views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import Any, Literal
from uuid import UUID

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import BodySpec, Endpoint, ResponseSpec
from .._runtime._serialize import body_from
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AnimalsKeepers",
    "AnimalsKeepersWithRawResponse",
    "AnimalsKeepersWithStreamingResponse",
    "AsyncAnimalsKeepers",
    "AsyncAnimalsKeepersWithRawResponse",
    "AsyncAnimalsKeepersWithStreamingResponse",
]


_CREATE: Endpoint[_models.Keeper] = Endpoint(
    method="POST",
    path="/keepers",
    body=BodySpec("json", "application/json", lambda: _models.Keeper),
    responses=(ResponseSpec("201", "json", lambda: _models.Keeper),),
    errors=(
        ResponseSpec("409", "json", lambda: _models.Error),
        ResponseSpec("422", "json", lambda: _models.ValidationError),
        ResponseSpec("default", "json", lambda: _models.Error),
    ),
)


_LIST: Endpoint[list[_models.Keeper]] = Endpoint(
    method="GET",
    path="/keepers",
    responses=(ResponseSpec("200", "json", lambda: list[_models.Keeper]),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
)


class AnimalsKeepers(SyncResource):
    """Operations of the AnimalsKeepers resource."""

    @cached_property
    def with_raw_response(self) -> AnimalsKeepersWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AnimalsKeepersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AnimalsKeepersWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AnimalsKeepersWithStreamingResponse(self)

    def create(
        self,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        field_2fa_enabled: bool | NotGiven = NOT_GIVEN,
        x_rate: float | NotGiven = NOT_GIVEN,
        hired_on: dt.date | NotGiven = NOT_GIVEN,
        shift_start: dt.time | NotGiven = NOT_GIVEN,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = NOT_GIVEN,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.Keeper | _models.KeeperParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "first-name": first_name,
                    "email": email,
                    "id": id,
                    "last-name": last_name,
                    "@type": type,
                    "2fa_enabled": field_2fa_enabled,
                    "X-Rate": x_rate,
                    "hired_on": hired_on,
                    "shift_start": shift_start,
                    "contact": contact,
                    "expertise": expertise,
                },
                extra_body,
                required=True,
            ),
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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.
        """
        return self._client.request(
            _LIST,
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


class AnimalsKeepersWithRawResponse:
    """The methods of AnimalsKeepers, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AnimalsKeepers) -> None:
        self._owner = owner

    create = RawView(AnimalsKeepers.create)
    list = RawView(AnimalsKeepers.list)


class AnimalsKeepersWithStreamingResponse:
    """The methods of AnimalsKeepers, returning a context manager over the unread response."""

    def __init__(self, owner: AnimalsKeepers) -> None:
        self._owner = owner

    create = StreamingView(AnimalsKeepers.create)
    list = StreamingView(AnimalsKeepers.list)


class AsyncAnimalsKeepers(AsyncResource):
    """Operations of the AnimalsKeepers resource."""

    @cached_property
    def with_raw_response(self) -> AsyncAnimalsKeepersWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncAnimalsKeepersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAnimalsKeepersWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncAnimalsKeepersWithStreamingResponse(self)

    async def create(
        self,
        *,
        first_name: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        id: UUID | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        type: str | NotGiven = NOT_GIVEN,
        field_2fa_enabled: bool | NotGiven = NOT_GIVEN,
        x_rate: float | NotGiven = NOT_GIVEN,
        hired_on: dt.date | NotGiven = NOT_GIVEN,
        shift_start: dt.time | NotGiven = NOT_GIVEN,
        contact: _models.ContactMethod
        | _models.EmailContactParam
        | _models.PhoneContactParam
        | NotGiven = NOT_GIVEN,
        expertise: Sequence[_models.AnimalKind | Literal["cat", "dog", "bird"]]
        | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.Keeper | _models.KeeperParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
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
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {
                    "first-name": first_name,
                    "email": email,
                    "id": id,
                    "last-name": last_name,
                    "@type": type,
                    "2fa_enabled": field_2fa_enabled,
                    "X-Rate": x_rate,
                    "hired_on": hired_on,
                    "shift_start": shift_start,
                    "contact": contact,
                    "expertise": expertise,
                },
                extra_body,
                required=True,
            ),
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
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> list[_models.Keeper]:
        """List keepers

        Returns every keeper. Tagged twice; the first tag (`animals`) decides where it goes.
        """
        return await self._client.request(
            _LIST,
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


class AsyncAnimalsKeepersWithRawResponse:
    """The methods of AsyncAnimalsKeepers, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncAnimalsKeepers) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncAnimalsKeepers.create)
    list = AsyncRawView(AsyncAnimalsKeepers.list)


class AsyncAnimalsKeepersWithStreamingResponse:
    """The methods of AsyncAnimalsKeepers, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncAnimalsKeepers) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncAnimalsKeepers.create)
    list = AsyncStreamingView(AsyncAnimalsKeepers.list)
