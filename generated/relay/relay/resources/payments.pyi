from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncPayments",
    "AsyncPaymentsWithRawResponse",
    "AsyncPaymentsWithStreamingResponse",
    "Payments",
    "PaymentsWithRawResponse",
    "PaymentsWithStreamingResponse",
]

_CREATE: Endpoint[_models.Payment]
_UPDATE: Endpoint[_models.Payment]

class Payments(SyncResource):
    @cached_property
    def with_raw_response(self) -> PaymentsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> PaymentsWithStreamingResponse: ...
    def create(
        self,
        *,
        amount: int | NotGiven = ...,
        currency: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Create a payment

        Creates a payment. A request sent again with the same `Idempotency-Key` returns the payment created the first time instead of a new one.

        Args:
            amount: Amount in minor units (cents).
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /payments
        """

    def update(
        self,
        payment_id: str,
        *,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Update a payment

        Changes the amount of a payment; the idempotency key is required here.

        Args:
            payment_id: The id of the payment.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PATCH /payments/{payment_id}
        """

class PaymentsWithRawResponse:
    def __init__(self, owner: Payments) -> None: ...
    create = RawView(Payments.create)
    update = RawView(Payments.update)

class PaymentsWithStreamingResponse:
    def __init__(self, owner: Payments) -> None: ...
    create = StreamingView(Payments.create)
    update = StreamingView(Payments.update)

class AsyncPayments(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncPaymentsWithStreamingResponse: ...
    async def create(
        self,
        *,
        amount: int | NotGiven = ...,
        currency: str | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Create a payment

        Creates a payment. A request sent again with the same `Idempotency-Key` returns the payment created the first time instead of a new one.

        Args:
            amount: Amount in minor units (cents).
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        POST /payments
        """

    async def update(
        self,
        payment_id: str,
        *,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam | None = None,
        extra_headers: Mapping[str, str | Omit | None] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        follow_redirects: bool | NotGiven = ...,
        correlation_id: str | None = None,
        idempotency_key: str | None = None,
    ) -> _models.Payment:
        """Update a payment

        Changes the amount of a payment; the idempotency key is required here.

        Args:
            payment_id: The id of the payment.
            extra_body: Keys sent in the body besides the ones above.
            body: The body (whole, instead of its keys: a model or a dict)

        PATCH /payments/{payment_id}
        """

class AsyncPaymentsWithRawResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create = AsyncRawView(AsyncPayments.create)
    update = AsyncRawView(AsyncPayments.update)

class AsyncPaymentsWithStreamingResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create = AsyncStreamingView(AsyncPayments.create)
    update = AsyncStreamingView(AsyncPayments.update)
