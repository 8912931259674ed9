"""The IR of what an API has besides its operations and types: the events it sends
(webhooks and callbacks), the error classes it shapes, the hand-written classes its
owner mixes in, and the HTTP library it is generated for. Plain frozen data, as the rest
of `generator.ir`, which names these classes too (`ir.Webhooks`, `ir.ErrorClass`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from generator.ir import TypeRef

SignatureSchemeName = Literal["standard", "timestamped-hmac", "hmac-sha256"]


@dataclass(frozen=True)
class WebhookSignature:
    """How the API signs its webhooks (the SDK owner's config): the runtime's
    `SignatureScheme` with these arguments."""

    scheme: SignatureSchemeName = "standard"
    signature_header: str = "webhook-signature"
    timestamp_header: str = "webhook-timestamp"
    id_header: str = "webhook-id"


@dataclass(frozen=True)
class WebhookEvent:
    """One request the API sends: a webhook (`webhooks`, `x-webhooks`) or an operation's
    callback. `type` is its body's model; `tag` the value its model fixes the union's
    tag field to (None: the union has no tag)."""

    key: str
    source: Literal["webhook", "callback"]
    http_method: str
    type: TypeRef
    tag: str | None = None
    summary: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Webhooks:
    """The events of an SDK and how it reads them (`client.webhooks`).

    `union` names the alias of every event's model (in `union_module`); `tag_wire_name` is
    the field each of them fixes to its own value, by which a payload is told apart, and
    `unknown` the generic model of a value the spec does not list (None without a tag).
    `secret_env` is the environment variable of the signing secret.
    """

    events: tuple[WebhookEvent, ...]
    union: str
    union_module: str
    signature: WebhookSignature
    secret_env: str
    tag_wire_name: str | None = None
    tags: tuple[tuple[str, str], ...] = ()  # tag value -> the model of its events
    unknown: str | None = None
    unknown_module: str | None = None

    @property
    def models(self) -> tuple[str, ...]:
        """The distinct models of the events, in the order first met."""
        return tuple(dict.fromkeys(e.type.name for e in self.events if e.type.name))


@dataclass(frozen=True)
class ErrorClass:
    """An error class of the SDK's errors module that this API shapes.

    `body` names the model (in `models`) that every response the class stands for is read
    as, where the operations declare that one model for all of them; None: the body is
    read as the runtime reads it. `status` is set for a class the SDK defines besides the
    runtime's, for a status the API declares without one (402 `PaymentRequiredError`),
    `phrase` its reason phrase.
    """

    name: str
    body: str | None = None
    status: int | None = None
    phrase: str = ""


@dataclass(frozen=True)
class Mixin:
    """A hand-written class a generated class inherits (config `extend`), imported as
    `from <module> import <name> as <alias>`."""

    module: str
    name: str
    alias: str


@dataclass(frozen=True)
class HttpLibrary:
    """The HTTP library the SDK is generated for (`http` in its config). Its modules
    import it under the name `httpx` (`import httpx2 as httpx`): the runtime and the
    templates are written once, against httpx's API, which httpx2 keeps."""

    module: str  # "httpx2" or "httpx": what the SDK imports and its users pass
    transport: str  # the module that makes its connections ("httpcore2"), which logs too
    requirement: str  # its line in the SDK's dependencies
    tls_trust: str  # Markdown: the certificates it trusts by default
