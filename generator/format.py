"""Stage 4: format the rendered tree in one formatter run (ruff, or black on request).

One process for the whole tree, not one per file: that is most of the speed. Settings are
passed on the command line with `--isolated`, so no configuration file on the user's
machine can change the bytes we write.

The tree is formatted in a scratch folder in memory (/dev/shm) when there is room: ruff
rewrites every file in place, and on a disk-backed filesystem those rewrites and the clean-up
cost more than the formatting itself (ext4 flushes a truncated-and-rewritten file on close).
Only Python files go to the scratch folder, and not the runtime's modules, which are copied
verbatim and kept as ruff leaves them (a test checks): ruff would read 35 modules of every
SDK for nothing. Python files are not parsed here first: the formatter parses them anyway, and only when it
fails are they parsed again, to name the file and line of the error.

Before formatting, `ruff check` reads the tree for what CPython refuses only when it
compiles a module (a duplicate parameter): such modules raise `UnsoundModules`, before
anything is written. It fixes nothing: the generator writes its import blocks and
`__all__` lists as ruff's isort and RUF022 rules leave them (generator.render.isort), so
ruff's import fixes, which cost the check two thirds of its time, are asked for only by
text written otherwise (`fix_imports`: the sync runtime that scripts/unasync.py derives).
The check reads while nothing writes: run beside `ruff format`, which truncates and
rewrites each file in place, it could read a file half written; beside a copy of the
tree, or while the formatted files are read back, it saved no time on this 2-core machine
(docs/benchmarks.md), so the two run one after the other.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection
from pathlib import Path

from generator.errors import SdkforgeError
from generator.fileio import read_file, universal_newlines, write_new_file

LINE_LENGTH = 88  # ruff's and black's default, so the output is clean under default settings
FORMATTERS = ("ruff", "black")


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


# A scratch folder in memory is used when it has this many times the tree's size free.
_SCRATCH_HEADROOM = 4
_MEMORY_FOLDERS = ("/dev/shm",)


def scratch_parent(size: int) -> str | None:
    """Where to format: a memory-backed folder with room to spare, else the default temp dir."""
    for folder in _MEMORY_FOLDERS:
        try:
            if (
                os.path.isdir(folder)
                and os.access(folder, os.W_OK | os.X_OK)
                and shutil.disk_usage(folder).free > _SCRATCH_HEADROOM * size + (64 << 20)
            ):
                return folder
        except OSError:
            continue
    return None


def _run(command: list[str], cwd: Path, files: dict[str, str]) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        # most likely a file that does not parse: name it (file and line), else ruff's words
        check_syntax(files)
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise SdkforgeError(
            f"formatter failed: {' '.join(command[:2])}: {detail[-1] if detail else result.returncode}"
        )
    return result.stdout


class UnsoundModules(SdkforgeError):
    """Generated modules that CPython would refuse to compile, as ruff's parser found them.

    Besides syntax, ruff reports what CPython refuses only when it compiles (a function with
    two parameters of one name, which `ast.parse` accepts; see COMPILE_ERROR_RULES). The
    message names the first module, with the line and words of CPython's own compiler; the
    pipeline adds the spec pointer the code came from.
    """

    def __init__(self, paths: tuple[str, ...], files: dict[str, str]) -> None:
        self.paths = paths
        super().__init__(f"internal error: generated {not_valid_python(paths[0], files[paths[0]])}")


def not_valid_python(path: str, text: str) -> str:
    """`<path> is not valid Python (line N: what CPython says)`, as compiling it finds."""
    try:
        compile(text, path, "exec", dont_inherit=True)
    except SyntaxError as error:
        return f"{path} is not valid Python (line {error.lineno}: {error.msg})"
    return f"{path} is not valid Python"


# What CPython refuses when it compiles a module although `ast.parse` accepts it: ruff's
# parser reports a duplicate parameter and the like as `invalid-syntax`, and these rules the
# rest (break/continue outside a loop, yield/return/await outside a function, global and
# nonlocal misuse). tests/test_generated_compiles.py holds one case of each kind.
COMPILE_ERROR_RULES = ("F701", "F702", "F704", "F706", "PLE0115", "PLE0117", "PLE0118", "PLE1142")
# `ruff check --output-format concise`: `path:line:column: CODE message`
_INVALID = re.compile(
    rf"^(?P<path>.+?):\d+:\d+: (?:invalid-syntax:|{'|'.join(COMPILE_ERROR_RULES)}) ", re.MULTILINE
)


def _unsound(report: str) -> tuple[str, ...]:
    return tuple(sorted({match["path"] for match in _INVALID.finditer(report)}))


def check_syntax(files: dict[str, str]) -> None:
    """Every .py and .pyi must parse before anything is written (a template or escaping bug)."""
    for path, text in files.items():
        if path.endswith((".py", ".pyi")):
            try:
                ast.parse(text, filename=path)
            except SyntaxError as error:
                raise SdkforgeError(
                    f"internal error: generated {path} is not valid Python (line {error.lineno}: {error.msg})"
                ) from None


def format_files(
    files: dict[str, str],
    formatter: str = "ruff",
    formatted: Collection[str] = (),
    *,
    fix_imports: bool = False,
) -> dict[str, str]:
    """The tree as the formatter leaves it. `formatted`: paths whose text is ruff's output
    already (the runtime, copied verbatim); ruff is not given them, black is. `fix_imports`:
    sort the import blocks and `__all__` lists and remove unused imports too (the
    generator writes its own as ruff would leave them)."""
    if formatter not in FORMATTERS:
        raise SdkforgeError(
            f"unknown formatter {formatter!r}; expected one of {', '.join(FORMATTERS)}"
        )
    skipped = frozenset(formatted) if formatter == "ruff" else frozenset()
    python_files = sorted(
        relative
        for relative in files
        if relative.endswith((".py", ".pyi")) and relative not in skipped
    )
    size = sum(len(files[relative]) for relative in python_files)
    with tempfile.TemporaryDirectory(prefix="sdkforge-format-", dir=scratch_parent(size)) as temp:
        _write_scratch(temp, files, python_files)
        if python_files:
            _format_in(Path(temp), python_files, files, formatter, fix_imports)
        # only what the formatter rewrote is read back; the rest as a text-mode read of it
        # would give (universal newlines), so the bytes do not depend on which files it read
        given = frozenset(python_files)
        return {
            relative: read_file(os.path.join(temp, relative))
            if relative in given
            else universal_newlines(text)
            for relative, text in files.items()
        }


def _write_scratch(temp: str, files: dict[str, str], paths: list[str]) -> None:
    # plain string paths and file descriptors: pathlib's objects cost twice the time
    # on thousands of small files
    folders: set[str] = set()
    for relative in paths:
        target = os.path.join(temp, relative)
        folder = os.path.dirname(target)
        if folder not in folders:
            os.makedirs(folder, exist_ok=True)
            folders.add(folder)
        write_new_file(target, files[relative].encode("utf-8"))


# What the generator's own modules need of `ruff check`: they are written as its import
# and `__all__` rules leave them (generator.render.isort), so only the compile errors are
# looked for, and nothing is fixed. Text written otherwise (the sync runtime, derived from
# the async by token substitution) asks for the fixes too.
_IMPORT_FIXES = ("I", "F401", "RUF022")


def _check_command(ruff: str, common: list[str], fix_imports: bool) -> list[str]:
    rules = (*_IMPORT_FIXES, *COMPILE_ERROR_RULES) if fix_imports else COMPILE_ERROR_RULES
    return [
        ruff,
        "check",
        *common,
        "--select",
        ",".join(rules),
        *(["--fix"] if fix_imports else []),
        "--exit-zero",
        "--quiet",
        "--output-format",
        "concise",
    ]


def _format_in(
    root: Path, python_files: list[str], files: dict[str, str], formatter: str, fix_imports: bool
) -> None:
    """Run the formatters over `python_files` in the scratch folder `root`, in place."""
    ruff = _ruff()
    common = [
        "--isolated",
        "--no-cache",
        "--line-length",
        str(LINE_LENGTH),
        "--target-version",
        "py311",
    ]
    report = _run([*_check_command(ruff, common, fix_imports), *python_files], root, files)
    unsound = _unsound(report)
    if unsound:
        raise UnsoundModules(unsound, files)
    if formatter == "black":
        _run(
            [
                sys.executable,
                "-m",
                "black",
                "--quiet",
                "--line-length",
                str(LINE_LENGTH),
                "--target-version",
                "py311",
                *python_files,
            ],
            root,
            files,
        )
    else:
        _run([ruff, "format", *common, "--quiet", *python_files], root, files)
