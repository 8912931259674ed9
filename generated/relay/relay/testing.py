"""Test code that calls the Relay API without a network.

    from relay.testing import MockAPI

    with MockAPI() as api:
        api.<resource>.<method>.respond(...)   # typed like the method's result
        client = api.client()                  # or api.async_client()
        ...                                    # the code under test, given `client`
        api.<resource>.<method>.calls          # what it sent

Each request is checked against the API description (unknown or missing parameters, a
body of the wrong shape) and each configured answer against the declared response; both
fail with `MockAPIError` (an AssertionError) naming the operation.
"""

from __future__ import annotations

from . import _client
from ._runtime import _testing
from .resources import (
    auth_api_key as _r_auth_api_key,
)
from .resources import (
    auth_basic as _r_auth_basic,
)
from .resources import (
    auth_bearer as _r_auth_bearer,
)
from .resources import (
    auth_both as _r_auth_both,
)
from .resources import (
    auth_cookie_key as _r_auth_cookie_key,
)
from .resources import (
    auth_either as _r_auth_either,
)
from .resources import (
    auth_oauth as _r_auth_oauth,
)
from .resources import (
    auth_oauth_token as _r_auth_oauth_token,
)
from .resources import (
    auth_public as _r_auth_public,
)
from .resources import (
    auth_query_key as _r_auth_query_key,
)
from .resources import (
    events as _r_events,
)
from .resources import (
    events_chat_completions as _r_events_chat_completions,
)
from .resources import (
    files as _r_files,
)
from .resources import (
    files_content as _r_files_content,
)
from .resources import (
    files_forms_contact as _r_files_forms_contact,
)
from .resources import (
    items as _r_items,
)
from .resources import (
    jobs as _r_jobs,
)
from .resources import (
    jobs_slow as _r_jobs_slow,
)
from .resources import (
    payments as _r_payments,
)

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall


class AuthMock:
    """`auth` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.api_key = AuthApiKeyMock(api)
        self.query_key = AuthQueryKeyMock(api)
        self.cookie_key = AuthCookieKeyMock(api)
        self.bearer = AuthBearerMock(api)
        self.basic = AuthBasicMock(api)
        self.oauth = AuthOauthMock(api)
        self.either = AuthEitherMock(api)
        self.both = AuthBothMock(api)
        self.public = AuthPublicMock(api)


class AuthApiKeyMock:
    """`auth.api_key` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.api_key.list", _r_auth_api_key._LIST, ())


class AuthQueryKeyMock:
    """`auth.query_key` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.query_key.list", _r_auth_query_key._LIST, ())


class AuthCookieKeyMock:
    """`auth.cookie_key` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.cookie_key.list", _r_auth_cookie_key._LIST, ())


class AuthBearerMock:
    """`auth.bearer` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.bearer.list", _r_auth_bearer._LIST, ())


class AuthBasicMock:
    """`auth.basic` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.basic.list", _r_auth_basic._LIST, ())


class AuthOauthMock:
    """`auth.oauth` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.oauth.list", _r_auth_oauth._LIST, ())
        self.token = AuthOauthTokenMock(api)


class AuthOauthTokenMock:
    """`auth.oauth.token` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "auth.oauth.token.create", _r_auth_oauth_token._CREATE, ()
        )


class AuthEitherMock:
    """`auth.either` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.either.list", _r_auth_either._LIST, ())


class AuthBothMock:
    """`auth.both` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.both.list", _r_auth_both._LIST, ())


class AuthPublicMock:
    """`auth.public` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation("auth.public.list", _r_auth_public._LIST, ())


class JobsMock:
    """`jobs` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("jobs.create", _r_jobs._CREATE, ())
        self.retrieve = api.operation("jobs.retrieve", _r_jobs._RETRIEVE, ())
        self.replace = api.operation("jobs.replace", _r_jobs._REPLACE, ())
        self.delete = api.operation("jobs.delete", _r_jobs._DELETE, ())
        self.update = api.operation("jobs.update", _r_jobs._UPDATE, ())
        self.slow = JobsSlowMock(api)


class JobsSlowMock:
    """`jobs.slow` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation(
            "jobs.slow.list",
            _r_jobs_slow._LIST,
            (_testing.Parameter("delay", "query", True),),
        )


class PaymentsMock:
    """`payments` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("payments.create", _r_payments._CREATE, ())
        self.update = api.operation("payments.update", _r_payments._UPDATE, ())


class ItemsMock:
    """`items` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.by_offset = api.operation(
            "items.by_offset",
            _r_items._BY_OFFSET,
            (
                _testing.Parameter("offset", "query", False),
                _testing.Parameter("limit", "query", False),
            ),
        )
        self.by_page = api.operation(
            "items.by_page",
            _r_items._BY_PAGE,
            (
                _testing.Parameter("page", "query", False),
                _testing.Parameter("per_page", "query", False),
            ),
        )
        self.nested = api.operation(
            "items.nested",
            _r_items._NESTED,
            (
                _testing.Parameter("starting_after", "query", False),
                _testing.Parameter("limit", "query", False),
            ),
        )
        self.plain = api.operation(
            "items.plain",
            _r_items._PLAIN,
            (
                _testing.Parameter("offset", "query", False),
                _testing.Parameter("limit", "query", False),
            ),
        )
        self.list = api.operation(
            "items.list",
            _r_items._LIST,
            (
                _testing.Parameter("after", "query", False),
                _testing.Parameter("limit", "query", False),
            ),
        )


class EventsMock:
    """`events` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.digest = api.operation(
            "events.digest",
            _r_events._DIGEST,
            (_testing.Parameter("count", "query", False),),
        )
        self.digest_stream = api.operation(
            "events.digest_stream",
            _r_events._DIGEST_STREAM,
            (_testing.Parameter("count", "query", False),),
        )
        self.list = api.operation(
            "events.list",
            _r_events._LIST,
            (
                _testing.Parameter("count", "query", False),
                _testing.Parameter("drop_after", "query", False),
            ),
        )
        self.chat = EventsChatMock(api)


class EventsChatMock:
    """`events.chat` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.completions = EventsChatCompletionsMock(api)


class EventsChatCompletionsMock:
    """`events.chat.completions` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "events.chat.completions.create",
            _r_events_chat_completions._CREATE,
            (_testing.Parameter("tone", "query", False),),
        )


class FilesMock:
    """`files` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation("files.create", _r_files._CREATE, ())
        self.raw = api.operation("files.raw", _r_files._RAW, ())
        self.forms = FilesFormsMock(api)
        self.content = FilesContentMock(api)


class FilesFormsMock:
    """`files.forms` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.contact = FilesFormsContactMock(api)


class FilesFormsContactMock:
    """`files.forms.contact` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create = api.operation(
            "files.forms.contact.create", _r_files_forms_contact._CREATE, ()
        )


class FilesContentMock:
    """`files.content` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list = api.operation(
            "files.content.list",
            _r_files_content._LIST,
            (_testing.Parameter("size", "query", False),),
        )


class MockAPI(_testing.MockAPIBase):
    """The API as a mock: `api.<resource>.<method>` answers that method's requests; `client()`
    and `async_client()` are clients that send to it (keywords go to the client)."""

    client_class = _client.Client
    async_client_class = _client.AsyncClient
    # the headers and query parameters that carry credentials: recorded as "[redacted]"
    secret_headers = frozenset(["x-api-key"])
    credential_query = frozenset(["api_key"])

    def __init__(self, base_url: str = "http://mock.test") -> None:
        super().__init__(base_url)
        self.auth = AuthMock(self)
        self.jobs = JobsMock(self)
        self.payments = PaymentsMock(self)
        self.items = ItemsMock(self)
        self.events = EventsMock(self)
        self.files = FilesMock(self)
