"""The runtime is plain Python in generator/runtime/: copied verbatim into every SDK, its
sync I/O derived from the async source by scripts/unasync.py."""

from __future__ import annotations

import importlib
import importlib.util
import logging
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from generator.format import format_files
from generator.output import write_tree
from generator.pipeline import generate_files
from generator.render.http_imports import http_imports
from generator.render.runtime import runtime_modules
from tests.helpers import ROOT, minimal_spec, write_spec

RUNTIME = ROOT / "generator" / "runtime" / "_runtime"


def _unasync() -> ModuleType:
    spec = importlib.util.spec_from_file_location("unasync", ROOT / "scripts" / "unasync.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


unasync = _unasync()


def test_the_derived_sync_runtime_is_current() -> None:
    """Fails when an async source was edited and scripts/unasync.py not run."""
    assert unasync.stale_files() == []
    assert sorted(p.name for p in RUNTIME.glob("_sync_*.py")) == [
        "_sync_" + p.name.removeprefix("_async_") for p in sorted(RUNTIME.glob("_async_*.py"))
    ]


def test_an_async_source_edited_without_deriving_is_caught(tmp_path: Path) -> None:
    runtime = shutil.copytree(RUNTIME, tmp_path / "_runtime")
    source = runtime / "_async_streaming.py"
    source.write_text(
        source.read_text(encoding="utf-8").replace(
            "        return self._decoder.last_event_id\n",
            "        await self.close()\n        return self._decoder.last_event_id\n",
        ),
        encoding="utf-8",
    )
    assert unasync.stale_files(runtime) == ["_sync_streaming.py"]
    derived = unasync.derived_files(runtime)["_sync_streaming.py"]
    assert "        self.close()\n        return self._decoder.last_event_id\n" in derived


def test_unasync_spells_async_code_the_sync_way() -> None:
    code = (
        "This is the source of the I/O code: scripts/unasync.py derives _sync_x.py from it.\n"
        "from ._async_response import AsyncStreamedResponse\n"
        "async def f(r: AsyncIterator[int], g: Callable[[], Awaitable[list[int]]]) -> None:\n"
        "    async with lock:\n"
        "        async for x in r.aiter_lines():\n"
        "            yield x\n"
        "    await r.aclose()\n"
    )
    derived = unasync.unasync(code, "_async_x.py", "_sync_x.py")
    assert derived.endswith(
        "Derived from _async_x.py by scripts/unasync.py: edit that file, then run the script.\n"
        "from ._sync_response import StreamedResponse\n"
        "def f(r: Iterator[int], g: Callable[[], list[int]]) -> None:\n"
        "    with lock:\n"
        "        yield from r.iter_lines()\n"
        "    r.close()\n"
    )
    assert derived.startswith("# Generated from _async_x.py by scripts/unasync.py")


def test_unasync_refuses_async_code_it_has_no_sync_spelling_for() -> None:
    code = (
        "This is the source of the I/O code: scripts/unasync.py derives _sync_x.py from it.\n"
        "async def f() -> None:\n"
        "    await asyncio.gather()\n"
    )
    with pytest.raises(ValueError, match=r"_async_x.py:3: 'asyncio' has no sync spelling"):
        unasync.unasync(code, "_async_x.py", "_sync_x.py")


@pytest.mark.parametrize("library", ["httpx", "httpx2"])
def test_the_runtime_sources_are_formatted_as_the_generator_formats(library: str) -> None:
    """So the copy in an SDK is the source byte for byte, with either library's imports (the
    formatter is not given it: generator.render.runtime.verbatim_runtime_paths)."""
    sources = {name: http_imports(text, library, name) for name, text in runtime_modules()}
    assert "_async_client.py" in sources and "_sync_client.py" in sources
    assert format_files(sources, fix_imports=True) == sources


@pytest.mark.parametrize("sdk", ["petstore", "showcase", "relay"])
def test_every_committed_sdk_carries_the_runtime_verbatim(sdk: str) -> None:
    # verbatim but for the import of the SDK's HTTP library (petstore's is httpx)
    library = "httpx" if sdk == "petstore" else "httpx2"
    copied = ROOT / "generated" / sdk / sdk / "_runtime"
    assert sorted(p.name for p in copied.glob("*.py")) == [name for name, _ in runtime_modules()]
    for name, text in runtime_modules():
        expected = http_imports(text, library, name)
        assert (copied / name).read_text(encoding="utf-8") == expected, name


@pytest.fixture
def nested_sdk(tmp_path: Path) -> Iterator[ModuleType]:
    """An SDK generated as the nested package `acme.shop`, imported."""
    spec = minimal_spec(
        paths={
            "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": "ok"}}}}
        }
    )
    write_tree(generate_files(write_spec(tmp_path, spec), "acme.shop").files, tmp_path / "out")
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        yield importlib.import_module("acme.shop")
    finally:
        sys.path.remove(str(tmp_path / "out"))
        for name in [n for n in sys.modules if n == "acme" or n.startswith("acme.")]:
            del sys.modules[name]


def test_the_runtime_names_the_package_it_was_copied_into(
    nested_sdk: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    """User agent and logger come from `__name__` at run time, not from a template."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(204)

    http = httpx.Client(transport=httpx.MockTransport(answer))
    client = nested_sdk.Client(base_url="http://test", http_client=http)
    with caplog.at_level(logging.DEBUG, logger="acme.shop"):
        client.ping.list()  # GET /ping: the resource ping, a collection
    assert sent[0].headers["user-agent"] == f"acme.shop-python/{nested_sdk.__version__}"
    assert {record.name for record in caplog.records} == {"acme.shop"}
