"""Reading a response: the typed result, a page, events, or the typed error (no I/O).

A body that does not match the API description is returned leniently with a warning
(`_lenient`), unless validation is strict or its shape is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx
from pydantic import ValidationError

from .. import errors
from ._endpoint import Endpoint, match_response
from ._hops import call_id_of, log
from ._lenient import construct, fits_shape, read_as
from ._pagination import PageContext, _attribute, _PageLogic
from ._serialize import validator_for

if TYPE_CHECKING:
    from ._base_client import Call

PageT = TypeVar("PageT", bound=_PageLogic)


class ResponseReading:
    """Turns responses into results and errors, with the client's validation settings."""

    _strict_response_validation: bool
    _drift_warned: set[tuple[str, str]]

    def _process_response(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> Any:
        """The typed result of a 2xx response (or a declared redirect), or the typed error of any other."""
        if not _answered(endpoint, response.status_code):
            raise self._status_error(endpoint, response)
        spec = match_response(endpoint.responses, response.status_code)
        if spec is None and endpoint.responses:
            spec = endpoint.responses[0]
        if spec is None or spec.kind == "empty":
            return None
        if spec.kind == "text":
            return _text_answer(spec.type, response, endpoint)
        if spec.kind == "bytes":
            return response.content
        return self._validate_json(spec.type, response.content, response, endpoint)

    def _parse_page(
        self, call: Call, page_class: type[PageT], response: httpx.Response
    ) -> PageT:
        endpoint = call.endpoint
        pagination = endpoint.pagination
        if not 200 <= response.status_code < 300:
            raise self._status_error(endpoint, response)
        if pagination is None:
            raise TypeError(f"{endpoint.method} {endpoint.path} is not paginated")
        if pagination.root_list:
            content = (
                b'{"'
                + pagination.items[0].encode()
                + b'": '
                + (response.content or b"null")
                + b"}"
            )
        else:
            content = response.content
        page = self._validate_json(page_class, content, response, endpoint)
        link = (
            _attribute(page, pagination.next_url)
            if pagination.next_url
            else response.links.get("next", {}).get("url")
        )
        if not isinstance(link, str):
            link = None  # a body field that is null (the last page) or not text
        next_link = None
        if link:
            try:
                next_link = str(response.request.url.join(link))
            except httpx.InvalidURL:
                next_link = (
                    link  # refused when the iteration gets there (not our origin)
                )
        return cast(PageT, page._bind(PageContext(self, call, pagination, next_link)))

    def _event_decoder(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> Callable[[str], Any]:
        spec = (
            match_response(endpoint.responses, response.status_code)
            or endpoint.responses[0]
        )
        if spec.type is str:
            return lambda data: data
        return lambda data: self._validate_json(spec.type, data, response, endpoint)

    def _validate_json(
        self,
        type_: Any,
        content: str | bytes,
        response: httpx.Response,
        endpoint: Endpoint[Any],
    ) -> Any:
        """The body as the declared type. One that does not match is returned leniently (see
        `_lenient`) with a warning, unless validation is strict or its shape is wrong."""
        try:
            return validator_for(type_).validate_json(content)
        except ValidationError as error:
            mismatch = error
        where = (
            f"the {response.status_code} response of {endpoint.method} {endpoint.path}"
        )
        if not self._strict_response_validation:
            if not content.strip():
                # a success without a body where one is declared (a 200 that should be a
                # 204): the call did succeed, so it returns None rather than raise
                call_id = call_id_of(response.request)
                log.warning(
                    "%s has an empty body; returned None call_id=%s",
                    where,
                    call_id,
                    extra={"call_id": call_id},
                )
                return None
            try:
                data = json.loads(content)
                if fits_shape(type_, data):
                    self._warn_drift(where, mismatch, call_id_of(response.request))
                    return construct(type_, data)
            except (ValueError, RecursionError):
                pass  # not JSON, or nested deeper than Python reads: nothing to read leniently
        raise errors.APIResponseValidationError(
            f"{where} does not match the API description: {mismatch.error_count()} validation error(s)",
            response=response,
            body=_loose_body(response),
        ) from mismatch

    def _warn_drift(
        self, where: str, mismatch: ValidationError, call_id: str | None
    ) -> None:
        """Once per drift and client, not per call; paths only, never values (a body may
        carry personal data), list indices as `*`."""
        paths = sorted(
            {
                ".".join(_location_part(part) for part in e["loc"]) or "(body)"
                for e in mismatch.errors()
            }
        )
        at = ", ".join(paths[:10]) + (
            f" and {len(paths) - 10} more" if len(paths) > 10 else ""
        )
        if (where, at) in self._drift_warned:
            return
        self._drift_warned.add((where, at))
        log.warning(
            "%s does not match the API description at %s; returned as received there "
            "(strict_response_validation=True raises instead) call_id=%s",
            where,
            at,
            call_id,
            extra={"call_id": call_id},
        )

    def _status_error(
        self, endpoint: Endpoint[Any], response: httpx.Response
    ) -> errors.APIStatusError:
        body: object = _loose_body(response)
        error_class = errors.status_error_class(response.status_code)
        declared = errors.declared_body(error_class)
        spec = match_response(endpoint.errors, response.status_code)
        type_ = spec.type if spec is not None and spec.kind == "json" else declared
        if type_ is not None:
            try:
                body = validator_for(type_).validate_json(response.content)
            except ValidationError:
                # an error must not hide behind a parse failure: the model read leniently
                # when the body has its outline, else the loose body (a class's model: a
                # blank one, see errors.declared_body)
                if declared is not None:
                    body = read_as(declared, body)
                elif not self._strict_response_validation and fits_shape(type_, body):
                    body = construct(type_, body)
        message = f"{response.status_code} {response.reason_phrase} from {endpoint.method} {response.request.url.path}"
        return error_class(message, response=response, body=body)

    def _token_error(self, response: httpx.Response) -> errors.APIStatusError:
        error_class = errors.status_error_class(response.status_code)
        message = f"{response.status_code} {response.reason_phrase} from the token endpoint {response.request.url.path}"
        body = _loose_body(response)
        declared = errors.declared_body(error_class)
        if declared is not None:
            body = read_as(declared, body)
        return error_class(message, response=response, body=body)


def _answered(endpoint: Endpoint[Any], status_code: int) -> bool:
    """A 2xx, or a 3xx the spec declares for the operation (returned, not raised: its
    `Location` is in the raw response); any other status is an error."""
    if 200 <= status_code < 300:
        return True
    spec = (
        match_response(endpoint.responses, status_code)
        if 300 <= status_code < 400
        else None
    )
    return spec is not None and spec.status != "default"


def _text_answer(
    type_: Any, response: httpx.Response, endpoint: Endpoint[Any]
) -> str | bool:
    """A text answer: its text, or where it is declared boolean, `True`/`false`... in any
    case and with spaces around read as a bool (anything else has the wrong shape)."""
    text = response.text
    if type_ is not bool:
        return text
    word = text.strip().lower()
    if word in ("true", "false"):
        return word == "true"
    raise errors.APIResponseValidationError(
        f"the {response.status_code} response of {endpoint.method} {endpoint.path} "
        f"is not true or false: {text[:40]!r}",
        response=response,
        body=text,
    )


def _loose_body(response: httpx.Response) -> object:
    """Parsed JSON when the body is JSON, else its text (None when it was not read)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return response.json()
    except (ValueError, RecursionError):  # not JSON, or nested deeper than Python reads
        return response.text


def _location_part(part: str | int) -> str:
    """A step of a validation error's location as the drift warning names it: list indices
    as `*`, a lazily referred model's union arm (`function-plain[Customer()]`, see
    `_models.LaterModel`) by its model, as pydantic names an arm of the model itself."""
    if isinstance(part, int):
        return "*"
    if part.startswith("function-plain[") and part.endswith("()]"):
        return part[len("function-plain[") : -len("()]")]
    return part
