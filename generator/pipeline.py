"""The pipeline, one stage after the other: load -> parse -> render -> format."""

from __future__ import annotations

import keyword
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from generator.config import SdkOptions
from generator.errors import ConfigError, SpecError, SpecWarning
from generator.format import UnsoundModules, format_files
from generator.ir import Api
from generator.load import LoadedSpec, load_spec
from generator.load.document import TOO_DEEP
from generator.parse import parse_api
from generator.render import render_api, render_stubs
from generator.render.runtime import verbatim_runtime_paths
from generator.verify import check_compiles


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]
    warnings: tuple[SpecWarning, ...]


def check_package_name(package: str) -> None:
    parts = package.split(".")
    if not all(
        part.isidentifier() and part.isascii() and not keyword.iskeyword(part) for part in parts
    ):
        raise ConfigError(f"package name {package!r} is not a valid dotted Python identifier")


@dataclass(frozen=True)
class Parsed:
    """What load and parse made of a spec: the IR, the loaded document (after overlays),
    and the warnings of each stage, pointing at what the user wrote."""

    api: Api
    loaded: LoadedSpec
    load_warnings: tuple[SpecWarning, ...]
    parse_warnings: tuple[SpecWarning, ...]

    @property
    def warnings(self) -> tuple[SpecWarning, ...]:
        return (*self.load_warnings, *self.parse_warnings)


def parse_spec(
    spec: Path,
    *,
    package: str = "sdk",
    options: SdkOptions | None = None,
    display: str | None = None,
) -> Parsed:
    """Load and parse only: the IR and every warning, as `generate` would see them."""
    options = options or SdkOptions()
    check_package_name(package)
    with _depth_guard(spec, display):
        loaded = load_spec(spec, display, options.ref_roots, options.overlays)
        warnings: list[SpecWarning] = []
        try:
            api = parse_api(loaded, package, warnings, options)
        except SpecError as error:
            pointer = loaded.source_pointer(error.pointer)
            if pointer == error.pointer:
                raise
            raise SpecError(error.file, pointer, error.message) from None
    # a Swagger 2.0 spec is parsed in its OpenAPI 3 form: point at what the user wrote
    shown = tuple(replace(w, pointer=loaded.source_pointer(w.pointer)) for w in warnings)
    return Parsed(api=api, loaded=loaded, load_warnings=loaded.warnings, parse_warnings=shown)


def _parse(
    spec: Path, package: str, options: SdkOptions, display: str | None
) -> tuple[Api, tuple[SpecWarning, ...]]:
    parsed = parse_spec(spec, package=package, options=options, display=display)
    return parsed.api, parsed.warnings


@contextmanager
def _depth_guard(spec: Path, display: str | None) -> Iterator[None]:
    """Schemas nested beyond Python's recursion limit: one clear error, not a traceback."""
    try:
        yield
    except RecursionError:
        raise SpecError(
            display or str(spec),
            "",
            TOO_DEEP,
        ) from None


def generate_files(
    spec: Path,
    package: str,
    *,
    formatter: str = "ruff",
    display: str | None = None,
    options: SdkOptions | None = None,
) -> Generated:
    api, warnings = _parse(spec, package, options or SdkOptions(), display)
    with _depth_guard(spec, display):
        rendered = render_api(api)
    try:
        files = format_files(
            rendered,
            formatter,
            verbatim_runtime_paths(api.package.replace(".", "/"), rendered, api.http.module),
        )
    except UnsoundModules as error:
        # name the line and the spec pointer: compile what the formatter's parser refused
        check_compiles({path: rendered[path] for path in error.paths}, api, display or str(spec))
        raise
    return Generated(api=api, files=files, warnings=warnings)


def generate_stubs(
    spec: Path, package: str, *, display: str | None = None, options: SdkOptions | None = None
) -> Generated:
    """Only the stubs, unformatted: enough to read the API surface (`api-diff`)."""
    api, warnings = _parse(spec, package, options or SdkOptions(), display)
    return Generated(api=api, files=render_stubs(api), warnings=warnings)
