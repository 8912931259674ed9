"""Stage 4: format the rendered tree in one formatter run (ruff, or black on request).

One process for the whole tree, not one per file: that is most of the speed. Settings are
passed on the command line with `--isolated`, so no configuration file on the user's
machine can change the bytes we write.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

from generator.errors import SdkforgeError

LINE_LENGTH = 88  # ruff's and black's default, so the output is clean under default settings
FORMATTERS = ("ruff", "black")


def _ruff() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        raise SdkforgeError(
            f"formatter failed: {' '.join(command[:2])}: {detail[-1] if detail else result.returncode}"
        )


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


def format_files(files: dict[str, str], formatter: str = "ruff") -> dict[str, str]:
    if formatter not in FORMATTERS:
        raise SdkforgeError(
            f"unknown formatter {formatter!r}; expected one of {', '.join(FORMATTERS)}"
        )
    check_syntax(files)
    with tempfile.TemporaryDirectory(prefix="sdkforge-format-") as temp:
        root = Path(temp)
        for relative, text in files.items():
            target = root / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8", newline="\n")
        python_files = sorted(relative for relative in files if relative.endswith((".py", ".pyi")))
        if python_files:
            ruff = _ruff()
            common = ["--isolated", "--line-length", str(LINE_LENGTH), "--target-version", "py311"]
            _run(
                [
                    ruff,
                    "check",
                    *common,
                    "--select",
                    "I,F401,RUF022",
                    "--fix",
                    "--exit-zero",
                    "--quiet",
                    *python_files,
                ],
                root,
            )
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
                )
            else:
                _run([ruff, "format", *common, "--quiet", *python_files], root)
        formatted = {relative: (root / relative).read_text(encoding="utf-8") for relative in files}
    check_syntax(formatted)
    return formatted
