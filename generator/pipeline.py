"""The pipeline, one stage after the other: load -> parse -> render -> format."""

from __future__ import annotations

import keyword
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.errors import ConfigError, SpecError, Warning
from generator.format import format_files
from generator.ir import Api
from generator.load import load_spec
from generator.parse import parse_api
from generator.render import render_api


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, str]
    warnings: tuple[Warning, ...]


def check_package_name(package: str) -> None:
    parts = package.split(".")
    if not all(
        part.isidentifier() and part.isascii() and not keyword.iskeyword(part) for part in parts
    ):
        raise ConfigError(f"package name {package!r} is not a valid dotted Python identifier")


def generate_files(
    spec: Path,
    package: str,
    formatter: str = "ruff",
    display: str | None = None,
    pagination: Mapping[str, Any] | None = None,
) -> Generated:
    check_package_name(package)
    loaded = load_spec(spec, display)
    warnings: list[Warning] = []
    try:
        api = parse_api(loaded, package, warnings, pagination)
    except SpecError as error:
        pointer = loaded.source_pointer(error.pointer)
        if pointer == error.pointer:
            raise
        raise SpecError(error.file, pointer, error.message) from None
    files = format_files(render_api(api), formatter)
    # a Swagger 2.0 spec is parsed in its OpenAPI 3 form: point at what the user wrote
    shown = (
        *loaded.warnings,
        *(replace(w, pointer=loaded.source_pointer(w.pointer)) for w in warnings),
    )
    return Generated(api=api, files=files, warnings=shown)
