"""The intermediate representation: what will be generated, as plain frozen data.

The parser makes every decision (names, types, modules, imports of named types); the
renderer only turns this data into text. Nothing here knows about OpenAPI or jinja.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeAlias

from generator import ir_api

# the events an API sends, its error classes, the owner's mixins and the HTTP library: in
# a module of their own, named here too
SignatureSchemeName: TypeAlias = ir_api.SignatureSchemeName
WebhookSignature = ir_api.WebhookSignature
WebhookEvent = ir_api.WebhookEvent
Webhooks = ir_api.Webhooks
ErrorClass = ir_api.ErrorClass
Mixin = ir_api.Mixin
HttpLibrary = ir_api.HttpLibrary

JsonValue: TypeAlias = bool | int | float | str | list["JsonValue"] | dict[str, "JsonValue"] | None

# Scalars map one to one onto Python types; the renderer owns the spelling.
ScalarName = Literal[
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "file",
    "binary_body",
    "datetime",
    "date",
    "time",
    "uuid",
    "any",
]
TypeKind = Literal["scalar", "named", "list", "dict", "union", "literal", "none"]
ParamLocation = Literal["path", "query", "header", "cookie"]
# The Accept header of an endpoint unless it says otherwise (the runtime's `Endpoint` default)
DEFAULT_ACCEPT = "application/json"
BodyKind = Literal["json", "text", "bytes", "empty", "events"]
RequestKind = Literal["json", "form", "multipart", "text", "bytes"]
ArgumentKind = Literal[
    "path", "query", "header", "cookie", "body", "body_field", "extra_body", "switch"
]
ResultKind = Literal["value", "page", "events", "download", "none"]


@dataclass(frozen=True)
class Discriminator:
    """A tagged union: the wire property that names the variant, and value -> class name."""

    wire_name: str
    field_name: str
    mapping: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TypeRef:
    """A Python type expression, as data.

    scalar: `scalar` names it; named: `name` is a model, enum or alias of this SDK;
    list/dict: `args[0]` is the item/value type; union: `args` are the variants;
    literal: `literal` is the one allowed value; none: the None type.
    `nullable` adds `| None`. `covariant` spells a list/dict as `Sequence`/`Mapping`: a
    request position whose items were widened, where a list of the narrower items must
    still fit (list and dict are invariant in their items). `lazy` marks a named model that
    a model's field refers to inside a large group of mutually referring models: the model
    module names it by string and validates it on first use, so the group need not share a
    module (see parse/modules.py).
    """

    kind: TypeKind
    scalar: ScalarName | None = None
    name: str | None = None
    args: tuple[TypeRef, ...] = ()
    literal: JsonValue = None
    nullable: bool = False
    discriminator: Discriminator | None = None
    covariant: bool = False
    lazy: bool = False


@dataclass(frozen=True)
class Default:
    """A field or parameter default: a JSON value, or an enum member when `enum_member`."""

    value: JsonValue
    enum_name: str | None = None
    enum_member: str | None = None
    # a date, date-time or UUID written as its text: the generated code builds the object
    parse_as: Literal["date", "datetime", "uuid"] | None = None


@dataclass(frozen=True)
class Field:
    """A model field. `required` is as generated: a required `readOnly` field of a model that
    requests use is optional (the server sets it), and so is a required `writeOnly` field of
    a model that responses use (the server never sends it)."""

    name: str
    wire_name: str
    type: TypeRef
    required: bool
    default: Default | None = None
    description: str | None = None
    read_only: bool = False
    write_only: bool = False
    # what the model's constructor accepts when more than `type` (an enum's values too)
    init_type: TypeRef | None = None
    example: JsonValue = None  # the spec's example value, for the README (None: none given)


@dataclass(frozen=True)
class Model:
    name: str
    module: str
    fields: tuple[Field, ...]
    description: str | None = None
    # the schema allows keys beyond its properties (`additionalProperties` true, `{}` or a
    # schema): the constructor takes them as keywords (every model keeps them at run time)
    extra_keys: bool = False
    example: JsonValue = None  # the spec's example object, for the README (None: none given)
    # a request uses this shape: the name of its TypedDict (`<Name>Param`), accepted
    # wherever the model is (None: no request uses it, no TypedDict)
    param_name: str | None = None
    # the TypedDict's keys: the fields a request sends (not readOnly), each model in their
    # types accepted as `Model | ModelParam`
    param_fields: tuple[Field, ...] = ()
    # the model this one subclasses (an `allOf` of one named model plus its own
    # properties), whose fields are the first `inherited` of `fields`; None: SDKModel
    base: str | None = None
    inherited: int = 0
    # the keywords of the stub's `__init__` as a TypedDict of this name (it extends the
    # base's), `**data: Unpack[...]`: so a subclass lists only its own fields (None: the
    # stub lists every field as a keyword)
    init_dict: str | None = None
    init_dict_base: str | None = None  # the base's `init_dict`, which this one extends
    mixins: tuple[Mixin, ...] = ()  # inherited before the base

    @property
    def own_fields(self) -> tuple[Field, ...]:
        """The fields the model's class declares (those after its base's)."""
        return self.fields[self.inherited :]


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True)
class Enum:
    name: str
    module: str
    value_type: Literal["str", "int"]
    members: tuple[EnumMember, ...]
    description: str | None = None

    @property
    def base_class(self) -> str:
        """The runtime's enum class it extends (an unknown value still validates)."""
        return "OpenStrEnum" if self.value_type == "str" else "OpenIntEnum"


@dataclass(frozen=True)
class Alias:
    """A named schema that is not an object: a union, an array, a map or a scalar."""

    name: str
    module: str
    type: TypeRef
    description: str | None = None


@dataclass(frozen=True)
class ModelModule:
    """One module of models/: a group of named types that refer to each other. `imports`:
    (module, name) pairs of named types from sibling modules; `aliases` in definition order
    (one used by another first); `refers_to_itself`: a type names one of the module, so its
    annotations stay text (`from __future__ import annotations`), others are evaluated."""

    name: str
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    aliases: tuple[Alias, ...]
    imports: tuple[tuple[str, str], ...]
    refers_to_itself: bool = True


@dataclass(frozen=True)
class Parameter:
    """A parameter as the request sends it. `style` and `explode` are resolved (the
    location's defaults filled in); `default_style` says they are those defaults, which
    the runtime applies itself, so the endpoint need not spell them."""

    name: str
    wire_name: str
    location: ParamLocation
    type: TypeRef
    required: bool
    description: str | None = None
    style: str = "form"
    explode: bool = True
    default: Default | None = None
    # `content` instead of `schema`: a JSON media type means the value is sent as JSON text
    json_encoded: bool = False
    example: JsonValue = None  # the spec's example value, for the README (None: none given)
    default_style: bool = True


FormStyle = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject"]


@dataclass(frozen=True)
class FieldEncoding:
    """How one field of a form or multipart body goes on the wire (the OpenAPI `encoding`).

    deepObject sends objects as `a[b][c]=v` and arrays indexed (`a[0]=x`); form sends arrays
    as repeated keys (explode) or joined; `as_json`: the field is one JSON text.
    """

    style: FormStyle = "form"
    explode: bool = True
    as_json: bool = False


@dataclass(frozen=True)
class RequestBody:
    """`type` is what is validated and sent; `accepted_type` what the method signature takes.

    `encoding`: form and multipart fields (by wire name) whose `encoding` the spec declares;
    the others are sent by the runtime's defaults (objects deepObject, arrays repeated).
    """

    type: TypeRef
    accepted_type: TypeRef
    required: bool
    content_type: str
    kind: RequestKind
    description: str | None = None
    example: JsonValue = None  # the spec's example body, for the README (None: none given)
    encoding: tuple[tuple[str, FieldEncoding], ...] = ()


@dataclass(frozen=True)
class Response:
    """One declared response: `status` is "200", "2XX" or "default"."""

    status: str
    kind: BodyKind
    type: TypeRef | None
    description: str | None = None
    media_type: str | None = None  # the declared content type the SDK reads
    example: JsonValue = None  # the spec's example body (None: none given)


SchemeKind = Literal["api_key", "bearer", "basic", "oauth2_client_credentials"]
PaginationKind = Literal["cursor", "item_cursor", "link", "offset", "page", "single"]


@dataclass(frozen=True)
class SecurityScheme:
    """A credential the client takes: constructor keyword `param_name`, env `env_var`.

    api_key: sent as `wire_name` in `location`; oauth2_client_credentials: a token is
    fetched from `token_url` with the (client_id, client_secret) pair.
    """

    key: str
    param_name: str
    env_var: str
    kind: SchemeKind
    location: Literal["header", "query", "cookie"] | None = None
    wire_name: str | None = None
    token_url: str | None = None
    description: str | None = None

    @property
    def fetches_tokens(self) -> bool:
        """OAuth2 client credentials: the client fetches (and renews) its tokens."""
        return self.kind == "oauth2_client_credentials"


@dataclass(frozen=True)
class Pagination:
    """How to walk an operation's pages (from `x-sdkforge-pagination` or the config).

    `param`/`limit_param` are query wire names; `items`/`next_cursor`/`has_more`/`total`
    are attribute paths on the page model (empty `items` with `root_list`: the body is the
    list itself), `item_cursor` one on an item. Kinds: `cursor` (the page names the next
    cursor), `item_cursor` (the cursor is the last item's `item_cursor`, while `has_more`),
    `link` (the next page is the URL of the response's `Link: <...>; rel="next"` header, or
    of the body field at the path `next_url`; `param` is empty), `offset` and `page` (stop
    on a short page, or at `total` items), `single` (a list the API answers in one response:
    the page iterates its items and has no next page).
    `detected`: found by the parser's detection, not marked in the spec or the config.
    """

    kind: PaginationKind
    param: str
    limit_param: str | None
    items: tuple[str, ...]
    next_cursor: tuple[str, ...]
    item_type: TypeRef
    page_model: TypeRef
    page_class: str
    root_list: bool = False
    start: int | None = None
    default_limit: int | None = None
    has_more: tuple[str, ...] = ()
    item_cursor: tuple[str, ...] = ()
    total: tuple[str, ...] = ()
    next_url: tuple[str, ...] = ()
    detected: bool = False


@dataclass(frozen=True)
class Argument:
    """One argument of a generated method, in signature order.

    `kind` is where the value goes: a parameter's location, or the request body; a
    `switch` (`stream: bool`) picks between the result and its stream alternative and is
    written into the body as the body field `wire_name` (see StreamAlternative).
    Positional arguments come first, the rest are keyword-only. `type` is what the
    signature accepts: an optional argument's type is nullable (None means "not given")
    and `default` is its default; a required one has no default. `wire_name` is the
    parameter's name in the request (None for the body). `json_type`: the value is sent
    as JSON text of this type (a parameter with a JSON `content` instead of a `schema`).

    An object body is taken as its properties: `body_field` arguments (`wire_name` is the
    property), `extra_body` (further keys) and `body` (the whole body instead, a model or
    its TypedDict). `omittable`: left out of the request unless given (NOT_GIVEN default),
    so an explicit None is sent as null.
    """

    kind: ArgumentKind
    name: str
    wire_name: str | None
    type: TypeRef
    required: bool
    positional: bool
    default: Default | None = None
    doc: str | None = None
    json_type: TypeRef | None = None
    omittable: bool = False


@dataclass(frozen=True)
class StreamAlternative:
    """A success response declared as JSON and as `text/event-stream`: the operation that
    streams (an events result, its own endpoint constant, Accept `text/event-stream`).

    `switch` names the body field that asks the server to stream (`stream`): the method
    takes a `switch` argument and is overloaded on it. Without one (None) the streaming
    operation is a method of its own (`<name>_stream`). `body_field` is the switch's
    attribute name on the body model.
    """

    operation: Operation
    switch: str | None = None
    body_field: str | None = None


@dataclass(frozen=True)
class Result:
    """What a generated method returns.

    value: an instance of `type`; download: the body's bytes; none: nothing (`type` is
    the none type); events: a stream of `type`, one per event; page: the page class
    `page_class` (sync; `Async` + it for async), iterating it yields `type`.
    """

    kind: ResultKind
    type: TypeRef
    page_class: str | None = None
    # a JSON value that could also come as events (see StreamAlternative)
    stream_alternative: StreamAlternative | None = None


@dataclass(frozen=True)
class Callback:
    """A request the API sends to a URL the caller gives, because of an operation: its
    name, the URL expression (`{$request.body#/callbackUrl}`), its method and the model
    of its body (the event of that name; None: no JSON body)."""

    name: str
    expression: str
    http_method: str
    type: TypeRef | None


@dataclass(frozen=True)
class Operation:
    method_name: str
    constant_name: str
    http_method: str
    path: str
    summary: str | None
    description: str | None
    deprecated: bool
    path_params: tuple[Parameter, ...]
    params: tuple[Parameter, ...]
    body: RequestBody | None
    responses: tuple[Response, ...]
    errors: tuple[Response, ...]
    return_type: TypeRef  # what the response body is parsed into
    arguments: tuple[Argument, ...]
    result: Result
    # alternatives of scheme keys, each all required; () sends no credentials
    security: tuple[tuple[str, ...], ...] = ()
    pagination: Pagination | None = None
    event_type: TypeRef | None = None  # a text/event-stream response: the type of each data
    accept: str = DEFAULT_ACCEPT  # the Accept header: the media types the SDK reads
    # headers sent with every call as the spec fixes them (a declared `Content-Type` of one
    # value on an operation without a body); `extra_headers=` still overrides them
    fixed_headers: tuple[tuple[str, str], ...] = ()
    operation_id: str | None = None
    # which naming rule gave `method_name`: "verb" (list, retrieve, ...), "action" (a
    # trailing path segment), "operation_id" (derived from it) or "override"
    name_source: str = "operation_id"
    callbacks: tuple[Callback, ...] = ()
    # servers of its own (the operation's, else its path's; defaults set), and where its
    # calls go: (an API server, this operation's server instead) pairs, used while the
    # client's base_url is that API server; both empty when they are the API's servers
    servers: tuple[Server, ...] = ()
    hosts: tuple[tuple[str, str], ...] = ()

    @property
    def success_example(self) -> JsonValue:
        """The example of the first success response that gives one (the test kit's
        default answer), or None."""
        return next((r.example for r in self.responses if r.example is not None), None)

    @property
    def checked_parameters(self) -> tuple[Parameter, ...]:
        """The query and header parameters, which the test kit checks requests against."""
        return tuple(p for p in self.params if p.location in ("query", "header"))

    @property
    def custom_accept(self) -> str | None:
        """The Accept header when it is not the one the runtime's endpoints send by default."""
        return None if self.accept == DEFAULT_ACCEPT else self.accept


@dataclass(frozen=True)
class CallOption:
    """A per-call option every method takes (`timeout=`, ...): a field of the runtime's
    `RequestOptions` (read by generator.runtime_source), spelled as the runtime writes it."""

    name: str
    annotation: str
    default: str  # Python source: `None`, `NOT_GIVEN`


@dataclass(frozen=True)
class Resource:
    """A resource of the client: `client.<path>`, its methods and its sub-resources.

    Every resource (nested or not) has a module of its own, `resources/<module>.py`.
    """

    attr_name: str
    class_name: str
    module: str
    description: str | None
    operations: tuple[Operation, ...]
    children: tuple[Resource, ...] = ()
    path: str = ""  # the attribute chain from the client: "customers.tax_ids"
    # inherited by the sync and the async class, before the runtime's base
    mixins: tuple[Mixin, ...] = ()
    async_mixins: tuple[Mixin, ...] = ()

    def walk(self) -> tuple[Resource, ...]:
        """This resource and every resource below it, parents first."""
        return (self, *(node for child in self.children for node in child.walk()))


@dataclass(frozen=True)
class ServerVariable:
    name: str
    default: str
    enum: tuple[str, ...] = ()
    description: str | None = None


@dataclass(frozen=True)
class Server:
    """`url` has every variable set to its default; `template` is the URL as written."""

    url: str
    description: str | None = None
    template: str = ""
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Api:
    package: str
    title: str
    version: str
    package_version: str
    description: str | None
    servers: tuple[Server, ...]
    base_url: str | None
    resources: tuple[Resource, ...]
    client_operations: tuple[Operation, ...]
    modules: tuple[ModelModule, ...]
    http: HttpLibrary
    security_schemes: tuple[SecurityScheme, ...] = ()
    # every named type: name -> module, for the lazy models/__init__
    exports: tuple[tuple[str, str], ...] = field(default=())
    # what every method takes besides its arguments, and the SDK's error classes: both
    # read from the runtime's source
    call_options: tuple[CallOption, ...] = ()
    error_classes: tuple[str, ...] = ()
    webhooks: Webhooks | None = None
    # the header a POST's or PATCH's idempotency key goes in (config, else the one the
    # operations declare); None: writes get no key unless the caller gives one
    idempotency_header: str | None = None
    # headers sent with every request, unless the caller's replace them (config: an API
    # version), in the configured order
    pinned_headers: tuple[tuple[str, str], ...] = ()
    # the key of the credential the API asks for first (the top-level `security`)
    main_scheme: str | None = None
    # the error classes this API types (`body`) or adds (a declared status): see ErrorClass
    error_types: tuple[ErrorClass, ...] = ()
    # the package index the SDK is published on (config `index`), or None
    package_index: str | None = None
    # every named type -> the pointer of the schema it was made from (in the document as
    # loaded), sorted: where a name came from, for `sdkforge lint`
    sources: tuple[tuple[str, str], ...] = ()

    @property
    def main_credential(self) -> SecurityScheme | None:
        """The credential the README's quickstart shows: the one the API asks for first,
        when it is one secret (an API key or a bearer token)."""
        return next(
            (
                s
                for s in self.security_schemes
                if s.key == self.main_scheme and s.kind in ("api_key", "bearer")
            ),
            None,
        )
    # inherited by Client and AsyncClient, before the runtime's base
    client_mixins: tuple[Mixin, ...] = ()
    async_client_mixins: tuple[Mixin, ...] = ()

    @property
    def secret_headers(self) -> tuple[str, ...]:
        """The headers API keys are sent in (the test kit records them redacted)."""
        return tuple(
            s.wire_name.lower()
            for s in self.security_schemes
            if s.location == "header" and s.wire_name is not None
        )

    @property
    def credential_query(self) -> tuple[str, ...]:
        """The query parameters API keys are sent in (declared for every operation)."""
        return tuple(
            s.wire_name
            for s in self.security_schemes
            if s.location == "query" and s.wire_name is not None
        )

    @property
    def takes_scopes(self) -> bool:
        """Whether the client takes `scopes=` (it fetches OAuth2 tokens)."""
        return any(s.fetches_tokens for s in self.security_schemes)

    @property
    def has_operation_servers(self) -> bool:
        """Whether an operation goes to a server of its own (api.md then says when)."""
        operations = [op for r in self.all_resources() for op in r.operations]
        return any(op.hosts for op in (*operations, *self.client_operations))

    def all_resources(self) -> tuple[Resource, ...]:
        """Every resource of the tree, parents first (one module each)."""
        return tuple(node for resource in self.resources for node in resource.walk())


def unalias(ref: TypeRef, named: Mapping[str, Model | Enum | Alias]) -> TypeRef:
    """The type a named alias stands for (through aliases of aliases; a cycle stops), or
    `ref` itself when it names no alias."""
    seen: set[str] = set()
    while ref.kind == "named" and ref.name not in seen:
        seen.add(ref.name or "")
        target = named.get(ref.name or "")
        if not isinstance(target, Alias):
            break
        ref = target.type
    return ref
