"""The HTTP machinery under Client and AsyncClient: build a request, send it, read the answer.

The sync and async classes are written from one template, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

import httpx
from pydantic import ValidationError

from .. import errors
from .._version import __version__
from ._endpoint import Endpoint, match_response
from ._serialize import (
    adapter_for,
    encode_body,
    encode_cookies,
    encode_headers,
    encode_path,
    encode_query,
    to_text,
)
from ._types import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    RequestOptions,
)

ResultT = TypeVar("ResultT")

USER_AGENT = f"showcase-python/{__version__}"
_NO_OPTIONS = RequestOptions()


class BaseAPIClient:
    """Settings and the parts of a call that do no I/O; shared by both clients."""

    _base_url: str
    _timeout: float | httpx.Timeout | None
    _max_retries: int
    _default_headers: dict[str, str]
    _owns_http: bool

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        if base_url is None:
            raise ValueError(
                "base_url is required: the API description names no absolute server URL"
            )
        self._base_url = str(base_url)
        self._timeout = timeout
        self._max_retries = max_retries
        self._default_headers = dict(default_headers or {})

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def timeout(self) -> float | httpx.Timeout | None:
        return self._timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._base_url!r})"

    def _copy_with(
        self,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None | NotGiven,
        max_retries: int | NotGiven,
        default_headers: Mapping[str, str] | None,
    ) -> Self:
        # A shallow copy of the settings (underscore attributes) that shares the HTTP
        # connection pool; cached resources are left behind so they bind to the copy.
        clone = object.__new__(type(self))
        clone.__dict__.update(
            {key: value for key, value in self.__dict__.items() if key.startswith("_")}
        )
        clone._owns_http = False
        if base_url is not None:
            clone._base_url = str(base_url)
        if not isinstance(timeout, NotGiven):
            clone._timeout = timeout
        if not isinstance(max_retries, NotGiven):
            clone._max_retries = max_retries
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        return clone

    def _request_arguments(
        self,
        endpoint: Endpoint[Any],
        path: Mapping[str, Any] | None,
        query: Mapping[str, Any] | None,
        headers: Mapping[str, Any] | None,
        cookies: Mapping[str, Any] | None,
        body: Any,
        options: RequestOptions,
    ) -> dict[str, Any]:
        """Everything `httpx.Client.build_request` needs for one call."""
        url = self._base_url.rstrip("/") + encode_path(endpoint, path or {})
        params = encode_query(endpoint, query or {})
        if options.extra_query:
            params.extend(
                (key, to_text(value)) for key, value in options.extra_query.items()
            )
        all_headers = {
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
            **self._default_headers,
        }
        all_headers.update(encode_headers(endpoint, headers or {}))
        cookie = encode_cookies(cookies or {})
        if cookie is not None:
            all_headers["Cookie"] = cookie
        arguments: dict[str, Any] = {}
        if endpoint.body is not None and body is not None:
            arguments = encode_body(endpoint.body, body)
            all_headers.update(arguments.pop("headers", {}))
        if options.extra_headers:
            all_headers.update(options.extra_headers)
        timeout = (
            self._timeout if isinstance(options.timeout, NotGiven) else options.timeout
        )
        return {
            "method": endpoint.method,
            "url": url,
            "params": params,
            "headers": all_headers,
            "timeout": timeout,
            **arguments,
        }

    def _process_response(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> Any:
        """The typed result of a 2xx response, or the typed error of any other."""
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response)
        spec = match_response(endpoint.responses, response.status_code)
        if spec is None and endpoint.responses:
            spec = endpoint.responses[0]
        if spec is None or spec.kind == "empty":
            return None
        if spec.kind == "text":
            return response.text
        if spec.kind == "bytes":
            return response.content
        try:
            return adapter_for(spec.type).validate_json(response.content)
        except ValidationError as error:
            raise errors.APIResponseValidationError(
                f"the {response.status_code} response of {endpoint.method} {endpoint.path} does not match"
                f" the API description: {error.error_count()} validation error(s)",
                response=response,
                body=_loose_body(response),
            ) from error

    def _status_error(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> errors.APIStatusError:
        body: object = _loose_body(response)
        spec = match_response(endpoint.errors, response.status_code)
        if spec is not None and spec.kind == "json" and spec.type is not None:
            try:
                body = adapter_for(spec.type).validate_json(response.content)
            except ValidationError:
                pass  # keep the loose body: an error must not hide behind a parse failure
        error_class = errors.status_error_class(response.status_code)
        message = f"{response.status_code} {response.reason_phrase} from {endpoint.method} {response.request.url.path}"
        return error_class(message, response=response, body=body)


def _loose_body(response: httpx.Response) -> object:
    """Parsed JSON when the body is JSON, else its text."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


class SyncAPIClient(BaseAPIClient):
    """Sends requests with one shared `httpx.Client` (its connection pool)."""

    _http: httpx.Client
    _owns_http: bool

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()

    def request(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResultT:
        """Send one operation and return its typed result (used by the generated methods)."""
        arguments = self._request_arguments(
            endpoint, path, query, headers, cookies, body, options
        )
        request = self._http.build_request(**arguments)
        response = self._send(request)
        result: ResultT = self._process_response(endpoint, response)
        return result

    def _send(self, request: httpx.Request) -> httpx.Response:
        try:
            return self._http.send(request)
        except httpx.TimeoutException as error:
            raise errors.APITimeoutError(request=request) from error
        except httpx.RequestError as error:
            raise errors.APIConnectionError(
                f"Connection error: {type(error).__name__}", request=request
            ) from error

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool."""
        return self._copy_with(base_url, timeout, max_retries, default_headers)

    def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class SyncResource:
    """Base of the generated resource classes: holds the client they call through."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIClient(BaseAPIClient):
    """Sends requests with one shared `httpx.AsyncClient` (its connection pool)."""

    _http: httpx.AsyncClient
    _owns_http: bool

    def __init__(
        self,
        *,
        base_url: str | httpx.URL | None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()

    async def request(
        self,
        endpoint: Endpoint[ResultT],
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        cookies: Mapping[str, Any] | None = None,
        body: Any = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> ResultT:
        """Send one operation and return its typed result (used by the generated methods)."""
        arguments = self._request_arguments(
            endpoint, path, query, headers, cookies, body, options
        )
        request = self._http.build_request(**arguments)
        response = await self._send(request)
        result: ResultT = self._process_response(endpoint, response)
        return result

    async def _send(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self._http.send(request)
        except httpx.TimeoutException as error:
            raise errors.APITimeoutError(request=request) from error
        except httpx.RequestError as error:
            raise errors.APIConnectionError(
                f"Connection error: {type(error).__name__}", request=request
            ) from error

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, sharing its connection pool."""
        return self._copy_with(base_url, timeout, max_retries, default_headers)

    async def close(self) -> None:
        """Close the connection pool (unless it was passed in as `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


class AsyncResource:
    """Base of the generated resource classes: holds the client they call through."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
