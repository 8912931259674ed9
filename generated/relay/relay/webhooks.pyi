from . import models
from ._runtime import _webhooks

__all__ = ["EVENTS", "SECRET_ENV", "SIGNATURE", "Webhooks"]

SIGNATURE: _webhooks.SignatureScheme
SECRET_ENV: str
EVENTS: _webhooks.EventTypes

class Webhooks(_webhooks.Webhooks[models.WebhookEvent | models.UnknownWebhookEvent]):
    def __init__(self, *, secret: str | None = None) -> None: ...
