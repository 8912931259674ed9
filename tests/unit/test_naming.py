"""The resource tree and method names (generator.parse.naming), rule by rule."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.errors import ConfigError, SpecError
from tests.helpers import minimal_spec, parse_dict


def op(operation_id: str | None = None, **extra: Any) -> dict[str, Any]:
    found: dict[str, Any] = {"responses": {"204": {"description": "ok"}}, **extra}
    if operation_id:
        found["operationId"] = operation_id
    return found


def names(api: ir.Api) -> dict[str, str]:
    """ "METHOD /path" -> "client.<resource>.<method>" for every operation."""
    found = {
        f"{o.http_method} {o.path}": f"client.{r.path}.{o.method_name}"
        for r in api.all_resources()
        for o in r.operations
    }
    found.update(
        {f"{o.http_method} {o.path}": f"client.{o.method_name}" for o in api.client_operations}
    )
    return found


# an untagged payment API: every path under /v1, operationIds like GetCustomersCustomer
PAYMENTS = {
    "/v1/customers": {"get": op("GetCustomers"), "post": op("PostCustomers")},
    "/v1/customers/search": {"get": op("GetCustomersSearch")},
    "/v1/customers/{customer}": {
        "get": op("GetCustomersCustomer"),
        "post": op("PostCustomersCustomer"),
        "delete": op("DeleteCustomersCustomer"),
    },
    "/v1/customers/{customer}/discount": {
        "get": op("GetCustomersCustomerDiscount"),
        "delete": op("DeleteCustomersCustomerDiscount"),
    },
    "/v1/customers/{customer}/tax_ids": {
        "get": op("GetCustomersCustomerTaxIds"),
        "post": op("PostCustomersCustomerTaxIds"),
    },
    "/v1/customers/{customer}/tax_ids/{id}": {
        "get": op("GetCustomersCustomerTaxIdsId"),
        "delete": op("DeleteCustomersCustomerTaxIdsId"),
    },
    "/v1/payment_intents/{intent}": {"get": op("GetPaymentIntentsIntent")},
    "/v1/payment_intents/{intent}/confirm": {"post": op("PostPaymentIntentsIntentConfirm")},
    "/v1/audio/speech": {"post": op("PostAudioSpeech")},
    "/v1/subscriptions/{id}": {"put": op("PutSubscription"), "patch": op("PatchSubscription")},
}


def test_an_untagged_versioned_spec_gets_resources_verbs_and_actions(tmp_path: Path) -> None:
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=PAYMENTS))
    assert (
        names(api)
        == {
            "GET /v1/customers": "client.customers.list",
            "POST /v1/customers": "client.customers.create",
            "GET /v1/customers/search": "client.customers.search",  # an action: /customers has operations
            "GET /v1/customers/{customer}": "client.customers.retrieve",
            "POST /v1/customers/{customer}": "client.customers.update",
            "DELETE /v1/customers/{customer}": "client.customers.delete",
            # a singleton with two verbs: each combines with it
            "GET /v1/customers/{customer}/discount": "client.customers.retrieve_discount",
            "DELETE /v1/customers/{customer}/discount": "client.customers.delete_discount",
            "GET /v1/customers/{customer}/tax_ids": "client.customers.tax_ids.list",
            "POST /v1/customers/{customer}/tax_ids": "client.customers.tax_ids.create",
            "GET /v1/customers/{customer}/tax_ids/{id}": "client.customers.tax_ids.retrieve",
            "DELETE /v1/customers/{customer}/tax_ids/{id}": "client.customers.tax_ids.delete",
            "GET /v1/payment_intents/{intent}": "client.payment_intents.retrieve",
            "POST /v1/payment_intents/{intent}/confirm": "client.payment_intents.confirm",
            # under a path without operations of its own, the last segment is a resource
            "POST /v1/audio/speech": "client.audio.speech.create",
            # PUT and PATCH are both `update`: both fall back to their operationIds
            "PUT /v1/subscriptions/{id}": "client.subscriptions.put",
            "PATCH /v1/subscriptions/{id}": "client.subscriptions.patch",
        }
    )
    assert not api.client_operations
    tax_ids = api.resources[0].children[0]
    assert (tax_ids.class_name, tax_ids.module) == ("CustomersTaxIds", "customers_tax_ids")
    retrieve = next(o for o in tax_ids.operations if o.method_name == "retrieve")
    assert [p.name for p in retrieve.path_params] == ["customer", "id"]
    assert not [w for w in warnings if "clash" in w.message]
    sources = {o.method_name: o.name_source for r in api.all_resources() for o in r.operations}
    assert (sources["list"], sources["confirm"], sources["put"]) == (
        "verb",
        "action",
        "operation_id",
    )


def test_tags_make_the_top_resource_and_paths_nest_under_it(tmp_path: Path) -> None:
    paths = {
        "/chat/completions": {"post": op("createChatCompletion", tags=["Chat"])},
        "/fine_tuning/jobs/{id}": {"get": op("retrieveJob", tags=["Fine-tuning"])},
        "/repos/{owner}/{repo}/issues": {"get": op("listIssues", tags=["issues"])},
        "/repos/{owner}/{repo}/issues/{n}/comments": {"get": op("listComments", tags=["issues"])},
        "/admin/stats": {"get": op("stats", tags=["store-admin"])},
        "/keepers": {"get": op("listKeepers", tags=["animals"])},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api) == {
        "POST /chat/completions": "client.chat.completions.create",
        "GET /fine_tuning/jobs/{id}": "client.fine_tuning.jobs.retrieve",
        # the segments up to the one that names the tag belong to the tag
        "GET /repos/{owner}/{repo}/issues": "client.issues.list",
        "GET /repos/{owner}/{repo}/issues/{n}/comments": "client.issues.comments.list",
        "GET /admin/stats": "client.store_admin.stats.list",  # `admin` names store-admin
        "GET /keepers": "client.animals.keepers.list",  # no segment names the tag: nested
    }


@pytest.mark.parametrize(
    ("servers", "paths", "expected"),
    [
        ([], ["/api/v2/dags/{dag_id}", "/api/v2/dags"], "client.dags.retrieve"),
        (
            [{"url": "https://x.example/base"}],
            ["/base/dags/{id}", "/base/x"],
            "client.dags.retrieve",
        ),
        (
            [],
            ["/2010-04-01/Accounts/{Sid}.json", "/2010-04-01/Calls.json"],
            "client.accounts.retrieve",
        ),
        # a version segment that not every path shares stays
        ([], ["/v1/dags/{id}", "/v2/x"], "client.v1.dags.retrieve"),
    ],
)
def test_shared_version_api_and_base_path_segments_are_dropped(
    tmp_path: Path, servers: list[Any], paths: list[str], expected: str
) -> None:
    spec = minimal_spec(paths={path: {"get": op()} for path in paths}, servers=servers)
    api, _ = parse_dict(tmp_path, spec)
    assert names(api)[f"GET {paths[0]}"] == expected


def test_operation_ids_lose_the_resources_words_and_fastapis_tail(tmp_path: Path) -> None:
    paths = {
        "/flows/": {"put": op("replace_all_flows_flows__put")},
        "/flows/{id}/export.csv": {"head": op("HeadFlowExport")},
        "/things": {"delete": op()},  # no operationId, no rule: the HTTP method
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api) == {
        "PUT /flows/": "client.flows.replace_all",
        "HEAD /flows/{id}/export.csv": "client.flows.export.head",
        "DELETE /things": "client.things.delete",
    }


def test_a_resource_never_takes_a_client_or_runtime_name(tmp_path: Path) -> None:
    paths = {
        "/close": {"get": op()},
        "/with_options/{id}": {"get": op()},
        "/things/{id}/with_raw_response": {"post": op(), "get": op()},
        "/things/{id}/dict": {"post": op()},
        "/things/{id}": {"get": op()},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    client_attrs = [r.attr_name for r in api.resources]
    assert "close" not in client_attrs and "with_options" not in client_attrs
    methods = [o.method_name for r in api.all_resources() for o in r.operations]
    assert "with_raw_response" not in methods and "dict" not in methods
    assert "create_with_raw_response" in methods  # a combined name is no runtime name


def test_override_clashes_are_numbered_deterministically_and_listed_in_one_warning(
    tmp_path: Path,
) -> None:
    paths = {
        "/a": {
            "get": op("first", **{"x-sdkforge-name": "a.fetch"}),
            "post": op("second", **{"x-sdkforge-name": "a.fetch"}),
            "put": op("third", **{"x-sdkforge-name": "a.fetch"}),
        }
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    again, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert [o.method_name for o in api.resources[0].operations] == ["fetch", "fetch2", "fetch3"]
    assert api == again
    clashes = [w for w in warnings if "clashed" in w.message]
    assert len(clashes) == 1
    assert "2 names clashed and were renamed" in clashes[0].message
    assert "PUT /a: client.a.fetch2 (not fetch)" in clashes[0].message  # in collection order
    assert "POST /a: client.a.fetch3 (not fetch)" in clashes[0].message


def test_overrides_from_the_spec_the_config_and_other_tools(tmp_path: Path) -> None:
    paths = {
        "/v1/chat/completions": {
            "post": op("createChatCompletion", **{"x-sdkforge-name": "chat.completions.create"})
        },
        "/v1/chats/{id}": {"get": op("getChat", tags=["misc"])},
        "/v1/speak": {
            "post": op(
                "speak",
                **{"x-speakeasy-group": "audio.speech", "x-speakeasy-name-override": "generate"},
            )
        },
        "/v1/files": {
            "get": op(
                "listFiles",
                **{"x-fern-sdk-group-name": ["storage", "files"], "x-fern-sdk-method-name": "all"},
            )
        },
        "/v1/ping": {"get": op("ping", **{"x-speakeasy-name-override": "ping"})},
        "/v1/top": {"get": op("top", **{"x-sdkforge-name": "health"})},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths), names={"getChat": "chat.sessions.get"})
    assert names(api) == {
        "POST /v1/chat/completions": "client.chat.completions.create",
        "GET /v1/chats/{id}": "client.chat.sessions.get",
        "POST /v1/speak": "client.audio.speech.generate",
        "GET /v1/files": "client.storage.files.all",
        "GET /v1/ping": "client.ping.ping",  # a method name alone keeps the computed resource
        "GET /v1/top": "client.health",  # one word: a method of the client
    }
    sources = {o.operation_id: o.name_source for r in api.all_resources() for o in r.operations}
    assert set(sources.values()) == {"override"}


def test_naming_operation_id_keeps_the_older_names(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, minimal_spec(paths=PAYMENTS), naming="operation-id")
    assert names(api)["GET /v1/customers/{customer}/tax_ids/{id}"] == (
        "client.get_customers_customer_tax_ids_id"
    )
    assert not api.resources  # untagged: methods of the client, as before


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (3, "expected a dotted name like 'chat.completions.create'"),
        ("chat..create", "'chat..create' is not a dotted name"),
    ],
)
def test_a_bad_x_sdkforge_name_is_one_clear_error(tmp_path: Path, value: Any, message: str) -> None:
    spec = minimal_spec(paths={"/a": {"get": op("a", **{"x-sdkforge-name": value})}})
    with pytest.raises(SpecError) as caught:
        parse_dict(tmp_path, spec)
    assert caught.value.pointer == "/paths/~1a/get/x-sdkforge-name"
    assert message in caught.value.message


def test_a_config_name_for_an_unknown_operation_is_an_error(tmp_path: Path) -> None:
    spec = minimal_spec(paths={"/a": {"get": op("a")}})
    with pytest.raises(ConfigError, match=r"names\.nope: the spec has no operation"):
        parse_dict(tmp_path, spec, names={"nope": "a.b"})


def test_the_config_takes_naming_and_names(tmp_path: Path) -> None:
    from generator.config import load_config

    pyproject = tmp_path / "pyproject.toml"
    entry = (
        '[tool.sdkforge]\n[[tool.sdkforge.sdks]]\nspec = "s.yaml"\noutput = "o"\npackage = "p"\n'
    )
    pyproject.write_text(
        entry + 'naming = "operation-id"\n[tool.sdkforge.sdks.names]\nlistPets = "pets.list"\n'
    )
    (sdk,) = load_config(pyproject).sdks
    assert (sdk.options.naming, sdk.options.names) == ("operation-id", {"listPets": "pets.list"})
    pyproject.write_text(entry + 'naming = "camel"\n')
    with pytest.raises(ConfigError, match="'naming' must be one of 'resources', 'operation-id'"):
        load_config(pyproject)


ANY_METHOD = ("get", "post", "put", "patch", "delete")


def renamed(warnings: list[Any]) -> str:
    """The one warning that lists the names a clash changed ("" when there is none)."""
    found = [w.message for w in warnings if "clashed" in w.message]
    assert len(found) <= 1
    return found[0] if found else ""


def test_clashing_rule_names_take_words_not_numbers_and_are_warned(tmp_path: Path) -> None:
    # an echo server's shape: no operationIds, every method on a path and on its item
    paths = {
        "/anything": {method: op() for method in ANY_METHOD},
        "/anything/{anything}": {method: op() for method in ANY_METHOD},
        "/contents/{path}": {method: op() for method in ("get", "put", "patch", "delete")},
        "/digest-auth/{qop}/{user}": {"get": op()},
        "/digest-auth/{qop}/{user}/{algorithm}": {"get": op()},
        "/permissions": {"get": op(tags=["permissions"])},
        "/users/{id}/permissions": {"get": op(tags=["permissions"])},
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    found = names(api)
    assert {
        key: found[key] for key in found if "{anything}" in key or key.endswith("/anything")
    } == {
        "GET /anything": "client.anything.list",
        "POST /anything": "client.anything.create",
        "PUT /anything": "client.anything.put",
        "PATCH /anything": "client.anything.patch",
        "DELETE /anything": "client.anything.delete_all",  # the item's `delete` is DELETE one
        "GET /anything/{anything}": "client.anything.retrieve",
        "PATCH /anything/{anything}": "client.anything.update",  # PATCH keeps `update`
        "PUT /anything/{anything}": "client.anything.replace",
        "POST /anything/{anything}": "client.anything.update_by_anything",  # `create` is taken
        "DELETE /anything/{anything}": "client.anything.delete",
    }
    assert found["PUT /contents/{path}"] == "client.contents.replace"
    assert found["PATCH /contents/{path}"] == "client.contents.update"
    # the shortest path keeps the verb; a longer one is named by what its path adds
    assert found["GET /digest-auth/{qop}/{user}"] == "client.digest_auth.retrieve"
    assert found["GET /digest-auth/{qop}/{user}/{algorithm}"] == (
        "client.digest_auth.retrieve_by_algorithm"
    )
    assert found["GET /users/{id}/permissions"] == "client.permissions.list_by_user"
    methods = [o.method_name for r in api.all_resources() for o in r.operations]
    assert not [m for m in methods if m[-1].isdigit()]
    listed = renamed(warnings)
    assert "6 names clashed and were renamed" in listed
    assert "GET /users/{id}/permissions: client.permissions.list_by_user (not list)" in listed
    assert "DELETE /anything: client.anything.delete_all (not delete)" in listed


def test_a_verb_segment_after_a_parameter_is_an_action_not_a_resource(tmp_path: Path) -> None:
    tagged = {"tags": ["Uploads"]}
    paths = {
        "/uploads": {"post": op("createUpload", **tagged)},
        # no GET /uploads/{upload_id}: the segment's verb says these are actions
        "/uploads/{upload_id}/cancel": {"post": op("cancelUpload", **tagged)},
        "/uploads/{upload_id}/complete": {"post": op("completeUpload", **tagged)},
        "/uploads/{upload_id}/parts": {"post": op("addUploadPart", **tagged)},  # a noun
        "/runs/{id}/run": {"post": op()},
        # a PUT combines with it, as on any singleton (`count` may be a noun: the PUT sets it)
        "/clusters/{arn}/nodes/count": {"put": op("UpdateBrokerCount")},
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api) == {
        "POST /uploads": "client.uploads.create",
        "POST /uploads/{upload_id}/cancel": "client.uploads.cancel",
        "POST /uploads/{upload_id}/complete": "client.uploads.complete",
        "POST /uploads/{upload_id}/parts": "client.uploads.parts.create",
        "POST /runs/{id}/run": "client.runs.run",
        "PUT /clusters/{arn}/nodes/count": "client.clusters.nodes.update_count",
    }
    cancel = next(o for r in api.all_resources() for o in r.operations if o.method_name == "cancel")
    assert [p.name for p in cancel.path_params] == ["upload_id"]
    assert cancel.name_source == "action"
    assert not renamed(warnings)


def test_an_action_named_like_a_sub_resource_takes_a_word_from_its_operation(
    tmp_path: Path,
) -> None:
    tagged = {"tags": ["Assistants"]}
    paths = {
        "/threads": {"post": op("createThread", **tagged)},
        "/threads/runs": {"post": op("createThreadAndRun", **tagged)},
        "/threads/{thread_id}/runs": {"post": op("createRun", **tagged)},
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    found = names(api)
    assert found["POST /threads/runs"] == "client.assistants.threads.create_and_run"
    assert found["POST /threads/{thread_id}/runs"] == "client.assistants.threads.runs.create"
    listed = renamed(warnings)
    assert "POST /threads/runs: client.assistants.threads.create_and_run (not runs)" in listed
    runs = {"tags": ["Flow Runs"]}
    paths = {
        # a FastAPI app mounted under /api: its operationIds spell the path without it
        "/api/flow_runs/": {"post": op("create_flow_run_flow_runs__post", **runs)},
        "/api/flow_runs/history": {"post": op("flow_run_history_flow_runs_history_post", **runs)},
        "/api/ui/flow_runs/history": {"post": op("read_history_ui_flow_runs_history_post", **runs)},
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    found = names(api)
    assert found["POST /api/flow_runs/history"] == "client.flow_runs.create_history"
    assert found["POST /api/ui/flow_runs/history"] == "client.flow_runs.history.create"
    listed = renamed(warnings)
    assert "POST /api/flow_runs/history: client.flow_runs.create_history (not history)" in listed


def test_a_method_named_after_an_http_verb_sends_that_verb(tmp_path: Path) -> None:
    paths = {
        "/cookies": {"get": op()},
        "/cookies/delete": {"get": op()},  # deletes through a GET
        "/cookies/set": {"get": op()},
        "/carts/{id}/get": {"post": op("getCart")},
        # PUT and PATCH fall back to their operationIds: one of them reads as a GET
        "/things/{id}": {"put": op("getThingAndPut"), "patch": op("patchThing")},
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    found = names(api)
    assert found["GET /cookies/delete"] == "client.cookies.get_delete"
    assert found["GET /cookies/set"] == "client.cookies.set"
    assert found["POST /carts/{id}/get"] == "client.carts.post_get"
    assert found["PUT /things/{id}"] == "client.things.put_get_and_put"
    assert found["PATCH /things/{id}"] == "client.things.patch"
    verbs = {"get", "put", "post", "patch", "delete"}
    for key, name in found.items():
        first = name.rsplit(".", 1)[1].split("_")[0]
        assert first not in verbs or first == key.split()[0].lower(), (key, name)


def test_a_sub_resource_with_a_reserved_name_takes_an_underscore_and_a_warning(
    tmp_path: Path,
) -> None:
    paths = {
        "/bytes/{n}": {"get": op(tags=["Dynamic data"])},
        "/stream-bytes/{n}": {"get": op(tags=["Dynamic data"])},
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api)["GET /bytes/{n}"] == "client.dynamic_data.bytes_.retrieve"
    assert "resource client.dynamic_data.bytes_ (not bytes)" in renamed(warnings)


def test_rpc_calls_in_a_segment_are_methods_named_by_their_verb(tmp_path: Path) -> None:
    paths = {
        "/#X-Amz-Target=AWSCloud9WorkspaceManagementService.CreateEnvironmentEC2": {
            "post": op("CreateEnvironmentEC2")
        },
        "/#X-Amz-Target=AWSCloud9WorkspaceManagementService.DescribeEnvironments": {
            "post": op("DescribeEnvironments")
        },
        "/v1/{name}:cancel": {"post": op()},
        "/v1/topics/{topic}:publish": {"post": op()},
        "/food/branded/barcode.php": {"get": op()},  # a file, not a call
    }
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    found = names(api)
    target = "/#X-Amz-Target=AWSCloud9WorkspaceManagementService."
    assert found[f"POST {target}CreateEnvironmentEC2"] == "client.create_environment_ec2"
    assert found[f"POST {target}DescribeEnvironments"] == "client.describe_environments"
    assert found["POST /v1/topics/{topic}:publish"] == "client.v1.topics.publish"
    assert found["POST /v1/{name}:cancel"] == "client.v1.cancel"
    assert found["GET /food/branded/barcode.php"] == "client.food.branded.barcode_php.list"


def test_long_operation_ids_are_shortened_by_words_never_a_hash(tmp_path: Path) -> None:
    long_id = "post-/cms/v3/pages/landing-pages/multi-language/attach-to-lang-group_attachToLangGroupForTheLandingPagesOfTheSite"
    paths = {"/pages/{id}": {"post": op(long_id), "patch": op("patchThePage")}}
    api, _ = parse_dict(tmp_path, minimal_spec(paths=paths))
    put = names(api)["POST /pages/{id}"].rsplit(".", 1)[1]
    assert len(put) <= 80 and put.startswith("post_cms_v3") and put.endswith("the_site")
    assert not re.search(r"_[0-9a-f]{8}$", put)


def test_an_operation_id_name_that_clashes_takes_the_whole_operation_id(tmp_path: Path) -> None:
    paths = {
        "/BatchPayments": {
            "post": op("updateOrCreateBatchPayments"),
            "put": op("createBatchPayment"),  # `create` without the resource's words
        }
    }
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api) == {
        "POST /BatchPayments": "client.batch_payments.create",
        "PUT /BatchPayments": "client.batch_payments.create_batch_payment",
    }
    assert "client.batch_payments.create_batch_payment (not create)" in renamed(warnings)


def test_a_root_operation_named_like_a_client_method_takes_an_underscore(tmp_path: Path) -> None:
    paths = {"/": {"get": op(), "post": op()}}  # no operationIds: `get` and `post`
    api, warnings = parse_dict(tmp_path, minimal_spec(paths=paths))
    assert names(api) == {"GET /": "client.get_", "POST /": "client.post_"}
    assert "GET /: client.get_ (not get)" in renamed(warnings)
