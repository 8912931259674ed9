"""`client.payments`: Payments and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

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
    "AsyncPayments",
    "AsyncPaymentsWithRawResponse",
    "AsyncPaymentsWithStreamingResponse",
    "Payments",
    "PaymentsWithRawResponse",
    "PaymentsWithStreamingResponse",
]


_CREATE: Endpoint[_models.Payment] = Endpoint(
    method="POST",
    path="/payments",
    body=BodySpec("json", "application/json", lambda: _models.PaymentCreate),
    responses=(ResponseSpec("201", "json", lambda: _models.Payment),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


_UPDATE: Endpoint[_models.Payment] = Endpoint(
    method="PATCH",
    path="/payments/{payment_id}",
    body=BodySpec("json", "application/json", lambda: _models.PaymentUpdate),
    responses=(ResponseSpec("200", "json", lambda: _models.Payment),),
    errors=(ResponseSpec("400", "json", lambda: _models.Error),),
    security=(("ApiKeyAuth",),),
)


class Payments(SyncResource):
    """Payments, which take an idempotency key."""

    @cached_property
    def with_raw_response(self) -> PaymentsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return PaymentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> PaymentsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return PaymentsWithStreamingResponse(self)

    def create(
        self,
        *,
        amount: int | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Create a payment

        Creates a payment. A request sent again with the same `Idempotency-Key` returns the payment created the first time instead of a new one.

        Args:
            amount: Amount in minor units (cents).
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"amount": amount, "currency": currency},
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

    def update(
        self,
        payment_id: str,
        *,
        amount: int | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Update a payment

        Changes the amount of a payment; the idempotency key is required here.

        Args:
            payment_id: The id of the payment.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return self._client.request(
            _UPDATE,
            path={
                "payment_id": payment_id,
            },
            body=body_from(body, {"amount": amount}, extra_body, required=True),
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


class PaymentsWithRawResponse:
    """The methods of Payments, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: Payments) -> None:
        self._owner = owner

    create = RawView(Payments.create)
    update = RawView(Payments.update)


class PaymentsWithStreamingResponse:
    """The methods of Payments, returning a context manager over the unread response."""

    def __init__(self, owner: Payments) -> None:
        self._owner = owner

    create = StreamingView(Payments.create)
    update = StreamingView(Payments.update)


class AsyncPayments(AsyncResource):
    """Payments, which take an idempotency key."""

    @cached_property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncPaymentsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncPaymentsWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncPaymentsWithStreamingResponse(self)

    async def create(
        self,
        *,
        amount: int | NotGiven = NOT_GIVEN,
        currency: str | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Create a payment

        Creates a payment. A request sent again with the same `Idempotency-Key` returns the payment created the first time instead of a new one.

        Args:
            amount: Amount in minor units (cents).
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _CREATE,
            body=body_from(
                body,
                {"amount": amount, "currency": currency},
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

    async def update(
        self,
        payment_id: str,
        *,
        amount: int | NotGiven = NOT_GIVEN,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | None | NotGiven = NOT_GIVEN,
        max_response_size: int | None | NotGiven = NOT_GIVEN,
        follow_redirects: bool | NotGiven = NOT_GIVEN,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Update a payment

        Changes the amount of a payment; the idempotency key is required here.

        Args:
            payment_id: The id of the payment.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)
        """
        return await self._client.request(
            _UPDATE,
            path={
                "payment_id": payment_id,
            },
            body=body_from(body, {"amount": amount}, extra_body, required=True),
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


class AsyncPaymentsWithRawResponse:
    """The methods of AsyncPayments, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncPayments) -> None:
        self._owner = owner

    create = AsyncRawView(AsyncPayments.create)
    update = AsyncRawView(AsyncPayments.update)


class AsyncPaymentsWithStreamingResponse:
    """The methods of AsyncPayments, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncPayments) -> None:
        self._owner = owner

    create = AsyncStreamingView(AsyncPayments.create)
    update = AsyncStreamingView(AsyncPayments.update)
