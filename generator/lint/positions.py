"""The line a JSON pointer names in the spec file, for annotations (GitHub, SARIF).

The loaders keep no positions (the fast one cannot), so the file is composed again, as
nodes with marks and no values built: only lint's annotation formats pay for it, once a
spec. JSON is read the same way (YAML 1.2 is a superset of it). A pointer that leads into
another file (a `$ref` brought in) or that the file does not spell has no line.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import yaml

from generator.load.pointers import split_pointer

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]


def lines_of(path: Path, pointers: Iterable[str]) -> dict[str, int]:
    """pointer -> 1-based line, for the pointers the file spells (the others left out)."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    found: dict[str, int] = {}
    for pointer in pointers:
        line = _line(root, pointer)
        if line is not None:
            found[pointer] = line
    return found


def _line(root: yaml.Node | None, pointer: str) -> int | None:
    node, line = root, 1
    for token in split_pointer(pointer):
        if isinstance(node, yaml.MappingNode):
            match = next(
                ((key, value) for key, value in node.value if getattr(key, "value", None) == token),
                None,
            )
            if match is None:
                return None
            line = match[0].start_mark.line + 1  # the key's line: where the entry is
            node = match[1]
        elif isinstance(node, yaml.SequenceNode) and token.isdigit() and int(token) < len(node.value):
            node = node.value[int(token)]
            line = node.start_mark.line + 1
        else:
            return None
    return line if node is not None else None
