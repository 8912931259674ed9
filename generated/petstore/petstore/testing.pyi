from typing import Any

from . import _client
from . import models as _models
from ._runtime import _testing

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall

class PetsMock:
    """`pets` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Pet]
    retrieve: _testing.OperationMock[_models.Pet]
    delete: _testing.OperationMock[None]
    list: _testing.OperationMock[list[_models.Pet]]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class MockAPI(_testing.MockAPIBase):
    client_class: type[_client.Client]
    async_client_class: type[_client.AsyncClient]
    pets: PetsMock
    def __init__(self, base_url: str = "http://mock.test") -> None: ...
    def client(self, **arguments: Any) -> _client.Client: ...
    def async_client(self, **arguments: Any) -> _client.AsyncClient: ...
