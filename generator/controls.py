"""Control characters in text that came from a spec or from disk: stripped or escaped.

A spec's prose and names reach files (README, api.md, pyproject.toml, docstrings) and the
terminal (warnings, errors, `--check`'s diff). Raw, an ESC or a backspace rewrites what a
terminal shows, a bidi override makes text read other than it is, and any C0 control but
tab makes a TOML comment unparseable. This is the one list of them: C0 but tab and line
feed, DEL, C1, the Unicode line separators, and the bidi embeddings, overrides and isolates
(U+202A-202E, U+2066-2069).
"""

from __future__ import annotations

import re

# Characters that end a line for str.splitlines() but are not "\n".
_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_LINE_BREAK = re.compile(r"\r\n|[" + _LINE_BREAKS + "]")


def strip_controls(text: str) -> str:
    """`text` for a document: line breaks of any kind as "\\n", other controls removed."""
    if not CONTROLS.search(text):
        return text
    return CONTROLS.sub("", _LINE_BREAK.sub("\n", text))


def escape_controls(text: str, keep: str = "") -> str:
    """`text` for a terminal: each control character (and "\\n" and tab, unless in `keep`)
    written as its Python escape (`\\x1b`, `\\u202e`)."""
    return _ESCAPED.sub(lambda match: _escape(match.group(), keep), text)


_ESCAPED = re.compile(CONTROLS.pattern[:-1] + r"\t\n]")


def _escape(char: str, keep: str) -> str:
    return char if char in keep else repr(char)[1:-1]
