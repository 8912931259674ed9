"""Credential names users already have: `api_key` / `<PACKAGE>_API_KEY`
for the one secret-carrying scheme of a spec (of several, the one the top-level `security`
names first), `[tool.sdkforge.sdks.auth.<scheme>]` to rename."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import AuthName, load_config
from generator.errors import ConfigError
from tests.helpers import minimal_spec, parse_dict

BEARER = {"type": "http", "scheme": "bearer"}
HEADER_KEY = {"type": "apiKey", "in": "header", "name": "X-Key"}
BASIC = {"type": "http", "scheme": "basic"}


def _names(tmp_path: Path, schemes: dict[str, Any], **options: Any) -> dict[str, tuple[str, str]]:
    spec = minimal_spec(components={"securitySchemes": schemes})
    api, _ = parse_dict(tmp_path, spec, **options)
    return {s.key: (s.param_name, s.env_var) for s in api.security_schemes}


def test_the_one_bearer_scheme_is_api_key(tmp_path: Path) -> None:
    assert _names(tmp_path, {"ApiKeyAuth": BEARER}) == {"ApiKeyAuth": ("api_key", "SDK_API_KEY")}


def test_the_one_api_key_scheme_is_api_key_next_to_basic(tmp_path: Path) -> None:
    # basic carries a pair, not one secret: the header key is still the only `api_key`
    assert _names(tmp_path, {"Basic": BASIC, "VendorToken": HEADER_KEY}) == {
        "Basic": ("basic", "SDK_BASIC"),
        "VendorToken": ("api_key", "SDK_API_KEY"),
    }


def test_several_secret_schemes_keep_their_names(tmp_path: Path) -> None:
    assert _names(tmp_path, {"BearerAuth": BEARER, "HeaderKey": HEADER_KEY}) == {
        "BearerAuth": ("bearer_auth", "SDK_BEARER_AUTH"),
        "HeaderKey": ("header_key", "SDK_HEADER_KEY"),
    }


def test_config_sets_keyword_and_env(tmp_path: Path) -> None:
    auth = {"ApiKeyAuth": AuthName(env="OPENAI_API_KEY")}
    assert _names(tmp_path, {"ApiKeyAuth": BEARER}, auth=auth) == {
        "ApiKeyAuth": ("api_key", "OPENAI_API_KEY")
    }
    auth = {"BearerAuth": AuthName(keyword="token", env="VENDOR_TOKEN")}
    assert _names(tmp_path, {"BearerAuth": BEARER, "HeaderKey": HEADER_KEY}, auth=auth) == {
        "BearerAuth": ("token", "VENDOR_TOKEN"),
        "HeaderKey": ("header_key", "SDK_HEADER_KEY"),
    }


@pytest.mark.parametrize(
    ("auth", "message"),
    [
        ({"Nope": AuthName(keyword="x")}, "auth.Nope: the spec has no supported security scheme"),
        ({"BearerAuth": AuthName(keyword="timeout")}, "keyword 'timeout' is taken"),
    ],
)
def test_config_naming_what_cannot_be(
    tmp_path: Path, auth: dict[str, AuthName], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        _names(tmp_path, {"BearerAuth": BEARER}, auth=auth)


def _config(tmp_path: Path, auth_table: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.sdkforge]\n[[tool.sdkforge.sdks]]\nspec = "s.yaml"\noutput = "o"\npackage = "p"\n'
        + auth_table,
        encoding="utf-8",
    )
    return path


def test_config_reads_auth_tables(tmp_path: Path) -> None:
    path = _config(
        tmp_path, '[tool.sdkforge.sdks.auth.ApiKeyAuth]\nkeyword = "key"\nenv = "OPENAI_API_KEY"\n'
    )
    (sdk,) = load_config(path).sdks
    assert sdk.options.auth == {"ApiKeyAuth": AuthName(keyword="key", env="OPENAI_API_KEY")}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('keyword = "class"', "keyword 'class' is not a usable"),
        ('keyword = "my-key"', "keyword 'my-key' is not a usable"),
        ('env = "MY KEY"', "env 'MY KEY' is not an environment variable name"),
        ("env = 3", "env 3 is not"),
        ('name = "x"', "unknown key 'name'"),
    ],
)
def test_bad_auth_config_is_one_line(tmp_path: Path, table: str, message: str) -> None:
    path = _config(tmp_path, f"[tool.sdkforge.sdks.auth.ApiKeyAuth]\n{table}\n")
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(path)
    assert "\n" not in str(caught.value)


# -- the credential the API asks for first ----------------------------------------------

TWO_KEYS: dict[str, Any] = {
    "securitySchemes": {
        "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        "BearerAuth": {"type": "http", "scheme": "bearer"},
    }
}


def _api_names(api: Any) -> dict[str, tuple[str, str]]:
    return {s.key: (s.param_name, s.env_var) for s in api.security_schemes}


@pytest.mark.parametrize("first", ["ApiKeyAuth", "BearerAuth"])
def test_of_several_keys_the_one_security_names_first_is_api_key(
    tmp_path: Path, first: str
) -> None:
    other = "BearerAuth" if first == "ApiKeyAuth" else "ApiKeyAuth"
    spec = minimal_spec(components=TWO_KEYS, security=[{}, {first: []}, {other: []}])

    api, _ = parse_dict(tmp_path, spec)

    names = _api_names(api)
    assert names[first] == ("api_key", "SDK_API_KEY")
    assert names[other][0] in ("api_key_auth", "bearer_auth")  # descriptive, from its key
    assert api.main_credential is not None and api.main_credential.key == first


def test_of_several_keys_without_top_level_security_none_is_api_key(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, minimal_spec(components=TWO_KEYS))

    assert _api_names(api) == {
        "ApiKeyAuth": ("api_key_auth", "SDK_API_KEY_AUTH"),
        "BearerAuth": ("bearer_auth", "SDK_BEARER_AUTH"),
    }
    assert api.main_credential is None


def test_a_configured_api_key_keyword_wins_over_the_first_named(tmp_path: Path) -> None:
    spec = minimal_spec(components=TWO_KEYS, security=[{"BearerAuth": []}])

    api, _ = parse_dict(tmp_path, spec, auth={"ApiKeyAuth": AuthName(keyword="api_key")})

    names = _api_names(api)
    assert names["ApiKeyAuth"] == ("api_key", "SDK_API_KEY")
    assert names["BearerAuth"] == ("bearer_auth", "SDK_BEARER_AUTH")


def test_a_first_named_scheme_that_is_no_single_secret_is_not_api_key(tmp_path: Path) -> None:
    components = {
        "securitySchemes": {
            **TWO_KEYS["securitySchemes"],
            "Basic": {"type": "http", "scheme": "basic"},
        }
    }
    api, _ = parse_dict(tmp_path, minimal_spec(components=components, security=[{"Basic": []}]))

    assert "api_key" not in {name for name, _ in _api_names(api).values()}
    assert api.main_credential is None  # the quickstart shows no pair of secrets
