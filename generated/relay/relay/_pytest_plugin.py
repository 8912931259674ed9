"""The `relay_mock` pytest fixture: a `MockAPI`, reset after each test.

pytest loads this module through the entry point in the SDK's pyproject.toml; nothing
else imports it, so the SDK does not need pytest.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest  # type: ignore[import-not-found, unused-ignore]

if TYPE_CHECKING:
    from .testing import MockAPI


def _mock_api() -> Iterator[MockAPI]:
    # imported here: pytest loads every plugin when it starts, the SDK only for this fixture
    from .testing import MockAPI

    with MockAPI() as api:
        yield api


# decorated by a call, so the module type-checks where pytest is not installed
relay_mock: Any = pytest.fixture(name="relay_mock")(_mock_api)
