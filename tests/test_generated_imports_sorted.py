"""The generator writes import blocks and `__all__` lists as ruff's rules leave them.

The formatter no longer runs ruff's import fixes (`I`, `F401`, `RUF022`) over generated
code: it only formats it. So the rendered modules of every construct (and of mixins from
the package itself and from elsewhere) must give those rules nothing to report, with the
settings the formatter passes and from the folder it runs in: one ruff process over one
tree.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from generator.config import SdkOptions
from generator.format import LINE_LENGTH, _ruff
from generator.pipeline import parse_spec
from generator.render import render_api
from generator.render.isort import Import, export_order, import_lines
from generator.render.runtime import verbatim_runtime_paths

ROOT = Path(__file__).resolve().parents[1]
CONSTRUCTS = sorted((ROOT / "tests" / "constructs").glob("*.yaml"))
RULES = "I,F401,RUF022"
# classes of config `extend`: one from the generated package's own tree (first-party to
# ruff), one from another (third-party)
MIXINS = SdkOptions(
    extend={
        "models.Pet": ("petshop.lib.pets:PetHelpers", "helpers.pets:Named"),
        "resources.Pets": ("petshop.lib.pets:PetsHelpers",),
        "Client": ("helpers.client:ClientHelpers",),
    }
)


def _fixable(root: Path, paths: list[str], rules: str = RULES) -> list[str]:
    """What `ruff check --fix` would change, with the formatter's settings, from `root` as
    it runs. (Not what it reports and would leave: in an `__init__.py` ruff does not remove
    an unused import, so `models/__init__.py` of an API without models keeps its
    `TYPE_CHECKING`, as it always did.)"""
    command = [_ruff(), "check", "--isolated", "--no-cache", "--line-length", str(LINE_LENGTH)]
    command += ["--target-version", "py311", "--select", rules, "--output-format", "concise"]
    result = subprocess.run(
        [*command, "--exit-zero", "--quiet", *paths],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    )
    return [line for line in result.stdout.splitlines() if "[*]" in line]


def _write_rendered(root: Path, spec: Path, package: str, options: SdkOptions) -> list[str]:
    """The Python modules the generator writes for `spec`, as rendered (before formatting),
    without the runtime's (copied verbatim, never given to ruff)."""
    api = parse_spec(spec, package=package, options=options).api
    files = render_api(api)
    verbatim = verbatim_runtime_paths(package, files, api.http.module)
    written = []
    for path, text in files.items():
        if path.endswith((".py", ".pyi")) and path not in verbatim:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
            written.append(path)
    return written


def test_ruff_finds_nothing_to_fix_in_the_generated_imports_and_exports(tmp_path: Path) -> None:
    paths = []
    for spec in CONSTRUCTS:
        written = _write_rendered(tmp_path / "constructs" / spec.stem, spec, "sdk", SdkOptions())
        paths += [f"constructs/{spec.stem}/{path}" for path in written]
    # the mixins' SDK at the top, as the formatter sees a package: its own name first-party
    mixed = _write_rendered(tmp_path, ROOT / "specs" / "petstore.yaml", "petshop", MIXINS)
    texts = "".join((tmp_path / path).read_text() for path in mixed)
    assert "from petshop.lib.pets import" in texts and "from helpers.pets import" in texts
    assert _fixable(tmp_path, paths + mixed) == []


# Names whose order the rules decide by more than their letters: digits (a natural order,
# leading zeros), case, constants and classes before the rest, `as` imports.
AWKWARD = [
    "item10", "item2", "item02", "item_0010", "Item1", "ITEM", "ITEM_2", "I", "a1b", "A1B",
    "_private", "Const", "CONST", "x", "Zeta", "zeta", "ab", "aB", "Ab", "AB", "v1beta",
    "v10alpha", "V2",
]  # fmt: skip


def test_awkward_names_are_ordered_as_ruff_orders_them(tmp_path: Path) -> None:
    shuffled = random.Random(7).sample(AWKWARD, len(AWKWARD))
    imports = [Import(".mod", name) for name in shuffled]
    imports += [Import(f".{name.lower()}", name, f"{name}_") for name in shuffled]
    imports += [Import("..up", "X"), Import(".", "sibling"), Import("os"), Import("typing", "Any")]
    imports += [Import("datetime", alias="dt"), Import("pydantic", "Field"), Import("pkg.x", "Y")]
    imports += [Import("__future__", "annotations"), Import("httpx2", alias="httpx")]
    module = import_lines(imports, first_party="pkg")
    module += f"\n__all__ = {export_order(shuffled)!r}\n"
    module += f"__all__ += {export_order(reversed(AWKWARD))!r}\n"
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "awkward.py").write_text(module, encoding="utf-8")
    # every name is unused here: F401 would say so, which is not what is tested
    assert _fixable(tmp_path, ["pkg/awkward.py"], rules="I,RUF022") == []
    # and the order does not depend on the order the names come in
    assert import_lines(reversed(imports), first_party="pkg") == import_lines(imports, "pkg")
