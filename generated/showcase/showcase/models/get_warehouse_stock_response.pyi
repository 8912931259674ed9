from . import GetWarehouseStockResponse as GetWarehouseStockResponse

__all__ = [
    "GetWarehouseStockResponse",
]
