"""Pagination detection (parse/pagination_detect.py), other tools' markings, the off switch.

Each style is detected from the shape it is named for, a near miss of each is not, a
marking (ours, Speakeasy's, Fern's) wins over detection, and `false` turns it off.
"""

from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from generator import ir
from generator.config import load_config
from generator.errors import ConfigError
from generator.report import pagination_line
from generator.runtime._runtime._base_client import Call
from generator.runtime._runtime._pagination import PageContext, PaginationSpec, _PageLogic
from tests.helpers import minimal_spec, operation, parse_dict, parse_file

ITEM = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
STR, INT = {"type": "string"}, {"type": "integer"}


def _list(**fields: Any) -> dict[str, Any]:
    return {"type": "object", "properties": fields}


def _array(item: Any = ITEM) -> dict[str, Any]:
    return {"type": "array", "items": item}


def _spec(
    response: dict[str, Any],
    method: str = "get",
    headers: dict[str, Any] | None = None,
    **params: Any,
) -> dict[str, Any]:
    ok: dict[str, Any] = {
        "description": "ok",
        "content": {"application/json": {"schema": response}},
    }
    if headers:
        ok["headers"] = headers
    op = {
        "operationId": "listThings",
        "parameters": [{"name": n, "in": "query", "schema": s} for n, s in params.items()],
        "responses": {"200": ok},
    }
    return minimal_spec(paths={"/v1/things": {method: op}})


def _pagination(tmp_path: Path, spec: dict[str, Any], **options: Any) -> ir.Pagination | None:
    api, _ = parse_dict(tmp_path, spec, **options)
    return operation(api, "list_things").pagination


def _kind(found: ir.Pagination | None) -> str | None:
    return None if found is None else found.kind


HAS_MORE = _list(has_more={"type": "boolean"}, data=_array(), url=STR)


def test_has_more_and_data_with_starting_after_pages_by_the_last_items_id(
    tmp_path: Path,
) -> None:
    found = _pagination(tmp_path, _spec(HAS_MORE, starting_after=STR, limit=INT))
    assert found is not None and found.detected
    assert (found.kind, found.param, found.limit_param) == (
        "item_cursor",
        "starting_after",
        "limit",
    )
    assert (found.items, found.has_more, found.item_cursor) == (("data",), ("has_more",), ("id",))


@pytest.mark.parametrize(
    "spec",
    [
        _spec(HAS_MORE, starting_after=INT),  # the cursor is an id: a string
        _spec(HAS_MORE, ending_before=STR),  # only the backward cursor
        _spec(_list(data=_array(), url=STR), starting_after=STR),  # no has_more
        _spec(_list(has_more={"type": "boolean"}, data=_array(_list(n=INT))), starting_after=STR),
        _spec(HAS_MORE, method="post", starting_after=STR),
    ],
    ids=["int-cursor", "backward-only", "no-has-more", "items-without-id", "post"],
)
def test_near_misses_of_has_more_are_not_paginated(tmp_path: Path, spec: dict[str, Any]) -> None:
    assert _kind(_pagination(tmp_path, spec)) in (None, "single")


@pytest.mark.parametrize(
    ("response", "params", "param", "next_cursor"),
    [
        (
            _list(items=_array(), nextPageToken=STR),
            {"pageToken": STR},
            "pageToken",
            ("next_page_token",),
        ),
        (
            _list(data=_array(), meta=_list(next_cursor=STR)),
            {"cursor": STR},
            "cursor",
            ("meta", "next_cursor"),
        ),
        (
            _list(results=_array(), pagination=_list(next=STR)),
            {"cursor": STR},
            "cursor",
            ("pagination", "next"),
        ),
        (
            _list(entries=_array(), next_page_token=STR),
            {"page_token": STR},
            "page_token",
            ("next_page_token",),
        ),
    ],
    ids=["google", "meta", "pagination-next", "snake-token"],
)
def test_a_next_cursor_field_with_its_parameter_pages_by_cursor(
    tmp_path: Path, response: Any, params: Any, param: str, next_cursor: tuple[str, ...]
) -> None:
    found = _pagination(tmp_path, _spec(response, **params))
    assert found is not None and found.kind == "cursor"
    assert (found.param, found.next_cursor) == (param, next_cursor)


@pytest.mark.parametrize(
    ("response", "params"),
    [
        (_list(data=_array(), next_cursor=STR), {"after": STR}),  # no parameter takes it
        (_list(data=_array(), next_cursor=INT), {"cursor": STR}),  # not a string
        (_list(next_cursor=STR, count=INT), {"cursor": STR}),  # no list
        (_list(users=_array(), teams=_array(), next_cursor=STR), {"cursor": STR}),  # which list?
    ],
    ids=["no-param", "int-cursor", "no-list", "two-lists"],
)
def test_near_misses_of_a_cursor_are_not_paginated(
    tmp_path: Path, response: Any, params: Any
) -> None:
    assert _kind(_pagination(tmp_path, _spec(response, **params))) in (None, "single")


# -- a token in the body, sent back in a query parameter --------------------------------


@pytest.mark.parametrize(
    ("response", "params", "param", "next_cursor"),
    [
        (  # a search endpoint of the large payment APIs: `next_page` back as `page`
            _list(data=_array(), has_more={"type": "boolean"}, next_page=STR, url=STR),
            {"query": STR, "page": STR, "limit": INT},
            "page",
            ("next_page_",),  # renamed: the page has a method `next_page()`
        ),
        (_list(items=_array(), next_page=STR), {"page_token": STR}, "page_token", ("next_page_",)),
        (
            _list(results=_array(), paging=_list(next=_list(after=STR, link=STR))),
            {"after": STR, "limit": INT},
            "after",
            ("paging", "next", "after"),
        ),
        (
            _list(data=_array(), next_page=_list(offset=STR, path=STR, uri=STR)),
            {"offset": STR},
            "offset",
            ("next_page_", "offset"),
        ),
        (_list(entries=_array(), next_marker=STR), {"marker": STR}, "marker", ("next_marker",)),
        (_list(Things=_array(), NextToken=STR), {"NextToken": STR}, "NextToken", ("next_token",)),
        (_list(data=_array(), next_page=INT), {"page": INT}, "page", ("next_page_",)),
    ],
    ids=[
        "search-page",
        "page-token",
        "paging-next-after",
        "next-object",
        "marker",
        "own-name",
        "int",
    ],
)
def test_a_token_in_the_body_pages_by_the_parameter_that_takes_it_back(
    tmp_path: Path, response: Any, params: Any, param: str, next_cursor: tuple[str, ...]
) -> None:
    found = _pagination(tmp_path, _spec(response, **params))
    assert found is not None and found.detected and found.kind == "cursor"
    assert (found.param, found.next_cursor) == (param, next_cursor)


def test_a_token_beside_has_more_stops_where_has_more_says(tmp_path: Path) -> None:
    response = _list(data=_array(), has_more={"type": "boolean"}, next_page=STR)
    found = _pagination(tmp_path, _spec(response, page=STR))
    assert found is not None and found.has_more == ("has_more",)


@pytest.mark.parametrize(
    ("response", "params"),
    [
        (_list(data=_array(), next_page=STR), {"page": INT}),  # a token is no page number
        (_list(data=_array(), page=INT, per_page=INT), {"page": INT}),  # this page, not the next
        (_list(data=_array(), owner=_list(next_page=STR)), {"page": STR}),  # not a holder
        (_list(data=_array(), next_page=_list(path=STR)), {"path": STR}),  # a URL's path
    ],
    ids=["type-mismatch", "current-page", "not-a-holder", "path"],
)
def test_near_misses_of_a_token_in_the_body_do_not_page_by_cursor(
    tmp_path: Path, response: Any, params: Any
) -> None:
    assert _kind(_pagination(tmp_path, _spec(response, **params))) != "cursor"


# -- the next page's URL in the body ----------------------------------------------------


@pytest.mark.parametrize(
    ("response", "next_url"),
    [
        (
            _list(things=_array(), meta=_list(next_page_url=STR, page=INT)),
            ("meta", "next_page_url"),
        ),
        (_list(value=_array(), nextLink=STR), ("next_link",)),
        (_list(data=_array(), links=_list(self=STR, next=STR)), ("links", "next")),
        (
            _list(data=_array(), _links=_list(next=_list(href=STR))),
            ("links", "next", "href"),
        ),
        (_list(results=_array(), next=STR, previous=STR, count=INT), ("next",)),
        (
            _list(droplets=_array(), links=_list(pages=_list(next=STR, last=STR))),
            ("links", "pages", "next"),
        ),
        (_list(results=_array(), paging=_list(next=_list(link=STR))), ("paging", "next", "link")),
    ],
    ids=["meta-next-page-url", "next-link", "links-next", "hal", "drf", "links-pages", "paging"],
)
def test_a_next_url_in_the_body_pages_by_following_it(
    tmp_path: Path, response: Any, next_url: tuple[str, ...]
) -> None:
    found = _pagination(tmp_path, _spec(response, page=INT, page_size=INT))
    assert found is not None and found.detected
    assert (found.kind, found.param, found.next_url) == ("link", "", next_url)


@pytest.mark.parametrize(
    "response",
    [
        _list(data=_array(), next=STR),  # no `previous`, not under `links`: a token?
        _list(data=_array(), links=_list(self=STR)),  # no next
        _list(data=_array(), next_page=_list(path=STR)),  # a path, relative to what?
        _list(data=_array(), next_url=INT),  # not text
    ],
    ids=["lone-next", "self-only", "path", "int"],
)
def test_near_misses_of_a_next_url_are_not_followed(tmp_path: Path, response: Any) -> None:
    found = _pagination(tmp_path, _spec(response))
    assert found is None or not found.next_url


def test_a_speakeasy_url_marking_is_read(tmp_path: Path) -> None:
    value = {"type": "url", "outputs": {"nextUrl": "$.links.next", "results": "$.results"}}
    spec = _spec(_list(results=_array(), links=_list(next=STR)))
    spec["paths"]["/v1/things"]["get"]["x-speakeasy-pagination"] = value
    found = _pagination(tmp_path, spec)
    assert found is not None and not found.detected
    assert (found.kind, found.next_url, found.items) == ("link", ("links", "next"), ("results",))


# -- a list wrapper without paging: one page that iterates its items --------------------

LIST_WRAPPER = _list(object={"type": "string", "enum": ["list"]}, data=_array())


@pytest.mark.parametrize(
    "response",
    [
        LIST_WRAPPER,
        _list(items=_array(), count=INT, kind=STR),
        _list(results=_array(), next=STR),  # a `next` nothing takes back
    ],
    ids=["object-list", "items-count", "unfollowable-next"],
)
def test_a_list_wrapper_without_paging_is_a_single_page(tmp_path: Path, response: Any) -> None:
    found = _pagination(tmp_path, _spec(response))
    assert found is not None and found.detected
    assert (found.kind, found.param, found.root_list) == ("single", "", False)
    assert found.items == (next(k for k in response["properties"] if k in ITEMS),)


ITEMS = ("data", "items", "results")


@pytest.mark.parametrize(
    ("spec"),
    [
        _spec(_list(data=_array(), owner=_list(id=STR))),  # an object beside: a model
        _spec(_list(tags=_array(STR), name=STR)),  # a list of something else
        _spec(LIST_WRAPPER, method="post"),
        _spec(_array()),  # a bare list iterates its items already
        minimal_spec(
            paths={
                "/v1/things/{id}": {
                    "get": {
                        "operationId": "listThings",
                        "parameters": [
                            {"name": "id", "in": "path", "required": True, "schema": STR}
                        ],
                        "responses": _spec(LIST_WRAPPER)["paths"]["/v1/things"]["get"]["responses"],
                    }
                }
            }
        ),
    ],
    ids=["object-beside", "tags", "post", "bare-list", "one-item"],
)
def test_near_misses_of_a_list_wrapper_are_no_pages(tmp_path: Path, spec: Any) -> None:
    assert _pagination(tmp_path, spec) is None


LINK = {"Link": {"$ref": "#/components/headers/link"}}


def test_a_declared_link_header_pages_by_the_link(tmp_path: Path) -> None:
    spec = _spec(_array(), headers=LINK, page=INT, per_page=INT)
    spec["components"] = {"headers": {"link": {"schema": STR}}}
    found = _pagination(tmp_path, spec)
    assert found is not None and found.detected
    assert (found.kind, found.param, found.root_list) == ("link", "", True)


def test_without_the_link_header_page_and_per_page_page_by_number(tmp_path: Path) -> None:
    found = _pagination(
        tmp_path, _spec(_list(total_count=INT, items=_array()), page=INT, per_page=INT)
    )
    assert found is not None
    assert (found.kind, found.param, found.limit_param) == ("page", "page", "per_page")
    assert (found.items, found.total) == (("items",), ("total_count",))


def test_offset_and_limit_page_by_offset_with_a_nested_total(tmp_path: Path) -> None:
    response = _list(results=_array(), meta=_list(total=INT))
    found = _pagination(tmp_path, _spec(response, offset=INT, limit=INT))
    assert found is not None
    assert (found.kind, found.param, found.total) == ("offset", "offset", ("meta", "total"))


@pytest.mark.parametrize(
    "params",
    [{"offset": INT}, {"page": INT}, {"offset": STR, "limit": INT}, {"page": INT, "limit": INT}],
    ids=["offset-alone", "page-alone", "string-offset", "page-with-limit"],
)
def test_near_misses_of_numbered_pages_are_not_paginated(tmp_path: Path, params: Any) -> None:
    assert _pagination(tmp_path, _spec(_array(), **params)) is None


# -- what overrides detection -----------------------------------------------------------


def _marked(extension: str, value: Any, **extra: Any) -> dict[str, Any]:
    spec = _spec(_list(results=_array(), next=STR), offset=INT, limit=INT, cursor=STR)
    spec["paths"]["/v1/things"]["get"][extension] = value
    spec.update(extra)
    return spec


def test_a_speakeasy_offset_limit_marking_is_read(tmp_path: Path) -> None:
    inputs = [
        {"name": "offset", "in": "parameters", "type": "offset"},
        {"name": "limit", "in": "parameters", "type": "limit"},
    ]
    value = {"type": "offsetLimit", "inputs": inputs, "outputs": {"results": "$.results"}}
    found = _pagination(tmp_path, _marked("x-speakeasy-pagination", value))
    assert found is not None and not found.detected
    assert (found.kind, found.param, found.limit_param) == ("offset", "offset", "limit")


def test_a_speakeasy_cursor_marking_is_read(tmp_path: Path) -> None:
    value = {
        "type": "cursor",
        "inputs": [{"name": "cursor", "in": "parameters", "type": "cursor"}],
        "outputs": {"results": "$.results", "nextCursor": "$.next"},
    }
    found = _pagination(tmp_path, _marked("x-speakeasy-pagination", value))
    assert found is not None and not found.detected
    assert (found.kind, found.next_cursor) == ("cursor", ("next",))


def test_an_unreadable_speakeasy_marking_warns_and_detection_decides(tmp_path: Path) -> None:
    value = {"type": "graphql", "outputs": {"nextUrl": "$.next"}}
    api, warnings = parse_dict(tmp_path, _marked("x-speakeasy-pagination", value))
    found = operation(api, "list_things").pagination
    assert found is not None and found.detected and found.kind == "cursor"
    assert [w.pointer for w in warnings] == ["/paths/~1v1~1things/get/x-speakeasy-pagination"]
    assert "type 'graphql' is not read" in warnings[0].message


@pytest.mark.parametrize(
    ("value", "kind", "param", "limit"),
    [
        (
            {
                "cursor": "$request.cursor",
                "next_cursor": "$response.next",
                "results": "$response.results",
            },
            "cursor",
            "cursor",
            None,
        ),
        (
            {"offset": "$request.offset", "results": "$response.results", "step": "$request.limit"},
            "offset",
            "offset",
            "limit",
        ),
        ({"offset": "$request.offset", "results": "$response.results"}, "page", "offset", None),
    ],
    ids=["cursor", "offset-with-step", "offset-by-one-is-a-page"],
)
def test_fern_markings_are_read(
    tmp_path: Path, value: Any, kind: str, param: str, limit: str | None
) -> None:
    found = _pagination(tmp_path, _marked("x-fern-pagination", value))
    assert found is not None and not found.detected
    assert (found.kind, found.param, found.limit_param) == (kind, param, limit)


def test_fern_true_means_the_documents_own_marking(tmp_path: Path) -> None:
    root = {"offset": "$request.offset", "results": "$response.results", "step": "$request.limit"}
    found = _pagination(tmp_path, _marked("x-fern-pagination", True, **{"x-fern-pagination": root}))
    assert found is not None and (found.kind, found.detected) == ("offset", False)


def test_a_fern_cursor_in_the_body_warns(tmp_path: Path) -> None:
    value = {
        "cursor": "$request.body.cursor",
        "next_cursor": "$response.next",
        "results": "$response.results",
    }
    _, warnings = parse_dict(tmp_path, _marked("x-fern-pagination", value))
    assert "only a query parameter is read" in warnings[0].message


def test_false_in_the_spec_turns_detection_off(tmp_path: Path) -> None:
    assert _pagination(tmp_path, _marked("x-sdkforge-pagination", False)) is None


def test_false_in_the_config_turns_detection_off(tmp_path: Path) -> None:
    spec = _spec(HAS_MORE, starting_after=STR)
    assert _pagination(tmp_path, spec, pagination={"listThings": False}) is None
    with pytest.raises(ConfigError, match="no operation with this operationId"):
        _pagination(tmp_path, spec, pagination={"listOthers": False})


def test_the_config_file_accepts_false_for_an_operation(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text(
        '[[tool.sdkforge.sdks]]\nspec = "s.yaml"\noutput = "out"\npackage = "p"\n'
        "[tool.sdkforge.sdks.pagination]\nlistThings = false\n",
        encoding="utf-8",
    )
    assert load_config(pyproject).sdks[0].options.pagination == {"listThings": False}
    pyproject.write_text(pyproject.read_text().replace("false", '"no"'), encoding="utf-8")
    with pytest.raises(ConfigError, match="or to false"):
        load_config(pyproject)


def test_the_closing_summary_counts_styles_detected_and_marked(tmp_path: Path) -> None:
    api, _ = parse_dict(tmp_path, _spec(HAS_MORE, starting_after=STR))
    assert pagination_line(api) == "paginated operations: 1 detected (1 item_cursor)"
    api, _ = parse_dict(
        tmp_path,
        _marked("x-fern-pagination", {"offset": "$request.offset", "results": "$response.results"}),
    )
    assert pagination_line(api) == "paginated operations: 1 marked (1 page)"
    api, _ = parse_dict(tmp_path, _spec(_list(n=INT), page=INT, per_page=INT))
    assert pagination_line(api) is None


# -- the runtime's stop on a total ------------------------------------------------------


class _Page(_PageLogic):
    def __init__(self, items: list[int], total: int) -> None:
        self.items = items
        self.total = total


def _next(kind: str, query: dict[str, Any], items: list[int], total: int) -> dict[str, Any] | None:
    spec = PaginationSpec(
        kind=kind, param=kind, items=("items",), limit_param="n", total=("total",)
    )  # type: ignore[arg-type]
    call = Call(endpoint=SimpleNamespace(method="GET", path="/x"), query=query)  # type: ignore[arg-type]
    return _Page(items, total)._bind(PageContext(None, call, spec))._next_query()


def test_an_offset_walk_stops_when_the_total_is_read() -> None:
    assert _next("offset", {"offset": 4, "n": 2}, [5, 6], 7) == {"offset": 6, "n": 2}
    assert _next("offset", {"offset": 4, "n": 2}, [5, 6], 6) is None


def test_a_page_walk_stops_when_the_total_is_read() -> None:
    assert _next("page", {"page": 2, "n": 3}, [4, 5, 6], 7) == {"page": 3, "n": 3}
    assert _next("page", {"page": 2, "n": 3}, [4, 5, 6], 6) is None


def test_a_nullable_response_pages_as_its_model(tmp_path: Path) -> None:
    """The page class subclasses the model: `Model | None` cannot be a base class."""
    found = _pagination(
        tmp_path, _spec({**HAS_MORE, "type": ["object", "null"]}, starting_after=STR)
    )
    assert found is not None and found.page_model.kind == "named"
    assert not found.page_model.nullable


def test_a_page_field_named_like_a_page_method_is_renamed_and_paged_by_its_new_name(
    tmp_path: Path,
) -> None:
    page = {
        "title": "ThingPage",
        "type": "object",
        "properties": {"data": _array(), "next_page": STR, "iter_pages": INT},
    }
    spec = _spec(page, cursor=STR)
    spec["paths"]["/v1/things"]["get"]["x-sdkforge-pagination"] = {
        "type": "cursor",
        "cursor_param": "cursor",
        "next_cursor": "next_page",
        "items": "data",
    }
    api, warnings = parse_dict(tmp_path, spec)
    found = operation(api, "list_things").pagination
    assert found is not None and found.next_cursor == ("next_page_",)
    page_model = next(
        m for module in api.modules for m in module.models if m.name == found.page_model.name
    )
    assert [(f.wire_name, f.name) for f in page_model.fields] == [
        ("data", "data"),
        ("next_page", "next_page_"),
        ("iter_pages", "iter_pages_"),
    ]
    assert sum("the pages of list have a method" in w.message for w in warnings) == 2


def test_a_model_that_does_not_page_keeps_fields_named_like_page_methods(
    tmp_path: Path,
) -> None:
    # detection finds no style here: the response is no page, its fields keep their names
    response = _list(next_page=STR, data=_array(), owner=_list(id=STR))
    api, warnings = parse_dict(tmp_path, _spec(response))
    assert operation(api, "list_things").pagination is None
    assert "next_page" in {f.name for m in api.modules for model in m.models for f in model.fields}
    assert not any("have a method" in w.message for w in warnings)


# -- corpus specs of these shapes (skipped without the corpus) ---------------------------

CORPUS = Path(os.environ.get("SDKFORGE_CORPUS", "/work/shared/corpus/specs"))


@pytest.mark.parametrize(
    ("spec", "path", "kind", "param", "follows"),
    [
        ("oxide__oxide.json", "/v1/disks", "cursor", "page_token", ("next_page_",)),
        (
            "hubspot__CRM-Contacts-v3.json",
            "/crm/v3/objects/contacts",
            "cursor",
            "after",
            ("paging", "next", "after"),
        ),
        (
            "twilio__messaging_v1.json",
            "/v1/Services",
            "link",
            "",
            ("meta", "next_page_url"),
        ),
        ("readme-fixture__3.1-train-travel.yaml", "/bookings", "link", "", ("links", "next")),
        ("resend__resend.yaml", "/audiences", "single", "", ()),
    ],
    ids=["token-in-body", "paging-next-after", "meta-next-url", "links-next", "data-wrapper"],
)
def test_corpus_specs_of_each_shape_are_detected(
    spec: str, path: str, kind: str, param: str, follows: tuple[str, ...]
) -> None:
    if not (CORPUS / spec).is_file():
        pytest.skip(f"corpus spec {spec} not found in {CORPUS}")
    api, _ = parse_file(CORPUS / spec)
    found = next(
        op.pagination
        for resource in api.all_resources()
        for op in resource.operations
        if op.path == path and op.http_method == "GET"
    )
    assert found is not None and found.detected
    assert (found.kind, found.param) == (kind, param)
    assert (found.next_cursor if kind == "cursor" else found.next_url) == follows


@pytest.mark.parametrize(
    ("marking", "kind", "next_url"),
    [
        (
            {"type": "link", "next_url": "meta.next_page_url", "items": "things"},
            "link",
            ("meta", "next_page_url"),
        ),
        ({"type": "single", "items": "things"}, "single", ()),
    ],
    ids=["link-in-body", "single"],
)
def test_a_marking_names_a_next_url_or_a_single_page(
    tmp_path: Path, marking: dict[str, str], kind: str, next_url: tuple[str, ...]
) -> None:
    response = _list(things=_array(), meta=_list(next_page_url=STR), owner=_list(id=STR))
    spec = _spec(response)
    spec["paths"]["/v1/things"]["get"]["x-sdkforge-pagination"] = marking
    found = _pagination(tmp_path, spec)
    assert found is not None and not found.detected
    assert (found.kind, found.next_url, found.items) == (kind, next_url, ("things",))
