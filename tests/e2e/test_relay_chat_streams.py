"""An operation that answers in JSON or, asked with `stream=True`, in server-sent events.

`client.events.chat.completions.create` declares `application/json` and
`text/event-stream` for 200 and has a `stream` body field: the method is overloaded on a
`stream` keyword. `client.events.digest` has no such field: `digest_stream` streams.
The relay server answers "<tone> echo: <last message>", whole or one chunk per word.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.conftest import Api
from tests.e2e.test_relay_events import collect

MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "hi there"}]


async def test_without_stream_the_answer_is_the_json_model(rl: Api) -> None:
    body = {"model": "m", "messages": MESSAGES}
    answer = await rl.run(rl.client.events.chat.completions.create(body=body))
    assert isinstance(answer, rl.models.ChatCompletion)
    assert answer.content == "plain echo: hi there"
    assert answer.role == rl.models.ChatRole.ASSISTANT


async def test_stream_true_iterates_typed_events(rl: Api) -> None:
    body = {"model": "m", "messages": MESSAGES}
    stream = await rl.run(rl.client.events.chat.completions.create(body=body, stream=True))
    chunks = await collect(rl, stream)
    assert all(isinstance(chunk, rl.models.ChatChunk) for chunk in chunks)
    assert [(c.index, c.delta) for c in chunks] == [
        (0, "plain"),
        (1, "echo:"),
        (2, "hi"),
        (3, "there"),
    ]


async def test_the_stream_keyword_overrides_the_body_field(rl: Api) -> None:
    # a model that says stream=True, called without stream=True: the JSON answer
    body = rl.models.ChatRequest(model="m", messages=MESSAGES, stream=True)
    answer = await rl.run(rl.client.events.chat.completions.create(body=body, stream=False))
    assert isinstance(answer, rl.models.ChatCompletion)
    # and a model without the field, called with stream=True: events
    body = rl.models.ChatRequest(model="m", messages=MESSAGES)
    stream = await rl.run(rl.client.events.chat.completions.create(body=body, stream=True))
    assert len(await collect(rl, stream)) == 4


async def test_a_keyword_the_method_does_not_take_is_refused_as_python_refuses_it(
    rl: Api,
) -> None:
    # the last overload takes unknown keywords (so that type checkers name a misspelled
    # one); the call refuses them with Python's own message
    chat = rl.client.events.chat.completions
    refused = r"EventsChatCompletions\.create\(\) got an unexpected keyword argument 'temprature'"
    for stream in (False, True):
        with pytest.raises(TypeError, match=refused):
            await rl.run(chat.create(model="m", messages=MESSAGES, stream=stream, temprature=0.2))
    assert await rl.run(chat.create(model="m", messages=MESSAGES)) is not None


async def test_an_operation_without_a_switch_streams_from_its_own_method(rl: Api) -> None:
    digest = await rl.run(rl.client.events.digest(count=2))
    assert [(e.id, e.message) for e in digest.events] == [(1, "event 1"), (2, "event 2")]
    stream = await rl.run(rl.client.events.digest_stream(count=2))
    events = await collect(rl, stream)
    assert all(isinstance(e, rl.models.Event) for e in events)
    assert [(e.id, e.message) for e in events] == [(1, "event 1"), (2, "event 2")]


async def test_an_enum_parameter_takes_its_value_as_a_plain_string(rl: Api) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
    answer = await rl.run(rl.client.events.chat.completions.create(body=body, tone="cheerful"))
    assert answer.content == "cheerful echo: hi"
    # the member works the same, and prints as its value
    tone = rl.models.Tone.CHEERFUL
    assert (str(tone), f"{tone}") == ("cheerful", "cheerful")
    answer = await rl.run(rl.client.events.chat.completions.create(body=body, tone=tone))
    assert answer.content == "cheerful echo: hi"
    # a model built from plain values holds members
    message = rl.models.ChatMessage(role="user", content="hi")
    assert message.role is rl.models.ChatRole.USER
    assert f"{message.role}" == "user"


def test_an_unknown_enum_value_from_the_server_still_reads() -> None:
    import relay

    answer = relay.models.ChatCompletion.model_validate(
        {"model": "m", "role": "tool", "content": "x"}
    )
    assert answer.role == "tool"
    assert str(answer.role) == "tool"
