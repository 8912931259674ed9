"""The generated names of real specs, pinned as their api.md: three specs of each shape.

Optional: the corpus is not part of the repository. The tests run when it is at
$SDKFORGE_CORPUS (default /work/shared/corpus/specs) and are skipped otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from generator.render.render import environment
from tests.helpers import parse_file

CORPUS = Path(os.environ.get("SDKFORGE_CORPUS", "/work/shared/corpus/specs"))

SHAPES = {
    # every operation tagged
    "tagged": [
        "xero__xero_files.yaml",
        "twilio__studio_v2.json",
        "adyen__BinLookupService-v54.json",
    ],
    # no tags, every path under a shared version (or api) prefix
    "untagged with a version prefix": [
        "apisguru__amazonaws.com_kafka_2018-11-14.yaml",
        "apisguru__amazonaws.com_sms-voice_2018-09-05.yaml",
        "apisguru__vonage.com_account_1.11.8.yaml",
    ],
    # no operationIds at all
    "no operationIds": [
        "apisguru__extendsclass.com_json-storage_0.1.yaml",
        "apisguru__rapidapi.com_football-prediction_2.yaml",
        "oai__v2.0-uber.yaml",
    ],
}
CASES = [(shape, name) for shape, names in SHAPES.items() for name in names]


@pytest.mark.parametrize(("shape", "name"), CASES, ids=[name for _, name in CASES])
def test_the_api_reference_of_a_corpus_spec_is_pinned(
    shape: str, name: str, snapshot: SnapshotAssertion
) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus spec {name} not found in {CORPUS}")
    api, _ = parse_file(path)
    everything = [op for resource in api.all_resources() for op in resource.operations]
    assert len(everything) + len(api.client_operations) > 0
    if shape == "untagged with a version prefix":
        # resources come from the paths: never a flat client
        assert not api.client_operations and api.resources
    reference = environment().get_template("project/api.md.jinja").render(api=api)
    assert reference == snapshot
