"""The fast path for YAML: `ryaml` (Rust, YAML 1.2) where it gives what PyYAML would.

PyYAML (generator/load/yaml12.py) stays the loader of record: its errors carry line and
column, and it reads merge keys. `ryaml` is used only for documents without anchors,
aliases, merge keys, tags or integers too long for it (the forms where the two could
differ, and aliases, which ryaml would expand before anything could measure them), and any
failure of it falls back to PyYAML, which then gives the error every user sees.

Whether a document holds anchors, aliases, tags or merge keys is decided by libyaml's
tokenizer (generator/load/yaml_survey.py, which also measures what aliases expand to
before PyYAML reads a document); a quick scan of the text spares that pass to documents
where none can be. An integer
too long for ryaml (`maximum: 18446744073709552000`) is handed to it as a quoted stand-in
and put back; one on a line inside a block scalar, by its indentation below a `key: |` or
`key: >` line, and found again as text in ryaml's result, is prose.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from typing import Any

from generator.load.limits import MAX_INT_DIGITS
from generator.load.yaml_survey import holds_node_properties, may_hold_node_properties

_loads: Callable[[str], Any] | None
try:  # (ryaml's package re-exports `loads` implicitly: mypy --strict would not see it)
    _loads = importlib.import_module("ryaml").loads
except ImportError:  # tested in a subprocess that hides the module
    _loads = None

# An integer past 2**64 (ryaml errs on those up to 2**128 and makes floats of larger ones).
# It counts only where a node can start (see _at_node_start).
_LONG_DIGITS = re.compile(r"[0-9]{20}")
_LINE_BREAKS = ("\n", "\r", "\x85", "\u2028", "\u2029")
_INDICATORS = re.compile(r"[ \t]*(?:(?:[-?:]|---)[ \t]+)*(?:[-?:]|---)")


def _at_node_start(text: str, start: int) -> bool:
    """Whether a node can start at `start`: after indentation and `- `, `? `, `: ` or `--- `
    indicators, after `: ` (or `":` of a JSON-like key), or after `[`, `{` or `,`.

    A match inside a quoted string or a block of text may pass: that only costs the fast
    path, never the result.
    """
    if start and text[start - 1] in "+-":  # the sign of a number
        start -= 1
    # the line begins after any break PyYAML reads as one (a lone `\r` too)
    line_start = max(text.rfind(mark, 0, start) for mark in _LINE_BREAKS) + 1
    before = text[line_start:start]
    trimmed = before.rstrip(" \t")
    spaced = len(trimmed) < len(before)
    if not trimmed or trimmed[-1] in "[{,":
        return True
    if trimmed[-1] == ":" and (spaced or trimmed[-2:-1] in ("'", '"')):
        return True
    return spaced and _INDICATORS.fullmatch(trimmed) is not None


# A block scalar's header: `key: |`, `- >-`, `key: |2 # comment`; its content is the lines
# below indented deeper than the key (or the `-`).
_BLOCK_HEADER = re.compile(
    r"(?P<indent> *)(?P<dashes>(?:- +)*)(?:(?P<key>[^ #\n][^\n]*?):[ \t]+)?[|>][1-9+-]{0,2}"
    r"[ \t]*(?:#[^\n]*)?"
)
# A whole plain integer as the YAML 1.2 core schema has it (no leading zeros: `0012` is
# text), sign included, as a value or a key: the token a `[0-9]{20}` match sits in.
_INTEGER_TOKEN = re.compile(
    r"[-+]?[1-9][0-9]*(?=[ \t]*$|[ \t]+#|[ \t]*[,\]}]|[ \t]*:(?:[ \t]|$))", re.MULTILINE
)
# NUL cannot be in a spec's text (the reader refuses it): written as the escape `\0` in a
# double-quoted scalar, it marks a stand-in's value
_STAND_IN = "\x00sdkforge-int:"
_STAND_IN_WRITTEN = "\\0sdkforge-int:"
_STAND_IN_VALUE = re.compile(re.escape(_STAND_IN) + r"[-+]?[0-9]+")
_KEY_AFTER = re.compile(r"[ \t]*:")  # after an integer token: it is a key
# Bounds on the work of telling prose from YAML (at most 400,000 lines scanned, well under a
# second): a document past them goes to PyYAML, as every document with such forms did.
_LOOK_BACK = 2_000  # lines scanned up from a form for its block scalar's header
_MAX_FORMS = 200  # DigitalOcean's spec has 41


def _suspects(text: str) -> list[int]:
    """Offsets of the integers that could be too long for ryaml."""
    return [
        match.start() for match in _LONG_DIGITS.finditer(text) if _at_node_start(text, match.start())
    ]


def _in_block_scalar(text: str, offset: int) -> bool:
    """Whether the line at `offset` is inside a block scalar, by indentation alone: the
    lines up to a header line are all indented deeper than the header's key."""
    start = text.rfind("\n", 0, offset) + 1
    deepest = len(text[start:offset]) - len(text[start:offset].lstrip(" "))  # the least
    # indentation met on the way up
    end = start - 1
    for _ in range(_LOOK_BACK):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        above = text[begin:end]
        end = begin - 1
        if not above.strip():
            continue
        indent = len(above) - len(above.lstrip(" "))
        if indent >= deepest:
            continue
        header = _BLOCK_HEADER.fullmatch(above)
        if header is not None:
            column = len(header["indent"]) + (len(header["dashes"]) if header["key"] else 0)
            return deepest > column
        if indent == 0:
            return False
        deepest = indent
    return False


def _line_at(text: str, offset: int) -> str:
    end = text.find("\n", offset)
    return text[text.rfind("\n", 0, offset) + 1 : end if end >= 0 else len(text)].strip()


def _restore_integers(document: Any, keys: bool) -> int:
    """Put the stand-ins back as integers, in place; how many were put back. With `keys`,
    mapping keys too (each keeps its place; the reader makes it text again, as it does
    PyYAML's integer keys)."""
    restored = 0
    stack = [document]
    while stack:
        node = stack.pop()
        found = []
        for key, value in node.items() if isinstance(node, dict) else enumerate(node):
            if type(value) is str:
                if _is_stand_in(value):
                    found.append(key)
            elif isinstance(value, (dict, list)):
                stack.append(value)
        for key in found:
            node[key] = int(node[key][len(_STAND_IN) :])
        restored += len(found)
        if keys and isinstance(node, dict) and any(_is_stand_in(key) for key in node):
            items = [
                (int(key[len(_STAND_IN) :]) if _is_stand_in(key) else key, value)
                for key, value in node.items()
            ]
            restored += sum(1 for key in node if _is_stand_in(key))
            node.clear()
            node.update(items)
    return restored


def _is_stand_in(key: Any) -> bool:
    return type(key) is str and _STAND_IN_VALUE.fullmatch(key) is not None


def _all_text(document: Any, lines: list[str]) -> bool:
    """Whether every line is found inside some string of the document."""
    try:
        written = json.dumps(document, ensure_ascii=False)
    except (TypeError, ValueError):
        return False
    return all(json.dumps(line, ensure_ascii=False)[1:-1] in written for line in lines)


def available() -> bool:
    return _loads is not None


def load_fast(text: str) -> tuple[bool, Any]:
    """(True, the document) when ryaml read it; (False, None) when PyYAML must."""
    return read_fast(text)


def read_fast(text: str) -> tuple[bool, Any]:
    """(True, the document as ryaml read it); (False, None) when PyYAML must read it."""
    if _loads is None or "\ufeff" in text:
        return False, None  # (ryaml keeps a byte order mark inside the text as text)
    handed = _with_stand_ins(text)
    if handed is None:
        return False, None
    given, integers, prose, keys = handed
    # ryaml is given no text where libyaml's tokenizer finds an anchor, an alias, a tag or
    # a merge key: the very text it would read (stand-ins included) is checked
    try:
        if may_hold_node_properties(given) and holds_node_properties(given):
            return False, None
        document = _loads(given)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:
        return False, None  # PyYAML reads it, and words the error if there is one
    if (integers and _restore_integers(document, keys) != integers) or (
        prose and not _all_text(document, prose)
    ):
        # a stand-in landed inside text, or a number taken for prose was not: PyYAML reads
        # it as written
        return False, None
    return True, document


def _with_stand_ins(text: str) -> tuple[str, int, list[str], bool] | None:
    """The text ryaml is given: long integers as stand-ins (the same text when there are
    none); how many, the lines where long numbers are prose, and whether a stand-in is a
    key. None when PyYAML must read it."""
    suspects = _suspects(text)
    if len(suspects) > _MAX_FORMS:
        return None
    prose: list[str] = []  # lines of long numbers that must come back as text
    integers: list[re.Match[str]] = []
    for offset in suspects:
        if _in_block_scalar(text, offset):
            prose.append(_line_at(text, offset))
            continue
        signed = offset > 0 and text[offset - 1] in "+-"
        token = _INTEGER_TOKEN.match(text, offset - signed)
        if token is None or len(token.group().lstrip("+-")) > MAX_INT_DIGITS:
            return None  # PyYAML reads it (and words the error of a too long integer)
        integers.append(token)
    keys = any(_KEY_AFTER.match(text, token.end()) for token in integers)
    for token in reversed(integers):
        written = f'"{_STAND_IN_WRITTEN}{token.group()}"'
        text = text[: token.start()] + written + text[token.end() :]
    return text, len(integers), prose, keys
