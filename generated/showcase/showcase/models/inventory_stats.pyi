from . import InventoryStats as InventoryStats

__all__ = [
    "InventoryStats",
]
