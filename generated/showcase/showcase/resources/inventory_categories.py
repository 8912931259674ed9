"""`client.inventory.categories`: InventoryCategories and its response views."""

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
    "AsyncInventoryCategories",
    "AsyncInventoryCategoriesWithRawResponse",
    "AsyncInventoryCategoriesWithStreamingResponse",
    "InventoryCategories",
    "InventoryCategoriesWithRawResponse",
    "InventoryCategoriesWithStreamingResponse",
]


_LIST: Endpoint[list[_models.Category]] = Endpoint(
    method="GET",
    path="/categories",
    responses=(ResponseSpec("200", "json", lambda: list[_models.Category]),),
    errors=(ResponseSpec("default", "json", lambda: _models.Error),),
)


class InventoryCategories(SyncResource):
    """Operations of the InventoryCategories resource."""

    @cached_property
    def with_raw_response(self) -> InventoryCategoriesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return InventoryCategoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> InventoryCategoriesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return InventoryCategoriesWithStreamingResponse(self)

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
    ) -> list[_models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.
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


class InventoryCategoriesWithRawResponse:
    """The methods of InventoryCategories, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: InventoryCategories) -> None:
        self._owner = owner

    list = RawView(InventoryCategories.list)


class InventoryCategoriesWithStreamingResponse:
    """The methods of InventoryCategories, returning a context manager over the unread response."""

    def __init__(self, owner: InventoryCategories) -> None:
        self._owner = owner

    list = StreamingView(InventoryCategories.list)


class AsyncInventoryCategories(AsyncResource):
    """Operations of the InventoryCategories resource."""

    @cached_property
    def with_raw_response(self) -> AsyncInventoryCategoriesWithRawResponse:
        """These methods, returning the HTTP response (`.parse()` gives the usual result)."""
        return AsyncInventoryCategoriesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncInventoryCategoriesWithStreamingResponse:
        """These methods, as context managers over the response, its body not read yet."""
        return AsyncInventoryCategoriesWithStreamingResponse(self)

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
    ) -> list[_models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.
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


class AsyncInventoryCategoriesWithRawResponse:
    """The methods of AsyncInventoryCategories, returning the HTTP response with `parse()` for the result."""

    def __init__(self, owner: AsyncInventoryCategories) -> None:
        self._owner = owner

    list = AsyncRawView(AsyncInventoryCategories.list)


class AsyncInventoryCategoriesWithStreamingResponse:
    """The methods of AsyncInventoryCategories, returning a context manager over the unread response."""

    def __init__(self, owner: AsyncInventoryCategories) -> None:
        self._owner = owner

    list = AsyncStreamingView(AsyncInventoryCategories.list)
