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


def _from(module: str, *names: str) -> ImportTable:
    """`from <module> import <names>`: each bound under its own name."""
    return {name: (module, name) for name in names}


# The client module (_client.py) and the resource modules (resources/<name>.py).
OPERATION_IMPORTS: ImportTable = {
    "dt": ("datetime", ""),
    "httpx": ("httpx", ""),
    "_models": (".", "models"),
    **_from("collections.abc", "AsyncIterator", "Iterator", "Mapping", "Sequence"),
    **_from("functools", "cached_property"),
    **_from("typing", "TYPE_CHECKING", "Annotated", "Any", "Literal", "Never", "overload"),
    **_from("uuid", "UUID"),
    **_from("pydantic", "Discriminator", "Tag"),
    **_from("._runtime", "_auth", "_hooks"),
    **_from("._runtime._async_client", "AsyncAPIClient", "AsyncResource"),
    **_from("._runtime._sync_client", "SyncAPIClient", "SyncResource"),
    **_from("._runtime._endpoint", "BodySpec", "Endpoint", "ResponseSpec"),
    **_from("._runtime._files", "BinaryBody"),
    **_from("._runtime._models", "FileInput", "SDKModel", "TagOf"),
    **_from("._runtime._lazy", "ChildResource", "ResourceView"),
    **_from("._runtime._async_pagination", "AsyncPage"),
    **_from("._runtime._pagination", "PaginationSpec"),
    **_from("._runtime._sync_pagination", "SyncPage"),
    **_from("._runtime._serialize", "adapter_for", "body_from", "with_switch"),
    **_from("._runtime._keywords", "NoSuchKeyword", "refuse_unknown"),
    **_from("._runtime._async_response", "AsyncRawView", "AsyncStreamingView"),
    **_from("._runtime._sync_response", "RawView", "StreamingView"),
    **_from(
        "._runtime._async_undeclared", "AsyncUndeclaredRawView", "AsyncUndeclaredStreamingView"
    ),
    **_from("._runtime._sync_undeclared", "UndeclaredRawView", "UndeclaredStreamingView"),
    **_from("._runtime._async_streaming", "AsyncStream"),
    **_from("._runtime._sync_streaming", "Stream"),
    **_from(
        "._runtime._types",
        "DEFAULT_MAX_RETRIES",
        "DEFAULT_TIMEOUT",
        "NOT_GIVEN",
        "NotGiven",
        "Omit",
        "RequestOptions",
        "base_url_from_environment",
    ),
}

# The test kit (testing.py and its stub) besides the names of OPERATION_IMPORTS its types
# use; its resource modules are bound as `_r_<module>`.
TESTING_IMPORTS: ImportTable = {
    **_from("typing", "Any"),
    **_from("._runtime", "_testing"),
    **_from(".", "_client"),
}

# Their stubs import these besides (the views' call protocols and response types).
OPERATION_STUB_IMPORTS: ImportTable = {
    **_from("typing", "Protocol", "overload", "type_check_only"),
    **_from("._runtime._response", "APIResponse"),
    **_from("._runtime._async_response", "AsyncResponseContextManager", "AsyncStreamedResponse"),
    **_from("._runtime._sync_response", "ResponseContextManager", "StreamedResponse"),
}

# A module of models/ (besides the named types of its sibling modules).
MODEL_IMPORTS: ImportTable = {
    "dt": ("datetime", ""),
    **_from("collections.abc", "Mapping", "Sequence"),
    **_from("typing", "Annotated", "Any", "Literal", "Required", "TypeAlias", "Unpack"),
    # pydantic builds a TypedDict's schema only from typing_extensions' on Python < 3.12
    **_from("typing_extensions", "TypedDict"),
    **_from("uuid", "UUID"),
    **_from("pydantic", "Discriminator", "Field", "Tag"),
    **_from(
        "._runtime._models",
        "FileInput",
        "OpenIntEnum",
        "OpenStrEnum",
        "SDKModel",
        "TagOf",
        "_later",
    ),
}
