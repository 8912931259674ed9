from typing import Any

import httpx

from . import models as _models

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidRequestError",
    "NotFoundError",
    "NotModifiedError",
    "PaginationLinkError",
    "PaginationLoopError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "UnprocessableEntityError",
    "WebhookPayloadError",
    "WebhookVerificationError",
]

class APIError(Exception):
    message: str
    request: httpx.Request | None
    def __init__(
        self, message: str, *, request: httpx.Request | None = None
    ) -> None: ...

class APIConnectionError(APIError):
    def __init__(
        self, message: str = ..., *, request: httpx.Request | None = None
    ) -> None: ...

class APITimeoutError(APIConnectionError): ...
class InvalidRequestError(APIError, ValueError): ...
class PaginationLinkError(APIError): ...
class PaginationLoopError(APIError): ...
class WebhookVerificationError(APIError, ValueError): ...
class WebhookPayloadError(APIError, ValueError): ...

class _ResponseError(APIError):
    response: httpx.Response
    status_code: int
    def __init__(self, message: str, *, response: httpx.Response) -> None: ...

class APIStatusError(_ResponseError):
    body: _models.Error
    request_id: str | None
    def __init__(
        self, message: str, *, response: httpx.Response, body: object
    ) -> None: ...

class RedirectError(APIStatusError):
    location: str | None

class NotModifiedError(APIStatusError):
    etag: str | None

class BadRequestError(APIStatusError): ...
class AuthenticationError(APIStatusError): ...
class PermissionDeniedError(APIStatusError): ...
class NotFoundError(APIStatusError): ...
class ConflictError(APIStatusError): ...
class UnprocessableEntityError(APIStatusError): ...
class RateLimitError(APIStatusError): ...
class InternalServerError(APIStatusError): ...

class APIResponseValidationError(_ResponseError):
    body: object
    def __init__(
        self, message: str, *, response: httpx.Response, body: object
    ) -> None: ...

class ResponseTooLargeError(_ResponseError):
    limit: int
    def __init__(
        self, message: str, *, response: httpx.Response, limit: int
    ) -> None: ...

def request_id_of(response: httpx.Response) -> str | None: ...
def status_error_class(status_code: int) -> type[APIStatusError]: ...
def declared_body(error_class: type[APIStatusError]) -> Any: ...
