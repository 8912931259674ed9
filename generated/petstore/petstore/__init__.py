"""Swagger Petstore SDK: a typed sync `Client` and async `AsyncClient`.

from petstore import Client, models

client = Client()
"""

import importlib
from typing import TYPE_CHECKING, Any

from . import errors
from ._client import DEFAULT_BASE_URL, SERVERS, AsyncClient, Client
from ._runtime._async_pagination import AsyncPage
from ._runtime._async_response import AsyncStreamedResponse
from ._runtime._async_streaming import AsyncStream
from ._runtime._files import FileTypes
from ._runtime._hooks import CallEvent
from ._runtime._response import APIResponse
from ._runtime._sync_pagination import SyncPage
from ._runtime._sync_response import StreamedResponse
from ._runtime._sync_streaming import Stream
from ._runtime._types import NOT_GIVEN, NotGiven, Omit, omit
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    InvalidRequestError,
    NotFoundError,
    NotModifiedError,
    PaginationLinkError,
    PaginationLoopError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    UnprocessableEntityError,
    WebhookPayloadError,
    WebhookVerificationError,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "SERVERS",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPage",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "CallEvent",
    "Client",
    "ConflictError",
    "FileTypes",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "NotGiven",
    "NotModifiedError",
    "Omit",
    "PaginationLinkError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "Stream",
    "StreamedResponse",
    "SyncPage",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "errors",
    "models",
    "omit",
]

if TYPE_CHECKING:
    from . import models


def __getattr__(name: str) -> Any:
    # `models` (its table of names) is imported on first use: `import petstore` costs
    # the same for three models as for three thousand
    if name == "models":
        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
