"""Reading and writing thousands of small files, with plain string paths.

pathlib's objects cost about as much as the system calls when a large spec makes some
6,000 files: formatting writes and reads them all once, writing the tree once more.
"""

from __future__ import annotations

import os


def write_new_file(path: str, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view) :]
    finally:
        os.close(descriptor)


def read_file(path: str) -> str:
    # text mode, as Path.read_text: newlines are read universally (a stray \r becomes \n)
    with open(path, encoding="utf-8") as file:
        return file.read()


def universal_newlines(text: str) -> str:
    """The text as a text-mode read gives it: a stray \\r or \\r\\n becomes \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
