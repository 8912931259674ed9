"""Models: UnknownWebhookEvent."""

from .._runtime._models import SDKModel

__all__ = [
    "UnknownWebhookEvent",
]


class UnknownWebhookEvent(SDKModel):
    """An event whose 'type' the API description does not list (one added since): its fields are kept as extra keys."""

    type: str
