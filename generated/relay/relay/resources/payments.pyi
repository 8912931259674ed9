from collections.abc import Mapping
from functools import cached_property
from typing import Any, Protocol, overload, type_check_only

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import (
    AsyncResponseContextManager,
    AsyncStreamedResponse,
)
from .._runtime._response import APIResponse
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import (
    ResponseContextManager,
    StreamedResponse,
)
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
    @overload
    def create(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    def create(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    def update(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    def update(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...

@type_check_only
class _Raw_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...
    @overload
    def __call__(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...

@type_check_only
class _Raw_update(Protocol):
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...

class PaymentsWithRawResponse:
    def __init__(self, owner: Payments) -> None: ...
    create: _Raw_create
    update: _Raw_update

@type_check_only
class _Streaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Payment]]: ...
    @overload
    def __call__(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Payment]]: ...

@type_check_only
class _Streaming_update(Protocol):
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Payment]]: ...
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> ResponseContextManager[StreamedResponse[_models.Payment]]: ...

class PaymentsWithStreamingResponse:
    def __init__(self, owner: Payments) -> None: ...
    create: _Streaming_create
    update: _Streaming_update

class AsyncPayments(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncPaymentsWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncPaymentsWithStreamingResponse: ...
    @overload
    async def create(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    async def create(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    async def update(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...
    @overload
    async def update(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> _models.Payment: ...

@type_check_only
class _AsyncRaw_create(Protocol):
    @overload
    async def __call__(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...
    @overload
    async def __call__(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...

@type_check_only
class _AsyncRaw_update(Protocol):
    @overload
    async def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...
    @overload
    async def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> APIResponse[_models.Payment]: ...

class AsyncPaymentsWithRawResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create: _AsyncRaw_create
    update: _AsyncRaw_update

@type_check_only
class _AsyncStreaming_create(Protocol):
    @overload
    def __call__(
        self,
        *,
        amount: int,
        currency: str,
        idempotency_key: str | None = None,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Payment]]: ...
    @overload
    def __call__(
        self,
        *,
        amount: NotGiven = ...,
        currency: NotGiven = ...,
        idempotency_key: str | None = None,
        body: _models.PaymentCreate | _models.PaymentCreateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Payment]]: ...

@type_check_only
class _AsyncStreaming_update(Protocol):
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        amount: int | NotGiven = ...,
        extra_body: dict[str, Any] | None = None,
        body: None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Payment]]: ...
    @overload
    def __call__(
        self,
        payment_id: str,
        *,
        idempotency_key: str | None = None,
        body: _models.PaymentUpdate | _models.PaymentUpdateParam,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = ...,
        max_retries: int | NotGiven = ...,
        deadline: float | None | NotGiven = ...,
        max_response_size: int | None | NotGiven = ...,
        correlation_id: str | None = None,
    ) -> AsyncResponseContextManager[AsyncStreamedResponse[_models.Payment]]: ...

class AsyncPaymentsWithStreamingResponse:
    def __init__(self, owner: AsyncPayments) -> None: ...
    create: _AsyncStreaming_create
    update: _AsyncStreaming_update
