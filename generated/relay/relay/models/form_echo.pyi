from .._runtime._models import SDKModel

__all__ = [
    "FormEcho",
]

class FormEcho(SDKModel):
    fields_: dict[str, str]
    def __init__(
        self,
        *,
        fields_: dict[str, str],
    ) -> None: ...
