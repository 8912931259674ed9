"""Read one JSON or YAML file into plain Python data, with errors that name a position."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError

try:  # libyaml is about 4x faster on multi-megabyte specs
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


class _SpecLoader(_BaseLoader):
    """YAML's safe loader with dates kept as strings.

    Specs carry dates as example values; YAML 1.1 would turn them into `datetime` objects
    (and crash on impossible ones like 2021-02-30), while JSON Schema says they are strings.
    """


_SpecLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}


def _stringify_keys(node: Any) -> Any:
    """JSON has only string keys; YAML lets `200:` or `true:` through as int or bool."""
    if isinstance(node, dict):
        return {_key(key): _stringify_keys(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_stringify_keys(item) for item in node]
    return node


def _key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


def read_document(path: Path, display: str) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SpecError(display, "", "file not found") from None
    except OSError as error:
        raise SpecError(display, "", f"cannot read file: {error.strerror}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SpecError(
            display, "", f"not a UTF-8 text file (invalid byte at offset {error.start})"
        ) from None
    if "\x00" in text:
        raise SpecError(display, "", "not a text file (contains NUL bytes)")
    if not text.strip():
        raise SpecError(display, "", "the file is empty; expected an OpenAPI document")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            if path.suffix.lower() == ".json":
                raise SpecError(
                    display,
                    "",
                    f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
                ) from None
    try:
        return _stringify_keys(yaml.load(text, Loader=_SpecLoader))
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "syntax error"
        raise SpecError(display, "", f"invalid YAML{where}: {problem}") from None
    except yaml.YAMLError as error:
        raise SpecError(display, "", f"invalid YAML: {error}") from None
