"""What a client makes on first use rather than in `Client()`: the resources below it (runtime
_lazy.py) and its httpx client."""

from __future__ import annotations

import sys

import relay


def test_a_nested_resource_is_made_once_for_its_client() -> None:
    client = relay.Client(base_url="http://127.0.0.1:1", api_key="k")
    api_key = client.auth.api_key

    assert "relay.resources.auth_api_key" in sys.modules
    assert type(api_key).__name__ == "AuthApiKey"
    assert api_key is client.auth.api_key  # kept
    assert api_key._client is client  # a resource passes its client on
    # the views reach the resource of the same name
    assert client.with_raw_response.auth.api_key is api_key.with_raw_response
    assert client.with_streaming_response.auth is client.auth.with_streaming_response


def test_copies_make_their_own_resources_and_flavours_stay_apart() -> None:
    client = relay.Client(base_url="http://127.0.0.1:1", api_key="k")
    copy = client.with_options(max_retries=5)

    assert copy.auth is not client.auth and copy.auth._client is copy
    assert type(relay.AsyncClient(base_url="http://x", api_key="k").auth).__name__ == (
        "AsyncAuth"
    )


def test_a_resource_attribute_can_be_replaced_as_a_cached_property_can() -> None:
    client = relay.Client(base_url="http://127.0.0.1:1", api_key="k")
    stand_in = object()

    client.auth = stand_in  # type: ignore[assignment]
    assert client.auth is stand_in
    del client.auth
    assert type(client.auth).__name__ == "Auth"


def test_threads_making_their_first_call_at_once_share_one_httpx_client() -> None:
    from concurrent.futures import ThreadPoolExecutor

    client = relay.Client(base_url="http://127.0.0.1:1", api_key="k")
    try:
        with ThreadPoolExecutor(16) as threads:
            made = list(threads.map(lambda _: client._http, range(64)))
        assert len({id(http) for http in made}) == 1
        assert client.with_options(timeout=1.0)._http is made[0]
    finally:
        client.close()
    assert made[0].is_closed
