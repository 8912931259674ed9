"""Read one JSON or YAML file into plain Python data, with errors that name a position."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from generator.errors import SpecError
from generator.load.pointers import pointer_of

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


# Limits that keep a hostile document from exhausting the stack or the memory.
MAX_DEPTH = 400
# YAML aliases share one node between many places; a document whose aliases expand it past
# this many nodes, and past ALIAS_EXPANSION times its written size, is refused
# ("billion laughs").
MAX_EXPANDED_NODES = 2_000_000
ALIAS_EXPANSION = 10


def check_shape(document: Any, display: str) -> None:
    """Refuse documents nested deeper than MAX_DEPTH, cyclic ones, and alias bombs.

    Iterative, so that the check itself needs no stack; nodes shared through YAML aliases
    are visited once (their expanded size is remembered).
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    # (node, pointer tokens, children still to visit or None before the first visit)
    stack: list[tuple[Any, list[str], list[tuple[str, Any]] | None]] = [(document, [], None)]
    while stack:
        node, tokens, pending = stack.pop()
        if not isinstance(node, (dict, list)):
            continue
        key = id(node)
        if pending is None:
            if key in sizes:
                continue
            if key in on_path:
                raise SpecError(
                    display,
                    pointer_of(tokens),
                    "a YAML alias refers to a node that contains it (a cycle); "
                    "expected a tree of mappings and lists",
                )
            if len(tokens) > MAX_DEPTH:
                # the pointer of where it starts to be deep, not 400 tokens of it
                shown = tokens[: min(len(tokens), 8)]
                raise SpecError(
                    display,
                    pointer_of(shown),
                    f"the document nests too deeply below this point (more than {MAX_DEPTH} "
                    "levels); expected an OpenAPI document",
                )
            on_path.add(key)
            items = node.items() if isinstance(node, dict) else enumerate(node)
            pending = [(str(k), v) for k, v in items]
            pending.reverse()
        if pending:
            name, child = pending.pop()
            stack.append((node, tokens, pending))
            stack.append((child, [*tokens, name], None))
            continue
        on_path.discard(key)
        values = node.values() if isinstance(node, dict) else node
        sizes[key] = 1 + sum(
            sizes.get(id(child), 1) if isinstance(child, (dict, list)) else 1 for child in values
        )
    expanded = sizes.get(id(document), 1)
    if expanded > MAX_EXPANDED_NODES and expanded > ALIAS_EXPANSION * len(sizes):
        raise SpecError(
            display,
            "",
            f"YAML aliases expand {len(sizes)} mappings and lists into {expanded} nodes; "
            "refusing a document that large (a 'billion laughs' alias bomb?)",
        )


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
    try:
        document, is_yaml = _parse(path, text, display)
    except RecursionError:
        raise SpecError(
            display,
            "",
            f"the document nests too deeply (more than {MAX_DEPTH} levels); "
            "expected an OpenAPI document",
        ) from None
    check_shape(document, display)
    return _stringify_keys(document) if is_yaml else document


def _parse(path: Path, text: str, display: str) -> tuple[Any, bool]:
    """The document, and whether it was read as YAML."""
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text), False
        except json.JSONDecodeError as error:
            if path.suffix.lower() == ".json":
                raise SpecError(
                    display,
                    "",
                    f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
                ) from None
    try:
        return yaml.load(text, Loader=_SpecLoader), True
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "syntax error"
        raise SpecError(display, "", f"invalid YAML{where}: {problem}") from None
    except yaml.YAMLError as error:
        raise SpecError(display, "", f"invalid YAML: {error}") from None
