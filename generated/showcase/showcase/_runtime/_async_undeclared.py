"""Calls to endpoints the API description does not declare: `client.get(...)`, `post`...

The methods only spell the HTTP method: `_undeclared` makes each a call that the client
sends with its retries, credentials, errors, deadline and hooks.

This is the source of the I/O code: scripts/unasync.py derives _sync_undeclared.py from it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Unpack, cast

import httpx2 as httpx
from typing_extensions import TypeVar

from ._base_client import BaseAPIClient, Call
from ._types import NOT_GIVEN, CallOptions, NotGiven, RequestOptions

# what an undeclared endpoint returns: `cast_to`'s type, else Any (the parsed JSON)
CastT = TypeVar("CastT", default=Any)


class AsyncUndeclaredCalls(BaseAPIClient):
    """`get`, `post`, `put`, `patch` and `delete` of AsyncAPIClient (which sends with `_call`)."""

    if TYPE_CHECKING:

        async def _call(
            self, call: Call, parse: Callable[[httpx.Response], Any]
        ) -> Any: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CastT:
        """GET `path` (under base_url), an endpoint the API description does not declare:
        with the client's retries, credentials, errors, deadline and hooks. The JSON answer
        is validated as `cast_to` (a model, `list[Model]`, `dict`...), else returned parsed."""
        return cast(
            CastT,
            await self._undeclared(
                "GET", path, cast_to, None, params, headers, options
            ),
        )

    async def post(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CastT:
        """POST to `path` as `get` does; `body` is sent as JSON (a model, a dict...)."""
        return cast(
            CastT,
            await self._undeclared(
                "POST", path, cast_to, body, params, headers, options
            ),
        )

    async def put(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CastT:
        """PUT to `path` as `post` does."""
        return cast(
            CastT,
            await self._undeclared(
                "PUT", path, cast_to, body, params, headers, options
            ),
        )

    async def patch(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CastT:
        """PATCH `path` as `post` does."""
        return cast(
            CastT,
            await self._undeclared(
                "PATCH", path, cast_to, body, params, headers, options
            ),
        )

    async def delete(
        self,
        path: str,
        *,
        cast_to: type[CastT] | NotGiven = NOT_GIVEN,
        body: object = None,
        params: Mapping[str, object] | None = None,
        headers: Mapping[str, str] | None = None,
        **options: Unpack[CallOptions],
    ) -> CastT:
        """DELETE `path` as `post` does."""
        return cast(
            CastT,
            await self._undeclared(
                "DELETE", path, cast_to, body, params, headers, options
            ),
        )

    async def _undeclared(
        self,
        method: str,
        path: str,
        cast_to: Any,
        body: object,
        params: Mapping[str, object] | None,
        headers: Mapping[str, str] | None,
        options: CallOptions,
    ) -> Any:
        """The one implementation of `get`, `post`, `put`, `patch` and `delete`."""
        endpoint, parse = self._undeclared_endpoint(method, path, cast_to, body)
        given = RequestOptions(extra_headers=headers, extra_query=params, **options)
        call = Call(endpoint, body=body, options=given)
        return await self._call(call, parse)
