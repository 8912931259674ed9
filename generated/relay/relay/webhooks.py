"""The events the Relay API sends to your endpoints, and `Webhooks`,
which verifies and reads them (also `client.webhooks`)."""

from __future__ import annotations

from . import models
from ._runtime import _webhooks

__all__ = ["EVENTS", "SECRET_ENV", "SIGNATURE", "Webhooks"]

SIGNATURE = _webhooks.SignatureScheme(
    "standard",
    signature_header="webhook-signature",
    timestamp_header="webhook-timestamp",
    id_header="webhook-id",
)
"""How the API signs its webhooks."""

SECRET_ENV = "RELAY_WEBHOOK_SECRET"
"""The environment variable the signing secret is read from when none is given."""

EVENTS = _webhooks.EventTypes(
    models.WebhookEvent,
    tag="type",
    by_value={
        "job.completed": models.JobCompletedEvent,
        "payment.succeeded": models.PaymentSucceededEvent,
        "job.finished": models.JobFinishedEvent,
    },
    unknown=models.UnknownWebhookEvent,
)
"""The events and how a payload is told apart."""


class Webhooks(_webhooks.Webhooks[models.WebhookEvent | models.UnknownWebhookEvent]):
    """Verifies the webhooks the API sends and reads them as `models.WebhookEvent`.

    `unwrap(payload, headers)` checks the signature (secret: `secret=`, else
    $RELAY_WEBHOOK_SECRET), then reads the event; `parse(payload)` reads it WITHOUT checking
    (unsafe for requests from the network); `verify_signature(payload, headers)` only checks.
    """

    def __init__(self, *, secret: str | None = None) -> None:
        super().__init__(EVENTS, SIGNATURE, SECRET_ENV, secret=secret)
