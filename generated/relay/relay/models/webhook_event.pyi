from . import WebhookEvent as WebhookEvent

__all__ = [
    "WebhookEvent",
]
