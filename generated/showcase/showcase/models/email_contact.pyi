from .._runtime._models import SDKModel

__all__ = [
    "EmailContact",
]

class EmailContact(SDKModel):
    email: str
    def __init__(
        self,
        *,
        email: str,
    ) -> None: ...
