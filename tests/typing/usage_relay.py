"""Code a user writes against the relay SDK (runtime features); `mypy --strict` must accept it.

Pages, event streams, raw and streaming responses keep the operation's real types.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, assert_type

import httpx2
import relay
from relay import (
    APIResponse,
    AsyncStream,
    AsyncStreamedResponse,
    CallEvent,
    Stream,
    StreamedResponse,
    errors,
    models,
)
from relay.resources.items import AsyncListItemsPage, ListItemsPage


def sync_usage() -> None:
    client = relay.Client(
        api_key="key",
        basic_auth=("user", "password"),
        oauth_client=("id", "secret"),
        timeout=httpx2.Timeout(5.0),
        max_retries=3,
        deadline=30.0,
    )
    page = client.items.list(limit=10, max_retries=0, deadline=5.0)
    assert_type(page, ListItemsPage)
    assert_type(page.data, list[models.Item])
    assert_type(page.next_cursor, str | None)
    assert_type(page.has_next_page(), bool)
    assert_type(page.next_page(), ListItemsPage)
    for item in page:
        assert_type(item, models.Item)
    assert_type(list(client.items.plain()), list[models.Item])
    assert_type(client.items.plain().items, list[models.Item])

    stream = client.events.list(count=3)
    assert_type(stream, Stream[models.Event])
    # JSON or events from one operation: the `stream` keyword picks the type
    chat = models.ChatRequest(model="m", messages=[])
    completions = client.events.chat.completions
    assert_type(completions.create(body=chat), models.ChatCompletion)
    assert_type(completions.create(body=chat, stream=False), models.ChatCompletion)
    assert_type(completions.create(body=chat, stream=True), Stream[models.ChatChunk])
    either = completions.create(body=chat, stream=bool(chat.stream))
    assert_type(either, models.ChatCompletion | Stream[models.ChatChunk])
    assert_type(client.events.digest_stream(), Stream[models.Event])
    # an enum's value is accepted where the enum is: arguments and model constructors
    completions.create(body=chat, tone="cheerful")
    completions.create(body=chat, tone=models.Tone.PLAIN)
    models.ChatMessage(role="user", content="hi")
    assert_type(models.ChatMessage(role="user", content="hi").role, models.ChatRole)
    with stream:
        for event in stream:
            assert_type(event, models.Event)

    raw = client.jobs.with_raw_response.retrieve("j")
    assert_type(raw, APIResponse[models.Job])
    assert_type(raw.parse(), models.Job)
    assert_type(raw.parse(to=dict[str, Any]), dict[str, Any])
    assert_type(models.Job(id="j", name="n", state="done").to_dict(), dict[str, Any])
    client.jobs.retrieve("j", extra_headers={"X-Team": relay.omit, "X-Other": None})
    assert_type(raw.status_code, int)
    assert_type(raw.headers, httpx2.Headers)
    assert_type(raw.http_response, httpx2.Response)
    assert_type(raw.retries_taken, int)
    assert_type(client.with_raw_response.auth.api_key.list().parse(), models.AuthEcho)

    with client.files.content.with_streaming_response.list("f") as response:
        assert_type(response, StreamedResponse[bytes])
        chunks: Iterator[bytes] = response.iter_bytes()
        lines: Iterator[str] = response.iter_lines()
        del chunks, lines
    assert_type(client.files.content.list("f"), bytes)
    client.files.create(body={"file": ("a.txt", b"hi", "text/plain"), "purpose": "p"})
    client.files.create(body=models.FileUpload(file=io.BytesIO(b"hi"), purpose="p"))
    client.files.raw(body=iter([b"a", b"b"]))
    client.payments.create(body={"amount": 1, "currency": "EUR"}, idempotency_key="k")
    try:
        client.with_options(timeout=1.0, max_retries=0, deadline=None).jobs.retrieve("j")
    except errors.APITimeoutError as error:
        assert_type(error, errors.APITimeoutError)
    parity_usage()


def count_attempt(event: CallEvent) -> None:
    assert_type(event.call_id, str)
    assert_type(event.attempt, int)
    assert_type(event.status_code, int | None)
    assert_type(event.error, Exception | None)
    event.headers["X-Trace"] = event.call_id


def parity_usage() -> None:
    """Parity with hand-tuned SDKs: request ids, correlation ids, hooks, the escape hatch, conveniences."""
    client = relay.Client(
        bearer_auth=lambda: "rotating-token",
        oauth_client=("id", "secret"),
        scopes=["read"],
        correlation_header="X-Correlation-ID",
        on_request=count_attempt,
        on_response=count_attempt,
        on_error=count_attempt,
        default_query={"team": "a"},
    )
    try:
        client.jobs.retrieve("j", correlation_id="order-1")
    except errors.APIStatusError as error:
        assert_type(error.request_id, str | None)
    assert_type(client.jobs.with_raw_response.retrieve("j").request_id, str | None)
    assert_type(client.get("/x", cast_to=models.Job), models.Job)
    assert_type(client.get("/x", cast_to=list[models.Job]), list[models.Job])
    assert_type(client.post("/x", body={"a": 1}, cast_to=dict[str, int]), dict[str, int])
    anything = client.delete("/x", params={"q": 1}, headers={"X-A": "1"}, deadline=2.0)
    del anything
    assert_type(client.copy(bearer_auth="other"), relay.Client)
    assert_type(client.with_options(api_key="k", max_retries=0), relay.Client)
    assert_type(client.is_closed, bool)


async def fetch_token() -> str:
    return "token"


async def async_hook(event: CallEvent) -> None:
    event.headers["X-Trace"] = event.call_id


async def async_usage() -> None:
    client = relay.AsyncClient(bearer_auth="token")
    rotating = relay.AsyncClient(
        bearer_auth=fetch_token,
        api_key=lambda: "key",
        on_request=async_hook,
        on_error=count_attempt,
    )
    assert_type(await rotating.get("/x", cast_to=models.Job), models.Job)
    assert_type(await rotating.put("/x", body={}, correlation_id="c"), Any)
    assert_type(rotating.copy(bearer_auth=fetch_token), relay.AsyncClient)
    page = await client.items.list()
    assert_type(page, AsyncListItemsPage)
    assert_type(await page.next_page(), AsyncListItemsPage)
    items = [item async for item in await client.items.list()]
    assert_type(items, list[models.Item])
    stream = await client.events.list()
    assert_type(stream, AsyncStream[models.Event])
    chat = models.ChatRequest(model="m", messages=[])
    chunks = await client.events.chat.completions.create(body=chat, stream=True)
    assert_type(chunks, AsyncStream[models.ChatChunk])
    answer = await client.events.chat.completions.create(body=chat)
    assert_type(answer, models.ChatCompletion)
    async with stream:
        async for event in stream:
            assert_type(event, models.Event)
    raw = await client.jobs.with_raw_response.retrieve("j")
    assert_type(raw.parse(), models.Job)
    async with client.jobs.with_streaming_response.retrieve("j") as response:
        assert_type(response, AsyncStreamedResponse[models.Job])
        assert_type(await response.parse(), models.Job)


def typed_error_bodies() -> None:
    # every error of the relay API is its Error model: `body` is typed so, no cast needed
    try:
        relay.Client().items.list()
    except errors.UnsupportedMediaTypeError as error:  # 415: declared, a class of its own
        assert_type(error.body, models.Error)
    except errors.APIStatusError as error:
        code: str = error.body.code
        assert_type(error.body.message, str)
        print(code)


def test_kit_usage() -> None:
    # the test kit is typed like the SDK: answers take the method's result type or JSON
    from relay.testing import MockAPI, MockAPIError, OperationMock, RecordedCall

    with MockAPI() as api:
        assert_type(api.jobs.retrieve, OperationMock[models.Job])
        api.jobs.retrieve.respond(models.Job(id="j", name="n", state="queued"))
        api.jobs.retrieve.respond({"id": "j", "name": "n", "state": "done"}, status=200)
        api.jobs.retrieve.respond(status=503).raise_(httpx2.ConnectError)
        api.jobs.retrieve.respond_with(lambda call: {"id": call.path_params["job_id"]})
        assert_type(api.client(), relay.Client)
        assert_type(api.async_client(), relay.AsyncClient)
        calls: list[RecordedCall] = api.jobs.retrieve.calls
        assert calls == [] or isinstance(MockAPIError("x"), AssertionError)
