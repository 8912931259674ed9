from collections.abc import Mapping
from functools import cached_property

import httpx2 as httpx

from .. import models as _models
from .._runtime._async_client import AsyncResource
from .._runtime._async_response import AsyncRawView, AsyncStreamingView
from .._runtime._endpoint import Endpoint
from .._runtime._sync_client import SyncResource
from .._runtime._sync_response import RawView, StreamingView
from .._runtime._types import NotGiven, Omit

__all__ = [
    "AsyncInventoryCategories",
    "AsyncInventoryCategoriesWithRawResponse",
    "AsyncInventoryCategoriesWithStreamingResponse",
    "InventoryCategories",
    "InventoryCategoriesWithRawResponse",
    "InventoryCategoriesWithStreamingResponse",
]

_LIST: Endpoint[list[_models.Category]]

class InventoryCategories(SyncResource):
    @cached_property
    def with_raw_response(self) -> InventoryCategoriesWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> InventoryCategoriesWithStreamingResponse: ...
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
    ) -> list[_models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.

        GET /categories
        """

class InventoryCategoriesWithRawResponse:
    def __init__(self, owner: InventoryCategories) -> None: ...
    list = RawView(InventoryCategories.list)

class InventoryCategoriesWithStreamingResponse:
    def __init__(self, owner: InventoryCategories) -> None: ...
    list = StreamingView(InventoryCategories.list)

class AsyncInventoryCategories(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncInventoryCategoriesWithRawResponse: ...
    @cached_property
    def with_streaming_response(
        self,
    ) -> AsyncInventoryCategoriesWithStreamingResponse: ...
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
    ) -> list[_models.Category]:
        """Get the category tree

        Returns the top-level item categories, each with its sub-categories nested inside it. This operation has no operationId on purpose.

        GET /categories
        """

class AsyncInventoryCategoriesWithRawResponse:
    def __init__(self, owner: AsyncInventoryCategories) -> None: ...
    list = AsyncRawView(AsyncInventoryCategories.list)

class AsyncInventoryCategoriesWithStreamingResponse:
    def __init__(self, owner: AsyncInventoryCategories) -> None: ...
    list = AsyncStreamingView(AsyncInventoryCategories.list)
