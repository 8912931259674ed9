"""Spec strings into Python source, safely: literals via repr, docstrings via an escaper.

Nothing from a spec is ever pasted into code raw: names go through the parser's
sanitiser, values through `py_literal`, prose through `docstring`.
"""

from __future__ import annotations

import math
import re
from typing import Any

from generator.controls import CONTROLS

_LATIN1 = 0xFF  # the last code point a \x escape spells

_QUOTE_RUN = re.compile(r'"{2,}')


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
    """Text that can sit inside a triple-double-quoted (non-raw) docstring.

    Backslashes are doubled (so `\\N{...}`, `\\x00` or a trailing backslash stay text),
    runs of two or more double quotes and a final quote are escaped (so the text can
    neither close the docstring nor merge with its closing quotes), and line-breaking or
    invisible control characters are written as escapes.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\")
    text = _QUOTE_RUN.sub(lambda match: '\\"' * len(match.group()), text)
    # characters that end a line for str.splitlines(), invisible controls and bidi
    # overrides: escapes, so a docstring stays one string literal and reads as it runs
    text = CONTROLS.sub(
        lambda match: (
            f"\\x{ord(match.group()):02x}"
            if ord(match.group()) <= _LATIN1
            else f"\\u{ord(match.group()):04x}"
        ),
        text,
    )
    lines = [line.rstrip() for line in text.strip().split("\n")]
    return _escape_final_quote("\n".join(lines))


def _escape_final_quote(text: str) -> str:
    """A final `"` would merge with the closing quotes: escape it unless it already is."""
    if not text.endswith('"'):
        return text
    backslashes = len(text[:-1]) - len(text[:-1].rstrip("\\"))
    return text if backslashes % 2 else text[:-1] + '\\"'


def docline(text: str | None) -> str:
    """One line of prose (titles in module docstrings)."""
    if not text:
        return ""
    return _escape_final_quote(" ".join(docstring_text(text).split()))


def docstring(text: str | None, indent: int = 0) -> str:
    """A complete docstring literal, or an empty string when there is no text."""
    if not text or not text.strip():
        return ""
    body = docstring_text(text)
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{body}"""'
    rest = "\n".join(pad + line if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{rest}\n{pad}"""'
