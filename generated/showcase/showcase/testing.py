"""Test code that calls the Zoo Showcase API without a network.

    from showcase.testing import MockAPI

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
from .resources import (
    animals as _r_animals,
)
from .resources import (
    animals_keepers as _r_animals_keepers,
)
from .resources import (
    diagnostics_echo as _r_diagnostics_echo,
)
from .resources import (
    inventory_by_sku as _r_inventory_by_sku,
)
from .resources import (
    inventory_categories as _r_inventory_categories,
)
from .resources import (
    inventory_items as _r_inventory_items,
)
from .resources import (
    inventory_warehouses_items as _r_inventory_warehouses_items,
)
from .resources import (
    store_admin_reset as _r_store_admin_reset,
)
from .resources import (
    store_admin_stats as _r_store_admin_stats,
)
from .resources import (
    tickets as _r_tickets,
)
from .resources import (
    tours as _r_tours,
)

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall


class AnimalsMock:
    """`animals` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("animals.create", _r_animals._CREATE, ())
        self.retrieve = api.operation("animals.retrieve", _r_animals._RETRIEVE, ())
        self.delete = api.operation("animals.delete", _r_animals._DELETE, ())
        self.photo = api.operation("animals.photo", _r_animals._PHOTO, ())
        self.list = api.operation(
            "animals.list",
            _r_animals._LIST,
            (
                _testing.Parameter("limit", "query", False),
                _testing.Parameter("kind", "query", False),
                _testing.Parameter("vaccinated", "query", False),
                _testing.Parameter("tag", "query", False),
            ),
        )
        self.keepers = AnimalsKeepersMock(api)


class AnimalsKeepersMock:
    """`animals.keepers` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "animals.keepers.create", _r_animals_keepers._CREATE, ()
        )
        self.list = api.operation("animals.keepers.list", _r_animals_keepers._LIST, ())


class InventoryMock:
    """`inventory` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.items = InventoryItemsMock(api)
        self.by_sku = InventoryBySkuMock(api)
        self.warehouses = InventoryWarehousesMock(api)
        self.categories = InventoryCategoriesMock(api)


class InventoryItemsMock:
    """`inventory.items` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "inventory.items.create", _r_inventory_items._CREATE, ()
        )
        self.retrieve = api.operation(
            "inventory.items.retrieve", _r_inventory_items._RETRIEVE, ()
        )
        self.delete = api.operation(
            "inventory.items.delete", _r_inventory_items._DELETE, ()
        )
        self.update = api.operation(
            "inventory.items.update", _r_inventory_items._UPDATE, ()
        )
        self.label = api.operation(
            "inventory.items.label", _r_inventory_items._LABEL, ()
        )
        self.in_stock = api.operation(
            "inventory.items.in_stock",
            _r_inventory_items._IN_STOCK,
            (_testing.Parameter("If-None-Match", "header", False),),
        )
        self.future = api.operation(
            "inventory.items.future", _r_inventory_items._FUTURE, ()
        )
        self.list = api.operation(
            "inventory.items.list",
            _r_inventory_items._LIST,
            (
                _testing.Parameter("status", "query", False),
                _testing.Parameter("in_stock", "query", False),
                _testing.Parameter("updated_since", "query", False),
                _testing.Parameter("ids", "query", False),
                _testing.Parameter("page", "query", False),
                _testing.Parameter("per_page", "query", False),
            ),
        )


class InventoryBySkuMock:
    """`inventory.by_sku` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation(
            "inventory.by_sku.list", _r_inventory_by_sku._LIST, ()
        )


class InventoryWarehousesMock:
    """`inventory.warehouses` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.items = InventoryWarehousesItemsMock(api)


class InventoryWarehousesItemsMock:
    """`inventory.warehouses.items` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.retrieve = api.operation(
            "inventory.warehouses.items.retrieve",
            _r_inventory_warehouses_items._RETRIEVE,
            (),
        )


class InventoryCategoriesMock:
    """`inventory.categories` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation(
            "inventory.categories.list", _r_inventory_categories._LIST, ()
        )


class StoreAdminMock:
    """`store_admin` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.stats = StoreAdminStatsMock(api)
        self.reset = StoreAdminResetMock(api)


class StoreAdminStatsMock:
    """`store_admin.stats` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation(
            "store_admin.stats.list",
            _r_store_admin_stats._LIST,
            (_testing.Parameter("X-Admin-Token", "header", True),),
        )


class StoreAdminResetMock:
    """`store_admin.reset` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "store_admin.reset.create",
            _r_store_admin_reset._CREATE,
            (_testing.Parameter("X-Admin-Token", "header", True),),
        )


class TicketsMock:
    """`tickets` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("tickets.create", _r_tickets._CREATE, ())
        self.retrieve = api.operation("tickets.retrieve", _r_tickets._RETRIEVE, ())


class DiagnosticsMock:
    """`diagnostics` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.echo = DiagnosticsEchoMock(api)


class DiagnosticsEchoMock:
    """`diagnostics.echo` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.retrieve = api.operation(
            "diagnostics.echo.retrieve",
            _r_diagnostics_echo._RETRIEVE,
            (
                _testing.Parameter("X-Trace-Id", "header", True),
                _testing.Parameter("count", "query", False),
                _testing.Parameter("flag", "query", False),
                _testing.Parameter("mode", "query", False),
                _testing.Parameter("since", "query", False),
                _testing.Parameter("tag", "query", False),
                _testing.Parameter("ids", "query", False),
                _testing.Parameter("sizes", "query", False),
                _testing.Parameter("X-Retry-Count", "header", False),
            ),
        )
        self.create = api.operation(
            "diagnostics.echo.create",
            _r_diagnostics_echo._CREATE,
            (
                _testing.Parameter("dry_run", "query", False),
                _testing.Parameter("X-Trace-Id", "header", False),
            ),
        )


class ToursMock:
    """`tours` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.retrieve = api.operation("tours.retrieve", _r_tours._RETRIEVE, ())


class MockAPI(_testing.MockAPIBase):
    """The API as a mock: `api.<resource>.<method>` answers that method's requests; `client()`
    and `async_client()` are clients that send to it (keywords go to the client)."""

    client_class = _client.Client
    async_client_class = _client.AsyncClient
    # the headers and query parameters that carry credentials: recorded as "[redacted]"
    secret_headers = frozenset([])
    credential_query = frozenset([])

    def __init__(self, base_url: str = "http://mock.test") -> None:
        super().__init__(base_url)
        self.animals = AnimalsMock(self)
        self.inventory = InventoryMock(self)
        self.store_admin = StoreAdminMock(self)
        self.tickets = TicketsMock(self)
        self.diagnostics = DiagnosticsMock(self)
        self.tours = ToursMock(self)
