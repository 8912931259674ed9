"""Derive the sync runtime from its async source, as httpcore does with its unasync script.

The runtime's I/O is written once, async (`generator/runtime/_runtime/_async_*.py`); each
`_sync_*.py` beside it is that code with the async spelling replaced token by token
(`AsyncStream` -> `Stream`, `async def` -> `def`, `await x` -> `x`, `aclose` -> `close`,
...), then formatted as the generator formats SDKs. Edit the async file, then run:

    .venv/bin/python scripts/unasync.py           # rewrite the derived files
    .venv/bin/python scripts/unasync.py --check   # exit 1 when one is not current (tests do)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from generator.format import format_files

ROOT = Path(__file__).resolve().parents[1]
RUNTIME = ROOT / "generator" / "runtime" / "_runtime"
SOURCE_PREFIX = "_async_"
DERIVED_PREFIX = "_sync_"

# Whole words: `AsyncStream` does not touch `AsyncStreamedResponse`, which has its own entry.
WORDS = {
    # the runtime's own async names
    "AsyncAPIClient": "SyncAPIClient",
    "AsyncResource": "SyncResource",
    "AsyncUndeclaredCalls": "UndeclaredCalls",
    "AsyncUndeclaredRawView": "UndeclaredRawView",
    "AsyncUndeclaredStreamingView": "UndeclaredStreamingView",
    "AsyncVerb": "Verb",
    "async_verbs": "verbs",
    "AsyncVerbCall": "VerbCall",
    "AsyncRawVerbCall": "RawVerbCall",
    "AsyncStreamingVerbCall": "StreamingVerbCall",
    "AsyncGate": "SyncGate",
    "AsyncPage": "SyncPage",
    "AsyncStream": "Stream",
    "AsyncStreamedResponse": "StreamedResponse",
    "AsyncResponseContextManager": "ResponseContextManager",
    "async_to_raw_response_wrapper": "to_raw_response_wrapper",
    "AsyncRawView": "RawView",
    "_AsyncMethodView": "_MethodView",
    "AsyncStreamingView": "StreamingView",
    "async_to_streamed_response_wrapper": "to_streamed_response_wrapper",
    "async_content": "sync_content",
    "async_sleep": "sleep",
    "async_run_hook": "run_hook",
    "async_provided": "provided",
    "AsyncHook": "SyncHook",
    "async_lock": "thread_lock",
    "_awrapped": "_wrapped",
    # the standard library's and httpx's
    "AsyncClient": "Client",
    "AsyncGenerator": "Generator",
    "AbstractAsyncContextManager": "AbstractContextManager",
    "AsyncIterable": "Iterable",
    "AsyncIterator": "Iterator",
    "asynccontextmanager": "contextmanager",
    "__aenter__": "__enter__",
    "__aexit__": "__exit__",
    "__aiter__": "__iter__",
    "__anext__": "__next__",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_lines": "iter_lines",
    "aiter_raw": "iter_raw",
    "aiter_text": "iter_text",
}
PATTERNS = (
    # typing's Generator has no defaults for its last two parameters on Python 3.11
    (
        re.compile(r"\bAsyncGenerator\[([^\[\]]+), None\]"),
        lambda m: f"Generator[{m[1]}, None, None]",
    ),
    (re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS)) + r")\b"), lambda m: WORDS[m[0]]),
    (re.compile(r"\b" + SOURCE_PREFIX + r"(\w+)\b"), lambda m: DERIVED_PREFIX + m[1]),
    (re.compile(r"\basync (def|with|for)\b"), lambda m: m[1]),
    (re.compile(r"\bawait "), lambda _: ""),
    # left in import lists once `_without_awaitable` removed its uses
    (re.compile(r"\bAwaitable,\s*|,\s*Awaitable\b"), lambda _: ""),
)
# `async for x in y: yield x` has no shorter async form; its sync form does
_YIELD_EACH = re.compile(r"^( *)for (\w+) in (.+):\n\1    yield \2\n", re.MULTILINE)
_AWAITABLE = "Awaitable["
# what must not be left in sync code (outside the header, which names the async source)
_LEFTOVER = re.compile(r"\b(?:async|await|asyncio|Async\w*|Awaitable)\b")


def _without_awaitable(code: str) -> str:
    """`Awaitable[X]` -> `X`, for any X (brackets nest, so this is no regular expression)."""
    while (start := code.find(_AWAITABLE)) != -1:
        depth, end = 1, start + len(_AWAITABLE)
        while depth:
            depth += {"[": 1, "]": -1}.get(code[end], 0)
            end += 1
        code = code[:start] + code[start + len(_AWAITABLE) : end - 1] + code[end:]
    return code


def _source_note(derived: str) -> str:
    return f"This is the source of the I/O code: scripts/unasync.py derives {derived} from it."


def _derived_note(source: str) -> str:
    return f"Derived from {source} by scripts/unasync.py: edit that file, then run the script."


def unasync(code: str, source: str, derived: str) -> str:
    """The sync flavour of async source `code` (unformatted)."""
    note = _source_note(derived)
    if note not in code:
        raise ValueError(f"{source}: its docstring must say {note!r}")
    code = _without_awaitable(code)
    for pattern, replacement in PATTERNS:
        code = pattern.sub(replacement, code)
    code = _YIELD_EACH.sub(lambda m: f"{m[1]}yield from {m[3]}\n", code)
    for number, line in enumerate(code.splitlines(), 1):
        leftover = _LEFTOVER.search(line.split("#")[0])
        if leftover:
            raise ValueError(
                f"{source}:{number}: {leftover[0]!r} has no sync spelling: add it to scripts/unasync.py"
            )
    code = code.replace(note, _derived_note(source))
    header = (
        f"# Generated from {source} by scripts/unasync.py: do not edit this file;\n"
        "# edit the async source and run the script (a test checks that this file is current).\n"
    )
    return header + code


def derived_files(runtime: Path = RUNTIME) -> dict[str, str]:
    """{derived file name: text} for every async source in `runtime`, formatted."""
    unformatted = {}
    for path in sorted(runtime.glob(SOURCE_PREFIX + "*.py")):
        derived = DERIVED_PREFIX + path.name.removeprefix(SOURCE_PREFIX)
        unformatted[derived] = unasync(path.read_text(encoding="utf-8"), path.name, derived)
    # token substitution renames imported names, so their order is ruff's to fix
    return format_files(unformatted, fix_imports=True) if unformatted else {}


def stale_files(runtime: Path = RUNTIME) -> list[str]:
    """The derived files that are missing or differ from what their source gives."""
    return [
        name
        for name, text in derived_files(runtime).items()
        if not (runtime / name).is_file() or (runtime / name).read_text(encoding="utf-8") != text
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if a derived file is stale")
    arguments = parser.parse_args(argv)
    if arguments.check:
        stale = stale_files()
        for name in stale:
            print(f"{RUNTIME.relative_to(ROOT) / name} is stale: run scripts/unasync.py")
        return 1 if stale else 0
    for name, text in derived_files().items():
        target = RUNTIME / name
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
