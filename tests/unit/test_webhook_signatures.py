"""The runtime's webhook signature checks (generator/runtime/_runtime/_webhooks.py): what
each scheme accepts and refuses, that every signature is compared in constant time, and
that no error shows the secret or the signature expected. The live receiver is in
tests/e2e/test_webhooks.py."""

from __future__ import annotations

import base64
import hashlib
import hmac
from datetime import UTC
from typing import Any

import pytest

from generator.runtime._runtime import _webhooks
from generator.runtime._runtime._webhooks import SignatureScheme, verify_signature
from generator.runtime.errors import WebhookVerificationError

KEY = b"an-example-key-of-24-byt"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
BODY = b'{"type": "order.paid", "id": "evt_1"}'
NOW = 1_700_000_000
STANDARD = SignatureScheme("standard", "webhook-signature", "webhook-timestamp", "webhook-id")


def _standard(key: bytes = KEY, timestamp: int = NOW, body: bytes = BODY) -> str:
    signed = f"msg_1.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def _headers(signature: str, timestamp: int = NOW) -> dict[str, str]:
    return {
        "Webhook-Id": "msg_1",  # header names are matched case-insensitively
        "Webhook-Timestamp": str(timestamp),
        "Webhook-Signature": signature,
    }


def _verify(headers: dict[str, str], secret: str = SECRET, **kwargs: Any) -> None:
    verify_signature(BODY, headers, secret=secret, scheme=STANDARD, now=NOW, **kwargs)


def test_a_standard_webhooks_signature_verifies() -> None:
    _verify(_headers(_standard()))
    # the payload as text, and a secret without its `whsec_` prefix, are the same
    verify_signature(
        BODY.decode(),
        _headers(_standard()),
        secret=SECRET.removeprefix("whsec_"),
        scheme=STANDARD,
        now=NOW,
    )


def test_the_reference_implementation_signs_what_the_runtime_verifies() -> None:
    standardwebhooks = pytest.importorskip("standardwebhooks")
    from datetime import datetime

    signer = standardwebhooks.Webhook(SECRET)
    when = datetime.fromtimestamp(NOW, tz=UTC)
    signature = signer.sign("msg_1", when, BODY.decode())
    _verify(_headers(signature))
    with pytest.raises(WebhookVerificationError):
        _verify(_headers(signature), secret="whsec_" + base64.b64encode(b"other").decode())


def test_several_signatures_any_one_made_with_the_secret_verifies() -> None:
    other = _standard(b"a-rotated-out-key-24byte")
    _verify(_headers(f"{other} {_standard()}"))
    _verify(_headers(f"v2,unknown-version {_standard()}"))
    with pytest.raises(WebhookVerificationError, match=r"no matching signature .*2 given"):
        _verify(_headers(f"{other} v1,AAAA"))


@pytest.mark.parametrize(
    ("timestamp", "message"),
    [
        (NOW - 301, "timestamp too old: 301 s ago, more than 300 s"),
        (NOW + 301, "timestamp in the future: 301 s ahead, more than 300 s"),
    ],
)
def test_the_timestamp_is_checked_both_ways(timestamp: int, message: str) -> None:
    headers = _headers(_standard(timestamp=timestamp), timestamp)
    with pytest.raises(WebhookVerificationError, match=message):
        _verify(headers)
    _verify(headers, tolerance=400)  # a wider tolerance lets it through


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"Webhook-Id": None}, "missing header 'webhook-id'"),
        ({"Webhook-Signature": ""}, "missing header 'webhook-signature'"),
        ({"Webhook-Timestamp": "soon"}, "bad timestamp in header 'webhook-timestamp'"),
    ],
)
def test_a_missing_or_bad_header_is_named(change: dict[str, str | None], message: str) -> None:
    headers = _headers(_standard())
    for key, value in change.items():
        if value is None:
            del headers[key]
        else:
            headers[key] = value
    with pytest.raises(WebhookVerificationError, match=message):
        _verify(headers)


def test_a_secret_that_is_not_base64_is_named_without_showing_it() -> None:
    with pytest.raises(WebhookVerificationError, match="not base64") as caught:
        _verify(_headers(_standard()), secret="whsec_not*base64!")
    assert "not*base64" not in str(caught.value)


def test_timestamped_hmac_and_sha256_hmac() -> None:
    stamped = SignatureScheme("timestamped-hmac", "Stripe-Signature", "", "")
    digest = hmac.new(b"sk_text", f"{NOW}.".encode() + BODY, hashlib.sha256).hexdigest()
    header = {"stripe-signature": f"t={NOW},v1=deadbeef,v1={digest}"}
    verify_signature(BODY, header, secret="sk_text", scheme=stamped, now=NOW)
    with pytest.raises(WebhookVerificationError, match="timestamp too old"):
        verify_signature(BODY, header, secret="sk_text", scheme=stamped, now=NOW + 1000)
    with pytest.raises(WebhookVerificationError, match="no timestamp"):
        verify_signature(
            BODY, {"stripe-signature": f"v1={digest}"}, secret="sk_text", scheme=stamped
        )

    github = SignatureScheme("hmac-sha256", "X-Hub-Signature-256", "", "")
    digest = hmac.new(b"gh", BODY, hashlib.sha256).hexdigest()
    verify_signature(BODY, {"X-Hub-Signature-256": f"sha256={digest}"}, secret="gh", scheme=github)
    with pytest.raises(WebhookVerificationError, match="no 'sha256=' signature"):
        verify_signature(BODY, {"X-Hub-Signature-256": digest}, secret="gh", scheme=github)
    with pytest.raises(WebhookVerificationError, match="no matching signature"):
        verify_signature(
            BODY + b" ", {"X-Hub-Signature-256": f"sha256={digest}"}, secret="gh", scheme=github
        )


def test_every_signature_is_compared_with_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    # the decision is compare_digest's: a stand-in that says "different" refuses a valid
    # signature, and it is asked once per candidate (no early exit on the first match)
    calls: list[tuple[bytes, bytes]] = []

    def refuse(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return False

    monkeypatch.setattr(_webhooks.hmac, "compare_digest", refuse)
    with pytest.raises(WebhookVerificationError):
        _verify(_headers(f"{_standard()} {_standard(b'a-rotated-out-key-24byte')}"))
    assert len(calls) == 2
    assert all(isinstance(a, bytes) and isinstance(b, bytes) for a, b in calls)


def test_no_error_shows_the_secret_or_the_expected_signature() -> None:
    expected = _standard().removeprefix("v1,")
    messages = []
    for headers, secret in [
        (_headers("v1,AAAA"), SECRET),
        (_headers(_standard(), NOW - 999), SECRET),
        (_headers(_standard()), "whsec_" + base64.b64encode(b"wrong-key").decode()),
    ]:
        with pytest.raises(WebhookVerificationError) as caught:
            _verify(headers, secret=secret)
        messages.append(str(caught.value) + repr(caught.value))
    for text in messages:
        assert SECRET not in text and KEY.decode() not in text and expected not in text


def test_the_secret_comes_from_the_call_the_object_or_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = _webhooks.EventTypes(dict)
    hooks: _webhooks.Webhooks[object] = _webhooks.Webhooks(events, STANDARD, "SDK_WEBHOOK_SECRET")
    headers = _headers(_standard())
    monkeypatch.setattr(_webhooks.time, "time", lambda: NOW)
    monkeypatch.delenv("SDK_WEBHOOK_SECRET", raising=False)
    with pytest.raises(WebhookVerificationError, match=r"pass secret= or set \$SDK_WEBHOOK_SECRET"):
        hooks.verify_signature(BODY, headers)
    hooks.verify_signature(BODY, headers, secret=SECRET)
    monkeypatch.setenv("SDK_WEBHOOK_SECRET", SECRET)
    assert hooks.unwrap(BODY, headers) == {"type": "order.paid", "id": "evt_1"}
    given = _webhooks.Webhooks(events, STANDARD, "SDK_WEBHOOK_SECRET", secret="whsec_AAAA")
    with pytest.raises(WebhookVerificationError):
        given.verify_signature(BODY, headers)  # the object's secret wins over the environment
    assert "AAAA" not in repr(given)
