"""`[tool.sdkforge]` in pyproject.toml: which SDKs to generate, from which specs, where."""

from __future__ import annotations

import keyword
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

from generator.errors import ConfigError
from generator.format import FORMATTERS

# "resources" (the naming rules of generator.parse.naming) or "operation-id"
NamingMode = Literal["resources", "operation-id"]
NAMING_MODES: tuple[NamingMode, ...] = get_args(NamingMode)
# the HTTP library a generated SDK imports: httpx2 (the default) or httpx (same API)
HttpLibraryName = Literal["httpx2", "httpx"]
HTTP_LIBRARIES: tuple[HttpLibraryName, ...] = get_args(HttpLibraryName)
DEFAULT_HTTP_LIBRARY: HttpLibraryName = "httpx2"
_ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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
    unknown = sorted(
        set(entry)
        - {"spec", "output", "package", "pagination", "naming", "names", "ref_roots", "auth", "http"}
    )
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r}")
    pagination = entry.get("pagination", {})
    if not isinstance(pagination, dict) or not all(
        isinstance(marking, dict) or marking is False for marking in pagination.values()
    ):
        raise ConfigError(
            f"{where}: 'pagination' must map operationIds to tables like"
            ' { type = "cursor", cursor_param = ..., next_cursor = ..., items = ... }'
            " or to false (not paginated, not even detected)"
        )
    naming = entry.get("naming", "resources")
    if naming not in NAMING_MODES:
        raise ConfigError(
            f"{where}: 'naming' must be one of {', '.join(map(repr, NAMING_MODES))}, not {naming!r}"
        )
    http = entry.get("http", DEFAULT_HTTP_LIBRARY)
    if http not in HTTP_LIBRARIES:
        raise ConfigError(
            f"{where}: 'http' must be one of {', '.join(map(repr, HTTP_LIBRARIES))}, not {http!r}"
        )
    names = entry.get("names", {})
    if not isinstance(names, dict) or not all(isinstance(n, str) for n in names.values()):
        raise ConfigError(
            f"{where}: 'names' must map operationIds to dotted names like"
            ' "chat.completions.create"'
        )
    return SdkConfig(
        spec=root / entry["spec"],
        output=root / entry["output"],
        package=entry["package"],
        options=SdkOptions(
            pagination=pagination,
            naming=naming,
            names=names,
            ref_roots=shared_roots + _ref_roots(where, root, entry.get("ref_roots", [])),
            auth=_auth(where, entry.get("auth", {})),
            http=http,
        ),
    )


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
