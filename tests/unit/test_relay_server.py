"""Smoke tests of the Relay test server (tests/servers/relay_app.py) with plain httpx."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from tests.servers import relay_app
from tests.servers.live import serve


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with serve(relay_app.create_app()) as base, httpx.Client(base_url=base, timeout=5) as c:
        yield c


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


AUTH_CASES: list[tuple[str, dict[str, Any], dict[str, Any], str, str]] = [
    # path, good request, wrong request, scheme, credential
    (
        "/auth/api-key",
        {"headers": {"X-API-Key": relay_app.API_KEY}},
        {"headers": {"X-API-Key": "nope"}},
        "ApiKeyAuth",
        relay_app.API_KEY,
    ),
    (
        "/auth/query-key",
        {"params": {"api_key": relay_app.QUERY_KEY}},
        {"params": {"api_key": "nope"}},
        "QueryKey",
        relay_app.QUERY_KEY,
    ),
    (
        "/auth/cookie-key",
        {"headers": {"Cookie": f"relay_session={relay_app.COOKIE_KEY}"}},
        {"headers": {"Cookie": "relay_session=nope"}},
        "CookieKey",
        relay_app.COOKIE_KEY,
    ),
    (
        "/auth/bearer",
        {"headers": {"Authorization": f"Bearer {relay_app.BEARER_TOKEN}"}},
        {"headers": {"Authorization": "Bearer nope"}},
        "BearerAuth",
        relay_app.BEARER_TOKEN,
    ),
    (
        "/auth/basic",
        {"headers": {"Authorization": _basic(relay_app.BASIC_USER, relay_app.BASIC_PASSWORD)}},
        {"headers": {"Authorization": _basic(relay_app.BASIC_USER, "nope")}},
        "BasicAuth",
        f"{relay_app.BASIC_USER}:{relay_app.BASIC_PASSWORD}",
    ),
]


@pytest.mark.parametrize(("path", "good", "wrong", "scheme", "credential"), AUTH_CASES)
def test_auth_scheme(
    client: httpx.Client,
    path: str,
    good: dict[str, Any],
    wrong: dict[str, Any],
    scheme: str,
    credential: str,
) -> None:
    missing = client.get(path)
    assert missing.status_code == 401
    assert set(missing.json()) == {"code", "message"}
    assert client.get(path, **wrong).status_code == 401
    ok = client.get(path, **good)
    assert ok.status_code == 200
    assert ok.json() == {"scheme": scheme, "credential": credential}


def test_auth_either_and_both(client: httpx.Client) -> None:
    key = {"X-API-Key": relay_app.API_KEY}
    bearer = {"Authorization": f"Bearer {relay_app.BEARER_TOKEN}"}
    assert client.get("/auth/either").status_code == 401
    assert client.get("/auth/either", headers=key).json()["scheme"] == "ApiKeyAuth"
    assert client.get("/auth/either", headers={**key, **bearer}).json()["scheme"] == "BearerAuth"

    query = {"api_key": relay_app.QUERY_KEY}
    assert client.get("/auth/both", headers=key).status_code == 401
    assert client.get("/auth/both", params=query).status_code == 401
    both = client.get("/auth/both", headers=key, params=query)
    assert both.json() == {
        "scheme": "ApiKeyAuth+QueryKey",
        "credential": f"{relay_app.API_KEY}+{relay_app.QUERY_KEY}",
    }

    assert client.get("/public").json() == {"authorization": None, "api_key_header": None}
    echoed = client.get("/public", headers={**key, **bearer}).json()
    assert echoed == {"authorization": bearer["Authorization"], "api_key_header": key["X-API-Key"]}


def test_oauth_token_flow() -> None:
    with serve(relay_app.create_app(token_ttl=120)) as base, httpx.Client(base_url=base) as c:
        form = {
            "grant_type": "client_credentials",
            "client_id": relay_app.CLIENT_ID,
            "client_secret": relay_app.CLIENT_SECRET,
            "scope": "read",
        }
        first = c.post("/oauth/token", data=form)
        assert first.json() == {"access_token": "tok-1", "token_type": "Bearer", "expires_in": 120}
        by_basic = c.post(
            "/oauth/token",
            data={"grant_type": "client_credentials"},
            headers={"Authorization": _basic(relay_app.CLIENT_ID, relay_app.CLIENT_SECRET)},
        )
        assert by_basic.json()["access_token"] == "tok-2"
        assert c.post("/oauth/token", data={**form, "client_secret": "x"}).status_code == 401
        assert c.post("/oauth/token", data={**form, "grant_type": "password"}).status_code == 400

        assert c.get("/auth/oauth").status_code == 401
        assert c.get("/auth/oauth", headers={"Authorization": "Bearer tok-9"}).status_code == 401
        ok = c.get("/auth/oauth", headers={"Authorization": "Bearer tok-1"})
        assert ok.json() == {"scheme": "OauthClient", "credential": "tok-1"}
        assert c.post("/_control/revoke-tokens").json() == {"revoked": 2}
        revoked = c.get("/auth/oauth", headers={"Authorization": "Bearer tok-1"})
        assert revoked.status_code == 401
        assert revoked.json()["code"] == "invalid_token"
        assert c.get("/_stats").json()["token_requests"] == 4

    with serve(relay_app.create_app(token_ttl=0)) as base, httpx.Client(base_url=base) as c:
        token = c.post("/oauth/token", data=form).json()
        assert token["expires_in"] == 0
        expired = c.get("/auth/oauth", headers={"Authorization": "Bearer tok-1"})
        assert expired.status_code == 401


def test_fault_status_is_counted(client: httpx.Client) -> None:
    headers = {
        "X-Fault-Key": "status-503",
        "X-Fault-Status": "503",
        "X-Fault-Times": "2",
        "X-Fault-Retry-After": "0",
        "X-Fault-Retry-After-Ms": "5",
        "Idempotency-Key": "idem-1",
        "X-API-Key": relay_app.API_KEY,
    }
    answers = [client.get("/jobs/j1", headers=headers) for _ in range(3)]
    assert [r.status_code for r in answers] == [503, 503, 200]
    assert answers[0].headers["retry-after"] == "0"
    assert answers[0].headers["retry-after-ms"] == "5"
    assert answers[0].json()["code"] == "injected_fault"
    assert "retry-after" not in answers[2].headers
    assert answers[2].json() == {"id": "j1", "name": "job j1", "state": "queued"}

    record = client.get("/_faults/status-503").json()
    assert record["attempts"] == 3
    assert record["idempotency_keys"] == ["idem-1"] * 3
    assert record["authorizations"] == [None] * 3
    assert record["methods"] == ["GET"] * 3
    assert record["paths"] == ["/jobs/j1"] * 3
    assert record["times"] == sorted(record["times"])
    assert record["headers"][0]["x-api-key"] == relay_app.API_KEY
    assert client.get("/_faults/never-used").json()["attempts"] == 0


def test_fault_drop_and_idempotent_payment(client: httpx.Client) -> None:
    headers = {"X-Fault-Key": "drop-pay", "X-Fault-Drop": "1", "Idempotency-Key": "pay-key"}
    body = {"amount": 500, "currency": "EUR"}
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/payments", json=body, headers=headers)
    first = client.post("/payments", json=body, headers=headers)
    assert first.status_code == 201
    again = client.post("/payments", json=body, headers={"Idempotency-Key": "pay-key"})
    assert again.json() == first.json()
    assert first.json()["idempotency_key"] == "pay-key"
    assert client.get("/_faults/drop-pay").json()["idempotency_keys"] == ["pay-key"] * 2


def test_fault_delay_times_out_then_succeeds(client: httpx.Client) -> None:
    headers = {"X-Fault-Key": "slow-job", "X-Fault-Delay": "3"}
    with pytest.raises(httpx.ReadTimeout):
        client.put("/jobs/j2", json={"name": "n"}, headers=headers, timeout=0.2)
    ok = client.put("/jobs/j2", json={"name": "n"}, headers=headers, timeout=2)
    assert ok.json() == {"id": "j2", "name": "n", "state": "queued"}


def test_cursor_pagination_walk(client: httpx.Client) -> None:
    before = client.get("/_stats").json()["calls"].get("listItems", 0)
    seen: list[str] = []
    params: dict[str, Any] = {"limit": 10}
    while True:
        page = client.get("/items", params=params).json()
        seen += [item["id"] for item in page["data"]]
        if page["next_cursor"] is None:
            break
        params["after"] = page["next_cursor"]
    assert seen == [f"item-{i:02d}" for i in range(1, 26)]
    assert client.get("/_stats").json()["calls"]["listItems"] == before + 3

    nested = client.get("/items/nested", params={"starting_after": "item-20"}).json()
    assert [e["index"] for e in nested["entries"]] == [21, 22, 23, 24, 25]
    assert nested["meta"] == {"next": None}
    offset = client.get("/items/by-offset", params={"offset": 20, "limit": 3}).json()
    assert [r["index"] for r in offset["results"]] == [21, 22, 23]
    assert offset["total"] == 25
    by_page = client.get("/items/by-page", params={"page": 3, "per_page": 10}).json()
    assert len(by_page["items"]) == 5
    assert by_page["page"] == 3
    assert client.get("/items/plain", params={"offset": 24}).json() == [
        {"id": "item-25", "index": 25}
    ]


def _events(lines: list[str]) -> list[dict[str, Any]]:
    return [json.loads(line[len("data: ") :]) for line in lines if line.startswith("data: ")]


def test_sse_drop_and_resume(client: httpx.Client) -> None:
    lines: list[str] = []
    params = {"count": 5, "drop_after": 2}
    with (
        pytest.raises(httpx.RemoteProtocolError),
        client.stream("GET", "/events", params=params) as response,
    ):
        assert response.headers["content-type"].startswith("text/event-stream")
        for line in response.iter_lines():
            lines.append(line)  # noqa: PERF402 - keep the lines read before the drop
    assert lines[0] == ": keep-alive"
    assert _events(lines) == [{"id": 1, "message": "event 1"}, {"id": 2, "message": "event 2"}]
    assert "id: 2" in lines

    with client.stream("GET", "/events", params=params, headers={"Last-Event-ID": "2"}) as r:
        rest = list(r.iter_lines())
    assert [event["id"] for event in _events(rest)] == [3, 4, 5]
    assert "event: tick" in rest
    assert client.get("/_stats").json()["last_event_ids"] == ["2"]


def test_files(client: httpx.Client) -> None:
    content = bytes(range(256)) * 4 + b"\r\n--\r\n\r\n"
    upload = client.post(
        "/files",
        files={"file": ("report.bin", content, "application/octet-stream")},
        data={"purpose": "backup", "tags": ["a", "b"]},
    )
    assert upload.status_code == 201
    assert upload.json() == {
        "filename": "report.bin",
        "content_type": "application/octet-stream",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "purpose": "backup",
        "tags": ["a", "b"],
    }
    assert client.post("/files", files={"file": ("x", b"x")}).status_code == 400
    assert client.post("/files", json={"purpose": "x"}).status_code == 415

    form = client.post("/forms/contact", data={"name": "Ada", "email": "a@x.example", "count": 3})
    assert form.json() == {"fields": {"name": "Ada", "email": "a@x.example", "count": "3"}}

    download = client.get("/files/f1/content", params={"size": 300})
    assert download.content == bytes(i % 251 for i in range(300))
    assert download.headers["content-type"] == "application/octet-stream"

    raw = client.post(
        "/files/raw", content=content, headers={"Content-Type": "application/octet-stream"}
    )
    assert raw.json() == {"size": len(content), "sha256": hashlib.sha256(content).hexdigest()}

    missing = client.get("/nowhere")
    assert missing.status_code == 404
    assert missing.json()["code"] == "not_found"
