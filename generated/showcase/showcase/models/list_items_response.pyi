from . import ListItemsResponse as ListItemsResponse

__all__ = [
    "ListItemsResponse",
]
