"""Config `extend`: hand-written mixins of generated classes work at run time and type-check."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.errors import ConfigError
from tests.helpers import ROOT, Cli, importing, parse_file
from tests.servers import petstore_app
from tests.servers.live import serve
from tests.test_typecheck import mypy

CONFIG = """
[tool.sdkforge]
[[tool.sdkforge.sdks]]
spec = "specs/petstore.yaml"
output = "sdk"
package = "petshop"

[tool.sdkforge.sdks.extend]
"models.Pet" = "petshop.lib.pets:PetHelpers"
"resources.Pets" = "petshop.lib.pets:PetsHelpers"
"resources.AsyncPets" = "petshop.lib.pets:AsyncPetsHelpers"
"Client" = ["petshop.lib.client:ClientHelpers"]
"""

# the owner's helpers: generated names only under TYPE_CHECKING (the generated modules
# import these at their top), `self` typed by a Protocol of what the helper uses
PETS = """\
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from petshop.models import Pet


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def tag(self) -> str | None: ...


class PetHelpers:
    @property
    def label(self: _Named) -> str:
        return f"{self.name} ({self.tag})" if self.tag else self.name


class _Lists(Protocol):
    def list(self, *, limit: int | None = None) -> Sequence[Pet]: ...


class _AsyncLists(Protocol):
    async def list(self, *, limit: int | None = None) -> Sequence[Pet]: ...


class PetsHelpers:
    def named(self: _Lists, name: str) -> Pet | None:
        return next((pet for pet in self.list() if pet.name == name), None)


class AsyncPetsHelpers:
    async def named(self: _AsyncLists, name: str) -> Pet | None:
        return next((pet for pet in await self.list() if pet.name == name), None)
"""
CLIENT = """\
from __future__ import annotations


class ClientHelpers:
    def greeting(self) -> str:
        return "hello from the owner's code"
"""
USAGE = """\
from petshop import AsyncClient, Client


def label_of(client: Client, name: str) -> str | None:
    pet = client.pets.named(name)
    return None if pet is None else pet.label


async def async_label_of(client: AsyncClient, name: str) -> str | None:
    pet = await client.pets.named(name)
    return None if pet is None else pet.label


def greeting(client: Client) -> str:
    return client.greeting()
"""


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from generator.cli import main

    project = tmp_path_factory.mktemp("mixins")
    (project / "pyproject.toml").write_text(CONFIG)
    (project / "specs").mkdir()
    shutil.copy(ROOT / "specs" / "petstore.yaml", project / "specs")
    lib = project / "sdk" / "petshop" / "lib"
    assert main(["generate", "-q", "--config", str(project / "pyproject.toml")]) == 0
    lib.mkdir()
    (lib / "__init__.py").write_text("")
    (lib / "pets.py").write_text(PETS)
    (lib / "client.py").write_text(CLIENT)
    # regenerated, the owner's modules stay: they are no file of the generator's
    assert main(["generate", "-q", "--config", str(project / "pyproject.toml")]) == 0
    assert (lib / "pets.py").read_text() == PETS
    yield project / "sdk"


@pytest.fixture(scope="module")
def petshop(sdk: Path) -> Iterator[ModuleType]:
    with importing(sdk, "petshop") as module:
        yield module


def test_the_generated_classes_inherit_the_mixins(sdk: Path) -> None:
    package = sdk / "petshop"
    for path in ("models/pet.py", "models/__init__.pyi"):
        text = (package / path).read_text()
        assert "from petshop.lib.pets import PetHelpers as _mixin_PetHelpers\n" in text
        assert "class Pet(_mixin_PetHelpers, SDKModel):" in text
    for path in ("resources/pets.py", "resources/pets.pyi"):
        text = (package / path).read_text()
        assert "class Pets(_mixin_PetsHelpers, SyncResource):" in text
        assert "class AsyncPets(_mixin_AsyncPetsHelpers, AsyncResource):" in text
    for path in ("_client.py", "_client.pyi"):
        text = (package / path).read_text()
        assert "class Client(_mixin_ClientHelpers, SyncAPIClient):" in text
        assert "class AsyncClient(AsyncAPIClient):" in text


def test_mixins_work_at_run_time(petshop: ModuleType) -> None:
    with serve(petstore_app.create_app()) as base:
        with petshop.Client(base_url=base + "/v1") as client:
            client.pets.create(name="Rex", tag="dog")
            assert client.pets.named("Rex").label == "Rex (dog)"
            assert client.pets.named("nobody") is None
            assert client.greeting() == "hello from the owner's code"

        async def run() -> str:
            async with petshop.AsyncClient(base_url=base + "/v1") as client:
                pet = await client.pets.named("Rex")
                return str(pet.label)

        assert asyncio.run(run()) == "Rex (dog)"


@pytest.mark.slow
def test_mixins_type_check(sdk: Path, tmp_path: Path) -> None:
    usage = tmp_path / "usage.py"
    usage.write_text(USAGE)
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        "from petshop import Client\n\n\ndef f(client: Client) -> int:\n"
        '    pet = client.pets.named("Rex")\n    return 0 if pet is None else pet.label\n'
    )
    checked = mypy(str(usage), mypypath=str(sdk))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    caught = mypy(str(wrong), mypypath=str(sdk))
    assert caught.returncode == 1
    assert 'Incompatible return value type (got "int | str", expected "int")' in caught.stdout


def test_a_mixin_for_no_generated_class_is_an_error(tmp_path: Path) -> None:
    spec = ROOT / "specs" / "petstore.yaml"
    with pytest.raises(ConfigError, match=r"extend: 'models\.Dog' is not a class of the generated"):
        parse_file(spec, extend={"models.Dog": ("sdk.lib:DogHelpers",)})


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('"models.Pet" = "petshop.lib.pets.PetHelpers"', "is not '<module>:<class>'"),
        ('"models.Pet" = "petshop.lib.pets:class"', "is not '<module>:<class>'"),
        ('"models.Pet" = []', "expected a mixin or a list of them"),
    ],
)
def test_a_malformed_mixin_is_a_config_error(
    tmp_path: Path, cli: Cli, table: str, message: str
) -> None:
    config = CONFIG.partition("[tool.sdkforge.sdks.extend]")[0] + "[tool.sdkforge.sdks.extend]\n"
    (tmp_path / "pyproject.toml").write_text(config + table + "\n")
    result = cli("generate", cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
