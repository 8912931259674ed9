"""Every generated file of the showcase SDK, pinned with syrupy.

A change to the generator that changes the output shows up here as a readable diff; if
the change is intended, update with `scripts/test --snapshot-update` and regenerate.
"""

from __future__ import annotations

import pytest
from syrupy.assertion import SnapshotAssertion

from generator.output import read_tree
from generator.pipeline import generate_files
from generator.render.stubs import ALLOWLIST
from tests.helpers import ROOT

# the stubs and their stubtest allowlist are pinned by tests/test_stubs.py
SHOWCASE_FILES = sorted(
    path
    for path in read_tree(ROOT / "generated" / "showcase")
    if not path.endswith(".pyi") and path != ALLOWLIST
)


@pytest.fixture(scope="module")
def generated() -> dict[str, str]:
    return generate_files(
        ROOT / "specs" / "showcase.yaml", "showcase", display="specs/showcase.yaml"
    ).files


def test_the_file_list_is_pinned(generated: dict[str, str], snapshot: SnapshotAssertion) -> None:
    assert sorted(generated) == snapshot


@pytest.mark.parametrize("path", SHOWCASE_FILES)
def test_generated_file(path: str, generated: dict[str, str], snapshot: SnapshotAssertion) -> None:
    assert generated[path] == snapshot
