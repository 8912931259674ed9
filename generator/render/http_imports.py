"""The SDK's HTTP library, imported under the name `httpx` in every module that uses it.

The runtime (generator/runtime/) and the templates are written once, against httpx: `import
httpx`, `httpx.AsyncClient`, `from httpx._decoders import IdentityDecoder`. httpx2 keeps
httpx's API under the module name `httpx2`, so an SDK generated for httpx2 differs only in
its import lines: `import httpx` becomes `import httpx2 as httpx`, `from httpx.X import`
becomes `from httpx2.X import`. The rest of the code stays as written, and the runtime's
source stays plain Python that mypy checks against httpx (the generated httpx2 SDKs are
type-checked against httpx2 by the test suite).

Only text sdkforge writes itself goes through here: the runtime's modules and the import
blocks of the generated modules, never spec text. An import of httpx in another form (an
alias, beside other modules) is refused, so that no module of an httpx2 SDK imports httpx.
"""

from __future__ import annotations

import re

from generator.errors import SdkforgeError

WRITTEN_FOR = "httpx"  # the library the runtime and templates are written against
HTTP_IMPORT = f"import {WRITTEN_FOR}\n"  # for a template that needs only the library
_IMPORT = re.compile(r"^(?P<indent>[ \t]*)import httpx[ \t]*$", re.MULTILINE)
_FROM = re.compile(r"^(?P<indent>[ \t]*)from httpx(?P<sub>(?:\.\w+)*) import\b", re.MULTILINE)
# every import statement that names httpx, in whatever form
_NAMES_IT = re.compile(r"^[ \t]*(?:import|from)[ \t][^\n]*\bhttpx\b[^\n]*$", re.MULTILINE)


def http_imports(text: str, module: str, where: str) -> str:
    """`text` (Python source) importing `module` wherever it imports httpx."""
    if module == WRITTEN_FOR:
        return text
    text = _IMPORT.sub(rf"\g<indent>import {module} as {WRITTEN_FOR}", text)
    text = _FROM.sub(rf"\g<indent>from {module}\g<sub> import", text)
    left = [
        line.strip()
        for line in _NAMES_IT.findall(text)
        if line.strip() != f"import {module} as {WRITTEN_FOR}"
    ]
    if left:
        raise SdkforgeError(
            f"internal error: {where} imports httpx as {left[0]!r}; write `import httpx` or"
            " `from httpx... import ...` so that it can import another HTTP library"
        )
    return text
