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
from .job_create import JobCreate as JobCreate
from .job_create import JobCreateParam as JobCreateParam
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
from .payment_update import PaymentUpdate as PaymentUpdate
from .payment_update import PaymentUpdateParam as PaymentUpdateParam
from .public_echo import PublicEcho as PublicEcho
from .raw_upload_info import RawUploadInfo as RawUploadInfo
from .slow_result import SlowResult as SlowResult
from .token_request import TokenRequest as TokenRequest
from .token_request import TokenRequestParam as TokenRequestParam
from .token_response import TokenResponse as TokenResponse
from .tone import Tone as Tone

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
    "JobCreate",
    "JobCreateParam",
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
    "PaymentUpdate",
    "PaymentUpdateParam",
    "PublicEcho",
    "RawUploadInfo",
    "SlowResult",
    "TokenRequest",
    "TokenRequestParam",
    "TokenResponse",
    "Tone",
]
