"""Test code that calls the Swagger Petstore API without a network.

    from petstore.testing import MockAPI

    with MockAPI() as api:
        api.<resource>.<method>.respond(...)   # typed like the method's result
        client = api.client()                  # or api.async_client()
        ...                                    # the code under test, given `client`
        api.<resource>.<method>.calls          # what it sent

Each request is checked against the API description (unknown or missing parameters, a
body of the wrong shape) and each configured answer against the declared response; both
fail with `MockAPIError` (an AssertionError) naming the operation.
"""

from __future__ import annotations

from . import _client
from . import models as _models
from ._runtime import _testing
from .resources import pets as _r_pets

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall

# headers that carry credentials: recorded as "[redacted]"
_SECRET_HEADERS: frozenset[str] = frozenset(["api_key"])
# query parameters that carry credentials: every operation takes them, recorded redacted
_CREDENTIAL_QUERY: frozenset[str] = frozenset([])


class PetsMock:
    """`pets` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.Pet] = api.operation(
            _testing.OperationMock(
                "pets.create",
                _r_pets._CREATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.retrieve: _testing.OperationMock[_models.Pet] = api.operation(
            _testing.OperationMock(
                "pets.retrieve",
                _r_pets._RETRIEVE,
                (),
                example={"id": 7, "name": "Biscuit", "tag": "dog"},
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.delete: _testing.OperationMock[None] = api.operation(
            _testing.OperationMock(
                "pets.delete",
                _r_pets._DELETE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.list: _testing.OperationMock[list[_models.Pet]] = api.operation(
            _testing.OperationMock(
                "pets.list",
                _r_pets._LIST,
                (_testing.Parameter("limit", "query", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class MockAPI(_testing.MockAPIBase):
    """The API as a mock: `api.<resource>.<method>` answers that method's requests; `client()`
    and `async_client()` are clients that send to it (keywords go to the client)."""

    client_class = _client.Client
    async_client_class = _client.AsyncClient

    def __init__(self, base_url: str = "http://mock.test") -> None:
        super().__init__(base_url)
        self.pets = PetsMock(self)

    def __enter__(self) -> MockAPI:
        return self
