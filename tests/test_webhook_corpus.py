"""The corpus's webhook and callback specs: every request they declare the API sends (with
a JSON body) is an event, and none is counted as "not generated".

Optional: the corpus is not part of the repository. The tests run when it is at
$SDKFORGE_CORPUS (default /work/shared/corpus/specs) and are skipped otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.parse.operations import HTTP_METHODS
from tests.helpers import parse_file

CORPUS = Path(os.environ.get("SDKFORGE_CORPUS", "/work/shared/corpus/specs"))

SPECS = [
    "adyen__BalancePlatformConfigurationNotification-v2.json",
    "adyen__BalancePlatformTransferNotification-v4.json",
    "adyen__ManagementNotificationService-v3.json",
    "adyen__TokenizationNotification-v1.json",
    "apisguru__whatsapp.local_1.0.yaml",
    "oai__v3.0-callback-example.yaml",
    "oai__v3.1-webhook-example.yaml",
    "readme-fixture__3.0-callbacks.yaml",
    "readme-fixture__3.1-train-travel.yaml",
    "readme-fixture__3.1-webhooks.yaml",
    "redocly__museum.yaml",
    "resend__resend.yaml",
    "xero__xero-webhooks.yaml",
]


def _declared(document: dict[str, Any]) -> int:
    """The requests the document says the API sends: webhook and callback operations."""
    items = [*(document.get("webhooks") or {}).values()]
    items += (document.get("x-webhooks") or {}).values()
    for path_item in (document.get("paths") or {}).values():
        for method in HTTP_METHODS:
            for callback in (path_item.get(method) or {}).get("callbacks", {}).values():
                items += callback.values()
    return sum(1 for item in items for method in HTTP_METHODS if method in item)


@pytest.mark.parametrize("name", SPECS)
def test_the_corpus_webhooks_are_events(name: str) -> None:
    path = CORPUS / name
    if not path.is_file():
        pytest.skip(f"corpus spec {name} not found (set SDKFORGE_CORPUS)")
    text = path.read_text(encoding="utf-8")
    declared = _declared(json.loads(text) if name.endswith(".json") else yaml.safe_load(text))
    api, warnings = parse_file(path)
    assert api.webhooks is not None
    assert len(api.webhooks.events) == declared
    assert not [w for w in warnings if w.skipped in ("webhook", "callback")]
