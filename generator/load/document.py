"""Load a spec: read, bundle external refs, convert Swagger 2.0, normalise, validate."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_pydantic.v3.v3_1 import OpenAPI
from pydantic import ValidationError

from generator.errors import SpecError, SpecWarning
from generator.load.bundle import bundle_document
from generator.load.document_slips import fix_document_slips
from generator.load.normalize import normalize_document
from generator.load.overlay import apply_overlays
from generator.load.pointers import pointer_of
from generator.load.reader import read_document
from generator.load.slips import fix_type_slips
from generator.load.swagger2 import convert_swagger2, is_swagger2, source_pointer
from generator.load.view import SpecView

# how much of an invalid value an error line shows
_SHOWN_VALUE = 60


@dataclass(frozen=True)
class LoadedSpec:
    """A validated spec: `document` is the plain data, `openapi` the typed view of it.

    `warnings` are what loading worked around (what a Swagger 2.0 document has that
    OpenAPI 3.1 cannot say).
    """

    file: str
    document: dict[str, Any]
    openapi: OpenAPI
    warnings: tuple[SpecWarning, ...] = field(default=())
    # converted pointer -> the Swagger 2.0 pointer it came from; empty for OpenAPI 3
    origins: dict[str, str] = field(default_factory=dict)

    @property
    def view(self) -> SpecView:
        """What parse reads besides `openapi`: the plain data, read-only."""
        return SpecView(self.document)

    def source_pointer(self, pointer: str) -> str:
        """Where a pointer into `document` points in the file as the user wrote it."""
        return source_pointer(self.origins, pointer) if self.origins else pointer


def load_spec(
    path: Path,
    display: str | None = None,
    ref_roots: Sequence[Path] = (),
    overlays: Sequence[Path] = (),
) -> LoadedSpec:
    """Read, bundle, convert and validate the spec at `path`.

    `ref_roots`: folders besides the spec's own folder tree that external `$ref`s may
    reach (config `ref_roots`). `overlays`: OpenAPI Overlay files applied, in order, to the
    document as read (config `overlays`, `--overlay`).
    """
    shown = display or str(path)
    read_warnings: list[SpecWarning] = []
    raw = read_document(path, shown, read_warnings)
    if overlays:
        raw = apply_overlays(raw, overlays, read_warnings, [_shown(item) for item in overlays])
    if not isinstance(raw, dict):
        kind = type(raw).__name__ if raw is not None else "null"
        raise SpecError(shown, "", f"expected a mapping (an OpenAPI document), got {kind}")
    _check_version(raw, shown)
    result = bundle_document(path, raw, shown, ref_roots)
    bundled, warnings = result.document, [*read_warnings, *result.warnings]
    fix_type_slips(bundled, warnings)
    fix_document_slips(bundled, shown, is_swagger2(raw), warnings)
    origins: dict[str, str] = {}
    if is_swagger2(raw):
        # after bundling: refs into other 2.0 files are local by then, and converted alike
        converted = convert_swagger2(bundled, shown)
        bundled, origins = converted.document, converted.origins
        warnings.extend(converted.warnings)
    document = normalize_document(bundled)
    try:
        # 3.0 documents are read through the 3.1 model (normalised above); the version
        # field is the one thing that model would reject outright.
        openapi = OpenAPI.model_validate({**document, "openapi": "3.1.0"})
    except ValidationError as error:
        if any(
            item["type"] in ("recursion_loop", "recursion_depth_exceeded")
            for item in error.errors()
        ):
            raise SpecError(shown, "", TOO_DEEP) from None
        first = _most_telling(error)
        local = _pointer_for(document, first["loc"])
        pointer = source_pointer(origins, local)
        # a value from another file is not quoted: error lines show the spec's own text only
        quoted = not any(
            local == place or local.startswith(place + "/") for place in result.foreign
        )
        raise SpecError(shown, pointer, _describe(first, quoted)) from None
    return LoadedSpec(
        file=shown, document=document, openapi=openapi, warnings=tuple(warnings), origins=origins
    )


def _shown(path: Path) -> str:
    """A path as error lines name it: relative to the current folder where it can be."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def _check_version(raw: dict[str, Any], shown: str) -> None:
    version = raw.get("openapi")
    if version is None:
        if "swagger" in raw:
            if str(raw["swagger"]) not in ("2.0", "2"):
                raise SpecError(
                    shown,
                    "/swagger",
                    f"unsupported Swagger version {raw['swagger']!r}; expected 2.0, "
                    "or OpenAPI 3.0/3.1",
                )
            return
        raise SpecError(
            shown,
            "/openapi",
            "missing 'openapi' version field; expected 3.0.x, 3.1.x or swagger 2.0",
        )
    if not isinstance(version, str) or not version.startswith(("3.0", "3.1")):
        raise SpecError(
            shown, "/openapi", f"unsupported OpenAPI version {version!r}; expected 3.0.x or 3.1.x"
        )


TOO_DEEP = (
    "schemas nest too deeply to generate (the limit is about 100 levels of objects "
    "in objects; pydantic could not build deeper models either)"
)


def _most_telling(error: ValidationError) -> Any:
    """The error to show: the deepest one outside the `Reference` branch of a union.

    For `Reference | Schema`, pydantic reports both branches; "'$ref' is missing" from the
    first is true but says nothing about what is wrong with the schema.
    """
    errors = error.errors()
    useful = [e for e in errors if "Reference" not in [str(part) for part in e["loc"]]] or errors
    return max(useful, key=lambda e: len(e["loc"]))


def _pointer_for(document: Any, loc: tuple[int | str, ...]) -> str:
    """Follow a pydantic error location through the document; skip union-branch labels."""
    tokens: list[str] = []
    node = document
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            node = node[part]
            tokens.append(part)
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
            tokens.append(str(part))
    return pointer_of(tokens)


def _describe(error: Any, quoted: bool = True) -> str:
    message = str(error["msg"])
    if error["type"] == "missing":
        return f"required field {error['loc'][-1]!r} is missing"
    if not quoted:
        return f"{message} (in what a $ref brought in from another file)"
    value = error.get("input")
    shown = repr(value)
    if len(shown) > _SHOWN_VALUE:
        shown = shown[: _SHOWN_VALUE - 3] + "..."
    return f"{message} (got {shown})"
