from functools import cached_property

from .._runtime._async_client import AsyncResource
from .._runtime._sync_client import SyncResource
from .auth_api_key import (
    AsyncAuthApiKey,
    AsyncAuthApiKeyWithRawResponse,
    AsyncAuthApiKeyWithStreamingResponse,
    AuthApiKey,
    AuthApiKeyWithRawResponse,
    AuthApiKeyWithStreamingResponse,
)
from .auth_basic import (
    AsyncAuthBasic,
    AsyncAuthBasicWithRawResponse,
    AsyncAuthBasicWithStreamingResponse,
    AuthBasic,
    AuthBasicWithRawResponse,
    AuthBasicWithStreamingResponse,
)
from .auth_bearer import (
    AsyncAuthBearer,
    AsyncAuthBearerWithRawResponse,
    AsyncAuthBearerWithStreamingResponse,
    AuthBearer,
    AuthBearerWithRawResponse,
    AuthBearerWithStreamingResponse,
)
from .auth_both import (
    AsyncAuthBoth,
    AsyncAuthBothWithRawResponse,
    AsyncAuthBothWithStreamingResponse,
    AuthBoth,
    AuthBothWithRawResponse,
    AuthBothWithStreamingResponse,
)
from .auth_cookie_key import (
    AsyncAuthCookieKey,
    AsyncAuthCookieKeyWithRawResponse,
    AsyncAuthCookieKeyWithStreamingResponse,
    AuthCookieKey,
    AuthCookieKeyWithRawResponse,
    AuthCookieKeyWithStreamingResponse,
)
from .auth_either import (
    AsyncAuthEither,
    AsyncAuthEitherWithRawResponse,
    AsyncAuthEitherWithStreamingResponse,
    AuthEither,
    AuthEitherWithRawResponse,
    AuthEitherWithStreamingResponse,
)
from .auth_oauth import (
    AsyncAuthOauth,
    AsyncAuthOauthWithRawResponse,
    AsyncAuthOauthWithStreamingResponse,
    AuthOauth,
    AuthOauthWithRawResponse,
    AuthOauthWithStreamingResponse,
)
from .auth_public import (
    AsyncAuthPublic,
    AsyncAuthPublicWithRawResponse,
    AsyncAuthPublicWithStreamingResponse,
    AuthPublic,
    AuthPublicWithRawResponse,
    AuthPublicWithStreamingResponse,
)
from .auth_query_key import (
    AsyncAuthQueryKey,
    AsyncAuthQueryKeyWithRawResponse,
    AsyncAuthQueryKeyWithStreamingResponse,
    AuthQueryKey,
    AuthQueryKeyWithRawResponse,
    AuthQueryKeyWithStreamingResponse,
)

__all__ = [
    "AsyncAuth",
    "AsyncAuthWithRawResponse",
    "AsyncAuthWithStreamingResponse",
    "Auth",
    "AuthWithRawResponse",
    "AuthWithStreamingResponse",
]

class Auth(SyncResource):
    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AuthWithStreamingResponse: ...
    @cached_property
    def api_key(self) -> AuthApiKey: ...
    @cached_property
    def query_key(self) -> AuthQueryKey: ...
    @cached_property
    def cookie_key(self) -> AuthCookieKey: ...
    @cached_property
    def bearer(self) -> AuthBearer: ...
    @cached_property
    def basic(self) -> AuthBasic: ...
    @cached_property
    def oauth(self) -> AuthOauth: ...
    @cached_property
    def either(self) -> AuthEither: ...
    @cached_property
    def both(self) -> AuthBoth: ...
    @cached_property
    def public(self) -> AuthPublic: ...

class AuthWithRawResponse:
    def __init__(self, owner: Auth) -> None: ...
    @cached_property
    def api_key(self) -> AuthApiKeyWithRawResponse: ...
    @cached_property
    def query_key(self) -> AuthQueryKeyWithRawResponse: ...
    @cached_property
    def cookie_key(self) -> AuthCookieKeyWithRawResponse: ...
    @cached_property
    def bearer(self) -> AuthBearerWithRawResponse: ...
    @cached_property
    def basic(self) -> AuthBasicWithRawResponse: ...
    @cached_property
    def oauth(self) -> AuthOauthWithRawResponse: ...
    @cached_property
    def either(self) -> AuthEitherWithRawResponse: ...
    @cached_property
    def both(self) -> AuthBothWithRawResponse: ...
    @cached_property
    def public(self) -> AuthPublicWithRawResponse: ...

class AuthWithStreamingResponse:
    def __init__(self, owner: Auth) -> None: ...
    @cached_property
    def api_key(self) -> AuthApiKeyWithStreamingResponse: ...
    @cached_property
    def query_key(self) -> AuthQueryKeyWithStreamingResponse: ...
    @cached_property
    def cookie_key(self) -> AuthCookieKeyWithStreamingResponse: ...
    @cached_property
    def bearer(self) -> AuthBearerWithStreamingResponse: ...
    @cached_property
    def basic(self) -> AuthBasicWithStreamingResponse: ...
    @cached_property
    def oauth(self) -> AuthOauthWithStreamingResponse: ...
    @cached_property
    def either(self) -> AuthEitherWithStreamingResponse: ...
    @cached_property
    def both(self) -> AuthBothWithStreamingResponse: ...
    @cached_property
    def public(self) -> AuthPublicWithStreamingResponse: ...

class AsyncAuth(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse: ...
    @cached_property
    def with_streaming_response(self) -> AsyncAuthWithStreamingResponse: ...
    @cached_property
    def api_key(self) -> AsyncAuthApiKey: ...
    @cached_property
    def query_key(self) -> AsyncAuthQueryKey: ...
    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKey: ...
    @cached_property
    def bearer(self) -> AsyncAuthBearer: ...
    @cached_property
    def basic(self) -> AsyncAuthBasic: ...
    @cached_property
    def oauth(self) -> AsyncAuthOauth: ...
    @cached_property
    def either(self) -> AsyncAuthEither: ...
    @cached_property
    def both(self) -> AsyncAuthBoth: ...
    @cached_property
    def public(self) -> AsyncAuthPublic: ...

class AsyncAuthWithRawResponse:
    def __init__(self, owner: AsyncAuth) -> None: ...
    @cached_property
    def api_key(self) -> AsyncAuthApiKeyWithRawResponse: ...
    @cached_property
    def query_key(self) -> AsyncAuthQueryKeyWithRawResponse: ...
    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKeyWithRawResponse: ...
    @cached_property
    def bearer(self) -> AsyncAuthBearerWithRawResponse: ...
    @cached_property
    def basic(self) -> AsyncAuthBasicWithRawResponse: ...
    @cached_property
    def oauth(self) -> AsyncAuthOauthWithRawResponse: ...
    @cached_property
    def either(self) -> AsyncAuthEitherWithRawResponse: ...
    @cached_property
    def both(self) -> AsyncAuthBothWithRawResponse: ...
    @cached_property
    def public(self) -> AsyncAuthPublicWithRawResponse: ...

class AsyncAuthWithStreamingResponse:
    def __init__(self, owner: AsyncAuth) -> None: ...
    @cached_property
    def api_key(self) -> AsyncAuthApiKeyWithStreamingResponse: ...
    @cached_property
    def query_key(self) -> AsyncAuthQueryKeyWithStreamingResponse: ...
    @cached_property
    def cookie_key(self) -> AsyncAuthCookieKeyWithStreamingResponse: ...
    @cached_property
    def bearer(self) -> AsyncAuthBearerWithStreamingResponse: ...
    @cached_property
    def basic(self) -> AsyncAuthBasicWithStreamingResponse: ...
    @cached_property
    def oauth(self) -> AsyncAuthOauthWithStreamingResponse: ...
    @cached_property
    def either(self) -> AsyncAuthEitherWithStreamingResponse: ...
    @cached_property
    def both(self) -> AsyncAuthBothWithStreamingResponse: ...
    @cached_property
    def public(self) -> AsyncAuthPublicWithStreamingResponse: ...
