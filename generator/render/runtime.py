"""The runtime every SDK carries: plain Python in generator/runtime/, copied verbatim.

`generator/runtime/_runtime/*.py` become `<package>/_runtime/*.py` as they are (but for
the import of the SDK's HTTP library: generator.render.http_imports), and
`generator/runtime/errors.py` becomes `<package>/errors.py` with the API's title in its
first line. They are read as package data (the generator never imports them: they need
httpx) once per process, by generator.runtime_source. See generator/runtime/README.md
for how the runtime is laid out.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.errors import SdkforgeError
from generator.render.escape import docline
from generator.render.http_imports import http_imports
from generator.runtime_source import errors_source, runtime_sources

ERRORS_FIRST_LINE = '"""Errors raised by the API client.\n'


def runtime_modules() -> tuple[tuple[str, str], ...]:
    """(file name, text) of every module of the runtime, sorted by name."""
    return tuple((f"{module}.py", text) for module, text in runtime_sources().items())


def errors_module(title: str) -> str:
    """The SDK's errors.py: the runtime's, its first line naming the API."""
    source = errors_source()
    if not source.startswith(ERRORS_FIRST_LINE):
        raise SdkforgeError(
            f"internal error: generator/runtime/errors.py must start with {ERRORS_FIRST_LINE!r}"
        )
    return f'"""Errors raised by the {docline(title)} client.\n' + source[len(ERRORS_FIRST_LINE) :]


def verbatim_runtime_paths(package_dir: str, files: Mapping[str, str], http: str) -> frozenset[str]:
    """The runtime modules in `files` whose text is the runtime's source as the SDK for the
    HTTP library `http` takes it: formatted already (the source is kept as the formatter
    leaves it, with either library's imports; tests/unit/test_runtime_sources.py checks), so
    the formatter need not read them again. A module changed otherwise is not among them."""
    return frozenset(
        path
        for name, text in runtime_modules()
        if files.get(path := f"{package_dir}/_runtime/{name}") == http_imports(text, http, path)
    )


def runtime_files(package_dir: str, title: str, http: str) -> dict[str, str]:
    """{path: text} of the runtime in an SDK whose package lives in `package_dir`, importing
    the HTTP library `http` (see generator.render.http_imports)."""
    files = {f"{package_dir}/_runtime/{name}": text for name, text in runtime_modules()}
    files[f"{package_dir}/errors.py"] = errors_module(title)
    return {path: http_imports(text, http, path) for path, text in files.items()}
