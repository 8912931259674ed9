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
from ._runtime import _testing
from .resources import pets as _r_pets

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall


class PetsMock:
    """`pets` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("pets.create", _r_pets._CREATE, ())
        self.retrieve = api.operation(
            "pets.retrieve",
            _r_pets._RETRIEVE,
            (),
            {"id": 7, "name": "Biscuit", "tag": "dog"},
        )
        self.delete = api.operation("pets.delete", _r_pets._DELETE, ())
        self.list = api.operation(
            "pets.list", _r_pets._LIST, (_testing.Parameter("limit", "query", False),)
        )


class MockAPI(_testing.MockAPIBase):
    """The API as a mock: `api.<resource>.<method>` answers that method's requests; `client()`
    and `async_client()` are clients that send to it (keywords go to the client)."""

    client_class = _client.Client
    async_client_class = _client.AsyncClient
    # the headers and query parameters that carry credentials: recorded as "[redacted]"
    secret_headers = frozenset(["api_key"])
    credential_query = frozenset([])

    def __init__(self, base_url: str = "http://mock.test") -> None:
        super().__init__(base_url)
        self.pets = PetsMock(self)
