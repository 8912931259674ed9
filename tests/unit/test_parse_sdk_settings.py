"""What the SDK's owner sets that a spec cannot carry: the idempotency header (detected from
the operations' declarations, configured, or switched off) and pinned headers, from
`[tool.sdkforge]` to the IR."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import load_config
from generator.errors import ConfigError
from tests.helpers import minimal_spec, operation, parse_dict


def _spec_with_header(name: str | None, method: str = "post") -> dict[str, Any]:
    parameters = (
        [{"name": name, "in": "header", "required": True, "schema": {"type": "string"}}]
        if name
        else []
    )
    return minimal_spec(
        paths={
            "/pay": {
                method: {
                    "operationId": "pay",
                    "parameters": parameters,
                    "responses": {"201": {"description": "ok"}},
                }
            },
            "/refund": {"post": {"operationId": "refund", "responses": {"201": {"description": "ok"}}}},
        }
    )


@pytest.mark.parametrize(
    "spelling", ["Idempotency-Key", "idempotency-key", "X-Idempotency-Key", "IDEMPOTENCY-KEY"]
)
def test_a_declared_idempotency_header_becomes_the_sdks(tmp_path: Path, spelling: str) -> None:
    api, _ = parse_dict(tmp_path, _spec_with_header(spelling))

    assert api.idempotency_header == spelling
    # the per-call `idempotency_key=` sends it: no argument of its own
    assert operation(api, "pay").params == ()


def test_a_declaration_on_any_method_names_the_header(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec_with_header("Idempotency-Key", method="put"))
    assert api.idempotency_header == "Idempotency-Key"


@pytest.mark.parametrize("other", ["X-Request-Key", "idempotency_key", "Idempotency-Keys"])
def test_without_a_declaration_there_is_no_idempotency_header(tmp_path: Path, other: str) -> None:
    api, _ = parse_dict(tmp_path, _spec_with_header(other))

    assert api.idempotency_header is None
    assert [p.wire_name for p in operation(api, "pay").params] == [other]


def test_the_configured_idempotency_header_needs_no_declaration(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec_with_header(None), idempotency_header="Idem-Token")
    assert api.idempotency_header == "Idem-Token"


def test_switched_off_a_declared_header_is_an_ordinary_argument(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec_with_header("Idempotency-Key"), idempotency_header=False)

    assert api.idempotency_header is None
    (param,) = operation(api, "pay").params
    assert param.wire_name == "Idempotency-Key"
    assert param.required  # as declared
    assert param.name != "idempotency_key"  # the per-call option keeps its name


def test_a_configured_idempotency_header_must_be_a_header_name(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="idempotency_header"):
        parse_dict(tmp_path, _spec_with_header(None), idempotency_header="Idem Key")


def test_pinned_headers_keep_their_order(tmp_path: Path) -> None:
    pinned = {"Pay-Version": "2024-06-20", "X-Client": "sdk"}
    api, _ = parse_dict(tmp_path, _spec_with_header(None), default_headers=pinned)
    assert api.pinned_headers == (("Pay-Version", "2024-06-20"), ("X-Client", "sdk"))


@pytest.mark.parametrize(
    ("name", "value"), [("Pay Version", "1"), ("Pay-Version", "1\r\nX-Evil: 1"), ("V", "é")]
)
def test_a_pinned_header_that_cannot_be_sent_is_refused(
    tmp_path: Path, name: str, value: str
) -> None:
    with pytest.raises(ConfigError, match="default_headers"):
        parse_dict(tmp_path, _spec_with_header(None), default_headers={name: value})


def _config(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[tool.sdkforge]\n[[tool.sdkforge.sdks]]\nspec = "s.yaml"\noutput = "o"\n'
        f'package = "p"\n{extra}',
        encoding="utf-8",
    )
    return path


def test_config_reads_the_idempotency_header_and_pinned_headers(tmp_path: Path) -> None:
    path = _config(
        tmp_path,
        'idempotency_header = "Idem-Token"\n'
        '[tool.sdkforge.sdks.default_headers]\n"Pay-Version" = "2024-06-20"\n',
    )
    (sdk,) = load_config(path).sdks
    assert sdk.options.idempotency_header == "Idem-Token"
    assert sdk.options.default_headers == {"Pay-Version": "2024-06-20"}
    (sdk,) = load_config(_config(tmp_path, "idempotency_header = false\n")).sdks
    assert sdk.options.idempotency_header is False
    (sdk,) = load_config(_config(tmp_path, "")).sdks
    assert sdk.options.idempotency_header is None  # detected from the spec


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ("idempotency_header = true\n", "'idempotency_header' must be a header name"),
        ('idempotency_header = ""\n', "'idempotency_header' must be a header name"),
        ('default_headers = "v1"\n', "'default_headers' must map header names"),
        ("default_headers = { V = 1 }\n", "'default_headers' must map header names"),
        ("names = { listPets = 1 }\n", "'names' must map operationIds to dotted names"),
    ],
)
def test_bad_settings_are_one_line(tmp_path: Path, extra: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(_config(tmp_path, extra))
    assert "\n" not in str(caught.value)
