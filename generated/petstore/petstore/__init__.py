"""Swagger Petstore SDK: a typed sync `Client` and async `AsyncClient`.

from petstore import Client, models

client = Client()
"""

from . import errors, models
from ._client import DEFAULT_BASE_URL, SERVERS, AsyncClient, Client
from ._runtime._types import NOT_GIVEN, NotGiven
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
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "SERVERS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "__version__",
    "errors",
    "models",
]
