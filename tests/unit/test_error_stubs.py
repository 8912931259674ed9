"""The SDK's errors.pyi is the runtime's errors.py as a stub: a class or function added to
generator/runtime/errors.py reaches every SDK's stub without a template being edited."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import runtime_source
from generator.pipeline import generate_files
from tests.helpers import ROOT, minimal_spec, write_spec

_NEW_CLASS = '''

class QuotaExceededError(APIStatusError):
    """The account's quota is spent."""

    quota: int
    resets_at: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        quota: int = 10,
        unit: str = "requests",
    ) -> None:
        super().__init__(message, response=response, body=body)
        self.quota = quota
        self.resets_at = None


class ClientSideError(InvalidRequestError):
    """A subclass of a subclass, with nothing of its own."""


def quota_of(error: APIError, default: int = 0) -> int:
    return getattr(error, "quota", default)
'''


@pytest.fixture
def runtime_with_new_errors() -> Iterator[str]:
    """The runtime's errors.py with two classes and a function added (and exported)."""
    original = runtime_source.errors_source()
    edited = original.replace(
        "__all__ = [\n", '__all__ = [\n    "ClientSideError",\n    "QuotaExceededError",\n', 1
    )
    edited = edited.replace("\n\n_BY_STATUS", _NEW_CLASS + "\n\n_BY_STATUS", 1)
    assert '"QuotaExceededError"' in edited and "class QuotaExceededError" in edited
    runtime_source.forget()
    patch = pytest.MonkeyPatch()
    patch.setattr(runtime_source, "errors_source", lambda: edited)
    try:
        yield edited
    finally:
        patch.undo()
        runtime_source.forget()


def _classes(tree: ast.Module) -> dict[str, ast.ClassDef]:
    return {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}


def _functions(tree: ast.Module) -> dict[str, ast.FunctionDef]:
    return {
        node.name: node
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }


def _stub(tmp_path: Path) -> ast.Module:
    generated = generate_files(write_spec(tmp_path, minimal_spec()), "sdk")
    return ast.parse(generated.files["sdk/errors.pyi"])


def _declares_like(stub: ast.Module, source: ast.Module) -> None:
    """Every class of `source` is in `stub` with its bases and annotated attributes (an
    API may type `body` more closely), every public function with its parameters and
    return type; a stub's `__init__` is one of the source's."""
    classes = _classes(stub)
    for name, node in _classes(source).items():
        declared = classes[name]
        assert [ast.unparse(b) for b in declared.bases] == [ast.unparse(b) for b in node.bases]
        wanted = [ast.unparse(item.target) for item in node.body if isinstance(item, ast.AnnAssign)]
        found = [
            ast.unparse(item.target) for item in declared.body if isinstance(item, ast.AnnAssign)
        ]
        assert found in (wanted, [*wanted, "body"]), name
        init = next((f for f in node.body if isinstance(f, ast.FunctionDef)), None)
        stub_init = next((f for f in declared.body if isinstance(f, ast.FunctionDef)), None)
        if stub_init is not None:
            assert init is not None
            assert [a.arg for a in stub_init.args.kwonlyargs] == [
                a.arg for a in init.args.kwonlyargs
            ]
    functions = _functions(stub)
    for name, function in _functions(source).items():
        assert ast.unparse(functions[name].returns) == ast.unparse(function.returns)  # type: ignore[arg-type]
        assert [a.arg for a in functions[name].args.args] == [a.arg for a in function.args.args]


def test_a_class_added_to_the_runtime_errors_reaches_the_stub(
    runtime_with_new_errors: str, tmp_path: Path
) -> None:
    stub = _stub(tmp_path)
    _declares_like(stub, ast.parse(runtime_with_new_errors))
    quota = _classes(stub)["QuotaExceededError"]
    assert [ast.unparse(i) for i in quota.body if isinstance(i, ast.AnnAssign)] == [
        "quota: int",
        "resets_at: str | None",
    ]
    init = next(f for f in quota.body if isinstance(f, ast.FunctionDef))
    # a stub spells plain constants, and `...` for any other default
    assert [ast.unparse(d) for d in init.args.kw_defaults if d is not None] == ["10", "..."]
    # nothing of its own: `class ClientSideError(InvalidRequestError): ...`
    assert [ast.unparse(i) for i in _classes(stub)["ClientSideError"].body] == ["..."]
    assert "quota_of" in _functions(stub)


def test_the_committed_stubs_declare_the_runtime_errors(tmp_path: Path) -> None:
    source = ast.parse((ROOT / "generator" / "runtime" / "errors.py").read_text())
    for sdk in ("petstore", "showcase", "relay"):
        stub = ast.parse((ROOT / "generated" / sdk / sdk / "errors.pyi").read_text())
        _declares_like(stub, source)
