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
    "AsyncPayments",
    "AsyncPaymentsWithRawResponse",
    "AsyncPaymentsWithStreamingResponse",
    "Payments",
    "PaymentsWithRawResponse",
    "PaymentsWithStreamingResponse",
]

class Payments(SyncResource):
    @cached_property
    def with_raw_response(self) -> PaymentsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> PaymentsWithStreamingResponse: ...
    def create_payment(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Payment: ...
    def update_payment(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Payment: ...

@type_check_only
class _Raw_create_payment(Protocol):
    def __call__(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Payment]: ...

@type_check_only
class _Raw_update_payment(Protocol):
    def __call__(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Payment]: ...

class PaymentsWithRawResponse:
    def __init__(self, owner: Payments) -> None: ...
    create_payment: _Raw_create_payment
    update_payment: _Raw_update_payment

@type_check_only
class _Streaming_create_payment(Protocol):
    def __call__(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Payment]]: ...

@type_check_only
class _Streaming_update_payment(Protocol):
    def __call__(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> ResponseContextManager[StreamedResponse[models.Payment]]: ...

class PaymentsWithStreamingResponse:
    def __init__(self, owner: Payments) -> None: ...
    create_payment: _Streaming_create_payment
    update_payment: _Streaming_update_payment

class AsyncPayments(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncPaymentsWithStreamingResponse: ...
    async def create_payment(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Payment: ...
    async def update_payment(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> models.Payment: ...

@type_check_only
class _AsyncRaw_create_payment(Protocol):
    async def __call__(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Payment]: ...

@type_check_only
class _AsyncRaw_update_payment(Protocol):
    async def __call__(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> APIResponse[models.Payment]: ...

class AsyncPaymentsWithRawResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create_payment: _AsyncRaw_create_payment
    update_payment: _AsyncRaw_update_payment

@type_check_only
class _AsyncStreaming_create_payment(Protocol):
    def __call__(
        self,
        *,
        body: models.PaymentCreate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Payment]]: ...

@type_check_only
class _AsyncStreaming_update_payment(Protocol):
    def __call__(
        self,
        payment_id: str,
        *,
        body: models.PaymentUpdate | dict[str, Any],
        idempotency_key: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[models.Payment]]: ...

class AsyncPaymentsWithStreamingResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create_payment: _AsyncStreaming_create_payment
    update_payment: _AsyncStreaming_update_payment
