"""Spec strings into Python source, safely: literals via repr, docstrings via an escaper.

Nothing from a spec is ever pasted into code raw: names go through the parser's
sanitiser, values through `py_literal`, prose through `docstring`.
"""

from __future__ import annotations

import math
import re
from typing import Any

# Characters that end a line for Python or for str.splitlines(), or that are invisible
# control characters: written as escapes so a docstring stays one string literal.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029]")


def py_literal(value: Any) -> str:
    """A Python expression equal to a JSON value (or a tuple of them)."""
    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"{value!r} has no Python literal")
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(item) for item in value) + "]"
    if isinstance(value, tuple):
        items = [py_literal(item) for item in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"not a JSON value: {type(value).__name__}")


def docstring_text(text: str) -> str:
    """Text that can sit inside a triple-double-quoted (non-raw) docstring."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    text = _UNSAFE.sub(
        lambda match: (
            f"\\x{ord(match.group()):02x}"
            if ord(match.group()) < 256
            else f"\\u{ord(match.group()):04x}"
        ),
        text,
    )
    lines = [line.rstrip() for line in text.strip().split("\n")]
    return "\n".join(lines)


def docline(text: str | None) -> str:
    """One line of prose (titles in module docstrings)."""
    if not text:
        return ""
    return " ".join(docstring_text(text).split())


def docstring(text: str | None, indent: int = 0) -> str:
    """A complete docstring literal, or an empty string when there is no text."""
    if not text or not text.strip():
        return ""
    body = docstring_text(text)
    if body.endswith('"'):
        body = body[:-1] + '\\"'
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{body}"""'
    rest = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'
