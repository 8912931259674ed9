from typing import Any

from . import _client
from . import models as _models
from ._runtime import _testing

__all__ = ["MockAPI", "MockAPIError", "OperationMock", "RecordedCall"]

MockAPIError = _testing.MockAPIError
OperationMock = _testing.OperationMock
RecordedCall = _testing.RecordedCall

class AuthMock:
    """`auth` of the mock API: one `OperationMock` per method."""

    api_key: AuthApiKeyMock
    query_key: AuthQueryKeyMock
    cookie_key: AuthCookieKeyMock
    bearer: AuthBearerMock
    basic: AuthBasicMock
    oauth: AuthOauthMock
    either: AuthEitherMock
    both: AuthBothMock
    public: AuthPublicMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthApiKeyMock:
    """`auth.api_key` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthQueryKeyMock:
    """`auth.query_key` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthCookieKeyMock:
    """`auth.cookie_key` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthBearerMock:
    """`auth.bearer` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthBasicMock:
    """`auth.basic` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthOauthMock:
    """`auth.oauth` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    token: AuthOauthTokenMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthOauthTokenMock:
    """`auth.oauth.token` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.TokenResponse]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthEitherMock:
    """`auth.either` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthBothMock:
    """`auth.both` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.AuthEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class AuthPublicMock:
    """`auth.public` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.PublicEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class JobsMock:
    """`jobs` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Job]
    retrieve: _testing.OperationMock[_models.Job]
    replace: _testing.OperationMock[_models.Job]
    delete: _testing.OperationMock[None]
    update: _testing.OperationMock[_models.Job]
    slow: JobsSlowMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class JobsSlowMock:
    """`jobs.slow` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[_models.SlowResult]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class PaymentsMock:
    """`payments` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.Payment]
    update: _testing.OperationMock[_models.Payment]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class ItemsMock:
    """`items` of the mock API: one `OperationMock` per method."""

    by_offset: _testing.OperationMock[_models.OffsetPage]
    by_page: _testing.OperationMock[_models.PageNumberPage]
    nested: _testing.OperationMock[_models.NestedPage]
    plain: _testing.OperationMock[list[_models.Item]]
    list: _testing.OperationMock[_models.ItemPage]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class EventsMock:
    """`events` of the mock API: one `OperationMock` per method."""

    digest: _testing.OperationMock[_models.EventDigest]
    digest_stream: _testing.OperationMock[_models.Event]
    list: _testing.OperationMock[_models.Event]
    chat: EventsChatMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class EventsChatMock:
    """`events.chat` of the mock API: one `OperationMock` per method."""

    completions: EventsChatCompletionsMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class EventsChatCompletionsMock:
    """`events.chat.completions` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.ChatCompletion]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class FilesMock:
    """`files` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.FileInfo]
    raw: _testing.OperationMock[_models.RawUploadInfo]
    forms: FilesFormsMock
    content: FilesContentMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class FilesFormsMock:
    """`files.forms` of the mock API: one `OperationMock` per method."""

    contact: FilesFormsContactMock
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class FilesFormsContactMock:
    """`files.forms.contact` of the mock API: one `OperationMock` per method."""

    create: _testing.OperationMock[_models.FormEcho]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class FilesContentMock:
    """`files.content` of the mock API: one `OperationMock` per method."""

    list: _testing.OperationMock[bytes]
    def __init__(self, api: _testing.MockAPIBase) -> None: ...

class MockAPI(_testing.MockAPIBase):
    client_class: type[_client.Client]
    async_client_class: type[_client.AsyncClient]
    auth: AuthMock
    jobs: JobsMock
    payments: PaymentsMock
    items: ItemsMock
    events: EventsMock
    files: FilesMock
    def __init__(self, base_url: str = "http://mock.test") -> None: ...
    def client(self, **arguments: Any) -> _client.Client: ...
    def async_client(self, **arguments: Any) -> _client.AsyncClient: ...
