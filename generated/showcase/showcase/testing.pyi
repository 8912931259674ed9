from typing import Any

from . import _client
from . import models as _models
from ._runtime import _testing

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall

class AnimalsMock:
    """`animals` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Animal]
    retrieve: _testing.OperationMock[_models.Animal]
    delete: _testing.OperationMock[None]
    photo: _testing.OperationMock[bytes]
    list: _testing.OperationMock[list[_models.Animal]]
    keepers: AnimalsKeepersMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AnimalsKeepersMock:
    """`animals.keepers` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Keeper]
    list: _testing.OperationMock[list[_models.Keeper]]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryMock:
    """`inventory` of the mock API: one `OperationMock` per method."""

    items: InventoryItemsMock
    by_sku: InventoryBySkuMock
    warehouses: InventoryWarehousesMock
    categories: InventoryCategoriesMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryItemsMock:
    """`inventory.items` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Item]
    retrieve: _testing.OperationMock[_models.ItemDetail]
    delete: _testing.OperationMock[None]
    update: _testing.OperationMock[_models.Item]
    label: _testing.OperationMock[str]
    future: _testing.OperationMock[_models.Item]
    list: _testing.OperationMock[_models.ListItemsResponse]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryBySkuMock:
    """`inventory.by_sku` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[dict[str, _models.Item]]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryWarehousesMock:
    """`inventory.warehouses` of the mock API: one `OperationMock` per method."""

    items: InventoryWarehousesItemsMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryWarehousesItemsMock:
    """`inventory.warehouses.items` of the mock API: one `OperationMock` per method."""

    retrieve: _testing.OperationMock[_models.GetWarehouseStockResponse]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class InventoryCategoriesMock:
    """`inventory.categories` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[list[_models.Category]]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class StoreAdminMock:
    """`store_admin` of the mock API: one `OperationMock` per method."""

    stats: StoreAdminStatsMock
    reset: StoreAdminResetMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class StoreAdminStatsMock:
    """`store_admin.stats` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.InventoryStats]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class StoreAdminResetMock:
    """`store_admin.reset` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[None]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class TicketsMock:
    """`tickets` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Ticket]
    retrieve: _testing.OperationMock[_models.Ticket]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class DiagnosticsMock:
    """`diagnostics` of the mock API: one `OperationMock` per method."""

    echo: DiagnosticsEchoMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class DiagnosticsEchoMock:
    """`diagnostics.echo` of the mock API: one `OperationMock` per method."""

    retrieve: _testing.OperationMock[_models.EchoResponse]
    create: _testing.OperationMock[_models.EchoResponse]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class ToursMock:
    """`tours` of the mock API: one `OperationMock` per method."""

    retrieve: _testing.OperationMock[_models.Tour]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class MockAPI(_testing.MockAPIBase):
    client_class: type[_client.Client]
    async_client_class: type[_client.AsyncClient]
    animals: AnimalsMock
    inventory: InventoryMock
    store_admin: StoreAdminMock
    tickets: TicketsMock
    diagnostics: DiagnosticsMock
    tours: ToursMock
    def __init__(self, base_url: str = "http://mock.test") -> None: ...
    def client(self, **arguments: Any) -> _client.Client: ...
    def async_client(self, **arguments: Any) -> _client.AsyncClient: ...
