"""Errors and warnings that point at a place in the user's input."""

from __future__ import annotations

from dataclasses import dataclass

from generator.controls import escape_controls


def escape_pointer_token(token: str) -> str:
    """RFC 6901: `~` and `/` inside a reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    for token in tokens:
        text = str(token)
        if "~" in text or "/" in text:
            text = escape_pointer_token(text)
        pointer = f"{pointer}/{text}"
    return pointer


MAX_MESSAGE = 300
def one_line(text: str) -> str:
    """Text with line breaks and other control characters escaped: one line on a terminal."""
    return escape_controls(text)


class SdkforgeError(Exception):
    """A failure the user can fix; the CLI prints `str(error)` as one line, exit code 1."""


class SpecError(SdkforgeError):
    def __init__(self, file: str, pointer: str, message: str) -> None:
        self.file = file
        self.pointer = pointer
        self.message = message
        shown = one_line(message)
        if len(shown) > MAX_MESSAGE:  # a spec value quoted in full would drown the line
            shown = shown[: MAX_MESSAGE - 80] + " ... " + shown[-75:]
        super().__init__(one_line(f"{file}#{pointer or '/'}: {shown}"))


class ConfigError(SdkforgeError):
    pass


@dataclass(frozen=True)
class SpecWarning:
    """Something odd in the spec that was worked around; printed, never fatal.

    `skipped` names the kind of thing that is not generated because of it ("webhook",
    "parameter", ...), so that the run can end with a summary of everything left out.
    """

    pointer: str
    message: str
    skipped: str = ""

    def __str__(self) -> str:
        return one_line(f"warning: #{self.pointer or '/'}: {self.message}")
