"""The error classes an API shapes: the model an error class's `body` always is, and a
class for each error status the API declares that the runtime has none for (402).

A class stands for statuses: `APIStatusError` for every error status, `NotFoundError` for
404, `InternalServerError` for every 5xx (the runtime's `_BY_STATUS` and `_SERVER_ERROR`,
read by generator.runtime_source). Its body is typed when, over every operation and every
status it stands for, the response the runtime would match (the exact status, its range,
`default`) is one JSON model, or none at all: the runtime then reads that model for a
status an operation does not declare too, and a body that is not one as a blank one, so
the type holds for every error of the class.
"""

from __future__ import annotations

import http
from collections.abc import Iterable

from generator import ir
from generator.parse.names import pascal_case
from generator.runtime_source import error_names, status_classes

# an error status whose declared response is no model: its class's body stays untyped
_NO_MODEL = ""
_ERROR_STATUSES = range(400, 600)
_CLIENT_ERRORS = range(400, 500)  # the statuses that get a class of their own when declared
_SERVER_ERRORS = range(500, 600)


def error_classes(
    operations: Iterable[ir.Operation], models: set[str]
) -> tuple[ir.ErrorClass, ...]:
    """The classes to define (declared statuses without a class) and those whose body is
    typed, in status order (the base first)."""
    by_status, server_error = status_classes()
    answers: dict[int, set[str]] = {status: set() for status in _ERROR_STATUSES}
    declared: set[int] = set()
    for operation in operations:
        keyed = {response.status.upper(): response for response in operation.errors}
        declared |= {int(key) for key in keyed if key.isdigit() and int(key) in _CLIENT_ERRORS}
        for status in _ERROR_STATUSES:
            response = (
                keyed.get(str(status)) or keyed.get(f"{str(status)[0]}XX") or keyed.get("DEFAULT")
            )
            if response is not None:
                answers[status].add(_model_of(response, models))
    taken = set(error_names())
    # a status HTTP names (not AWS's 480-486, which stand for exception types)
    added = {
        status: name
        for status in sorted(declared - by_status.keys())
        if (name := _class_name(status)) is not None and name not in taken
    }
    # each class, the statuses it stands for, and the status of a class to define
    covered: list[tuple[str, Iterable[int], int | None]] = [
        ("APIStatusError", _ERROR_STATUSES, None),
        *((name, (status,), None) for status, name in sorted(by_status.items())),
        *((name, (status,), status) for status, name in added.items()),
        (server_error, _SERVER_ERRORS, None),
    ]
    result = []
    base = None
    for name, statuses, defined in covered:
        found = set().union(*(answers[s] for s in statuses))
        body = found.pop() if len(found) == 1 and _NO_MODEL not in found else None
        if name == "APIStatusError":
            base = body
        elif body == base:
            body = None  # the base's model: inherited
        if body is not None or defined is not None:
            phrase = _phrase(defined) if defined is not None else ""
            result.append(ir.ErrorClass(name=name, body=body, status=defined, phrase=phrase))
    return tuple(result)


def _model_of(response: ir.Response, models: set[str]) -> str:
    """The model a declared error response is read as, else _NO_MODEL."""
    ref = response.type
    if (
        response.kind == "json"
        and ref is not None
        and ref.kind == "named"
        and not ref.nullable
        and ref.name in models
    ):
        return ref.name
    return _NO_MODEL


def _phrase(status: int) -> str:
    return http.HTTPStatus(status).phrase


def _class_name(status: int) -> str | None:
    """`PaymentRequiredError` for 402; None for a status HTTP gives no name."""
    try:
        phrase = _phrase(status)
    except ValueError:
        return None
    return pascal_case(phrase.replace("'", "")) + "Error"
