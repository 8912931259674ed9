"""Shared by every test: the CLI run in process, and the `e2e` marker.

`pytest -m "not slow and not e2e"` is the fast loop (see README.md, "This repository").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests import http_library
from tests.helpers import ROOT, Cli, CliResult

# before any test module imports httpx or an SDK: which library they get
http_library.use(http_library.chosen())

E2E = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # every test under tests/e2e/ starts live servers: marked here, not in each file
    for item in items:
        if item.path.is_relative_to(E2E):
            item.add_marker(pytest.mark.e2e)
    # the files with slow tests first (each kept whole, in its order): the workers start on
    # the long runs together, and the many short tests fill in after them
    slow_files = {item.path for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.path not in slow_files)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """`cli("generate", "--check", cwd=folder)` runs `sdkforge` in this process.

    Argument errors and `--version` end in SystemExit (argparse): its code is the exit code,
    as the console script would give it. tests/test_cli.py runs the real command once.
    """

    def run(*args: str, cwd: Path = ROOT) -> CliResult:
        monkeypatch.chdir(cwd)
        capsys.readouterr()  # what came before is not this run's output
        try:
            code = main(list(args))
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 0 if exit_.code is None else 1
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
