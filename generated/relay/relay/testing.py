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
from . import models as _models
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

# headers that carry credentials: recorded as "[redacted]"
_SECRET_HEADERS: frozenset[str] = frozenset(["x-api-key"])
# query parameters that carry credentials: every operation takes them, recorded redacted
_CREDENTIAL_QUERY: frozenset[str] = frozenset(["api_key"])


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
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.api_key.list",
                _r_auth_api_key._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthQueryKeyMock:
    """`auth.query_key` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.query_key.list",
                _r_auth_query_key._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthCookieKeyMock:
    """`auth.cookie_key` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.cookie_key.list",
                _r_auth_cookie_key._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthBearerMock:
    """`auth.bearer` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.bearer.list",
                _r_auth_bearer._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthBasicMock:
    """`auth.basic` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.basic.list",
                _r_auth_basic._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthOauthMock:
    """`auth.oauth` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.oauth.list",
                _r_auth_oauth._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.token = AuthOauthTokenMock(api)


class AuthOauthTokenMock:
    """`auth.oauth.token` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.TokenResponse] = api.operation(
            _testing.OperationMock(
                "auth.oauth.token.create",
                _r_auth_oauth_token._CREATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthEitherMock:
    """`auth.either` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.either.list",
                _r_auth_either._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthBothMock:
    """`auth.both` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.AuthEcho] = api.operation(
            _testing.OperationMock(
                "auth.both.list",
                _r_auth_both._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class AuthPublicMock:
    """`auth.public` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.PublicEcho] = api.operation(
            _testing.OperationMock(
                "auth.public.list",
                _r_auth_public._LIST,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class JobsMock:
    """`jobs` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.Job] = api.operation(
            _testing.OperationMock(
                "jobs.create",
                _r_jobs._CREATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.retrieve: _testing.OperationMock[_models.Job] = api.operation(
            _testing.OperationMock(
                "jobs.retrieve",
                _r_jobs._RETRIEVE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.replace: _testing.OperationMock[_models.Job] = api.operation(
            _testing.OperationMock(
                "jobs.replace",
                _r_jobs._REPLACE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.delete: _testing.OperationMock[None] = api.operation(
            _testing.OperationMock(
                "jobs.delete",
                _r_jobs._DELETE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.update: _testing.OperationMock[_models.Job] = api.operation(
            _testing.OperationMock(
                "jobs.update",
                _r_jobs._UPDATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.slow = JobsSlowMock(api)


class JobsSlowMock:
    """`jobs.slow` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[_models.SlowResult] = api.operation(
            _testing.OperationMock(
                "jobs.slow.list",
                _r_jobs_slow._LIST,
                (_testing.Parameter("delay", "query", True),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class PaymentsMock:
    """`payments` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.Payment] = api.operation(
            _testing.OperationMock(
                "payments.create",
                _r_payments._CREATE,
                (_testing.Parameter("Idempotency-Key", "header", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.update: _testing.OperationMock[_models.Payment] = api.operation(
            _testing.OperationMock(
                "payments.update",
                _r_payments._UPDATE,
                (_testing.Parameter("idempotency-key", "header", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class ItemsMock:
    """`items` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.by_offset: _testing.OperationMock[_models.OffsetPage] = api.operation(
            _testing.OperationMock(
                "items.by_offset",
                _r_items._BY_OFFSET,
                (
                    _testing.Parameter("offset", "query", False),
                    _testing.Parameter("limit", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.by_page: _testing.OperationMock[_models.PageNumberPage] = api.operation(
            _testing.OperationMock(
                "items.by_page",
                _r_items._BY_PAGE,
                (
                    _testing.Parameter("page", "query", False),
                    _testing.Parameter("per_page", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.nested: _testing.OperationMock[_models.NestedPage] = api.operation(
            _testing.OperationMock(
                "items.nested",
                _r_items._NESTED,
                (
                    _testing.Parameter("starting_after", "query", False),
                    _testing.Parameter("limit", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.plain: _testing.OperationMock[list[_models.Item]] = api.operation(
            _testing.OperationMock(
                "items.plain",
                _r_items._PLAIN,
                (
                    _testing.Parameter("offset", "query", False),
                    _testing.Parameter("limit", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.list: _testing.OperationMock[_models.ItemPage] = api.operation(
            _testing.OperationMock(
                "items.list",
                _r_items._LIST,
                (
                    _testing.Parameter("after", "query", False),
                    _testing.Parameter("limit", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class EventsMock:
    """`events` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.digest: _testing.OperationMock[_models.EventDigest] = api.operation(
            _testing.OperationMock(
                "events.digest",
                _r_events._DIGEST,
                (_testing.Parameter("count", "query", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.digest_stream: _testing.OperationMock[_models.Event] = api.operation(
            _testing.OperationMock(
                "events.digest_stream",
                _r_events._DIGEST_STREAM,
                (_testing.Parameter("count", "query", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.list: _testing.OperationMock[_models.Event] = api.operation(
            _testing.OperationMock(
                "events.list",
                _r_events._LIST,
                (
                    _testing.Parameter("count", "query", False),
                    _testing.Parameter("drop_after", "query", False),
                ),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.chat = EventsChatMock(api)


class EventsChatMock:
    """`events.chat` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.completions = EventsChatCompletionsMock(api)


class EventsChatCompletionsMock:
    """`events.chat.completions` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.ChatCompletion] = api.operation(
            _testing.OperationMock(
                "events.chat.completions.create",
                _r_events_chat_completions._CREATE,
                (_testing.Parameter("tone", "query", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class FilesMock:
    """`files` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.FileInfo] = api.operation(
            _testing.OperationMock(
                "files.create",
                _r_files._CREATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.raw: _testing.OperationMock[_models.RawUploadInfo] = api.operation(
            _testing.OperationMock(
                "files.raw",
                _r_files._RAW,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )
        self.forms = FilesFormsMock(api)
        self.content = FilesContentMock(api)


class FilesFormsMock:
    """`files.forms` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.contact = FilesFormsContactMock(api)


class FilesFormsContactMock:
    """`files.forms.contact` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.create: _testing.OperationMock[_models.FormEcho] = api.operation(
            _testing.OperationMock(
                "files.forms.contact.create",
                _r_files_forms_contact._CREATE,
                (),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class FilesContentMock:
    """`files.content` of the mock API: one `OperationMock` per method."""

    def __init__(self, api: _testing.MockAPIBase) -> None:
        self.list: _testing.OperationMock[bytes] = api.operation(
            _testing.OperationMock(
                "files.content.list",
                _r_files_content._LIST,
                (_testing.Parameter("size", "query", False),),
                secret_headers=_SECRET_HEADERS,
                credential_query=_CREDENTIAL_QUERY,
            )
        )


class MockAPI(_testing.MockAPIBase):
    """The API as a mock: `api.<resource>.<method>` answers that method's requests; `client()`
    and `async_client()` are clients that send to it (keywords go to the client)."""

    client_class = _client.Client
    async_client_class = _client.AsyncClient

    def __init__(self, base_url: str = "http://mock.test") -> None:
        super().__init__(base_url)
        self.auth = AuthMock(self)
        self.jobs = JobsMock(self)
        self.payments = PaymentsMock(self)
        self.items = ItemsMock(self)
        self.events = EventsMock(self)
        self.files = FilesMock(self)

    def __enter__(self) -> MockAPI:
        return self
