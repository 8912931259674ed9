from . import UpdateItemBody as UpdateItemBody
from . import UpdateItemBodyParam as UpdateItemBodyParam

__all__ = [
    "UpdateItemBody",
    "UpdateItemBodyParam",
]
