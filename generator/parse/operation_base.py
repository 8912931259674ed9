"""What the parts of operation parsing share: the parser's state, `$ref`s to parameters,
bodies and responses (each validated once), and how media types are read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, TypeVar

from openapi_pydantic.v3.v3_1 import (
    MediaType,
    Operation,
    Parameter,
    Reference,
    Server,
)
from pydantic import BaseModel, ValidationError

from generator import ir
from generator.errors import SpecError, SpecWarning, join_pointer
from generator.load import SpecView
from generator.parse.schemas import SchemaParser
from generator.parse.security import SecurityParser


class OperationBase:
    """The state of operation parsing and the `$ref`s it follows."""

    def __init__(
        self,
        file: str,
        view: SpecView,
        schemas: SchemaParser,
        security: SecurityParser,
        warnings: list[SpecWarning],
        *,
        idempotency_header: str | None = None,
        servers: tuple[ir.Server, ...] = (),
    ) -> None:
        """`servers`: the API's, for those of an operation to stand in for."""
        self.file = file
        self.view = view
        self.schemas = schemas
        self.security = security
        self.warnings = warnings
        # the SDK's idempotency header: the per-call `idempotency_key=` sends it, so an
        # operation's declaration of it is no argument of its own
        self.idempotency_header = idempotency_header
        self.servers = servers
        self.server_slips: set[str] = set()  # servers warned about (see parse.servers)
        # shared parameters, responses and bodies are referenced by many operations:
        # each is validated once
        self._validated: dict[tuple[str, type[Any]], Any] = {}

    def _resolve(self, node: Any, pointer: str, model: type[_T]) -> _T:
        seen: set[str] = set()
        while isinstance(node, Reference):
            ref = node.ref
            if ref in seen:
                raise SpecError(
                    self.file,
                    pointer,
                    f"$ref {ref!r} is a cycle of references with no {model.__name__} in it",
                )
            if not ref.startswith("#"):
                raise SpecError(self.file, pointer, f"$ref {ref!r} cannot be resolved")
            seen.add(ref)
            try:
                raw = self.view.at(ref[1:])
            except KeyError:
                raise SpecError(
                    self.file, join_pointer(pointer, "$ref"), f"$ref {ref!r} points to nothing"
                ) from None
            pointer = ref[1:]
            cached = self._validated.get((ref, model))
            if cached is not None:
                node = cached
                continue
            try:
                node = (
                    Reference.model_validate(raw)
                    if isinstance(raw, dict) and "$ref" in raw
                    else model.model_validate(raw)
                )
            except ValidationError as error:
                raise SpecError(
                    self.file, pointer, f"not a valid {model.__name__}: {error.errors()[0]['msg']}"
                ) from None
            self._validated[(ref, model)] = node
        if not isinstance(node, model):
            raise SpecError(self.file, pointer, f"expected a {model.__name__}")
        return node


_T = TypeVar("_T", bound=BaseModel)


# a response key: a status code, a range of them (`2XX`), or `default`
STATUS_KEY = re.compile(r"^([1-5][0-9][0-9]|[1-5][Xx][Xx]|default)$")


_JSON_TYPE = re.compile(
    r"^(application|text)/([\w.+-]+\+)?json$|^\*/\*$|^application/\*$", re.IGNORECASE
)


def is_json(content_type: str) -> bool:
    base = content_type.split(";", 1)[0].strip().lower()
    return bool(_JSON_TYPE.match(base)) or base.endswith("+json")


def pick_media(content: dict[str, MediaType]) -> tuple[str, MediaType]:
    """JSON when offered (`application/json` first, then other concrete JSON types, then
    ranges like `application/*+json`), else the first declared content type."""
    ranked = sorted(
        (
            (_json_rank(content_type), index, content_type, media)
            for index, (content_type, media) in enumerate(content.items())
        ),
        key=lambda item: (item[0], item[1]),
    )
    _, _, content_type, media = ranked[0]
    return content_type, media


def _json_rank(content_type: str) -> int:
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "application/json":
        return 0
    if is_json(base):
        return 2 if "*" in base else 1
    return 3


def default_of(schema: Any) -> ir.Default | None:
    default = getattr(schema, "default", None)
    if isinstance(default, (str, int, float, bool)):
        return ir.Default(value=default)
    return None


def text_of(value: object) -> str:
    """An openapi-pydantic enum member or plain string, as its string value."""
    return str(getattr(value, "value", value))


def is_success(status: str) -> bool:
    """A 2xx, or a redirect the spec declares as an answer (GitHub's artifact downloads
    answer 302 with the file's URL in `Location`); not 304, which only a conditional
    request the caller makes can get."""
    return status.startswith("2") or (status.startswith("3") and status != "304")


EVENT_STREAM = "text/event-stream"


@dataclass(frozen=True)
class RawOperation:
    """An operation with where it came from, before it is placed on a resource."""

    tag: str | None
    path: str
    http_method: str
    operation: Operation
    pointer: str
    path_parameters: tuple[Parameter | Reference, ...]
    path_servers: tuple[Server, ...] = ()
