"""`client.inventory.by_sku`: InventoryBySku and its response views."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NOT_GIVEN, NotGiven, Omit, RequestOptions

__all__ = [
    "AsyncInventoryBySku",
    "AsyncInventoryBySkuWithRawResponse",
    "AsyncInventoryBySkuWithStreamingResponse",
    "InventoryBySku",
    "InventoryBySkuWithRawResponse",
    "InventoryBySkuWithStreamingResponse",
]


_LIST: Endpoint[dict[str, _models.Item]] = Endpoint(
    method="GET",
    path="/inventory/by-sku",
    responses=(ResponseSpec("200", "json", lambda: dict[str, _models.Item]),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
)


class InventoryBySku(SyncResource):
    """Operations of the InventoryBySku resource."""

    @cached_property
    def with_raw_response(self) -> InventoryBySkuWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryBySkuWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryBySkuWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryBySkuWithStreamingResponse(self)

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
    ) -> dict[str, _models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.
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


class InventoryBySkuWithRawResponse:
    """The methods of InventoryBySku, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryBySku) -> None:
        self._owner = owner

    list = RawView(InventoryBySku.list)


class InventoryBySkuWithStreamingResponse:
    """The methods of InventoryBySku, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryBySku) -> None:
        self._owner = owner

    list = StreamingView(InventoryBySku.list)


class AsyncInventoryBySku(AsyncResource):
    """Operations of the InventoryBySku resource."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryBySkuWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryBySkuWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInventoryBySkuWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryBySkuWithStreamingResponse(self)

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
    ) -> dict[str, _models.Item]:
        """Index items by SKU

        Returns every item in a map keyed by its SKU.
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


class AsyncInventoryBySkuWithRawResponse:
    """The methods of AsyncInventoryBySku, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryBySku) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncInventoryBySku.list)


class AsyncInventoryBySkuWithStreamingResponse:
    """The methods of AsyncInventoryBySku, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryBySku) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncInventoryBySku.list)
