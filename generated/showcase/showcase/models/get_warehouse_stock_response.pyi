import datetime as dt

from .._runtime._models import SDKModel

__all__ = [
    "GetWarehouseStockResponse",
]

class GetWarehouseStockResponse(SDKModel):
    warehouse_code: str
    item_id: int
    quantity: int
    last_counted_at: dt.datetime
    def __init__(
        self,
        *,
        warehouse_code: str,
        item_id: int,
        quantity: int,
        last_counted_at: dt.datetime,
    ) -> None: ...
