"""StoreAdmin: the operations tagged store_admin."""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from .. import models
from .._runtime._base_client import AsyncResource, SyncResource
from .._runtime._endpoint import Endpoint, ResponseSpec
from .._runtime._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = ["AsyncStoreAdmin", "StoreAdmin"]


_GET_INVENTORY_STATS: Endpoint[models.InventoryStats] = Endpoint(
    method="GET",
    path="/admin/stats",
    responses=(ResponseSpec("200", "json", models.InventoryStats),),
    errors=(
        ResponseSpec("403", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


_RESET_STORE: Endpoint[None] = Endpoint(
    method="POST",
    path="/admin/reset",
    responses=(ResponseSpec("204", "empty"),),
    errors=(
        ResponseSpec("403", "json", models.Error),
        ResponseSpec("default", "json", models.Error),
    ),
)


class StoreAdmin(SyncResource):
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _GET_INVENTORY_STATS,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )

    def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return self._client.request(
            _RESET_STORE,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )


class AsyncStoreAdmin(AsyncResource):
    """Administrative operations for the store staff; they need the `X-Admin-Token` header."""

    async def get_inventory_stats(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> models.InventoryStats:
        """Get inventory statistics

        Counts items per status and values the stock of each warehouse.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _GET_INVENTORY_STATS,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )

    async def reset_store(
        self,
        *,
        x_admin_token: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reset all data

        Drops every change and restores the seeded data.

        Args:
            x_admin_token: The store admin token.
        """
        return await self._client.request(
            _RESET_STORE,
            headers={
                "X-Admin-Token": x_admin_token,
            },
            options=RequestOptions(
                extra_headers=extra_headers, extra_query=extra_query, timeout=timeout
            ),
        )
