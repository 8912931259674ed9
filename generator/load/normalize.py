"""Bring OpenAPI 3.0 spellings into the 3.1 shape that the validator and parser read.

Only spellings the 3.1 model would reject are changed; `nullable` stays (the parser
follows what a document does, whatever version it claims).
"""

from __future__ import annotations

from typing import Any


def normalize(node: Any) -> Any:
    if isinstance(node, list):
        return [normalize(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: normalize(value) for key, value in node.items()}
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        flag = result.get(exclusive)
        if isinstance(flag, bool):
            # 3.0: a boolean modifier of minimum/maximum; 3.1: the bound itself.
            del result[exclusive]
            if flag and isinstance(result.get(bound), (int, float)):
                result[exclusive] = result.pop(bound)
    return result
