"""sdkforge as a user installs it: from a wheel, into a fresh venv, without `-e`.

Every script of this repository installs editable, so a file missing from the wheel
(a subpackage, a template) would pass everything else; this test builds the wheel, installs
it where the source tree is out of reach, and generates and imports an SDK with it.

The set-up steps that are not the README's (building the wheel, making the venv, installing
the wheel and pytest) go through uv, which the test extras install: pip built the wheel in an isolated
environment and fetched every dependency anew on each run, about half of this test's time.
The README's own commands run as written, with pip.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.helpers import ROOT
from tests.servers import petstore_app
from tests.servers.live import serve

pytestmark = pytest.mark.slow


UV = Path(sys.executable).with_name("uv")


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
    _run(UV, "build", "--quiet", "--wheel", "--out-dir", folder, source, cwd=folder)
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


def _walkthrough_blocks() -> list[tuple[str, str]]:
    """The README's walkthrough: each fenced block after a `<!-- walkthrough: KIND -->` mark."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    marked = re.findall(r"<!-- walkthrough: (\w+) -->\n```\w*\n(.*?)```", text, re.DOTALL)
    return [(kind, body) for kind, body in marked]


def test_the_readme_walkthrough_runs_from_a_wheel_install(wheel: Path, tmp_path: Path) -> None:
    blocks = _walkthrough_blocks()
    # generate, install, call: a README that lost a step fails here, not in a user's hands
    assert [kind for kind, _ in blocks] == ["shell", "shell", "python"]
    environment = tmp_path / "venv"
    # a venv with pip in it, for the README's `pip install`: ensurepip took 7 s, uv's seed 1
    _run(UV, "venv", "--quiet", "--seed", "--python", sys.executable, environment, cwd=tmp_path)
    python = environment / "bin" / "python"
    _run(UV, "pip", "install", "--quiet", "--python", python, wheel, cwd=tmp_path)
    # the user's project: the spec where the README says it is, nothing of this repository
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    shutil.copy2(ROOT / "specs" / "petstore.yaml", project / "specs" / "petstore.yaml")
    tools = {"sdkforge": [environment / "bin" / "sdkforge"], "pip": [python, "-m", "pip"]}
    for kind, body in blocks:
        if kind == "shell":
            for line in filter(None, (line.split("#")[0].strip() for line in body.splitlines())):
                program, *arguments = shlex.split(line)
                _run(*tools[program], *arguments, cwd=project)
            continue
        with serve(petstore_app.create_app()) as base:
            script = body.replace("http://127.0.0.1:8000", base)
            assert script != body, "the walkthrough's call names no local base_url"
            result = _run(python, "-c", script, cwd=project)
    # the first two seeded pets, then the 404 as the typed error
    pets = [f"{pet['id']} {pet['name']}" for pet in petstore_app.SEED_PETS[:2]]
    assert result.stdout.splitlines() == [*pets, "no such pet: 404"]
    # the generator that ran is the wheel's, not this source tree
    probe = _run(python, "-c", "import generator; print(generator.__file__)", cwd=project)
    assert "site-packages" in probe.stdout
    # the SDK's test kit: its pytest fixture comes from the installed SDK's entry point
    _run(UV, "pip", "install", "--quiet", "--python", python, "pytest", cwd=project)
    (project / "test_user_code.py").write_text(
        "def test_with_the_fixture(petstore_mock):\n"
        "    petstore_mock.pets.list.respond([{'id': 1, 'name': 'Rex'}])\n"
        "    client = petstore_mock.client()\n"
        "    assert [pet.name for pet in client.pets.list()] == ['Rex']\n"
        "    assert petstore_mock.pets.list.calls[0].path == '/pets'\n"
    )
    result = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=project)
    assert "1 passed" in result.stdout
