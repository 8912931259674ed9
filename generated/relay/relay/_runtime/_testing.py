"""The SDK's test kit: a mock of the API that answers the client through httpx's MockTransport.

`<sdk>.testing.MockAPI` (generated) holds one `OperationMock` per operation, typed by what
the operation returns. A request is matched to its operation by method and path, checked
against what the spec declares (path, required and unknown query parameters, required
headers, the JSON body's shape), recorded, and answered by what the test configured, or by
the spec's example, or it fails naming the operation. A configured answer is validated
against the declared response when it is configured, so a fixture that drifts from the
spec fails at once, on the test's own line. Failures are `MockAPIError`s, which are
`AssertionError`s: pytest shows them as failed checks, and the client never takes them for
a failed connection (it neither wraps nor retries them).

No I/O: the handler is one function, used by the sync and the async client alike.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Self, TypeAlias, TypeVar
from urllib.parse import parse_qsl, unquote

import httpx2 as httpx
import pydantic
import pydantic_core

from ._endpoint import Endpoint, ResponseSpec
from ._serialize import adapter_for

ResultT = TypeVar("ResultT")
# what a fixture may be written as besides the SDK's own types: JSON as Python values
JsonBody: TypeAlias = (
    Mapping[str, Any] | Sequence[Any] | str | int | float | bool | bytes | None
)

_REDACTED = "[redacted]"
_ALWAYS_SECRET = frozenset({"authorization", "proxy-authorization", "cookie"})
_NO_EXAMPLE: Any = object()


class MockAPIError(AssertionError):
    """A request the spec does not allow, a fixture that does not fit it, or a call with
    no answer: the message names the operation and what is wrong."""


@dataclass(frozen=True)
class Parameter:
    """A declared parameter: its wire name, where it goes, whether it is required."""

    name: str
    location: str
    required: bool = False


@dataclass(frozen=True)
class RecordedCall:
    """One request the client sent to an operation, as the mock received it.

    `headers` hide credentials (`[redacted]`); `body` is the parsed JSON, or the form's
    fields, or the raw bytes; `request` is the httpx request itself.
    """

    method: str
    path: str
    path_params: dict[str, str]
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: Any
    request: httpx.Request = field(repr=False)


@dataclass(frozen=True)
class _Answer:
    status: int = 200
    body: Any = None
    headers: Mapping[str, str] | None = None
    error: BaseException | type[BaseException] | None = None
    respond: Callable[[RecordedCall], Any] | None = None


class OperationMock(Generic[ResultT]):
    """One operation of the mock: what it answers and what it was sent.

    Answers are used in the order they were configured, the last one for every call after
    it (`respond(status=500)` then `respond(...)`: one failure, then success).
    """

    def __init__(
        self,
        name: str,
        endpoint: Endpoint[Any],
        parameters: Sequence[Parameter] = (),
        example: Any = _NO_EXAMPLE,
        secret_headers: frozenset[str] = frozenset(),
        credential_query: frozenset[str] = frozenset(),
    ) -> None:
        self.name = name
        self.endpoint = endpoint
        self.parameters = tuple(parameters)
        self.example = example
        self.calls: list[RecordedCall] = []
        self._answers: list[_Answer] = []
        self._secret_headers = _ALWAYS_SECRET | {h.lower() for h in secret_headers}
        self._credential_query = credential_query
        self._pattern, self._path_names = _path_pattern(endpoint.path)

    def __repr__(self) -> str:
        return (
            f"<OperationMock {self.name}: {self.endpoint.method} {self.endpoint.path}>"
        )

    # -- what a test configures ----------------------------------------------------------

    def respond(
        self,
        body: ResultT | JsonBody = None,
        *,
        status: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> OperationMock[ResultT]:
        """Answer with `body` (a model, a list of them, or JSON as Python values) and
        `status` (the first declared success by default). A body that does not fit the
        response the spec declares for that status raises `MockAPIError` here."""
        status = status if status is not None else self._success_status()
        wire = self._checked_fixture(body, status)
        self._answers.append(_Answer(status=status, body=wire, headers=headers))
        return self

    def raise_(
        self, error: BaseException | type[BaseException]
    ) -> OperationMock[ResultT]:
        """Fail the call with `error` (an httpx error class such as `httpx.ConnectError`
        is made with the request, as a transport raises it)."""
        self._answers.append(_Answer(error=error))
        return self

    def respond_with(
        self, answer: Callable[[RecordedCall], Any]
    ) -> OperationMock[ResultT]:
        """Answer each call with what `answer(call)` returns: an `httpx.Response`, or a
        body for the first declared success status."""
        self._answers.append(_Answer(respond=answer))
        return self

    def reset(self) -> None:
        """Forget the configured answers and the recorded calls."""
        self._answers.clear()
        self.calls.clear()

    # -- what the transport asks -----------------------------------------------------------

    def match(self, method: str, path: str) -> dict[str, str] | None:
        """The path parameters when a request is this operation's, else None."""
        if method != self.endpoint.method:
            return None
        found = self._pattern.match(path)
        if found is None:
            return None
        return {
            n: unquote(v) for n, v in zip(self._path_names, found.groups(), strict=True)
        }

    def handle(
        self, request: httpx.Request, path: str, path_params: dict[str, str]
    ) -> httpx.Response:
        call = self._record(request, path, path_params)
        self.calls.append(call)
        self._check_request(call)
        return self._answer(call)

    # -- inside ------------------------------------------------------------------------------

    def _success_status(self) -> int:
        for spec in self.endpoint.responses:
            if spec.status[:1] == "2" and spec.status.isdigit():
                return int(spec.status)
        return 200

    def _spec_for(self, status: int) -> ResponseSpec | None:
        declared = (*self.endpoint.responses, *self.endpoint.errors)
        for wanted in (str(status), f"{str(status)[0]}XX", "default"):
            for spec in declared:
                if spec.status.upper() == wanted:
                    return spec
        return None

    def _checked_fixture(self, body: Any, status: int) -> Any:
        wire = pydantic_core.to_jsonable_python(body, by_alias=True)
        spec = self._spec_for(status)
        if spec is None or spec.kind != "json" or spec.declared is None:
            return wire
        try:
            adapter_for(spec.type).validate_python(wire)
        except pydantic.ValidationError as error:
            raise MockAPIError(
                f"{self.name}: the {status} answer does not fit the spec's response: "
                f"{_first_problem(error)}"
            ) from None
        return wire

    def _record(
        self, request: httpx.Request, path: str, path_params: dict[str, str]
    ) -> RecordedCall:
        query: dict[str, list[str]] = {}
        for key, value in parse_qsl(request.url.query.decode(), keep_blank_values=True):
            shown = _REDACTED if key in self._credential_query else value
            query.setdefault(key, []).append(shown)
        headers = {
            name: _REDACTED if name in self._secret_headers else value
            for name, value in request.headers.items()
        }
        return RecordedCall(
            method=request.method,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            body=_request_body(request),
            request=request,
        )

    def _check_request(self, call: RecordedCall) -> None:
        problems: list[str] = []
        declared = {p.name for p in self.parameters if p.location == "query"}
        declared |= self._credential_query
        for key in call.query:
            if not any(_names_parameter(key, name) for name in declared):
                problems.append(f"query parameter {key!r} is not declared")
        for p in self.parameters:
            if (
                p.required
                and p.location == "query"
                and not any(_names_parameter(key, p.name) for key in call.query)
            ):
                problems.append(f"required query parameter {p.name!r} is missing")
            if (
                p.required
                and p.location == "header"
                and p.name.lower() not in call.headers
            ):
                problems.append(f"required header {p.name!r} is missing")
        problems.extend(self._body_problems(call))
        if problems:
            raise MockAPIError(f"{self.name}: {'; '.join(problems)}")

    def _body_problems(self, call: RecordedCall) -> list[str]:
        body = self.endpoint.body
        if body is None or body.kind != "json" or body.declared is None:
            return []
        if not call.request.content:
            return []  # an optional body left out (a required one is the method's to ask for)
        try:
            adapter_for(body.type).validate_python(call.body)
        except pydantic.ValidationError as error:
            return [f"the request body does not fit the spec: {_first_problem(error)}"]
        return []

    def _answer(self, call: RecordedCall) -> httpx.Response:
        if not self._answers:
            if self.example is _NO_EXAMPLE:
                raise MockAPIError(
                    f"{self.name} was called ({call.method} {call.path}) but has no answer: "
                    f"configure one with `.respond(...)`; the spec gives no example to answer with"
                )
            return _response(self._success_status(), self.example, None, call.request)
        answer = self._answers[0] if len(self._answers) == 1 else self._answers.pop(0)
        if answer.error is not None:
            raise _made(answer.error, call.request)
        if answer.respond is not None:
            given = answer.respond(call)
            if isinstance(given, httpx.Response):
                return given
            status = self._success_status()
            return _response(
                status, self._checked_fixture(given, status), None, call.request
            )
        return _response(answer.status, answer.body, answer.headers, call.request)


class MockAPIBase:
    """The mock API: its operations, the transport that answers for them, and clients built
    on that transport. The generated `MockAPI` adds the resources, typed per operation."""

    # the SDK's Client and AsyncClient, and the headers and query parameters that carry
    # its credentials (set by the generated MockAPI)
    client_class: Any = None
    async_client_class: Any = None
    secret_headers: frozenset[str] = frozenset()
    credential_query: frozenset[str] = frozenset()
    base_url: str
    transport: httpx.MockTransport

    def __init__(self, base_url: str = "http://mock.test") -> None:
        self.base_url = base_url.rstrip("/")
        self._operations: list[OperationMock[Any]] = []
        self.transport = httpx.MockTransport(self._handle)

    def operation(
        self,
        name: str,
        endpoint: Endpoint[ResultT],
        parameters: Sequence[Parameter] = (),
        example: Any = _NO_EXAMPLE,
    ) -> OperationMock[ResultT]:
        """The mock of one operation (the generated code's call): it answers its requests."""
        mock = OperationMock[ResultT](
            name,
            endpoint,
            parameters,
            example,
            secret_headers=self.secret_headers,
            credential_query=self.credential_query,
        )
        self._operations.append(mock)
        return mock

    def client(self, **arguments: Any) -> Any:
        """A Client that sends to this mock (`arguments` go to the Client)."""
        arguments.setdefault("http_client", httpx.Client(transport=self.transport))
        return self.client_class(**self._defaults(arguments))

    def async_client(self, **arguments: Any) -> Any:
        """An AsyncClient that sends to this mock (`arguments` go to the AsyncClient)."""
        arguments.setdefault("http_client", httpx.AsyncClient(transport=self.transport))
        return self.async_client_class(**self._defaults(arguments))

    def _defaults(self, arguments: dict[str, Any]) -> dict[str, Any]:
        arguments.setdefault("base_url", self.base_url)
        return arguments

    def reset(self) -> None:
        """Forget every operation's answers and calls."""
        for mock in self._operations:
            mock.reset()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        # what was sent stays readable after the block; a new MockAPI starts clean
        return None

    def _handle(self, request: httpx.Request) -> httpx.Response:
        base_path = httpx.URL(self.base_url).path.rstrip("/")
        path = request.url.path
        if not path.startswith(base_path):
            raise MockAPIError(
                f"{request.method} {request.url} is not under {self.base_url}"
            )
        path = path[len(base_path) :] or "/"
        for mock in self._operations:
            params = mock.match(request.method, path)
            if params is not None:
                return mock.handle(request, path, params)
        raise MockAPIError(f"no operation of the API is {request.method} {path}")


def _path_pattern(template: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """A regex of the path template and the names of its parameters, in group order
    (groups are numbered: a template's names need not be identifiers)."""
    parts = re.split(r"(\{[^}]+\})", template.split("?", maxsplit=1)[0])
    regex = "".join(
        "([^/]+)" if part.startswith("{") else re.escape(part) for part in parts
    )
    names = tuple(part[1:-1] for part in parts if part.startswith("{"))
    return re.compile(f"^{regex}/?$"), names


def _names_parameter(key: str, name: str) -> bool:
    # a deepObject or dotted style spells `filter[a]` or `filter.a` for the parameter `filter`
    return key == name or key.startswith((f"{name}[", f"{name}."))


def _request_body(request: httpx.Request) -> Any:
    content = request.content
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if not content:
        return None
    if media == "application/json" or media.endswith("+json"):
        try:
            return json.loads(content)
        except ValueError:
            return content
    if media == "application/x-www-form-urlencoded":
        return dict(parse_qsl(content.decode(), keep_blank_values=True))
    return content


def _response(
    status: int, body: Any, headers: Mapping[str, str] | None, request: httpx.Request
) -> httpx.Response:
    if isinstance(body, bytes):
        return httpx.Response(status, content=body, headers=headers, request=request)
    if body is None and status == 204:
        return httpx.Response(status, headers=headers, request=request)
    return httpx.Response(status, json=body, headers=headers, request=request)


def _made(
    error: BaseException | type[BaseException], request: httpx.Request
) -> BaseException:
    if isinstance(error, BaseException):
        return error
    if issubclass(error, httpx.RequestError):
        return error(f"{error.__name__} (raised by the mock)", request=request)
    return error()


def _first_problem(error: pydantic.ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "the body"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"
