"""YAML with the 1.2 core schema, as OpenAPI asks: `no`, `on`, `yes`, `off` are strings.

PyYAML implements YAML 1.1, where `description: no` is `False`. Its loader is kept (the C
one where built) and only the rules that turn plain scalars into values are replaced:

- null: `~`, `null`, `Null`, `NULL` and nothing; bool: `true`/`True`/`TRUE` and the
  same for false;
- int: decimal without leading zeros, `0x`, `0o` and `0b` forms (`017` and `1_000` are
  strings, as JSON has no such numbers);
- float: with a dot or an exponent, `.inf`, `.nan`; one too large for a float (`1e400`)
  stays a string;
- dates stay strings (JSON Schema says they are strings; YAML 1.1 made `datetime`s).

These rules give the same data as the `ryaml` loader (Rust, YAML 1.2) on every scalar form
tested in tests/unit/test_yaml_loading.py.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import yaml

from generator.load.limits import MAX_INT_DIGITS

try:  # libyaml is about 4x faster on multi-megabyte specs
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]


_CORE_SCHEMA: list[tuple[str, str, list[str]]] = [
    ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", list("tTfF")),
    (
        "tag:yaml.org,2002:int",
        r"[-+]?(?:0|[1-9][0-9]*|0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+)",
        list("-+0123456789"),
    ),
    (
        "tag:yaml.org,2002:float",
        (
            r"[-+]?(?:(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|[0-9]+[eE][-+]?[0-9]+)"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
        ),
        list("-+0123456789."),
    ),
    # `<<: *base` merges stay as PyYAML had them (not YAML 1.2, but specs use them)
    ("tag:yaml.org,2002:merge", r"<<", ["<"]),
]


def key_text(key: Any) -> str:
    """A mapping key as JSON has it (a string): `200:`, `true:` or `~:` read as YAML values."""
    if isinstance(key, bool):
        return "true" if key else "false"
    if key is None:
        return "null"
    return str(key)


@dataclass(frozen=True)
class DuplicateKey:
    """A key written twice in one mapping (the later value is kept)."""

    mapping: dict[Any, Any]
    key: str
    first_line: int
    second_line: int


class SpecLoader(_BaseLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema (see the module docstring), which
    notes the keys a mapping repeats (as JSON spells them: `200` and `'200'` are one)."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[DuplicateKey] = []

    def construct_yaml_map(self, node: yaml.MappingNode) -> Any:
        data: dict[Any, Any] = {}
        yield data
        # merged keys (`<<: *base`) are meant to be overridden: only the mapping's own count
        own = [key for key, _ in node.value if key.tag != "tag:yaml.org,2002:merge"]
        data.update(self.construct_mapping(node))
        seen: dict[str, int] = {}
        for key_node in own:
            key = key_text(self.construct_object(key_node))  # (built already: cached)
            line = key_node.start_mark.line + 1
            if key in seen:
                self.duplicates.append(DuplicateKey(data, key, seen[key], line))
            seen[key] = line

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        value = str(self.construct_scalar(node))
        digits = len(value.lstrip("+-"))
        if digits > MAX_INT_DIGITS:
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"an integer of {digits} digits (more than {MAX_INT_DIGITS}); "
                "expected a number of usual size",
                node.start_mark,
            )
        return int(value, 0)

    def construct_yaml_float(self, node: yaml.ScalarNode) -> Any:
        value = str(self.construct_scalar(node))
        special = value.lstrip("+-").lower()
        if special == ".inf":
            return -math.inf if value.startswith("-") else math.inf
        if special == ".nan":
            return math.nan
        number = float(value)
        # too large for a float: kept as written rather than turned into infinity
        return value if math.isinf(number) else number


SpecLoader.add_constructor("tag:yaml.org,2002:map", SpecLoader.construct_yaml_map)
SpecLoader.add_constructor("tag:yaml.org,2002:int", SpecLoader.construct_yaml_int)
SpecLoader.add_constructor("tag:yaml.org,2002:float", SpecLoader.construct_yaml_float)


def _as_text(loader: SpecLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


SpecLoader.add_constructor("tag:yaml.org,2002:timestamp", _as_text)
# `<<` as a value, not a key, is just text (PyYAML 1.1 failed on it)
SpecLoader.add_constructor("tag:yaml.org,2002:merge", _as_text)
SpecLoader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in _CORE_SCHEMA:
    SpecLoader.add_implicit_resolver(_tag, re.compile(f"^(?:{_pattern})$"), _first)


def load_yaml(text: str, duplicates: list[DuplicateKey] | None = None) -> Any:
    """The document in `text`; yaml.YAMLError (with a mark) when it is not valid YAML. The
    keys a mapping repeats are added to `duplicates`."""
    loader = SpecLoader(text)
    try:
        document = loader.get_single_data()
    finally:
        loader.dispose()
    if duplicates is not None:
        duplicates.extend(loader.duplicates)
    return document
