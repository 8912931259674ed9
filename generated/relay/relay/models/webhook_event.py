"""Models: WebhookEvent."""

from typing import TypeAlias

from .job_completed_event import JobCompletedEvent
from .job_finished_event import JobFinishedEvent
from .payment_succeeded_event import PaymentSucceededEvent

__all__ = [
    "WebhookEvent",
]


WebhookEvent: TypeAlias = JobCompletedEvent | PaymentSucceededEvent | JobFinishedEvent
"""Every event the API sends to your endpoints (`client.webhooks.unwrap`)."""
