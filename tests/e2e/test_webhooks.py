"""Webhooks, live: a Starlette receiver on 127.0.0.1 reads signed events with the SDK's
`client.webhooks.unwrap` (Client and AsyncClient), for each signature scheme an SDK can be
configured with. The requests are signed here, by hand, as each scheme's senders sign."""

from __future__ import annotations

import base64
import hashlib
import hmac
import importlib
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from generator.config import SdkOptions
from generator.ir import WebhookSignature
from generator.output import write_tree
from generator.pipeline import generate_files
from tests.helpers import write_spec
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

KEY = b"0123456789abcdef0123456789abcdef"
OLD_KEY = b"fedcba9876543210fedcba9876543210"
# Standard Webhooks secrets are base64 (`whsec_...`); the other schemes use the text itself
SECRETS = {
    "standard": ("whsec_" + base64.b64encode(KEY).decode(), KEY),
    "timestamped-hmac": ("sk_live_text_secret", b"sk_live_text_secret"),
    "hmac-sha256": ("github-style-secret", b"github-style-secret"),
}
OLD_SECRETS = {
    "standard": ("whsec_" + base64.b64encode(OLD_KEY).decode(), OLD_KEY),
    "timestamped-hmac": ("sk_live_old_secret", b"sk_live_old_secret"),
    "hmac-sha256": ("old-github-secret", b"old-github-secret"),
}
HEADERS = {"standard": "webhook-signature", "timestamped-hmac": "X-Signature"}
HEADERS["hmac-sha256"] = "X-Hub-Signature-256"


def _webhook(ref: str) -> dict[str, Any]:
    return {
        "post": {
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": ref}}},
            },
            "responses": {"204": {"description": "Received."}},
        }
    }


def _event_schema(tag: str, data: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["id", "type", "data"],
        "properties": {"id": {"type": "string"}, "type": {"const": tag}, "data": data},
    }


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Hooks", "version": "1.0.0"},
    "webhooks": {
        "order.paid": _webhook("#/components/schemas/OrderPaid"),
        "order.refunded": _webhook("#/components/schemas/OrderRefunded"),
    },
    "components": {
        "schemas": {
            "OrderPaid": _event_schema(
                "order.paid",
                {
                    "type": "object",
                    "required": ["amount"],
                    "properties": {"amount": {"type": "integer"}},
                },
            ),
            "OrderRefunded": _event_schema(
                "order.refunded",
                {
                    "type": "object",
                    "required": ["reason"],
                    "properties": {"reason": {"type": "string"}},
                },
            ),
        }
    },
}

PAID = {"id": "evt_1", "type": "order.paid", "data": {"amount": 1200}}


def _sign(scheme: str, body: bytes, keys: list[bytes], timestamp: int) -> dict[str, str]:
    """The headers each scheme's sender puts on a request, one signature per key."""
    if scheme == "standard":
        signed = f"msg_1.{timestamp}.".encode() + body
        signatures = [
            "v1," + base64.b64encode(hmac.new(k, signed, hashlib.sha256).digest()).decode()
            for k in keys
        ]
        return {
            "webhook-id": "msg_1",
            "webhook-timestamp": str(timestamp),
            "webhook-signature": " ".join(signatures),
        }
    if scheme == "timestamped-hmac":
        signed = f"{timestamp}.".encode() + body
        parts = [f"v1={hmac.new(k, signed, hashlib.sha256).hexdigest()}" for k in keys]
        return {HEADERS[scheme]: ",".join([f"t={timestamp}", *parts])}
    parts = [f"sha256={hmac.new(k, body, hashlib.sha256).hexdigest()}" for k in keys]
    return {HEADERS[scheme]: ",".join(parts)}


@pytest.fixture(scope="module", params=sorted(SECRETS))
def receiver(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """(scheme, base URL) of a receiver that reads events with an SDK generated for the
    scheme: `/sync` through `Client().webhooks`, `/async` through `AsyncClient().webhooks`."""
    scheme = request.param
    package = "hooks_" + scheme.replace("-", "_")
    folder = tmp_path_factory.mktemp(package)
    signature = WebhookSignature(scheme=scheme, signature_header=HEADERS[scheme])
    result = generate_files(
        write_spec(folder, SPEC), package, options=SdkOptions(webhook_signature=signature)
    )
    write_tree(result.files, folder / "out")
    sys.path.insert(0, str(folder / "out"))
    environment = package.upper() + "_WEBHOOK_SECRET"
    os.environ[environment] = SECRETS[scheme][0]
    try:
        sdk = importlib.import_module(package)
        with serve(_app(sdk)) as url:
            yield scheme, url
    finally:
        del os.environ[environment]
        sys.path.remove(str(folder / "out"))
        for name in [n for n in sys.modules if n.startswith(package)]:
            del sys.modules[name]


def _app(sdk: ModuleType) -> Starlette:
    # a spec of webhooks alone names no server: the clients never send a request here
    url = "http://127.0.0.1:9"
    clients = {"sync": sdk.Client(base_url=url), "async": sdk.AsyncClient(base_url=url)}

    def endpoint(mode: str) -> Callable[[Request], Any]:
        async def receive(request: Request) -> JSONResponse:
            try:
                event = clients[mode].webhooks.unwrap(await request.body(), request.headers)
            except (sdk.errors.WebhookVerificationError, sdk.errors.WebhookPayloadError) as e:
                return JSONResponse({"error": type(e).__name__, "message": str(e)}, 400)
            return JSONResponse({"class": type(event).__name__, "event": event.model_dump()})

        return receive

    return Starlette(routes=[Route(f"/{m}", endpoint(m), methods=["POST"]) for m in clients])


def _post(url: str, body: bytes, headers: dict[str, str]) -> dict[str, Any]:
    response = httpx.post(url, content=body, headers=headers)
    data: dict[str, Any] = response.json()
    assert response.status_code == (400 if "error" in data else 200)
    return data


@pytest.fixture(params=["sync", "async"])
def endpoint(request: pytest.FixtureRequest, receiver: tuple[str, str]) -> tuple[str, str]:
    scheme, url = receiver
    return scheme, f"{url}/{request.param}"


def test_a_signed_event_comes_back_as_its_class(endpoint: tuple[str, str]) -> None:
    scheme, url = endpoint
    body = json.dumps(PAID).encode()
    data = _post(url, body, _sign(scheme, body, [SECRETS[scheme][1]], int(time.time())))
    assert data == {"class": "OrderPaid", "event": PAID}


def test_an_event_type_the_sdk_does_not_know_is_the_generic_event(
    endpoint: tuple[str, str],
) -> None:
    scheme, url = endpoint
    body = json.dumps({"type": "order.shipped", "carrier": "post"}).encode()
    data = _post(url, body, _sign(scheme, body, [SECRETS[scheme][1]], int(time.time())))
    assert data == {"class": "UnknownWebhookEvent", "event": json.loads(body)}


def test_a_rotated_secret_two_signatures_verify_with_either(endpoint: tuple[str, str]) -> None:
    scheme, url = endpoint
    body = json.dumps(PAID).encode()
    keys = [OLD_SECRETS[scheme][1], SECRETS[scheme][1]]  # the sender signs with both
    assert _post(url, body, _sign(scheme, body, keys, int(time.time())))["class"] == "OrderPaid"
    # signed with the old secret alone, it no longer verifies
    data = _post(url, body, _sign(scheme, body, keys[:1], int(time.time())))
    assert data["error"] == "WebhookVerificationError"
    assert "no matching signature" in data["message"]


@pytest.mark.parametrize("case", ["wrong secret", "tampered body", "missing header"])
def test_a_bad_signature_is_refused(endpoint: tuple[str, str], case: str) -> None:
    scheme, url = endpoint
    body = json.dumps(PAID).encode()
    key = b"not-the-secret" if case == "wrong secret" else SECRETS[scheme][1]
    headers = _sign(scheme, body, [key], int(time.time()))
    if case == "tampered body":
        body = body.replace(b"1200", b"9999")
    if case == "missing header":
        headers.pop(HEADERS[scheme])
    data = _post(url, body, headers)
    assert data["error"] == "WebhookVerificationError"
    expected = "missing header" if case == "missing header" else "no matching signature"
    assert expected in data["message"]
    assert SECRETS[scheme][0] not in data["message"]


@pytest.mark.parametrize(("offset", "words"), [(-600, "too old"), (600, "in the future")])
def test_a_timestamp_out_of_tolerance_is_refused(
    endpoint: tuple[str, str], offset: int, words: str
) -> None:
    scheme, url = endpoint
    if scheme == "hmac-sha256":
        pytest.skip("sha256=<hex> signatures carry no timestamp")
    body = json.dumps(PAID).encode()
    data = _post(url, body, _sign(scheme, body, [SECRETS[scheme][1]], int(time.time()) + offset))
    assert data["error"] == "WebhookVerificationError"
    assert words in data["message"]
    # within the tolerance either way, it verifies
    near = int(time.time()) + offset // 3
    assert _post(url, body, _sign(scheme, body, [SECRETS[scheme][1]], near))["class"] == "OrderPaid"


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (b"not json", "not JSON"),
        (b'{"id": "evt_2"}', "no 'type'"),
        (b'{"type": "order.paid", "id": "e", "data": {"amount": "lots"}}', "data.amount"),
    ],
)
def test_a_body_that_is_no_event_is_a_payload_error(
    endpoint: tuple[str, str], body: bytes, words: str
) -> None:
    scheme, url = endpoint
    data = _post(url, body, _sign(scheme, body, [SECRETS[scheme][1]], int(time.time())))
    assert data["error"] == "WebhookPayloadError"
    assert words in data["message"]


def test_the_relay_sdk_reads_its_callback_and_webhook_events(tmp_path: Path) -> None:
    # the committed SDK: Standard Webhooks, secret from $RELAY_WEBHOOK_SECRET or secret=
    import relay

    body = json.dumps({"type": "job.finished", "job_id": "job_1"}).encode()
    headers = _sign("standard", body, [KEY], int(time.time()))
    event = relay.Client().webhooks.unwrap(body, headers, secret=SECRETS["standard"][0])
    assert isinstance(event, relay.models.JobFinishedEvent) and event.job_id == "job_1"
    with pytest.raises(relay.errors.WebhookVerificationError, match="RELAY_WEBHOOK_SECRET"):
        relay.AsyncClient().webhooks.unwrap(body, headers)
