"""Errors and warnings that point at a place in the user's input."""

from __future__ import annotations

from dataclasses import dataclass


def escape_pointer_token(token: str) -> str:
    """RFC 6901: `~` and `/` inside a reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    return pointer + "".join("/" + escape_pointer_token(str(token)) for token in tokens)


class SdkforgeError(Exception):
    """A failure the user can fix; the CLI prints `str(error)` as one line, exit code 1."""


class SpecError(SdkforgeError):
    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        super().__init__(f"{file}#{pointer or '/'}: {message}")


class ConfigError(SdkforgeError):
    pass


@dataclass(frozen=True)
class Warning:
    """Something odd in the spec that was worked around; printed, never fatal.

    `skipped` names the kind of thing that is not generated because of it ("webhook",
    "parameter", ...), so that the run can end with a summary of everything left out.
    """

    pointer: str
    message: str
    skipped: str = ""

    def __str__(self) -> str:
        return f"warning: #{self.pointer or '/'}: {self.message}"
