# ruff: noqa: PYI052
# (enum members are not annotated, as the typing spec asks; ruff cannot tell that
# OpenStrEnum and OpenIntEnum are enums)

from collections.abc import Sequence
from typing import Any, Literal, Required, TypeAlias

from typing_extensions import TypedDict

from .._runtime._models import FileInput, OpenStrEnum, SDKModel

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

class Error(SDKModel):
    code: str
    message: str
    def __init__(
        self,
        *,
        code: str,
        message: str,
    ) -> None: ...

class AuthEcho(SDKModel):
    scheme: str
    credential: str
    def __init__(
        self,
        *,
        scheme: str,
        credential: str,
    ) -> None: ...

class PublicEcho(SDKModel):
    authorization: str | None
    api_key_header: str | None
    def __init__(
        self,
        *,
        authorization: str | None,
        api_key_header: str | None,
    ) -> None: ...

class TokenRequest(SDKModel):
    grant_type: str
    client_id: str | None
    client_secret: str | None
    scope: str | None
    def __init__(
        self,
        *,
        grant_type: str,
        client_id: str | None = None,
        client_secret: str | None = None,
        scope: str | None = None,
    ) -> None: ...

class TokenRequestParam(TypedDict, total=False):
    grant_type: Required[str]
    client_id: str
    client_secret: str
    scope: str

class TokenResponse(SDKModel):
    access_token: str
    token_type: str
    expires_in: int
    def __init__(
        self,
        *,
        access_token: str,
        token_type: str,
        expires_in: int,
    ) -> None: ...

class Job(SDKModel):
    id: str
    name: str
    state: JobState
    def __init__(
        self,
        *,
        id: str,
        name: str,
        state: JobState | Literal["queued", "running", "done"],
    ) -> None: ...

class JobState(OpenStrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"

class JobCreate(SDKModel):
    name: str
    def __init__(
        self,
        *,
        name: str,
    ) -> None: ...

class JobCreateParam(TypedDict, total=False):
    name: Required[str]

class JobUpdate(SDKModel):
    name: str | None
    def __init__(
        self,
        *,
        name: str | None = None,
    ) -> None: ...

class JobUpdateParam(TypedDict, total=False):
    name: str

class PaymentCreate(SDKModel):
    amount: int
    currency: str
    def __init__(
        self,
        *,
        amount: int,
        currency: str,
    ) -> None: ...

class PaymentCreateParam(TypedDict, total=False):
    amount: Required[int]
    currency: Required[str]

class PaymentUpdate(SDKModel):
    amount: int | None
    def __init__(
        self,
        *,
        amount: int | None = None,
    ) -> None: ...

class PaymentUpdateParam(TypedDict, total=False):
    amount: int

class JobCompletedEvent(SDKModel):
    id: str
    type: Literal["job.completed"]
    created_at: int
    data: Job
    def __init__(
        self,
        *,
        id: str,
        type: Literal["job.completed"],
        created_at: int,
        data: Job,
    ) -> None: ...

class JobFinishedEvent(SDKModel):
    type: Literal["job.finished"]
    job_id: str
    def __init__(
        self,
        *,
        type: Literal["job.finished"],
        job_id: str,
    ) -> None: ...

class Payment(SDKModel):
    id: str
    amount: int
    currency: str
    idempotency_key: str | None
    def __init__(
        self,
        *,
        id: str,
        amount: int,
        currency: str,
        idempotency_key: str | None,
    ) -> None: ...

class SlowResult(SDKModel):
    slept: float
    def __init__(
        self,
        *,
        slept: float,
    ) -> None: ...

class Item(SDKModel):
    id: str
    index: int
    def __init__(
        self,
        *,
        id: str,
        index: int,
    ) -> None: ...

class ItemPage(SDKModel):
    data: list[Item]
    next_cursor: str | None
    def __init__(
        self,
        *,
        data: list[Item],
        next_cursor: str | None,
    ) -> None: ...

class OffsetPage(SDKModel):
    results: list[Item]
    total: int
    def __init__(
        self,
        *,
        results: list[Item],
        total: int,
    ) -> None: ...

class PageNumberPage(SDKModel):
    items: list[Item]
    page: int
    def __init__(
        self,
        *,
        items: list[Item],
        page: int,
    ) -> None: ...

class PageMeta(SDKModel):
    next: str | None
    def __init__(
        self,
        *,
        next: str | None,
    ) -> None: ...

class NestedPage(SDKModel):
    entries: list[Item]
    meta: PageMeta
    def __init__(
        self,
        *,
        entries: list[Item],
        meta: PageMeta,
    ) -> None: ...

class Event(SDKModel):
    id: int
    message: str
    def __init__(
        self,
        *,
        id: int,
        message: str,
    ) -> None: ...

class EventDigest(SDKModel):
    events: list[Event]
    def __init__(
        self,
        *,
        events: list[Event],
    ) -> None: ...

class Tone(OpenStrEnum):
    PLAIN = "plain"
    CHEERFUL = "cheerful"

class ChatRole(OpenStrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"

class ChatMessage(SDKModel):
    role: ChatRole
    content: str
    def __init__(
        self,
        *,
        role: ChatRole | Literal["system", "user", "assistant"],
        content: str,
    ) -> None: ...

class ChatMessageParam(TypedDict, total=False):
    role: Required[ChatRole | Literal["system", "user", "assistant"]]
    content: Required[str]

class ChatRequest(SDKModel):
    model: str
    messages: list[ChatMessage]
    stream: bool
    def __init__(
        self,
        *,
        model: str,
        messages: list[ChatMessage],
        stream: bool = ...,
    ) -> None: ...

class ChatRequestParam(TypedDict, total=False):
    model: Required[str]
    messages: Required[Sequence[ChatMessage | ChatMessageParam]]
    stream: bool

class ChatCompletion(SDKModel):
    model: str
    role: ChatRole
    content: str
    def __init__(
        self,
        *,
        model: str,
        role: ChatRole | Literal["system", "user", "assistant"],
        content: str,
    ) -> None: ...

class ChatChunk(SDKModel):
    index: int
    delta: str
    def __init__(
        self,
        *,
        index: int,
        delta: str,
    ) -> None: ...

class FileUpload(SDKModel):
    file: FileInput
    purpose: str
    tags: list[str] | None
    def __init__(
        self,
        *,
        file: FileInput,
        purpose: str,
        tags: list[str] | None = None,
    ) -> None: ...

class FileUploadParam(TypedDict, total=False):
    file: Required[FileInput]
    purpose: Required[str]
    tags: list[str]

class FileInfo(SDKModel):
    filename: str | None
    content_type: str | None
    size: int
    sha256: str
    purpose: str
    tags: list[str]
    def __init__(
        self,
        *,
        filename: str | None,
        content_type: str | None,
        size: int,
        sha256: str,
        purpose: str,
        tags: list[str],
    ) -> None: ...

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

class ContactFormParam(TypedDict, total=False):
    name: Required[str]
    email: Required[str]
    count: int

class FormEcho(SDKModel):
    fields_: dict[str, str]
    def __init__(
        self,
        *,
        fields_: dict[str, str],
    ) -> None: ...

class RawUploadInfo(SDKModel):
    size: int
    sha256: str
    def __init__(
        self,
        *,
        size: int,
        sha256: str,
    ) -> None: ...

class PaymentSucceededEvent(SDKModel):
    id: str
    type: Literal["payment.succeeded"]
    data: Payment
    def __init__(
        self,
        *,
        id: str,
        type: Literal["payment.succeeded"],
        data: Payment,
    ) -> None: ...

class PaymentSucceededEventType(OpenStrEnum):
    PAYMENT_SUCCEEDED = "payment.succeeded"

class UnknownWebhookEvent(SDKModel):
    type: str
    def __init__(
        self,
        *,
        type: str,
        **extra: Any,
    ) -> None: ...

WebhookEvent: TypeAlias = JobCompletedEvent | PaymentSucceededEvent | JobFinishedEvent
