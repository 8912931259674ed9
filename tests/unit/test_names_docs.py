"""Names of inline schemas and union arms, and prose converted from HTML, on small specs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import ir
from generator.parse.names import singular_class_name
from generator.parse.prose import docs_origin, markdown_text
from tests.helpers import field, minimal_spec, model, named, parse_dict


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def array_of(item: dict[str, Any]) -> dict[str, Any]:
    return {"type": "array", "items": item}


def type_names(api: ir.Api) -> set[str]:
    return {
        item.name
        for module in api.modules
        for item in (*module.models, *module.enums, *module.aliases)
    }


def parse_schemas(tmp_path: Path, schemas: dict[str, Any], **extra: Any) -> ir.Api:
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}, **extra))
    return api


def list_item(api: ir.Api, model_name: str, field_name: str) -> str | None:
    ref = field(api, model_name, field_name).type
    assert ref.kind == "list", ref
    return ref.args[0].name


# -- inline objects are named from where they sit ----------------------------------------


def test_inline_object_under_a_property_takes_the_property_name(tmp_path: Path) -> None:
    api = parse_schemas(tmp_path, {"ChatCompletion": obj(message=obj(role={"type": "string"}))})
    assert field(api, "ChatCompletion", "message").type.name == "Message"
    assert [f.wire_name for f in model(api, "Message").fields] == ["role"]


def test_array_items_take_the_singular_of_the_property(tmp_path: Path) -> None:
    item = obj(id={"type": "string"})
    api = parse_schemas(
        tmp_path,
        {
            "Feed": obj(
                choices=array_of(item),
                entries=array_of(item),
                addresses=array_of(item),
                line_items=array_of(item),
            )
        },
    )
    assert list_item(api, "Feed", "choices") == "Choice"
    assert list_item(api, "Feed", "entries") == "Entry"
    assert list_item(api, "Feed", "addresses") == "Address"
    assert list_item(api, "Feed", "line_items") == "LineItem"


def test_items_of_a_named_array_take_the_singular_of_its_name(tmp_path: Path) -> None:
    item = obj(a={"type": "string"})
    api = parse_schemas(
        tmp_path,
        {"Pet": item, "Pets": array_of(item), "Dogs": array_of(item), "Data": array_of(item)},
    )
    names = type_names(api)
    assert "Dog" in names  # the items of `Dogs`
    assert "PetsItem" in names  # `Pet` is a component of its own: never `Pet2`
    assert "DataItem" in names  # `data` has no singular
    assert not any(name[-1].isdigit() for name in names)


def test_a_name_that_says_nothing_alone_keeps_the_parent(tmp_path: Path) -> None:
    # `data` is its own singular, and `Data` alone would not say what the items are
    api = parse_schemas(tmp_path, {"UserList": obj(data=array_of(obj(id={"type": "string"})))})
    assert list_item(api, "UserList", "data") == "UserListData"


def test_nested_inline_objects_use_the_nearest_parent(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {"Completion": obj(choices=array_of(obj(message=obj(content={"type": "string"}))))},
    )
    assert list_item(api, "Completion", "choices") == "Choice"
    assert field(api, "Choice", "message").type.name == "Message"


def test_a_taken_short_name_gets_the_parent_prefix(tmp_path: Path) -> None:
    # a component always keeps its own name; the inline object takes the parent's too
    api = parse_schemas(
        tmp_path,
        {
            "Completion": obj(message=obj(content={"type": "string"})),
            "Message": obj(id={"type": "string"}),
        },
    )
    assert field(api, "Completion", "message").type.name == "CompletionMessage"
    assert [f.wire_name for f in model(api, "Message").fields] == ["id"]


def test_the_first_place_in_spec_order_keeps_the_short_name(tmp_path: Path) -> None:
    """Two inline `choices`: the one the spec writes first is `Choice`, whichever order."""
    for first, second in (("Alpha", "Beta"), ("Beta", "Alpha")):
        schemas = {
            first: obj(choices=array_of(obj(a={"type": "string"}))),
            second: obj(choices=array_of(obj(b={"type": "string"}))),
        }
        api = parse_schemas(tmp_path, schemas)
        assert list_item(api, first, "choices") == "Choice"
        assert list_item(api, second, "choices") == f"{second}Choice"


def test_inline_objects_in_operations_yield_to_components(tmp_path: Path) -> None:
    body = obj(choices=array_of(obj(text={"type": "string"})))
    spec = minimal_spec(
        paths={
            "/complete": {
                "post": {
                    "operationId": "complete",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": body}},
                        }
                    },
                }
            }
        },
        components={"schemas": {"Summary": obj(choices=array_of(obj(n={"type": "integer"})))}},
    )
    api, _ = parse_dict(tmp_path, spec)
    assert list_item(api, "Summary", "choices") == "Choice"
    # the operation's one is named with its parent, the response (named after the method)
    response = operation_of(api).responses[0].type
    assert response is not None and response.name is not None
    inline = list_item(api, response.name, "choices")
    assert inline == response.name + "Choice"


def operation_of(api: ir.Api) -> ir.Operation:
    operations = [*api.client_operations, *(op for r in api.resources for op in r.operations)]
    assert len(operations) == 1
    return operations[0]


def test_inline_error_bodies_are_named_by_status_phrase(tmp_path: Path) -> None:
    def body(name: str) -> dict[str, Any]:
        # a different shape each: bodies written out the same share one type
        schema = obj(**{name: {"type": "string"}})
        return {"description": name, "content": {"application/json": {"schema": schema}}}

    spec = minimal_spec(
        paths={
            "/gists": {
                "get": {
                    "operationId": "getGist",
                    "responses": {
                        "200": {"description": "ok"},
                        "403": body("forbidden"),
                        "503": body("unavailable"),
                        "418": body("teapot"),
                        "default": body("other"),
                    },
                }
            }
        }
    )
    api, _ = parse_dict(tmp_path, spec)
    errors = operation_of(api).errors
    names = [error.type.name if error.type is not None else None for error in errors]
    prefix = (names[0] or "").removesuffix("ForbiddenError")
    assert prefix and names == [
        f"{prefix}ForbiddenError",
        f"{prefix}ServiceUnavailableError",
        f"{prefix}Error418",
        f"{prefix}Error",
    ]


def test_inline_enums_keep_their_owner(tmp_path: Path) -> None:
    api = parse_schemas(tmp_path, {"Job": obj(status={"type": "string", "enum": ["on", "off"]})})
    status = named(api, "JobStatus")
    assert isinstance(status, ir.Enum)


def test_spec_names_still_become_safe_identifiers(tmp_path: Path) -> None:
    hostile = 'x"); import os; os.system("id") #'
    api = parse_schemas(
        tmp_path,
        {
            "Holder": obj(**{hostile: obj(a={"type": "string"})}),
            "Shape": {
                "oneOf": [
                    {
                        "type": "object",
                        "properties": {"kind": {"const": 'class Evil: """'}},
                        "required": ["kind"],
                    },
                    {"type": "object", "title": "import os", "properties": {"b": {}}},
                ]
            },
        },
    )
    for name in type_names(api):
        assert name.isidentifier() and name.isascii(), name


# -- union arms ----------------------------------------------------------------------------


def arm_names(api: ir.Api, alias: str) -> list[str | None]:
    found = named(api, alias)
    assert isinstance(found, ir.Alias) and found.type.kind == "union", found
    return [arm.name for arm in found.type.args]


def tagged(tag: str, value: str, **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {tag: {"type": "string", "enum": [value]}, **properties},
        "required": [tag],
    }


def test_union_arms_are_named_by_their_discriminator_value(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {
            "Shape": {
                "oneOf": [tagged("kind", "circle"), tagged("kind", "square")],
                "discriminator": {"propertyName": "kind"},
            }
        },
    )
    assert arm_names(api, "Shape") == ["ShapeCircle", "ShapeSquare"]
    discriminator = named(api, "Shape").type.discriminator  # type: ignore[union-attr]
    assert discriminator is not None
    assert dict(discriminator.mapping) == {"circle": "ShapeCircle", "square": "ShapeSquare"}


def test_union_arms_are_named_by_a_tag_every_arm_fixes(tmp_path: Path) -> None:
    """No declared discriminator (as Rust-built specs write it): the property every inline
    arm fixes to one value names the arms, not the first property of each."""
    api = parse_schemas(
        tmp_path,
        {
            "Allocator": {
                "oneOf": [
                    tagged("type", "explicit", ip={"type": "string"}),
                    tagged("type", "auto", pool={"type": "string"}),
                ]
            }
        },
    )
    assert arm_names(api, "Allocator") == ["AllocatorExplicit", "AllocatorAuto"]


def test_union_arms_are_named_by_title_then_ref_then_own_property(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {
            "Base": obj(id={"type": "string"}),
            "Payment": {
                "oneOf": [
                    {"title": "Credit card", **obj(number={"type": "string"})},
                    {"allOf": [{"$ref": "#/components/schemas/Base"}, obj(extra={})]},
                    {
                        "type": "object",
                        "properties": {"webhook": {"type": "string"}},
                        "required": ["webhook"],
                    },
                    {"$ref": "#/components/schemas/Base"},
                ]
            },
        },
    )
    assert arm_names(api, "Payment") == ["CreditCard", "PaymentBase", "PaymentWebhook", "Base"]
    assert not any("Variant" in name for name in type_names(api))


def test_union_arms_under_a_property_use_its_short_name(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {
            "Order": obj(
                payment={"oneOf": [tagged("type", "card"), tagged("type", "bank_transfer")]}
            )
        },
    )
    payment = field(api, "Order", "payment").type
    assert [arm.name for arm in payment.args] == ["PaymentCard", "PaymentBankTransfer"]


def test_arms_that_would_share_a_name_use_a_property_only_they_have(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {
            "Labels": {
                "oneOf": [
                    {
                        "type": "object",
                        "properties": {"labels": {}, "names": {}},
                        "required": ["labels"],
                    },
                    {
                        "type": "object",
                        "properties": {"labels": {}, "ids": {}},
                        "required": ["labels"],
                    },
                ]
            }
        },
    )
    assert arm_names(api, "Labels") == ["LabelsNames", "LabelsIds"]


def test_arms_with_the_same_tag_value_use_the_ref_they_extend(tmp_path: Path) -> None:
    # as a text-generation server's spec writes its stream: both arms say `text_completion`
    def extending(name: str) -> dict[str, Any]:
        return {"allOf": [{"$ref": f"#/components/schemas/{name}"}, tagged("object", "text")]}

    api = parse_schemas(
        tmp_path,
        {
            "Chunk": obj(token={"type": "string"}),
            "Final": obj(text={"type": "string"}),
            "Completion": {
                "oneOf": [extending("Chunk"), extending("Final")],
                "discriminator": {"propertyName": "object"},
            },
        },
    )
    assert arm_names(api, "Completion") == ["CompletionChunk", "CompletionFinal"]


def test_a_nullable_inline_object_sits_where_its_property_does(tmp_path: Path) -> None:
    api = parse_schemas(
        tmp_path,
        {"Run": obj(result={"anyOf": [obj(ok={"type": "boolean"}), {"type": "null"}]})},
    )
    result = field(api, "Run", "result").type
    # `Result` alone says nothing, so the parent's name comes first
    assert result.name == "RunResult" and result.nullable


# -- singular names --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("choices", "Choice"),
        ("entries", "Entry"),
        ("addresses", "Address"),
        ("data", "Data"),
        ("line_items", "LineItem"),
        ("boxes", "Box"),
        ("matches", "Match"),
        ("statuses", "Status"),
        ("people", "Person"),
        ("indices", "Index"),
        ("series", "Series"),
        ("causes", "Cause"),
        ("IPs", "IP"),
        ("messageParts", "MessagePart"),
    ],
)
def test_singular_class_name(plural: str, singular: str) -> None:
    assert singular_class_name(plural) == singular


# -- prose ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("<p>One.</p><p>Two.</p>", "One.\n\nTwo."),
        (
            'See <a href="https://x.example/a">the guide</a>.',
            "See [the guide](https://x.example/a).",
        ),
        ("Pass <code>id</code> &amp; <b>name</b>.", "Pass `id` & **name**."),
        ("<ul><li>one</li><li>two<ul><li>deep</li></ul></li></ul>", "- one\n- two\n  - deep"),
        ("<ol><li>first</li><li>second</li></ol>", "1. first\n2. second"),
        # AWS writes a paragraph in every list item: the items stay one list
        (
            "<p>Rules:</p> <ul> <li> <p>One <code>A</code>.</p> </li> <li> <p>Two.</p> </li> </ul>",
            "Rules:\n\n- One `A`.\n- Two.",
        ),
        ('<span class="x">kept</span> <font>text</font>', "kept text"),
        ("<script>alert(1)</script>safe", "safe"),
        ("a<br>b", "a\nb"),
        ("<pre><code>x = 1\n  y = 2</code></pre>", "```\nx = 1\n  y = 2\n```"),
        ("<p>\n    wrapped\n    html\n</p>", "wrapped html"),
        # angle brackets that are not HTML stay as written
        ("Format `refs/heads/<branch name>` or List<String>; a < b", None),
        ("Markdown *stays*\n\n- as\n- is", None),
        # links that lead nowhere from a docstring keep only their text
        ('<a href="#top">up</a> <a href="javascript:alert(1)">js</a>', "up js"),
        ('<a href="https://x.example/a b(c)">odd</a>', "[odd](https://x.example/a%20b%28c%29)"),
    ],
)
def test_html_becomes_plain_text_with_markdown(html: str, text: str | None) -> None:
    assert markdown_text(html) == (html if text is None else text)


def test_relative_links_become_absolute_from_the_docs_origin() -> None:
    origin = docs_origin("https://docs.example.com/rest/")
    assert origin == "https://docs.example.com"
    converted = markdown_text(
        '<a href="/docs/errors">errors</a> and [limits](/docs/limits)', origin
    )
    assert converted == (
        "[errors](https://docs.example.com/docs/errors) and "
        "[limits](https://docs.example.com/docs/limits)"
    )
    # without a docs origin, or for a scheme-relative link, the link stays as written
    assert markdown_text("[limits](/docs/limits)") == "[limits](/docs/limits)"
    assert markdown_text("[cdn](//cdn.example.com/x)", origin) == "[cdn](//cdn.example.com/x)"
    assert docs_origin("ftp://example.com/docs") is None


def test_the_ir_holds_markdown_with_absolute_links(tmp_path: Path) -> None:
    spec = minimal_spec(
        info={"title": "T", "version": "1", "description": "<p>Read <a href='/docs'>docs</a>.</p>"},
        externalDocs={"url": "https://docs.example.com/api"},
        paths={
            "/pets": {
                "get": {
                    "operationId": "listPets",
                    "summary": "List <b>pets</b>",
                    "description": "<p>All pets.</p><p>See [paging](/docs/paging).</p>",
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "description": "At most <code>100</code>.",
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {"200": {"description": "<p>ok</p>"}},
                }
            }
        },
        components={
            "schemas": {
                "Pet": {
                    "description": "A <i>pet</i>.",
                    **obj(name={"type": "string", "description": "The pet&#39;s name."}),
                }
            }
        },
    )
    api, _ = parse_dict(tmp_path, spec)
    assert api.description == "Read [docs](https://docs.example.com/docs)."
    operation = (
        api.client_operations[0] if api.client_operations else api.resources[0].operations[0]
    )
    assert operation.summary == "List **pets**"
    assert (
        operation.description == "All pets.\n\nSee [paging](https://docs.example.com/docs/paging)."
    )
    assert operation.params[0].description == "At most `100`."
    assert operation.responses[0].description == "ok"
    assert model(api, "Pet").description == "A *pet*."
    assert field(api, "Pet", "name").description == "The pet's name."


def test_names_do_not_depend_on_the_python_that_runs_the_generator(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Python 3.12 made `type` a soft keyword: the generator must name a field `type` on
    # every Python, or `generate --check` fails on all but the one that wrote generated/
    import keyword

    from generator.parse.names import safe_identifier

    monkeypatch.setattr(
        keyword, "issoftkeyword", frozenset({"_", "case", "match", "type"}).__contains__
    )
    monkeypatch.setattr(keyword, "softkwlist", ["_", "case", "match", "type"])
    assert safe_identifier("type", "field") == "type"
    assert safe_identifier("match", "field") == "match_"
