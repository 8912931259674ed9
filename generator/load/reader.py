"""Read one JSON or YAML file into plain Python data, with errors that name a position."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load.limits import ALIAS_EXPANSION, MAX_DEPTH, MAX_EXPANDED_SIZE, MAX_INT_DIGITS
from generator.load.pointers import pointer_of

# The YAML readers (PyYAML, ryaml) are imported when a YAML document is read: a JSON spec
# never needs them, and they are about a tenth of start-up.
if TYPE_CHECKING:
    from generator.load.yaml12 import DuplicateKey


def _stringify_keys(document: Any) -> bool:
    """JSON has only string keys; YAML lets `200:` or `true:` through as int or bool.

    In place, and only the mappings that have such keys are changed: most have none, and
    rebuilding every mapping of a large spec cost a fifth of reading it. A node
    shared through YAML aliases is changed once (the change is the same wherever it is).
    Whether two keys of a mapping became one (`200` and `'200'`).
    """
    from generator.load.yaml12 import key_text

    merged = False
    seen: set[int] = set()
    stack = [document]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, dict):
            if not all(type(key) is str for key in node):
                items = [(key_text(key), value) for key, value in node.items()]
                node.clear()
                node.update(items)
                merged = merged or len(node) < len(items)
            stack.extend(value for value in node.values() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            stack.extend(item for item in node if isinstance(item, (dict, list)))
    return merged


def check_shape(document: Any, display: str, written: int) -> None:
    """Refuse documents nested deeper than MAX_DEPTH, cyclic ones, and alias bombs (after
    the fact: YAML is surveyed before it is built; this checks what JSON and PyYAML built).

    `written` is the length of the text the document was read from. Iterative, so that the
    check itself needs no stack; nodes shared through YAML aliases are visited once (their
    expanded size is remembered).
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
        size = 1
        if isinstance(node, dict):
            size += sum(len(name) if isinstance(name, str) else 1 for name in node)
            values: Any = node.values()
        else:
            values = node
        for child in values:
            if isinstance(child, str):
                size += 1 + len(child)
            else:
                size += sizes.get(id(child), 1)
        sizes[key] = size
    expanded = sizes.get(id(document), 1)
    if expanded > MAX_EXPANDED_SIZE and expanded > ALIAS_EXPANSION * max(written, len(sizes)):
        raise SpecError(
            display,
            "",
            f"YAML aliases expand {written} characters into {expanded} nodes and characters; "
            "refusing a document that large (a 'billion laughs' alias bomb?)",
        )


def read_document(
    path: Path, display: str, warnings: list[SpecWarning] | None = None
) -> Any:
    """The document in the file; what was worked around (a key written twice in a YAML
    mapping) is added to `warnings`."""
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
    duplicates: list[DuplicateKey] = []
    try:
        document, reader = _parse(path, text, display, duplicates)
    except RecursionError:
        raise SpecError(
            display,
            "",
            f"the document nests too deeply (more than {MAX_DEPTH} levels); "
            "expected an OpenAPI document",
        ) from None
    if reader != "ryaml":
        # ryaml is given no document with anchors (yaml_survey says which have none), and
        # it refuses documents nested deeper than 128 levels: nothing it returns is shared,
        # cyclic or expanded
        check_shape(document, display, len(text))
    if reader != "json":
        merged = _stringify_keys(document)
        if merged and reader == "ryaml":
            # ryaml refuses a key written twice, not `200:` beside `'200':`: PyYAML finds
            # the lines of both
            document = _read_yaml(text, display, duplicates)
            check_shape(document, display, len(text))
            _stringify_keys(document)
    if warnings is not None:
        warnings.extend(_duplicate_warnings(document, duplicates))
    return document


def _duplicate_warnings(document: Any, duplicates: list[DuplicateKey]) -> list[SpecWarning]:
    if not duplicates:
        return []
    pointers = _pointers_of({id(found.mapping) for found in duplicates}, document)
    return [
        SpecWarning(
            join_pointer(pointers.get(id(found.mapping), ""), found.key),
            f"the key {found.key!r} is written twice in one mapping (lines "
            f"{found.first_line} and {found.second_line}); the value on line "
            f"{found.second_line} is used",
        )
        for found in sorted(duplicates, key=lambda found: found.second_line)
    ]


def _pointers_of(wanted: set[int], document: Any) -> dict[int, str]:
    """The pointer of each node (by id) in `wanted`: the first place it is found."""
    found: dict[int, str] = {}
    seen: set[int] = set()
    stack: list[tuple[Any, str]] = [(document, "")]
    while stack and len(found) < len(wanted):
        node, pointer = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if id(node) in wanted:
            found.setdefault(id(node), pointer)
        items = node.items() if isinstance(node, dict) else enumerate(node)
        stack.extend(
            (child, join_pointer(pointer, key))
            for key, child in reversed(list(items))
            if isinstance(child, (dict, list))
        )
    return found


def _parse(
    path: Path, text: str, display: str, duplicates: list[DuplicateKey]
) -> tuple[Any, str]:
    """The document, and what read it: "json", "ryaml" or "pyyaml"."""
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        try:
            return json.loads(text), "json"
        except json.JSONDecodeError as error:
            if path.suffix.lower() == ".json":
                raise SpecError(
                    display,
                    "",
                    f"invalid JSON at line {error.lineno}, column {error.colno}: {error.msg}",
                ) from None
        except ValueError:  # an integer past Python's conversion limit
            raise _too_long_integer(text, display) from None
    from generator.load.fast_yaml import read_fast

    loaded, document = read_fast(text)
    if loaded:
        return document, "ryaml"
    return _read_yaml(text, display, duplicates), "pyyaml"


def _read_yaml(text: str, display: str, duplicates: list[DuplicateKey]) -> Any:
    """The document as PyYAML reads it, its repeated keys added to `duplicates`."""
    import yaml

    from generator.load.yaml12 import load_yaml
    from generator.load.yaml_survey import survey

    try:
        # aliases measured before PyYAML builds anything (it shares aliased nodes; what
        # reads the document after it would expand them)
        survey(text, display)
        return load_yaml(text, duplicates)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "syntax error"
        raise SpecError(display, "", f"invalid YAML{where}: {problem}") from None
    except yaml.YAMLError as error:
        raise SpecError(display, "", f"invalid YAML: {error}") from None


def _too_long_integer(text: str, display: str) -> SpecError:
    found = re.search(f"[0-9]{{{MAX_INT_DIGITS + 1},}}", text)
    where = ""
    if found:
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        where = f" at line {line}, column {column}"
    digits = len(found.group()) if found else MAX_INT_DIGITS + 1
    return SpecError(
        display,
        "",
        f"invalid JSON{where}: an integer of {digits} digits (more than {MAX_INT_DIGITS}); "
        "expected a number of usual size",
    )
