"""Both HTTP libraries: httpx2 (the default) and httpx (`http = "httpx"`).

The runtime is written once, against httpx; an SDK generated for httpx2 imports httpx2 in
its place (generator/render/http_imports.py) and nothing else of it differs. Here: the
rewrite, the setting, each committed SDK importing exactly one library, a client of the
other library refused with both named, the README's TLS sentence held against what each
library does, and the live runtime suite run on plain httpx (the rest of the suite runs on
httpx2: tests/http_library.py).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import ConfigError, SdkforgeError
from generator.render.http_imports import http_imports
from tests import http_library
from tests.helpers import ROOT, Cli

RUNTIME_SOURCE = """\
import httpx
from httpx._decoders import IdentityDecoder

if TYPE_CHECKING:
    import httpx
\"\"\"A docstring may say `import httpx` in prose.\"\"\"
x: httpx.Client
"""


def test_an_httpx2_sdk_imports_httpx2_under_the_name_the_code_uses() -> None:
    assert http_imports(RUNTIME_SOURCE, "httpx2", "m.py") == RUNTIME_SOURCE.replace(
        "import httpx\n", "import httpx2 as httpx\n"
    ).replace("from httpx._decoders", "from httpx2._decoders")
    assert http_imports(RUNTIME_SOURCE, "httpx", "m.py") == RUNTIME_SOURCE


@pytest.mark.parametrize("line", ["import httpx as h", "import os, httpx"])
def test_an_import_the_rewrite_cannot_carry_over_stops_generation(line: str) -> None:
    with pytest.raises(SdkforgeError, match=r"m\.py imports httpx as"):
        http_imports(f"{line}\n", "httpx2", "m.py")


def _imported_roots(folder: Path) -> set[str]:
    """The top-level modules named httpx* or httpcore* that any module of `folder` imports."""
    roots: set[str] = set()
    for path in [*folder.rglob("*.py"), *folder.rglob("*.pyi")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom) and not node.level
                else []
            )
            roots |= {n.split(".")[0] for n in names if n.startswith(("httpx", "httpcore"))}
    return roots


def test_each_committed_sdk_imports_exactly_one_http_library() -> None:
    libraries = {sdk.package: sdk.options.http for sdk in load_config(ROOT / "pyproject.toml").sdks}
    assert set(libraries.values()) == {"httpx", "httpx2"}  # generated/ holds both kinds
    for package, library in libraries.items():
        root = ROOT / "generated" / package
        assert _imported_roots(root / package) == {library}, package
        pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
        assert f'"{library}>=' in pyproject
        assert f'"{"httpx2" if library == "httpx" else "httpx"}>=' not in pyproject


def test_the_command_line_generates_for_either_library(cli: Cli, tmp_path: Path) -> None:
    spec = str(ROOT / "specs" / "petstore.yaml")
    for library in ("httpx", "httpx2"):
        out = tmp_path / library
        result = cli("generate", spec, "--output", str(out), "--package", "pets", "--http", library)
        assert result.returncode == 0, result.stderr
        assert _imported_roots(out / "pets") == {library}
    result = cli("generate", spec, "--output", str(tmp_path / "default"), "--package", "pets")
    assert _imported_roots(tmp_path / "default" / "pets") == {"httpx2"}


def test_http_only_goes_with_a_spec(cli: Cli) -> None:
    result = cli("generate", "--http", "httpx")
    assert result.returncode == 2
    assert "--http and --naming go with SPEC" in result.stderr


def test_an_unknown_http_library_in_the_config_is_one_error_line(tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text(
        '[tool.sdkforge]\n[[tool.sdkforge.sdks]]\nspec = "s.yaml"\noutput = "o"\n'
        'package = "p"\nhttp = "requests"\n'
    )
    with pytest.raises(
        ConfigError, match="'http' must be one of 'httpx2', 'httpx', not 'requests'"
    ):
        load_config(config)


# Run without the test suite's alias: httpx and httpx2 side by side, as a user has them.
OTHER_LIBRARY = r"""
import ssl, sys
import certifi, httpx, httpx2, petstore, relay

for sdk, wrong in ((relay.Client, httpx.Client()), (relay.AsyncClient, httpx.AsyncClient()),
                   (petstore.Client, httpx2.Client()), (petstore.Client, httpx.AsyncClient())):
    try:
        sdk(base_url="http://127.0.0.1:1", http_client=wrong)
    except TypeError as error:
        print(error)

# the README's TLS sentence: which certificates each library trusts with verify=True
def serials(context):
    return sorted(c["serialNumber"] for c in context.get_ca_certs())
system = serials(ssl.create_default_context())
bundle = serials(ssl.create_default_context(cafile=certifi.where()))
print(system != bundle)  # else the two lines below could not tell them apart
print(serials(httpx2.create_ssl_context()) == system)
print(serials(httpx.create_ssl_context()) == bundle)
"""


@pytest.fixture(scope="module")
def other_library_lines() -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SSL_CERT_")}
    env["PYTHONPATH"] = os.pathsep.join(
        str(ROOT / "generated" / sdk) for sdk in ("petstore", "relay")
    )
    return subprocess.run(
        [sys.executable, "-c", OTHER_LIBRARY], env=env, capture_output=True, text=True, check=True
    ).stdout.splitlines()


def test_a_client_of_the_other_library_is_a_type_error_naming_both(
    other_library_lines: list[str],
) -> None:
    assert other_library_lines[:4] == [
        "http_client must be an httpx2.Client, not httpx.Client"
        " (this SDK is built on httpx2, not httpx)",
        "http_client must be an httpx2.AsyncClient, not httpx.AsyncClient"
        " (this SDK is built on httpx2, not httpx)",
        "http_client must be an httpx.Client, not httpx2.Client"
        " (this SDK is built on httpx, not httpx2)",
        "http_client must be an httpx.Client, not httpx.AsyncClient",
    ]


def test_the_readme_says_which_certificates_each_library_trusts(
    other_library_lines: list[str],
) -> None:
    # httpx2 trusts the system's store, httpx certifi's bundle: as each README says
    assert other_library_lines[4:] == ["True", "True", "True"]
    relay_readme = (ROOT / "generated" / "relay" / "README.md").read_text(encoding="utf-8")
    petstore_readme = (ROOT / "generated" / "petstore" / "README.md").read_text(encoding="utf-8")
    assert "httpx2 verifies servers against the operating system's trust store" in relay_readme
    assert "httpx verifies servers against certifi's CA bundle" in petstore_readme


# The live tests whose code paths touch the HTTP library itself, run again on plain httpx
# (the whole suite runs on httpx2): its transport and connection errors, timeouts, uploads,
# streamed bodies and events, the request's bytes. The rest of the live suite (retries'
# arithmetic, naming, pages) runs the same code on either library; to run the relay and fault
# tests on httpx: `SDKFORGE_TEST_HTTP=httpx scripts/test tests/e2e/test_relay_*.py
# tests/e2e/test_runtime_faults.py`.
RUNTIME_SUITE = sorted(
    str(path.relative_to(ROOT))
    for pattern in (
        "test_http_library_in_use.py",
        "test_runtime_faults.py",
        "test_relay_requests.py",
        "test_relay_files.py",
        "test_relay_timeouts.py",
        "test_relay_chat_streams.py",
        "test_relay_events.py",
    )
    for path in (ROOT / "tests" / "e2e").glob(pattern)
)


DISTRIBUTED = ("-n", "2", "--dist", "load")


def test_the_httpx_run_names_only_files_that_exist() -> None:
    assert len(RUNTIME_SUITE) == 7


@pytest.mark.slow
@pytest.mark.e2e
def test_the_live_runtime_suite_passes_on_plain_httpx() -> None:
    env = {**os.environ, http_library.ENVIRONMENT: "httpx"}
    env.pop(http_library.SDKS_ENVIRONMENT, None)
    result = subprocess.run(
        # test by test across the workers (not file by file): the faults file is most of it
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            *DISTRIBUTED,
            *RUNTIME_SUITE,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " passed" in result.stdout.splitlines()[-1]
