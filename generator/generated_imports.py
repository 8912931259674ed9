"""What the generated modules may import: bound name -> (module, imported name).

Data shared by two stages: the renderer writes a module's import block from the names its
IR uses (generator.render.imports), and the parser keeps spec names off these names
(generator.parse.reserved), since a class attribute or a model named like an import would
shadow it. A module starting with "." is relative to the generated package's root; an
empty imported name means `import <module>` (bound under its own name or an alias).
"""

from __future__ import annotations

from typing import TypeAlias

ImportTable: TypeAlias = dict[str, tuple[str, str]]

# The client module (_client.py) and the resource modules (resources/<name>.py).
OPERATION_IMPORTS: ImportTable = {
    "dt": ("datetime", ""),
    "AsyncIterator": ("collections.abc", "AsyncIterator"),
    "Iterator": ("collections.abc", "Iterator"),
    "Mapping": ("collections.abc", "Mapping"),
    "Sequence": ("collections.abc", "Sequence"),
    "cached_property": ("functools", "cached_property"),
    "TYPE_CHECKING": ("typing", "TYPE_CHECKING"),
    "Annotated": ("typing", "Annotated"),
    "Any": ("typing", "Any"),
    "Literal": ("typing", "Literal"),
    "Never": ("typing", "Never"),
    "overload": ("typing", "overload"),
    "UUID": ("uuid", "UUID"),
    "httpx": ("httpx", ""),
    "Discriminator": ("pydantic", "Discriminator"),
    "Tag": ("pydantic", "Tag"),
    "_models": (".", "models"),
    "_auth": ("._runtime", "_auth"),
    "_hooks": ("._runtime", "_hooks"),
    "AsyncAPIClient": ("._runtime._async_client", "AsyncAPIClient"),
    "AsyncResource": ("._runtime._async_client", "AsyncResource"),
    "SyncAPIClient": ("._runtime._sync_client", "SyncAPIClient"),
    "SyncResource": ("._runtime._sync_client", "SyncResource"),
    "BodySpec": ("._runtime._endpoint", "BodySpec"),
    "Endpoint": ("._runtime._endpoint", "Endpoint"),
    "ResponseSpec": ("._runtime._endpoint", "ResponseSpec"),
    "BinaryBody": ("._runtime._files", "BinaryBody"),
    "FileInput": ("._runtime._models", "FileInput"),
    "SDKModel": ("._runtime._models", "SDKModel"),
    "TagOf": ("._runtime._models", "TagOf"),
    "ChildResource": ("._runtime._lazy", "ChildResource"),
    "ResourceView": ("._runtime._lazy", "ResourceView"),
    "AsyncPage": ("._runtime._async_pagination", "AsyncPage"),
    "PaginationSpec": ("._runtime._pagination", "PaginationSpec"),
    "SyncPage": ("._runtime._sync_pagination", "SyncPage"),
    "adapter_for": ("._runtime._serialize", "adapter_for"),
    "body_from": ("._runtime._serialize", "body_from"),
    "with_switch": ("._runtime._serialize", "with_switch"),
    "NoSuchKeyword": ("._runtime._keywords", "NoSuchKeyword"),
    "refuse_unknown": ("._runtime._keywords", "refuse_unknown"),
    "AsyncRawView": ("._runtime._async_response", "AsyncRawView"),
    "AsyncStreamingView": ("._runtime._async_response", "AsyncStreamingView"),
    "RawView": ("._runtime._sync_response", "RawView"),
    "StreamingView": ("._runtime._sync_response", "StreamingView"),
    "AsyncUndeclaredRawView": ("._runtime._async_undeclared", "AsyncUndeclaredRawView"),
    "AsyncUndeclaredStreamingView": (
        "._runtime._async_undeclared",
        "AsyncUndeclaredStreamingView",
    ),
    "UndeclaredRawView": ("._runtime._sync_undeclared", "UndeclaredRawView"),
    "UndeclaredStreamingView": ("._runtime._sync_undeclared", "UndeclaredStreamingView"),
    "AsyncStream": ("._runtime._async_streaming", "AsyncStream"),
    "Stream": ("._runtime._sync_streaming", "Stream"),
    "DEFAULT_MAX_RETRIES": ("._runtime._types", "DEFAULT_MAX_RETRIES"),
    "DEFAULT_TIMEOUT": ("._runtime._types", "DEFAULT_TIMEOUT"),
    "NOT_GIVEN": ("._runtime._types", "NOT_GIVEN"),
    "NotGiven": ("._runtime._types", "NotGiven"),
    "Omit": ("._runtime._types", "Omit"),
    "RequestOptions": ("._runtime._types", "RequestOptions"),
    "base_url_from_environment": ("._runtime._types", "base_url_from_environment"),
}

# The test kit (testing.py and its stub) besides the names of OPERATION_IMPORTS its types
# use; its resource modules are bound as `_r_<module>`.
TESTING_IMPORTS: ImportTable = {
    "Any": ("typing", "Any"),
    "_testing": ("._runtime", "_testing"),
    "_client": (".", "_client"),
}

# Their stubs import these besides (the views' call protocols and response types).
OPERATION_STUB_IMPORTS: ImportTable = {
    "Protocol": ("typing", "Protocol"),
    "overload": ("typing", "overload"),
    "type_check_only": ("typing", "type_check_only"),
    "APIResponse": ("._runtime._response", "APIResponse"),
    "AsyncResponseContextManager": ("._runtime._async_response", "AsyncResponseContextManager"),
    "AsyncStreamedResponse": ("._runtime._async_response", "AsyncStreamedResponse"),
    "ResponseContextManager": ("._runtime._sync_response", "ResponseContextManager"),
    "StreamedResponse": ("._runtime._sync_response", "StreamedResponse"),
}

# A module of models/ (besides the named types of its sibling modules).
MODEL_IMPORTS: ImportTable = {
    "dt": ("datetime", ""),
    "Mapping": ("collections.abc", "Mapping"),
    "Sequence": ("collections.abc", "Sequence"),
    "Annotated": ("typing", "Annotated"),
    "Any": ("typing", "Any"),
    "Literal": ("typing", "Literal"),
    "Required": ("typing", "Required"),
    "TypeAlias": ("typing", "TypeAlias"),
    "Unpack": ("typing", "Unpack"),
    # pydantic builds a TypedDict's schema only from typing_extensions' on Python < 3.12
    "TypedDict": ("typing_extensions", "TypedDict"),
    "UUID": ("uuid", "UUID"),
    "Discriminator": ("pydantic", "Discriminator"),
    "Field": ("pydantic", "Field"),
    "Tag": ("pydantic", "Tag"),
    "FileInput": ("._runtime._models", "FileInput"),
    "OpenIntEnum": ("._runtime._models", "OpenIntEnum"),
    "OpenStrEnum": ("._runtime._models", "OpenStrEnum"),
    "SDKModel": ("._runtime._models", "SDKModel"),
    "TagOf": ("._runtime._models", "TagOf"),
    "_later": ("._runtime._models", "_later"),
}
