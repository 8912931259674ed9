"""Stage 2: OpenAPI objects -> IR. Every naming and typing decision is made here."""

from generator.parse.api import parse_api

__all__ = ["parse_api"]
