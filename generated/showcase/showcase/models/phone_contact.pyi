from .._runtime._models import SDKModel

__all__ = [
    "PhoneContact",
]

class PhoneContact(SDKModel):
    phone: str
    extension: str | None
    def __init__(
        self,
        *,
        phone: str,
        extension: str | None = None,
    ) -> None: ...
