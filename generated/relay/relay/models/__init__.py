"""Models of the Relay API.

Each model lives in a module of its own (models that refer to each other share one). This
package imports a module on first use of one of its names, so `import relay.models`
stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth_echo import AuthEcho as AuthEcho
    from .chat_chunk import ChatChunk as ChatChunk
    from .chat_completion import ChatCompletion as ChatCompletion
    from .chat_message import ChatMessage as ChatMessage
    from .chat_message import ChatMessageParam as ChatMessageParam
    from .chat_request import ChatRequest as ChatRequest
    from .chat_request import ChatRequestParam as ChatRequestParam
    from .chat_role import ChatRole as ChatRole
    from .contact_form import ContactForm as ContactForm
    from .contact_form import ContactFormParam as ContactFormParam
    from .error import Error as Error
    from .event import Event as Event
    from .event_digest import EventDigest as EventDigest
    from .file_info import FileInfo as FileInfo
    from .file_upload import FileUpload as FileUpload
    from .file_upload import FileUploadParam as FileUploadParam
    from .form_echo import FormEcho as FormEcho
    from .item import Item as Item
    from .item_page import ItemPage as ItemPage
    from .job import Job as Job
    from .job_completed_event import JobCompletedEvent as JobCompletedEvent
    from .job_create import JobCreate as JobCreate
    from .job_create import JobCreateParam as JobCreateParam
    from .job_finished_event import JobFinishedEvent as JobFinishedEvent
    from .job_state import JobState as JobState
    from .job_update import JobUpdate as JobUpdate
    from .job_update import JobUpdateParam as JobUpdateParam
    from .nested_page import NestedPage as NestedPage
    from .offset_page import OffsetPage as OffsetPage
    from .page_meta import PageMeta as PageMeta
    from .page_number_page import PageNumberPage as PageNumberPage
    from .payment import Payment as Payment
    from .payment_create import PaymentCreate as PaymentCreate
    from .payment_create import PaymentCreateParam as PaymentCreateParam
    from .payment_succeeded_event import PaymentSucceededEvent as PaymentSucceededEvent
    from .payment_succeeded_event_type import (
        PaymentSucceededEventType as PaymentSucceededEventType,
    )
    from .payment_update import PaymentUpdate as PaymentUpdate
    from .payment_update import PaymentUpdateParam as PaymentUpdateParam
    from .public_echo import PublicEcho as PublicEcho
    from .raw_upload_info import RawUploadInfo as RawUploadInfo
    from .slow_result import SlowResult as SlowResult
    from .token_request import TokenRequest as TokenRequest
    from .token_request import TokenRequestParam as TokenRequestParam
    from .token_response import TokenResponse as TokenResponse
    from .tone import Tone as Tone
    from .unknown_webhook_event import UnknownWebhookEvent as UnknownWebhookEvent
    from .webhook_event import WebhookEvent as WebhookEvent

__all__ = [
    "AuthEcho",
    "ChatChunk",
    "ChatCompletion",
    "ChatMessage",
    "ChatMessageParam",
    "ChatRequest",
    "ChatRequestParam",
    "ChatRole",
    "ContactForm",
    "ContactFormParam",
    "Error",
    "Event",
    "EventDigest",
    "FileInfo",
    "FileUpload",
    "FileUploadParam",
    "FormEcho",
    "Item",
    "ItemPage",
    "Job",
    "JobCompletedEvent",
    "JobCreate",
    "JobCreateParam",
    "JobFinishedEvent",
    "JobState",
    "JobUpdate",
    "JobUpdateParam",
    "NestedPage",
    "OffsetPage",
    "PageMeta",
    "PageNumberPage",
    "Payment",
    "PaymentCreate",
    "PaymentCreateParam",
    "PaymentSucceededEvent",
    "PaymentSucceededEventType",
    "PaymentUpdate",
    "PaymentUpdateParam",
    "PublicEcho",
    "RawUploadInfo",
    "SlowResult",
    "TokenRequest",
    "TokenRequestParam",
    "TokenResponse",
    "Tone",
    "UnknownWebhookEvent",
    "WebhookEvent",
]

_MODULE_OF: dict[str, str] = {
    "AuthEcho": "auth_echo",
    "ChatChunk": "chat_chunk",
    "ChatCompletion": "chat_completion",
    "ChatMessage": "chat_message",
    "ChatMessageParam": "chat_message",
    "ChatRequest": "chat_request",
    "ChatRequestParam": "chat_request",
    "ChatRole": "chat_role",
    "ContactForm": "contact_form",
    "ContactFormParam": "contact_form",
    "Error": "error",
    "Event": "event",
    "EventDigest": "event_digest",
    "FileInfo": "file_info",
    "FileUpload": "file_upload",
    "FileUploadParam": "file_upload",
    "FormEcho": "form_echo",
    "Item": "item",
    "ItemPage": "item_page",
    "Job": "job",
    "JobCompletedEvent": "job_completed_event",
    "JobCreate": "job_create",
    "JobCreateParam": "job_create",
    "JobFinishedEvent": "job_finished_event",
    "JobState": "job_state",
    "JobUpdate": "job_update",
    "JobUpdateParam": "job_update",
    "NestedPage": "nested_page",
    "OffsetPage": "offset_page",
    "PageMeta": "page_meta",
    "PageNumberPage": "page_number_page",
    "Payment": "payment",
    "PaymentCreate": "payment_create",
    "PaymentCreateParam": "payment_create",
    "PaymentSucceededEvent": "payment_succeeded_event",
    "PaymentSucceededEventType": "payment_succeeded_event_type",
    "PaymentUpdate": "payment_update",
    "PaymentUpdateParam": "payment_update",
    "PublicEcho": "public_echo",
    "RawUploadInfo": "raw_upload_info",
    "SlowResult": "slow_result",
    "TokenRequest": "token_request",
    "TokenRequestParam": "token_request",
    "TokenResponse": "token_response",
    "Tone": "tone",
    "UnknownWebhookEvent": "unknown_webhook_event",
    "WebhookEvent": "webhook_event",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
