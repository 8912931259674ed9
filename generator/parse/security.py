"""securitySchemes -> the credentials a client takes; `security` -> what each operation sends."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from generator import ir
from generator.config import AuthName
from generator.errors import ConfigError, SpecError, SpecWarning, join_pointer
from generator.load import SpecView
from generator.parse.names import HTTP_TOKEN, NameRegistry, safe_identifier, snake_case

# Keywords the generated Client constructor already has; a scheme named like one gets `_`.
CONSTRUCTOR_KWARGS = frozenset(
    {
        "self",
        "base_url",
        "timeout",
        "max_retries",
        "deadline",
        "default_headers",
        "http_client",
        "strict_response_validation",
        "validate_requests",
    }
)
_API_KEY_PLACES = ("header", "query", "cookie")
_HTTP_KINDS: dict[str, ir.SchemeKind] = {"basic": "basic", "bearer": "bearer"}
# The kinds that carry one secret string: the single one in a spec, or the one the
# top-level `security` names first, is called `api_key`.
_SECRET_KINDS = ("bearer", "api_key")
SINGLE_SECRET_KEYWORD = "api_key"

Requirements = tuple[tuple[str, ...], ...]


class SecurityParser:
    """Reads the schemes once; then tells each operation which credentials it sends."""

    def __init__(
        self,
        file: str,
        view: SpecView,
        package: str,
        warnings: list[SpecWarning],
        auth: Mapping[str, AuthName] | None = None,
    ) -> None:
        self.file = file
        self.view = view
        self.warnings = warnings
        self.schemes: dict[str, ir.SecurityScheme] = {}
        self._reported: set[str] = set()
        components = view.top("components")
        declared = components.get("securitySchemes") if isinstance(components, dict) else None
        for key, node in (declared or {}).items() if isinstance(declared, dict) else ():
            pointer = join_pointer("/components/securitySchemes", key)
            scheme = self._scheme(key, self._resolve(node, pointer), pointer)
            if scheme is not None:
                self.schemes[key] = scheme
        top = view.top("security")
        self.default: Requirements = self._requirements(top, "/security") if top else ()
        # the credential the API asks for first: the README's quickstart shows it
        self.main: str | None = next((keys[0] for keys in self.default if keys), None)
        self._name_credentials(package.replace(".", "_").upper(), auth or {})

    def for_operation(self, declared: Any, pointer: str) -> Requirements:
        """The operation's own `security` when it has one (`[]` sends none), else the default."""
        if declared is None:
            return self.default
        return self._requirements(declared, join_pointer(pointer, "security"))

    # -- schemes --------------------------------------------------------------------------

    def _name_credentials(self, prefix: str, auth: Mapping[str, AuthName]) -> None:
        """Keyword and env variable per scheme: configured names first, then `api_key` for
        the one secret-carrying scheme of a spec that has one (of several, the one the
        top-level `security` names first), then names from the keys."""
        unknown = sorted(set(auth) - set(self.schemes))
        if unknown:
            raise ConfigError(
                f"[tool.sdkforge] auth.{unknown[0]}: the spec has no supported security scheme"
                " with this name"
            )
        names = NameRegistry(CONSTRUCTOR_KWARGS)
        chosen: dict[str, str] = {}
        for key in self.schemes:
            wanted = auth[key].keyword if key in auth else None
            if wanted is None:
                continue
            if wanted in names:
                raise ConfigError(
                    f"[tool.sdkforge] auth.{key}: keyword {wanted!r} is taken by the client"
                    " constructor or another scheme"
                )
            chosen[key] = names.claim(wanted)
        secret = [key for key, scheme in self.schemes.items() if scheme.kind in _SECRET_KINDS]
        if len(secret) > 1:
            secret = [key for key in secret if key == self.main]
        if len(secret) == 1 and secret[0] not in chosen and SINGLE_SECRET_KEYWORD not in names:
            chosen[secret[0]] = names.claim(SINGLE_SECRET_KEYWORD)
        for key in self.schemes:
            if key not in chosen:
                chosen[key] = names.claim(
                    safe_identifier(snake_case(key), "scheme", CONSTRUCTOR_KWARGS | {"self"})
                )
        for key, scheme in self.schemes.items():
            param = chosen[key]
            env = auth[key].env if key in auth else None
            self.schemes[key] = replace(
                scheme,
                param_name=param,
                env_var=env or f"{prefix}_{param.strip('_').upper()}",
            )

    def _scheme(self, key: str, node: dict[str, Any], pointer: str) -> ir.SecurityScheme | None:
        kind_text = str(node.get("type", ""))
        description = node.get("description") if isinstance(node.get("description"), str) else None
        kind: ir.SchemeKind
        location = wire_name = token_url = None
        if kind_text == "apiKey":
            location = node.get("in")
            wire_name = node.get("name")
            if location not in _API_KEY_PLACES or not isinstance(wire_name, str) or not wire_name:
                raise SpecError(
                    self.file,
                    pointer,
                    "an apiKey scheme needs 'in' (header, query or cookie) and 'name'",
                )
            if any(c in wire_name for c in "\r\n"):
                raise SpecError(self.file, join_pointer(pointer, "name"), "line break in a name")
            if location != "query" and not HTTP_TOKEN.match(wire_name):
                raise SpecError(
                    self.file,
                    join_pointer(pointer, "name"),
                    f"{wire_name!r} is not a valid {location} name; expected letters, digits "
                    "and !#$%&'*+-.^_`|~ only (no spaces, quotes or separators)",
                )
            kind = "api_key"
        else:
            found = _token_kind(kind_text, node)
            if isinstance(found, str):
                self._unsupported(pointer, found)
                return None
            kind, token_url = found
        return ir.SecurityScheme(
            key=key,
            param_name="",  # named once all schemes are known: _name_credentials
            env_var="",
            kind=kind,
            location=location,
            wire_name=wire_name,
            token_url=token_url,
            description=description,
        )

    def _unsupported(self, pointer: str, what: str) -> None:
        self.warnings.append(
            SpecWarning(
                pointer,
                f"{what} is not supported; pass its credentials in default_headers",
                skipped="security scheme",
            )
        )

    # -- requirements -------------------------------------------------------------------

    def _requirements(self, declared: Any, pointer: str) -> Requirements:
        if not isinstance(declared, list):
            raise SpecError(self.file, pointer, "'security' must be a list of requirement objects")
        alternatives: list[tuple[str, ...]] = []
        for index, requirement in enumerate(declared):
            if not isinstance(requirement, dict):
                raise SpecError(
                    self.file,
                    join_pointer(pointer, index),
                    "a security requirement must be an object",
                )
            keys = tuple(str(key) for key in requirement)
            unknown = [key for key in keys if key not in self.schemes]
            if unknown:
                self._report_unknown(unknown[0], join_pointer(pointer, index))
                continue
            if keys not in alternatives:
                alternatives.append(keys)
        return tuple(alternatives)

    def _report_unknown(self, key: str, pointer: str) -> None:
        if key in self._reported:
            return
        self._reported.add(key)
        self.warnings.append(
            SpecWarning(
                pointer, f"security scheme {key!r} is not declared or not supported; ignored"
            )
        )

    def _resolve(self, node: Any, pointer: str) -> dict[str, Any]:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if not ref.startswith("#") or ref in seen:
                raise SpecError(self.file, pointer, f"$ref {ref!r} cannot be resolved")
            seen.add(ref)
            try:
                node = self.view.at(ref[1:])
            except KeyError:
                raise SpecError(self.file, pointer, f"$ref {ref!r} points to nothing") from None
        if not isinstance(node, dict):
            raise SpecError(self.file, pointer, "a security scheme must be an object")
        return node


def _token_kind(kind_text: str, node: dict[str, Any]) -> tuple[ir.SchemeKind, str | None] | str:
    """The kind of a scheme that is not an API key, and its token URL; else what of it
    is not supported."""
    if kind_text == "http":
        http_scheme = str(node.get("scheme", "")).lower()
        if http_scheme in _HTTP_KINDS:
            return _HTTP_KINDS[http_scheme], None
        return f"http scheme {http_scheme!r}"
    if kind_text == "oauth2":
        flows = node.get("flows")
        client_credentials = flows.get("clientCredentials") if isinstance(flows, dict) else None
        if isinstance(client_credentials, dict) and isinstance(
            client_credentials.get("tokenUrl"), str
        ):
            return "oauth2_client_credentials", client_credentials["tokenUrl"]
        # authorization code, implicit, password: the caller brings the access token
        return "bearer", None
    if kind_text == "openIdConnect":
        return "bearer", None
    return f"security scheme type {kind_text!r}"
