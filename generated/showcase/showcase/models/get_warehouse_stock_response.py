"""Models: GetWarehouseStockResponse."""

import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "GetWarehouseStockResponse",
]


class GetWarehouseStockResponse(SDKModel):
    """Stock of one item in one warehouse."""

    warehouse_code: str

    item_id: int

    quantity: int

    last_counted_at: dt.datetime
