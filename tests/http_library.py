"""The HTTP library the test run's SDKs use: httpx2 (the default) or httpx.

`SDKFORGE_TEST_HTTP=httpx pytest ...` runs the SDKs on plain httpx. The tests are written
against httpx's name (`import httpx`, `httpx.MockTransport`), as the runtime is, so that one
suite serves both libraries:

- on httpx2, `httpx2.alias_httpx()` makes `import httpx` give httpx2, in the tests and in an
  SDK generated for httpx alike (such an SDK differs from its httpx2 build only in its import
  lines: generator/render/http_imports.py);
- on httpx, each committed SDK generated for httpx2 is generated again for httpx, into a
  temporary folder put first on `sys.path` (once per run: the xdist workers, started after
  this runs in the controller, find it in `SDKFORGE_TEST_SDKS`).

tests/test_http_libraries.py runs the live runtime suite on httpx this way.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from generator.config import HTTP_LIBRARIES, HttpLibraryName, load_config

ROOT = Path(__file__).resolve().parents[1]
ENVIRONMENT, SDKS_ENVIRONMENT = "SDKFORGE_TEST_HTTP", "SDKFORGE_TEST_SDKS"


def chosen() -> HttpLibraryName:
    name = os.environ.get(ENVIRONMENT, "httpx2")
    for library in HTTP_LIBRARIES:
        if name == library:
            return library
    raise SystemExit(f"{ENVIRONMENT} must be one of {', '.join(HTTP_LIBRARIES)}, not {name!r}")


def use(library: HttpLibraryName) -> None:
    """Make the committed SDKs and `import httpx` use `library` in this process."""
    if library == "httpx2":
        import httpx2

        httpx2.alias_httpx()
        return
    folder = os.environ.get(SDKS_ENVIRONMENT) or _regenerate(library)
    os.environ[SDKS_ENVIRONMENT] = folder
    for sdk in sorted(Path(folder).iterdir()):
        sys.path.insert(0, str(sdk))


def _regenerate(library: HttpLibraryName) -> str:
    from generator.output import write_tree
    from generator.pipeline import generate_files

    folder = tempfile.mkdtemp(prefix=f"sdkforge-{library}-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    for sdk in load_config(ROOT / "pyproject.toml").sdks:
        if sdk.options.http != library:
            options = replace(sdk.options, http=library)
            files = generate_files(sdk.spec, sdk.package, options=options).files
            write_tree(files, Path(folder) / sdk.output.name)
    return folder
