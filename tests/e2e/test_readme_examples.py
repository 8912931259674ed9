"""The calls the committed SDKs' READMEs show run as written against the live servers.

The README builds one call per resource from the spec's examples, else from placeholders
of the right type; a placeholder id the server does not know may be answered 404 and a
placeholder credential 401/403, but every call is well-formed: no TypeError, no 422.
"""

from __future__ import annotations

from typing import Any

import petstore
import pytest
import showcase

from tests.helpers import ROOT, readme_examples

ANSWERS_A_PLACEHOLDER_MAY_GET = (404, 401, 403)


def examples(sdk: str) -> list[str]:
    return readme_examples((ROOT / "generated" / sdk / "README.md").read_text(encoding="utf-8"))


def run(example: str, client: Any, errors: Any) -> int:
    try:
        exec(example, {"client": client})  # noqa: S102 - the README as a user copies it
    except errors.APIStatusError as error:
        return int(error.status_code)
    return 200


def test_every_showcase_readme_example_runs(showcase_rw_url: str) -> None:
    found = examples("showcase")
    assert len(found) == 11  # one per resource with methods
    with showcase.Client(base_url=showcase_rw_url) as client:
        statuses = {example: run(example, client, showcase.errors) for example in found}
    assert all(s == 200 or s in ANSWERS_A_PLACEHOLDER_MAY_GET for s in statuses.values()), statuses
    assert sum(s == 200 for s in statuses.values()) >= 7, statuses


def test_every_petstore_readme_example_runs(petstore_url: str) -> None:
    (example,) = examples("petstore")
    with petstore.Client(base_url=petstore_url) as client:
        assert run(example, client, petstore.errors) == 200


@pytest.mark.parametrize("sdk", ["petstore", "showcase", "relay"])
def test_readme_slips_are_gone(sdk: str) -> None:
    readme = (ROOT / "generated" / sdk / "README.md").read_text(encoding="utf-8")
    assert "pip install .\n" in readme and "pip install ./" not in readme
    assert "body={...}" not in readme and " API API" not in readme
    assert "[api.md](api.md)" in readme and (ROOT / "generated" / sdk / "api.md").is_file()
