"""The I/O-free decisions behind parity with hand-tuned SDKs: the server's word on retries, hooks' header changes,
request ids (the live behaviour is in tests/e2e/test_relay_parity.py)."""

from __future__ import annotations

import httpx
import pytest
from relay import errors
from relay._runtime._hooks import apply_header_changes
from relay._runtime._retry import may_retry_status, wait_after_status


def response(status: int, method: str = "GET", **headers: str) -> httpx.Response:
    named = {name.replace("_", "-"): value for name, value in headers.items()}
    return httpx.Response(status, headers=named, request=httpx.Request(method, "http://x/"))


@pytest.mark.parametrize(
    ("status", "method", "should_retry", "expected"),
    [
        (503, "GET", None, True),
        (503, "GET", "false", False),
        (503, "GET", " FALSE ", False),
        (503, "POST", None, False),
        (503, "POST", "true", True),
        (400, "GET", "true", True),
        (429, "GET", "false", False),
        (400, "GET", "maybe", False),
        (200, "GET", "true", False),
    ],
)
def test_the_servers_word_decides(
    status: int, method: str, should_retry: str | None, expected: bool
) -> None:
    headers = {} if should_retry is None else {"x_should_retry": should_retry}
    assert may_retry_status(response(status, method, **headers)) is expected


def test_the_servers_yes_stays_within_max_retries() -> None:
    vouched = response(400, x_should_retry="true", retry_after="0")
    assert wait_after_status(vouched, 0, 2, None) == 0.0
    assert wait_after_status(vouched, 2, 2, None) is None


def test_hook_header_changes_are_applied_and_redacted_values_kept() -> None:
    headers = httpx.Headers({"Authorization": "Bearer secret", "User-Agent": "sdk", "X-A": "1"})
    shown = {"authorization": "[redacted]", "user-agent": "sdk", "x-a": "1"}
    changed = {"authorization": "[redacted]", "x-a": "2", "x-new": "yes"}
    apply_header_changes(headers, shown, changed)
    assert dict(headers) == {"authorization": "Bearer secret", "x-a": "2", "x-new": "yes"}


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"x-request-id": "a"}, "a"),
        ({"request-id": "b"}, "b"),
        ({"x-request-id": "a", "request-id": "b"}, "a"),
        ({}, None),
    ],
)
def test_request_id_of(headers: dict[str, str], expected: str | None) -> None:
    answer = httpx.Response(500, headers=headers, request=httpx.Request("GET", "http://x/"))
    error = errors.InternalServerError("500 from GET /", response=answer, body=None)
    assert error.request_id == expected
    assert (f"(request id {expected})" in str(error)) is (expected is not None)
