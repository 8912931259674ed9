"""Which error classes an API types (`body`) or adds, as parse decides it."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from tests.helpers import ROOT, minimal_spec, parse_dict, parse_file

CONSTRUCTS = ROOT / "tests" / "constructs"


def test_one_model_for_every_error_types_the_base_class() -> None:
    api, _ = parse_file(CONSTRUCTS / "shared_error_model.yaml")
    assert api.error_types == (
        ir.ErrorClass(name="APIStatusError", body="ErrorResponse"),
        ir.ErrorClass(name="PaymentRequiredError", status=402, phrase="Payment Required"),
    )
    assert api.error_classes[-1] == "PaymentRequiredError"


def test_a_class_whose_statuses_differ_in_their_model_is_not_typed() -> None:
    # 404 NotFound, 422 declared without a body, `default` Problem
    api, _ = parse_file(CONSTRUCTS / "error_responses.yaml")
    bodies = {e.name: e.body for e in api.error_types}
    assert "APIStatusError" not in bodies and "UnprocessableEntityError" not in bodies
    assert bodies["NotFoundError"] == "NotFound"
    assert bodies["BadRequestError"] == bodies["InternalServerError"] == "Problem"


def test_a_declared_status_http_names_gets_a_class(tmp_path: Path) -> None:
    ok = {"200": {"description": "ok"}}
    declared = {**ok, "418": {"description": "a teapot"}, "499": {"description": "closed"}}
    api, _ = parse_dict(
        tmp_path,
        minimal_spec(
            paths={"/a": {"get": {"responses": ok}}, "/b": {"get": {"responses": declared}}}
        ),
    )
    # 499 is no status HTTP names (nor AWS's 480-486, which stand for exception types)
    assert [(e.name, e.status, e.body) for e in api.error_types] == [("ImATeapotError", 418, None)]
