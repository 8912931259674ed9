from .._runtime._models import SDKModel

__all__ = [
    "ContactForm",
]

class ContactForm(SDKModel):
    name: str
    email: str
    count: int | None
    def __init__(
        self,
        *,
        name: str,
        email: str,
        count: int | None = None,
    ) -> None: ...
