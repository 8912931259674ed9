"""The run's SDKs send with the run's HTTP library (tests/http_library.py): the live suite
that passes on httpx2 and on httpx has really been sent through each."""

from __future__ import annotations

import httpx
import petstore
import relay
import showcase

from tests import http_library


def test_every_sdk_of_the_run_imports_the_runs_http_library() -> None:
    expected = http_library.chosen()
    assert httpx.__name__ == expected  # what the tests build their clients and mocks with
    for sdk in (petstore, relay, showcase):
        assert sdk._client.httpx.__name__ == expected, sdk.__name__
        assert sdk._runtime._base_client.httpx.__name__ == expected, sdk.__name__
