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
from collections import Counter, defaultdict
from collections.abc import Iterable

from generator import ir
from generator.parse.names import pascal_case
from generator.runtime_source import error_names, status_classes

# an error status whose declared response is no model: its class's body stays untyped
_NO_MODEL = ""
_CLIENT_ERRORS = range(400, 500)  # the statuses that get a class of their own when declared


def error_classes(
    operations: Iterable[ir.Operation], models: set[str]
) -> tuple[ir.ErrorClass, ...]:
    """The classes to define (declared statuses without a class) and those whose body is
    typed, in status order (the base first)."""
    by_status, server_error = status_classes()
    answers = _Answers(operations, models)
    taken = set(error_names())
    # a status HTTP names (not AWS's 480-486, which stand for exception types)
    added = {
        status: name
        for status in sorted(answers.declared(_CLIENT_ERRORS) - by_status.keys())
        if (name := _class_name(status)) is not None and name not in taken
    }
    # each class, the models of the statuses it stands for, and the status of one to define
    covered: list[tuple[str, set[str], int | None]] = [
        ("APIStatusError", answers.within("4") | answers.within("5"), None),
        *((name, answers.at(status), None) for status, name in sorted(by_status.items())),
        *((name, answers.at(status), status) for status, name in added.items()),
        (server_error, answers.within("5"), None),
    ]
    result = []
    base = None
    for name, found, defined in covered:
        body = found.pop() if len(found) == 1 and _NO_MODEL not in found else None
        if name == "APIStatusError":
            base = body
        elif body == base:
            body = None  # the base's model: inherited
        if body is not None or defined is not None:
            phrase = _phrase(defined) if defined is not None else ""
            result.append(ir.ErrorClass(name=name, body=body, status=defined, phrase=phrase))
    return tuple(result)


class _Answers:
    """The models the operations answer an error status with (_NO_MODEL: a response that
    is none), as the runtime matches a status: the status, else its range (`4XX`), else
    `default`. Kept per status an operation declares and per range, not per status."""

    def __init__(self, operations: Iterable[ir.Operation], models: set[str]) -> None:
        self.exact: dict[int, set[str]] = defaultdict(set)
        # the answers of the operations' ranges (or `default`), by the range's first digit
        self.ranges: dict[str, Counter[str]] = defaultdict(Counter)
        # the same, of the operations that declare the status itself (they do not count there)
        self.ranges_beside: dict[int, Counter[str]] = defaultdict(Counter)
        for operation in operations:
            keyed = {response.status.upper(): response for response in operation.errors}
            for family in "45":
                response = keyed.get(f"{family}XX") or keyed.get("DEFAULT")
                fallback = _model_of(response, models) if response is not None else None
                if fallback is not None:
                    self.ranges[family][fallback] += 1
                for key, declared in keyed.items():
                    if key.isdigit() and key.startswith(family):
                        self.exact[int(key)].add(_model_of(declared, models))
                        if fallback is not None:
                            self.ranges_beside[int(key)][fallback] += 1

    def declared(self, statuses: range) -> set[int]:
        """The statuses of `statuses` that an operation declares."""
        return {status for status in self.exact if status in statuses}

    def at(self, status: int) -> set[str]:
        rest = self.ranges[str(status)[0]] - self.ranges_beside[status]
        return self.exact[status] | set(rest)

    def within(self, family: str) -> set[str]:
        """Every status whose first digit is `family`."""
        found = set(self.ranges[family])
        for status, models in self.exact.items():
            if str(status)[0] == family:
                found |= models
        return found


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
