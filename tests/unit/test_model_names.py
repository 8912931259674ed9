"""Inline schema names a person would write: no hash in a long name, words for union arms."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from generator.parse.names import MAX_IDENTIFIER, fitted_forms, pascal_case, snake_case
from tests.helpers import minimal_spec, parse_dict

HASHED = re.compile(r"_?[0-9a-f]{8}$")
UNSET = {"enum": [""], "type": "string"}  # the payment API's way to clear a field


def thresholds(title: str | None = None) -> dict[str, Any]:
    arm: dict[str, Any] = {
        "type": "object",
        "properties": {"amount_gte": {"type": "integer"}, "reset": {"type": "boolean"}},
    }
    if title:
        arm["title"] = title
    return {"anyOf": [arm, UNSET]}


def form_post(operation_id: str, body: dict[str, Any]) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "requestBody": {"content": {"application/x-www-form-urlencoded": {"schema": body}}},
        "responses": {"204": {"description": "ok"}},
    }


def nested(depth: int) -> dict[str, Any]:
    """payment_settings.payment_method_options.acss_debit... `depth` objects deep."""
    node: dict[str, Any] = thresholds("invoice_payment_method_options_param")
    for name in ["acss_debit", "payment_method_options", "payment_settings"][:depth]:
        node = {"type": "object", "properties": {name: node, "other": {"type": "string"}}}
    return node


def test_long_inline_names_leave_out_middle_words_and_never_end_in_a_hash(tmp_path: Path) -> None:
    body = {
        "type": "object",
        "properties": {
            "billing_thresholds": thresholds(),
            "payment_settings": nested(3)["properties"]["payment_settings"],
        },
    }
    paths = {
        f"/v1/customers/{{customer}}/subscriptions/{{id}}/{verb}": {
            "post": form_post(
                f"PostCustomersCustomerSubscriptionsSubscriptionExposedId{verb}", body
            )
        }
        for verb in ("Pause", "Resume", "Cancel")
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    names = [name for name, _ in api.exports]
    assert len(names) == len(set(names))
    # (a model's `<Name>Param` TypedDict adds its five letters to a name of any length)
    assert all(
        len(name) <= MAX_IDENTIFIER for name in names if name.removesuffix("Param") not in names
    )
    assert not [name for name in names if HASHED.search(name)]
    # the word that tells the operations apart stays in every name made from theirs
    from_operations = [name for name in names if name.startswith("PostCustomers")]
    assert len(from_operations) > 10
    assert [n for n in from_operations if not re.search("Pause|Resume|Cancel", n)] == []
    assert "PostCustomersCustomerSubscriptionsExposedIdPauseBodyBillingThresholdsEmpty" in names


def test_an_enum_of_the_empty_string_in_a_union_is_empty_not_option_n(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"billing_thresholds": thresholds()}}
    paths = {"/v1/subscriptions": {"post": form_post("PostSubscriptions", body)}}
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    names = {name for name, _ in api.exports}
    assert "PostSubscriptionsBodyBillingThresholdsEmpty" in names
    assert not [name for name in names if re.search(r"Option\d+$", name)]


def test_fitted_forms_keep_the_first_and_last_words_then_try_middle_ones() -> None:
    words = ["Post", "Customers", "Customer", "Subscriptions", "Subscription", "Exposed", "Id"]
    words += ["Body", "Payment", "Settings", "Payment", "Method", "Options", "Acss", "Debit"]
    words += ["Invoice", "Payment", "Method", "Options", "Param"]
    forms = ["".join(form) for form in fitted_forms(words)]
    assert forms[0] == "PostCustomersCustomerSubscriptionsAcssDebitInvoicePaymentMethodOptionsParam"
    assert all(len(form) <= MAX_IDENTIFIER for form in forms)
    assert len(set(forms)) > 3  # words to tell a taken name apart before a number
    assert list(fitted_forms(["Short", "Name"])) == [["Short", "Name"]]
    # a word said twice in a row goes first
    assert "".join(next(fitted_forms(["Category"] * 20 + ["Response"]))) == "CategoryResponse"


def test_long_identifiers_are_words_not_digests() -> None:
    text = "post-/cms/v3/pages/landing-pages/multi-language/attach-to-lang-group_attachToLangGroup"
    assert (
        snake_case(text)
        == "post_cms_v3_pages_landing_pages_multi_attach_to_lang_group_attach_to_lang_group"
    )
    assert len(pascal_case(text * 2)) <= MAX_IDENTIFIER
    assert not HASHED.search(pascal_case(text * 2))
