"""JSON pointers (RFC 6901) over plain JSON data."""

from __future__ import annotations

from typing import Any

from generator.errors import escape_pointer_token


def unescape_token(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def split_pointer(pointer: str) -> list[str]:
    if not pointer:
        return []
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    tokens = pointer[1:].split("/")
    if "~" not in pointer:
        return tokens
    return [unescape_token(token) for token in tokens]


def resolve_pointer(document: Any, pointer: str) -> Any:
    """The value at `pointer`; KeyError when there is none."""
    node = document
    for token in split_pointer(pointer):
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            raise KeyError(pointer)
    return node


def pointer_of(tokens: list[str]) -> str:
    return "".join("/" + escape_pointer_token(token) for token in tokens)
