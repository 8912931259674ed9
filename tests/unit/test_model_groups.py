"""Large groups of mutually referring models are split by lazy references.

A ring of objects whose fields name the next ones (the payment API's expandable fields,
`customer: string | Customer`) is one strongly connected group. Up to LAZY_GROUP_SIZE
members it stays one module; beyond, every member gets a module of its own and refers to
the others lazily, except where laziness would change what validation means.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import ir
from generator.parse.modules import LAZY_GROUP_SIZE
from tests.helpers import minimal_spec, parse_dict


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def ring(size: int) -> dict[str, Any]:
    """Obj0 .. Obj<size-1>: each names the next as `string | Obj`, and a list of the one after."""
    return {
        f"Obj{i}": {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                "next": {"anyOf": [{"type": "string"}, _ref(f"Obj{(i + 1) % size}")]},
                "later": {"type": "array", "items": _ref(f"Obj{(i + 2) % size}")},
            },
        }
        for i in range(size)
    }


def _read(name: str) -> dict[str, Any]:
    content = {"application/json": {"schema": _ref(name)}}
    return {
        "get": {
            "operationId": f"get{name}",
            "responses": {"200": {"description": "ok", "content": content}},
        }
    }


def _modules(api: ir.Api) -> dict[str, list[str]]:
    return {module.name: [m.name for m in module.models] for module in api.modules}


def _lazy_names(ref: ir.TypeRef) -> set[str]:
    found = {ref.name or ""} if ref.kind == "named" and ref.lazy else set()
    for arg in ref.args:
        found |= _lazy_names(arg)
    return found


def _model(api: ir.Api, name: str) -> ir.Model:
    return next(m for module in api.modules for m in module.models if m.name == name)


def test_a_group_of_the_threshold_stays_one_module(tmp_path: Path) -> None:
    spec = minimal_spec(paths={"/a": _read("Obj0")}, components={"schemas": ring(LAZY_GROUP_SIZE)})
    api, _ = parse_dict(tmp_path, spec)
    assert _modules(api) == {"obj0": [f"Obj{i}" for i in range(LAZY_GROUP_SIZE)]}
    assert not any(_lazy_names(f.type) for f in _model(api, "Obj0").fields)


def test_a_larger_group_is_split_into_modules_that_refer_lazily(tmp_path: Path) -> None:
    size = LAZY_GROUP_SIZE + 4
    spec = minimal_spec(paths={"/a": _read("Obj0")}, components={"schemas": ring(size)})
    api, warnings = parse_dict(tmp_path, spec)
    assert _modules(api) == {f"obj{i}": [f"Obj{i}"] for i in range(size)}
    assert all(module.imports == () for module in api.modules)
    fields = {f.name: f.type for f in _model(api, "Obj3").fields}
    assert _lazy_names(fields["next"]) == {"Obj4"}
    assert _lazy_names(fields["later"]) == {"Obj5"}
    assert _lazy_names(fields["id"]) == set()
    assert warnings == []


def test_a_union_of_two_models_stays_eager(tmp_path: Path) -> None:
    size = LAZY_GROUP_SIZE + 4
    schemas = ring(size)
    # Obj0 names Obj1 or Obj2 in one union: pydantic picks that arm by best fit
    schemas["Obj0"]["properties"]["either"] = {"anyOf": [_ref("Obj1"), _ref("Obj2")]}
    spec = minimal_spec(paths={"/a": _read("Obj0")}, components={"schemas": schemas})
    api, _ = parse_dict(tmp_path, spec)
    fields = {f.name: f.type for f in _model(api, "Obj0").fields}
    assert _lazy_names(fields["either"]) == set()
    assert _lazy_names(fields["next"]) == {"Obj1"}
    # the eager union ties Obj0 to Obj1 and Obj2 by imports, not by a shared module
    obj0 = next(module for module in api.modules if module.name == "obj0")
    assert [m.name for m in obj0.models] == ["Obj0"]
    assert obj0.imports == (("obj1", "Obj1"), ("obj2", "Obj2"))


def test_models_requests_write_stay_eager(tmp_path: Path) -> None:
    size = LAZY_GROUP_SIZE + 4
    schemas = ring(size)
    # Side is written by a request and its fields reach the whole ring: their TypedDicts
    # import one another at the top of their modules, so they cannot be split
    schemas["Side"] = {"type": "object", "properties": {"obj": _ref("Obj6")}}
    schemas["Obj6"]["properties"]["side"] = _ref("Side")
    paths = {
        "/a": _read("Obj0"),
        "/side": {
            "post": {
                "operationId": "putSide",
                "requestBody": {"content": {"application/json": {"schema": _ref("Side")}}},
                "responses": {"204": {"description": "done"}},
            }
        },
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths, components={"schemas": schemas}))
    home = {m.name: module.name for module in api.modules for m in module.models}
    assert len(set(home.values())) == 1
    assert not any(_lazy_names(f.type) for f in _model(api, "Obj3").fields)


def test_only_a_module_that_names_its_own_types_keeps_its_annotations_as_text(
    tmp_path: Path,
) -> None:
    """A model module's annotations are evaluated as its classes are made (pydantic then has
    no text to compile: about a sixth of importing a large request model's graph), except
    where a type names one of its own module, defined later or itself."""
    from tests.helpers import imported_sdk

    schemas = {
        "Leaf": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Branch": {
            "type": "object",
            "properties": {"leaf": _ref("Leaf"), "leaves": {"type": "array", "items": _ref("Leaf")}},
        },
        "Node": {
            "type": "object",
            "properties": {"children": {"type": "array", "items": _ref("Node")}},
        },
        **ring(3),
    }
    paths = {f"/{name.lower()}": _read(name) for name in ("Branch", "Node", "Obj0")}
    paths["/branch"]["post"] = {
        "operationId": "makeBranch",
        "requestBody": {"content": {"application/json": {"schema": _ref("Branch")}}},
        "responses": {"204": {"description": "made"}},
    }
    spec = minimal_spec(paths=paths, components={"schemas": schemas})
    api, _ = parse_dict(tmp_path, spec)
    itself = {module.name: module.refers_to_itself for module in api.modules}
    assert itself == {"leaf": False, "branch": False, "node": True, "obj0": True}
    with imported_sdk(tmp_path, spec, "groups") as (sdk, _):
        models = sdk.models
        branch = models.Branch.model_validate({"leaf": {"id": "a"}, "leaves": [{"id": "b"}]})
        assert isinstance(branch.leaves[0], models.Leaf)
        node = models.Node.model_validate({"children": [{"children": []}]})
        assert isinstance(node.children[0], models.Node)
        ring_member = models.Obj0.model_validate({"next": {"id": "x"}, "later": [{"id": "y"}]})
        assert isinstance(ring_member.next, models.Obj1)
        # the annotations as the module holds them: types, or text read when all are defined
        assert not isinstance(models.Branch.__annotations__["leaf"], str)
        assert not isinstance(models.BranchParam.__annotations__["leaf"], str)
        assert isinstance(models.Node.__annotations__["children"], str)
