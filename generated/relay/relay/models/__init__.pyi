from .auth_echo import AuthEcho as AuthEcho
from .chat_chunk import ChatChunk as ChatChunk
from .chat_completion import ChatCompletion as ChatCompletion
from .chat_message import ChatMessage as ChatMessage
from .chat_request import ChatRequest as ChatRequest
from .chat_role import ChatRole as ChatRole
from .contact_form import ContactForm as ContactForm
from .error import Error as Error
from .event import Event as Event
from .event_digest import EventDigest as EventDigest
from .file_info import FileInfo as FileInfo
from .file_upload import FileUpload as FileUpload
from .form_echo import FormEcho as FormEcho
from .item import Item as Item
from .item_page import ItemPage as ItemPage
from .job import Job as Job
from .job_create import JobCreate as JobCreate
from .job_state import JobState as JobState
from .job_update import JobUpdate as JobUpdate
from .nested_page import NestedPage as NestedPage
from .offset_page import OffsetPage as OffsetPage
from .page_meta import PageMeta as PageMeta
from .page_number_page import PageNumberPage as PageNumberPage
from .payment import Payment as Payment
from .payment_create import PaymentCreate as PaymentCreate
from .payment_update import PaymentUpdate as PaymentUpdate
from .public_echo import PublicEcho as PublicEcho
from .raw_upload_info import RawUploadInfo as RawUploadInfo
from .slow_result import SlowResult as SlowResult
from .token_request import TokenRequest as TokenRequest
from .token_response import TokenResponse as TokenResponse
from .tone import Tone as Tone

__all__ = [
    "AuthEcho",
    "ChatChunk",
    "ChatCompletion",
    "ChatMessage",
    "ChatRequest",
    "ChatRole",
    "ContactForm",
    "Error",
    "Event",
    "EventDigest",
    "FileInfo",
    "FileUpload",
    "FormEcho",
    "Item",
    "ItemPage",
    "Job",
    "JobCreate",
    "JobState",
    "JobUpdate",
    "NestedPage",
    "OffsetPage",
    "PageMeta",
    "PageNumberPage",
    "Payment",
    "PaymentCreate",
    "PaymentUpdate",
    "PublicEcho",
    "RawUploadInfo",
    "SlowResult",
    "TokenRequest",
    "TokenResponse",
    "Tone",
]
