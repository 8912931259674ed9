"""Helpers shared by the relay tests: what the fault server recorded, expected bytes."""

from __future__ import annotations

import hashlib
from typing import Any
from urllib.parse import quote

import httpx

PATTERN = bytes(range(251))


def recorded(http: httpx.Client, base_url: str, key: str) -> dict[str, Any]:
    """What the relay server recorded for a fault key: attempts, times, headers, queries..."""
    response = http.get(f"{base_url}/_faults/{quote(key, safe='')}")
    assert response.status_code == 200, response.text
    record: dict[str, Any] = response.json()
    return record


def record_only(key: str) -> dict[str, str]:
    """Headers that have the server record the attempts of a call, without any fault."""
    return {"X-Fault-Key": key, "X-Fault-Times": "0"}


def file_bytes(size: int) -> bytes:
    """What `downloadFile` answers for `size`: byte i is i % 251."""
    return (PATTERN * (size // len(PATTERN) + 1))[:size]


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
