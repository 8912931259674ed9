"""Credential names users already have, live, sync and async.

A spec whose only secret is a bearer scheme keyed `ApiKeyAuth` gives `api_key=` and
`CREDSDK_API_KEY`; a config `[tool.sdkforge.sdks.auth.ApiKeyAuth]` renames both.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.cli import main
from tests.servers.live import serve

pytestmark = pytest.mark.e2e

SPEC = """openapi: 3.0.3
info: {title: creds, version: '1'}
security: [{ApiKeyAuth: []}]
paths:
  /whoami:
    get:
      operationId: whoami
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: object, additionalProperties: {type: string}}}}
components:
  securitySchemes:
    ApiKeyAuth: {type: http, scheme: bearer}
"""

CONFIG = """[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "creds.yaml"
output = "vendorsdk"
package = "vendorsdk"
[tool.sdkforge.sdks.auth.ApiKeyAuth]
keyword = "token"
env = "VENDOR_TOKEN"
"""


def _load(folder: Path, package: str) -> ModuleType:
    sys.path.insert(0, str(folder / package))
    return importlib.import_module(package)


def _unload(folder: Path, package: str) -> None:
    sys.path.remove(str(folder / package))
    for name in [name for name in sys.modules if name.split(".")[0] == package]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def sdks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    folder = tmp_path_factory.mktemp("creds")
    (folder / "creds.yaml").write_text(SPEC, encoding="utf-8")
    (folder / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    assert main(["generate", str(folder / "creds.yaml"), "-o", str(folder / "credsdk"), "-q"]) == 0
    assert main(["generate", "--config", str(folder / "pyproject.toml"), "-q"]) == 0
    try:
        yield {"credsdk": _load(folder, "credsdk"), "vendorsdk": _load(folder, "vendorsdk")}
    finally:
        _unload(folder, "credsdk")
        _unload(folder, "vendorsdk")


@pytest.fixture(scope="module")
def echo_url() -> Iterator[str]:
    async def whoami(request: Request) -> Response:
        return JSONResponse({"authorization": request.headers.get("authorization", "")})

    with serve(Starlette(routes=[Route("/whoami", whoami)])) as base:
        yield base


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def _whoami(sdk: ModuleType, mode: str, url: str, **kwargs: Any) -> Any:
    if mode == "async":
        async with sdk.AsyncClient(base_url=url, **kwargs) as client:
            return await client.whoami.list()
    with sdk.Client(base_url=url, **kwargs) as client:
        return client.whoami.list()


async def test_the_only_secret_is_api_key(
    sdks: dict[str, ModuleType], echo_url: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CREDSDK_API_KEY", raising=False)
    got = await _whoami(sdks["credsdk"], mode, echo_url, api_key="sk-keyword")
    assert got == {"authorization": "Bearer sk-keyword"}
    monkeypatch.setenv("CREDSDK_API_KEY", "sk-env")
    assert await _whoami(sdks["credsdk"], mode, echo_url) == {"authorization": "Bearer sk-env"}


async def test_config_names_the_keyword_and_the_variable(
    sdks: dict[str, ModuleType], echo_url: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("VENDOR_TOKEN", raising=False)
    got = await _whoami(sdks["vendorsdk"], mode, echo_url, token="sk-keyword")
    assert got == {"authorization": "Bearer sk-keyword"}
    monkeypatch.setenv("VENDOR_TOKEN", "sk-env")
    assert await _whoami(sdks["vendorsdk"], mode, echo_url) == {"authorization": "Bearer sk-env"}
