"""Webhooks: a request's signature verified, its body read as the SDK's events.

No I/O: the sync and the async client share this code. Three ways of signing are known:

- "standard" (Standard Webhooks): `webhook-id`, `webhook-timestamp` and `webhook-signature:
  v1,<base64>` (several, space-separated, while a secret is rotated); the secret is base64,
  usually written `whsec_<base64>`; the signed text is `{id}.{timestamp}.{body}`.
- "timestamped-hmac": one header `t=<unix time>,v1=<hex>[,v1=<hex>...]`; the signed text
  is `{t}.{body}`, the key the secret's UTF-8 bytes.
- "hmac-sha256": one header `sha256=<hex>` (several, comma- or space-separated), over the
  body alone, the key the secret's UTF-8 bytes; no timestamp.

Every signature is compared in constant time (`hmac.compare_digest`). An error names what
failed and never the secret or the signature that was expected.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..errors import WebhookPayloadError, WebhookVerificationError

SchemeName = Literal["standard", "timestamped-hmac", "hmac-sha256"]
DEFAULT_TOLERANCE = 300  # seconds a timestamp may be off, either way
_SECRET_PREFIX = "whsec_"

EventT = TypeVar("EventT")


@dataclass(frozen=True)
class SignatureScheme:
    """How an SDK's webhooks are signed: the scheme and its header names (the SDK's
    `webhooks.SIGNATURE`, written from its config; the timestamp and id headers are read
    by "standard" only)."""

    name: SchemeName
    signature_header: str
    timestamp_header: str
    id_header: str


@dataclass(frozen=True)
class EventTypes:
    """The SDK's events. `tag` is the wire name whose value says which event a payload
    is (`by_value`: value -> its model); a value not listed is read as `unknown` (with
    its value kept), so that events the API adds later still parse. Without `tag` the
    payload is read as `union`."""

    union: Any
    tag: str | None = None
    by_value: Mapping[str, type[BaseModel]] = field(default_factory=dict)
    unknown: type[BaseModel] | None = None


def verify_signature(
    payload: bytes | str,
    headers: Mapping[str, str],
    *,
    secret: str,
    scheme: SignatureScheme,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise WebhookVerificationError unless `payload` is signed with `secret` as
    `scheme` says (and, where the scheme has one, its timestamp is within `tolerance`
    seconds of `now`)."""
    body = payload.encode("utf-8") if isinstance(payload, str) else payload
    lowered = {key.lower(): value for key, value in headers.items()}
    signature = _header(lowered, scheme.signature_header)
    now = time.time() if now is None else now
    if scheme.name == "standard":
        _verify_standard(body, lowered, signature, secret, scheme, tolerance, now)
    elif scheme.name == "timestamped-hmac":
        _verify_timestamped(body, signature, secret, scheme, tolerance, now)
    else:
        candidates = [
            part.strip().removeprefix("sha256=")
            for part in signature.replace(",", " ").split()
            if part.strip().startswith("sha256=")
        ]
        if not candidates:
            raise WebhookVerificationError(
                f"header {scheme.signature_header!r} holds no 'sha256=' signature"
            )
        expected = hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
        _match(expected, candidates, scheme)


def _verify_standard(
    body: bytes,
    headers: Mapping[str, str],
    signature: str,
    secret: str,
    scheme: SignatureScheme,
    tolerance: float,
    now: float,
) -> None:
    message_id = _header(headers, scheme.id_header)
    timestamp = _header(headers, scheme.timestamp_header)
    _check_time(timestamp, scheme.timestamp_header, tolerance, now)
    try:
        key = base64.b64decode(secret.removeprefix(_SECRET_PREFIX), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError(
            "the webhook secret is not base64 (a Standard Webhooks secret reads 'whsec_...')"
        ) from None
    signed = f"{message_id}.{timestamp}.".encode() + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()
    candidates = [
        value
        for version, _, value in (part.partition(",") for part in signature.split())
        if version == "v1"
    ]
    _match(expected, candidates, scheme)


def _verify_timestamped(
    body: bytes,
    signature: str,
    secret: str,
    scheme: SignatureScheme,
    tolerance: float,
    now: float,
) -> None:
    pairs = [part.strip().partition("=") for part in signature.split(",")]
    timestamps = [value for key, _, value in pairs if key == "t"]
    if not timestamps:
        raise WebhookVerificationError(
            f"header {scheme.signature_header!r} holds no timestamp ('t=')"
        )
    _check_time(timestamps[0], scheme.signature_header, tolerance, now)
    signed = timestamps[0].encode("ascii", "replace") + b"." + body
    expected = hmac.new(secret.encode("utf-8"), signed, hashlib.sha256).hexdigest()
    _match(expected, [value for key, _, value in pairs if key == "v1"], scheme)


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name.lower())
    if not value:
        raise WebhookVerificationError(f"missing header {name!r}")
    return value


def _check_time(text: str, header: str, tolerance: float, now: float) -> None:
    try:
        timestamp = int(text.strip())
    except ValueError:
        raise WebhookVerificationError(
            f"bad timestamp in header {header!r}: not a whole number of seconds"
        ) from None
    if now - timestamp > tolerance:
        raise WebhookVerificationError(
            f"timestamp too old: {int(now - timestamp)} s ago, more than {tolerance} s"
        )
    if timestamp - now > tolerance:
        raise WebhookVerificationError(
            f"timestamp in the future: {int(timestamp - now)} s ahead, more than {tolerance} s"
        )


def _match(expected: str, candidates: list[str], scheme: SignatureScheme) -> None:
    """Any candidate equal to `expected`, each compared in constant time."""
    wanted = expected.encode("ascii")
    found = False
    for candidate in candidates:
        # every candidate is compared (no early exit), each in constant time
        found |= hmac.compare_digest(
            candidate.strip().encode("utf-8", "replace"), wanted
        )
    if not found:
        what = "no signature" if not candidates else "no matching signature"
        raise WebhookVerificationError(
            f"{what} in header {scheme.signature_header!r}"
            f" ({len(candidates)} given, none made with this secret from this body)"
        )


def parse_event(payload: bytes | str, events: EventTypes) -> Any:
    """The payload as one of `events`; WebhookPayloadError when it is not JSON, or
    matches no event."""
    try:
        data = json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        raise WebhookPayloadError("the webhook payload is not JSON") from None
    try:
        if events.tag is None:
            return TypeAdapter(events.union).validate_python(data)
        value = data.get(events.tag) if isinstance(data, dict) else None
        if not isinstance(value, str):
            raise WebhookPayloadError(
                f"the webhook payload has no {events.tag!r} naming its event type"
            )
        model = events.by_value.get(value, events.unknown)
        if model is None:
            raise WebhookPayloadError(f"unknown event type {value!r}")
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "the payload"
        raise WebhookPayloadError(
            f"the webhook payload does not match its event: {where}: {first['msg']}"
        ) from None


class Webhooks(Generic[EventT]):
    """The events the API sends to your endpoints: `unwrap` verifies one and reads it.

    The secret is the one given here, else the environment variable the SDK names; a
    call's `secret=` overrides both. Nothing here does I/O: `AsyncClient.webhooks` has
    the same (not awaited) methods.
    """

    def __init__(
        self,
        events: EventTypes,
        scheme: SignatureScheme,
        environment: str,
        *,
        secret: str | None = None,
    ) -> None:
        self._events = events
        self._scheme = scheme
        self._environment = environment
        self._secret = secret

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(scheme={self._scheme.name!r})"  # never the secret
        )

    def unwrap(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> EventT:
        """The event, once its signature is verified: the raw body as received (bytes
        or text, not parsed and dumped again) and the request's headers.

        Raises `errors.WebhookVerificationError` when the signature does not verify and
        `errors.WebhookPayloadError` when the body is no event."""
        self.verify_signature(payload, headers, secret=secret, tolerance=tolerance)
        return self.parse(payload)

    def parse(self, payload: bytes | str) -> EventT:
        """The event, WITHOUT verifying its signature: unsafe for a request from the
        network (anyone can send one); use `unwrap` there. For payloads you trust, such
        as events read back from your own storage."""
        event: EventT = parse_event(payload, self._events)
        return event

    def verify_signature(
        self,
        payload: bytes | str,
        headers: Mapping[str, str],
        *,
        secret: str | None = None,
        tolerance: float = DEFAULT_TOLERANCE,
    ) -> None:
        """Raise `errors.WebhookVerificationError` unless the payload is signed with the
        secret, and (where the scheme sends one) its timestamp is within `tolerance`
        seconds of now, either way."""
        verify_signature(
            payload,
            headers,
            secret=self._secret_for(secret),
            scheme=self._scheme,
            tolerance=tolerance,
        )

    def _secret_for(self, given: str | None) -> str:
        secret = given or self._secret or os.environ.get(self._environment)
        if not secret:
            raise WebhookVerificationError(
                f"no webhook secret: pass secret= or set ${self._environment}"
            )
        return secret
