from . import TokenRequest as TokenRequest
from . import TokenRequestParam as TokenRequestParam

__all__ = [
    "TokenRequest",
    "TokenRequestParam",
]
