"""`[tool.sdkforge]` in pyproject.toml: which SDKs to generate, from which specs, where."""

from __future__ import annotations

import keyword
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar, get_args

from generator import ir
from generator.errors import ConfigError
from generator.format import FORMATTERS

# "resources" (the naming rules of generator.parse.naming) or "operation-id"
NamingMode = Literal["resources", "operation-id"]
NAMING_MODES: tuple[NamingMode, ...] = get_args(NamingMode)
WEBHOOK_SCHEMES: tuple[ir.SignatureSchemeName, ...] = get_args(ir.SignatureSchemeName)
# the signature header of each scheme unless `webhook_headers` names another
_SIGNATURE_HEADERS = {"hmac-sha256": "X-Hub-Signature-256"}
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
# the HTTP library a generated SDK imports: httpx2 (the default) or httpx (same API)
HttpLibraryName = Literal["httpx2", "httpx"]
HTTP_LIBRARIES: tuple[HttpLibraryName, ...] = get_args(HttpLibraryName)
DEFAULT_HTTP_LIBRARY: HttpLibraryName = "httpx2"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IDENTIFIER = r"[A-Za-z_][A-Za-z0-9_]*"
# `<module>:<class>` of a mixin: `petstore.lib.pets:PetHelpers`
_MIXIN = re.compile(rf"^{_IDENTIFIER}(\.{_IDENTIFIER})*:{_IDENTIFIER}$")
# a package index is named by its web root; the README links "<index>/project/<name>/"
_INDEX_URL = re.compile(r"^https://[^\s/?#]+(/[^\s?#]*)?$")


@dataclass(frozen=True)
class AuthName:
    """`[tool.sdkforge.sdks.auth.<scheme>]`: the client keyword and env variable to use."""

    keyword: str | None = None
    env: str | None = None


@dataclass(frozen=True)
class SdkOptions:
    """How one spec is read, besides where it is and what its package is called: what its
    `[[tool.sdkforge.sdks]]` entry (or the command line) says. One object, handed from the
    CLI through the pipeline to the loader (`ref_roots`) and the parser (the rest)."""

    # operationId -> an `x-sdkforge-pagination` marking (or False: not paginated), for specs
    # the user does not own
    pagination: Mapping[str, Any] = field(default_factory=dict)
    naming: NamingMode = "resources"
    # operationId -> a dotted name like `chat.completions.create`
    names: Mapping[str, str] = field(default_factory=dict)
    # folders besides the spec's own folder tree that its external $refs may reach
    ref_roots: tuple[Path, ...] = ()
    # securityScheme key -> the credential's keyword / env variable, overriding the defaults
    auth: Mapping[str, AuthName] = field(default_factory=dict)
    # the header that carries an idempotency key on every POST and PATCH; None: the one the
    # spec's operations declare (Idempotency-Key and the like), False: none
    idempotency_header: str | Literal[False] | None = None
    # headers every request sends (an API version), unless the caller's replace them
    default_headers: Mapping[str, str] = field(default_factory=dict)
    # OpenAPI Overlay files applied to the spec before anything reads it, in order
    overlays: tuple[Path, ...] = ()
    # a generated class ("models.Pet", "resources.Pets", "Client") -> the hand-written
    # classes it inherits, as "<module>:<class>" (see generator.parse.mixins)
    extend: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # the package index the SDK is published on (its web root, "https://pypi.org"): the
    # generated README then links the SDK's page there; None: installed from its folder
    index: str | None = None
    # how the API signs the webhooks it sends (`webhook_signature`, `webhook_headers`)
    webhook_signature: ir.WebhookSignature = field(default_factory=ir.WebhookSignature)
    http: HttpLibraryName = DEFAULT_HTTP_LIBRARY


@dataclass(frozen=True)
class SdkConfig:
    spec: Path
    output: Path
    package: str
    options: SdkOptions = field(default_factory=SdkOptions)


@dataclass(frozen=True)
class Config:
    root: Path
    formatter: str
    sdks: tuple[SdkConfig, ...]


def find_pyproject(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                data = tomllib.loads(candidate.read_text(encoding="utf-8"))
            except (tomllib.TOMLDecodeError, UnicodeDecodeError):
                continue
            if "sdkforge" in data.get("tool", {}):
                return candidate
    return None


def load_config(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from None
    section = data.get("tool", {}).get("sdkforge")
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: no [tool.sdkforge] section")
    root = path.parent
    formatter = section.get("formatter", "ruff")
    if formatter not in FORMATTERS:
        raise ConfigError(
            f"{path}: [tool.sdkforge] formatter must be one of {', '.join(FORMATTERS)}, not {formatter!r}"
        )
    entries = section.get("sdks", [])
    if not isinstance(entries, list) or not entries:
        raise ConfigError(
            f"{path}: [tool.sdkforge] needs at least one [[tool.sdkforge.sdks]] entry"
        )
    shared_roots = _ref_roots(f"{path}: [tool.sdkforge]", root, section.get("ref_roots", []))
    sdks = tuple(
        _sdk(path, root, index, entry, shared_roots) for index, entry in enumerate(entries)
    )
    return Config(root=root, formatter=str(formatter), sdks=sdks)


def _ref_roots(where: str, root: Path, value: Any) -> tuple[Path, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ConfigError(f"{where}: 'ref_roots' must be a list of folders")
    return tuple(root / item for item in value)


def _sdk(
    path: Path, root: Path, index: int, entry: Any, shared_roots: tuple[Path, ...]
) -> SdkConfig:
    where = f"{path}: [[tool.sdkforge.sdks]] entry {index + 1}"
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a table")
    for key in ("spec", "output", "package"):
        if not isinstance(entry.get(key), str) or not entry[key]:
            raise ConfigError(f"{where}: '{key}' (a string) is required")
    unknown = sorted(set(entry) - _SDK_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    package_index = _package_index(where, entry.get("index"))
    return SdkConfig(
        spec=root / entry["spec"],
        output=root / entry["output"],
        package=entry["package"],
        options=SdkOptions(
            pagination=_pagination(where, entry.get("pagination", {})),
            naming=_choice(where, "naming", entry.get("naming", "resources"), NAMING_MODES),
            names=_text_table(where, entry, "names"),
            ref_roots=shared_roots + _ref_roots(where, root, entry.get("ref_roots", [])),
            auth=_auth(where, entry.get("auth", {})),
            idempotency_header=_idempotency_header(where, entry.get("idempotency_header")),
            default_headers=_text_table(where, entry, "default_headers"),
            overlays=_overlays(where, root, entry.get("overlays", [])),
            extend=_extend(where, entry.get("extend", {})),
            index=package_index.rstrip("/") if package_index else None,
            webhook_signature=_webhook_signature(
                where, entry.get("webhook_signature", "standard"), entry.get("webhook_headers", {})
            ),
            http=_choice(where, "http", entry.get("http", DEFAULT_HTTP_LIBRARY), HTTP_LIBRARIES),
        ),
    )


# every key of a `[[tool.sdkforge.sdks]]` entry
_SDK_KEYS = frozenset(
    {
        "spec",
        "output",
        "package",
        "pagination",
        "naming",
        "names",
        "ref_roots",
        "auth",
        "idempotency_header",
        "default_headers",
        "overlays",
        "index",
        "webhook_signature",
        "webhook_headers",
        "extend",
        "http",
    }
)

_Choice = TypeVar("_Choice", bound=str)


def _choice(where: str, key: str, value: Any, allowed: tuple[_Choice, ...]) -> _Choice:
    for option in allowed:
        if value == option:
            return option
    raise ConfigError(
        f"{where}: '{key}' must be one of {', '.join(map(repr, allowed))}, not {value!r}"
    )


def _pagination(where: str, value: Any) -> dict[str, Any]:
    if isinstance(value, dict) and all(
        isinstance(marking, dict) or marking is False for marking in value.values()
    ):
        return value
    raise ConfigError(
        f"{where}: 'pagination' must map operationIds to tables like"
        ' { type = "cursor", cursor_param = ..., next_cursor = ..., items = ... }'
        " or to false (not paginated, not even detected)"
    )


def _package_index(where: str, value: Any) -> str | None:
    if value is None or (isinstance(value, str) and _INDEX_URL.match(value)):
        return value
    raise ConfigError(
        f"{where}: 'index' must be the https URL of a package index, like \"https://pypi.org\""
    )


def _idempotency_header(where: str, value: Any) -> str | Literal[False] | None:
    if value is None or value is False or (isinstance(value, str) and value):
        return value
    raise ConfigError(
        f"{where}: 'idempotency_header' must be a header name (like \"Idempotency-Key\") or false"
    )


# The config's tables of text values, and what each must map.
_TEXT_TABLES = {
    "names": 'operationIds to dotted names like "chat.completions.create"',
    "default_headers": 'header names to text values, like { "API-Version" = "2024-06-01" }',
}


def _text_table(where: str, entry: dict[str, Any], key: str) -> dict[str, str]:
    value = entry.get(key, {})
    if isinstance(value, dict) and all(isinstance(item, str) for item in value.values()):
        return value
    raise ConfigError(f"{where}: {key!r} must map {_TEXT_TABLES[key]}")


def _overlays(where: str, root: Path, value: Any) -> tuple[Path, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ConfigError(f"{where}: 'overlays' must be a list of overlay files")
    return tuple(root / item for item in value)


def _webhook_signature(where: str, scheme: Any, headers: Any) -> ir.WebhookSignature:
    """`webhook_signature = "standard" | "timestamped-hmac" | "hmac-sha256"`, and
    `webhook_headers = { signature = ..., timestamp = ..., id = ... }` for other names."""
    if scheme not in WEBHOOK_SCHEMES:
        raise ConfigError(
            f"{where}: 'webhook_signature' must be one of {', '.join(map(repr, WEBHOOK_SCHEMES))}, not {scheme!r}"
        )
    if not isinstance(headers, dict):
        raise ConfigError(f"{where}: 'webhook_headers' must be a table of header names")
    unknown = sorted(set(headers) - {"signature", "timestamp", "id"})
    if unknown:
        raise ConfigError(
            f"{where}: webhook_headers: unknown key {unknown[0]!r} (expected 'signature', 'timestamp' or 'id')"
        )
    for key, value in headers.items():
        if not isinstance(value, str) or not _HEADER_NAME.match(value):
            raise ConfigError(f"{where}: webhook_headers.{key}: {value!r} is not a header name")
    default = ir.WebhookSignature()
    return ir.WebhookSignature(
        scheme=scheme,
        signature_header=headers.get(
            "signature", _SIGNATURE_HEADERS.get(scheme, default.signature_header)
        ),
        timestamp_header=headers.get("timestamp", default.timestamp_header),
        id_header=headers.get("id", default.id_header),
    )


def _extend(where: str, declared: Any) -> dict[str, tuple[str, ...]]:
    example = '"models.Pet" = "mypackage.lib.pets:PetHelpers"'
    if not isinstance(declared, dict):
        raise ConfigError(f"{where}: 'extend' must map generated classes to mixins, like {example}")
    mixins: dict[str, tuple[str, ...]] = {}
    for name, value in declared.items():
        listed = [value] if isinstance(value, str) else value
        if not isinstance(listed, list) or not listed:
            raise ConfigError(
                f"{where}: extend.{name}: expected a mixin or a list of them, like {example}"
            )
        for mixin in listed:
            if (
                not isinstance(mixin, str)
                or not _MIXIN.match(mixin)
                or any(keyword.iskeyword(part) for part in re.split(r"[.:]", mixin))
            ):
                raise ConfigError(
                    f"{where}: extend.{name}: {mixin!r} is not '<module>:<class>', like {example}"
                )
        mixins[str(name)] = tuple(listed)
    return mixins


def _auth(where: str, declared: Any) -> dict[str, AuthName]:
    if not isinstance(declared, dict):
        raise ConfigError(f"{where}: 'auth' must map security scheme names to tables")
    names: dict[str, AuthName] = {}
    for scheme, table in declared.items():
        at = f"{where}: auth.{scheme}"
        if not isinstance(table, dict):
            raise ConfigError(f'{at}: expected a table like {{ keyword = "api_key", env = "..." }}')
        unknown = sorted(set(table) - {"keyword", "env"})
        if unknown:
            raise ConfigError(f"{at}: unknown key {unknown[0]!r} (expected 'keyword' or 'env')")
        word, env = table.get("keyword"), table.get("env")
        if word is not None and (
            not isinstance(word, str)
            or not word.isidentifier()
            or not word.isascii()
            or keyword.iskeyword(word)
            or word.startswith("_")
        ):
            raise ConfigError(f"{at}: keyword {word!r} is not a usable Python keyword argument")
        if env is not None and (not isinstance(env, str) or not _ENV_NAME.match(env)):
            raise ConfigError(
                f"{at}: env {env!r} is not an environment variable name (letters, digits, _)"
            )
        names[str(scheme)] = AuthName(keyword=word, env=env)
    return names
