"""Every generated module compiles before anything is written.

`ast.parse` accepts code that CPython still refuses when it compiles it: a function with two
parameters of one name is the case a spec can cause (a parameter named like a per-call
option). The formatter's first pass reports such modules for free (`format.UnsoundModules`);
`compile()`, which runs the compiler's later passes too, then gives the line and CPython's
own words, and the run stops with one line that names the generated file and, where it can
be told, the spec pointer of the operation or schema the code came from.

Compiling every module instead costs 30-45% of the generator's own CPU time on the largest
specs (1.2-2.0 s on Box, Linode and GitHub): the formatter's parser already reads them all.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from generator.errors import SdkforgeError, join_pointer, one_line
from generator.ir import Api

_DEF = re.compile(r"^\s*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*[\[(]", re.MULTILINE)
_CLASS = re.compile(r"^\s*class\s+([A-Za-z_]\w*)", re.MULTILINE)


def check_compiles(files: Mapping[str, str], api: Api, spec: str) -> None:
    """Compile each .py and .pyi; the first failure is an internal error naming its source."""
    for path in sorted(files):
        if not path.endswith((".py", ".pyi")):
            continue
        text = files[path]
        try:
            compile(text, path, "exec", dont_inherit=True)
        except SyntaxError as error:
            line = error.lineno or 0
            pointer = source_pointer(api, path, text, line)
            where = f"{spec}#{pointer}" if pointer else spec
            raise SdkforgeError(
                one_line(
                    f"internal error: generated {path} is not valid Python (line {line}: "
                    f"{error.msg}); caused by {where}"
                )
            ) from None


def _last_before(pattern: re.Pattern[str], text: str, line: int) -> str | None:
    """The name of the last `def`/`class` that starts on or before `line` (1-based)."""
    end = _offset_of_line_end(text, line)
    found = None
    for match in pattern.finditer(text, 0, end):
        found = match.group(1)
    return found


def _offset_of_line_end(text: str, line: int) -> int:
    offset = 0
    for _ in range(max(line, 1)):
        newline = text.find("\n", offset)
        if newline < 0:
            return len(text)
        offset = newline + 1
    return offset


def source_pointer(api: Api, path: str, text: str, line: int) -> str:
    """The spec pointer of what a generated line came from: an operation or a schema.

    An operation is found by its method name among the operations of the module's resource
    (or the client's own), a schema by its class name; "" when neither can be told.
    """
    module = path.rsplit("/", 1)[-1].split(".", 1)[0]
    if "/models/" in path:
        name = _last_before(_CLASS, text, line)
        return join_pointer("/components/schemas", name) if name else ""
    if module == "_client":
        operations = api.client_operations
    elif "/resources/" in path:
        operations = tuple(
            operation
            for resource in api.all_resources()
            if resource.module == module
            for operation in resource.operations
        )
    else:
        return ""
    method = _last_before(_DEF, text, line)
    for operation in operations:
        # a streaming alternative without a switch is a method of its own: `<name>_stream`
        if method in (operation.method_name, f"{operation.method_name}_stream"):
            return join_pointer("/paths", operation.path, operation.http_method.lower())
    return ""
