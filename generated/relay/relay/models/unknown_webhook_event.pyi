from . import UnknownWebhookEvent as UnknownWebhookEvent

__all__ = [
    "UnknownWebhookEvent",
]
