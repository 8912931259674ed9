"""sdkforge as a user installs it: from a wheel, into a fresh venv, without `-e`.

Every script of this repository installs editable, so a file missing from the wheel
(a subpackage, a template) would pass everything else; this test builds the wheel, installs
it where the source tree is out of reach, and generates and imports an SDK with it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.slow


def _run(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,  # the assertion below shows the output
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # built from the tracked files alone, as a clean clone has them: a stale build/ folder in
    # the work tree would otherwise hide a file missing from the package list
    source = tmp_path_factory.mktemp("source")
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, tracked):
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    folder = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", folder, source, cwd=folder)
    (built,) = folder.glob("sdkforge-*.whl")
    return built


def test_the_wheel_holds_every_module_and_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = [
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "generator").rglob("*")
        if path.suffix in {".py", ".pyi", ".typed"} and "__pycache__" not in path.parts
    ]
    templates = [
        "generator/templates/" + path.relative_to(ROOT / "templates").as_posix()
        for path in (ROOT / "templates").rglob("*.jinja")
    ]
    assert sources and templates
    missing = [name for name in sources + templates if name not in names]
    assert missing == []


def test_a_wheel_install_generates_an_sdk_that_imports(wheel: Path, tmp_path: Path) -> None:
    environment = tmp_path / "venv"
    venv.create(environment, with_pip=True)
    python = environment / "bin" / "python"
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", wheel, cwd=tmp_path)
    # run from a folder where the source tree is not importable
    work = tmp_path / "work"
    work.mkdir()
    spec = ROOT / "specs" / "showcase.yaml"
    _run(
        environment / "bin" / "sdkforge",
        "generate",
        spec,
        "--output",
        "out",
        "--package",
        "showcase_sdk",
        cwd=work,
    )
    # the SDK installs as its README says, which brings its own runtime dependencies
    _run(python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "./out", cwd=work)
    probe = (
        "import generator, showcase_sdk; "
        "assert 'site-packages' in generator.__file__, generator.__file__; "
        "c = showcase_sdk.Client(base_url='http://127.0.0.1:9'); print(type(c).__name__)"
    )
    result = _run(python, "-c", probe, cwd=tmp_path)
    assert result.stdout.strip() == "Client"
