"""How an ir.Operation is spelled as a method, in the `.py` modules and their `.pyi` stubs.

The parser decided the arguments and the result; this only spells them. The module and
its stub call the same functions, the stub with `stub=True`: tagged unions spelled as the
plain union of their variants (what type checkers make of the `Annotated[...]` form).
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import ir
from generator.render.escape import docstring, py_literal
from generator.render.types import annotation

# How the client and resource modules refer to the models package (imported under this
# private alias, so an attribute named `models` cannot shadow it in a class body).
MODELS = "_models."


def type_annotation(ref: ir.TypeRef, stub: bool = False) -> str:
    """A type in a client or resource module (named types through the models package)."""
    return annotation(ref, MODELS, tagged=not stub)


# How a default written as text becomes its object (see names_of_default in imports).
PARSED_DEFAULTS = {
    "date": "dt.date.fromisoformat",
    "datetime": "dt.datetime.fromisoformat",
    "uuid": "UUID",
}


def default_literal(default: ir.Default) -> str:
    if default.enum_name is not None and default.enum_member is not None:
        return f"{default.enum_name}.{default.enum_member}"
    if default.parse_as is not None:
        return f"{PARSED_DEFAULTS[default.parse_as]}({py_literal(default.value)})"
    return py_literal(default.value)


def argument_declaration(argument: ir.Argument, stub: bool = False) -> str:
    """`name: type` or `name: type = default`, as the method's signature declares it.

    An omittable argument (an optional body key) defaults to NOT_GIVEN: left out of the
    body unless given, so that None can be sent as null."""
    declared = f"{argument.name}: {type_annotation(argument.type, stub)}"
    if argument.omittable:
        return f"{declared} | NotGiven = {'...' if stub else 'NOT_GIVEN'}"
    if argument.default is None:
        return declared
    return f"{declared} = {default_literal(argument.default)}"


def option_declaration(option: ir.CallOption, stub: bool = False) -> str:
    """A per-call option as a method declares it; a stub writes `...` for NOT_GIVEN."""
    default = "..." if stub and option.default == "NOT_GIVEN" else option.default
    return f"{option.name}: {option.annotation} = {default}"


def argument_value(argument: ir.Argument) -> str:
    """What a method passes on for an argument: the value, or its JSON text when the
    parameter is sent as JSON."""
    if argument.json_type is None:
        return argument.name
    dumped = (
        f"adapter_for({type_annotation(argument.json_type)})"
        f".dump_json({argument.name}, by_alias=True, exclude_unset=True).decode()"
    )
    return f"None if {argument.name} is None else {dumped}"


# The keyword of the client's `request` that takes the values of each parameter location.
_PLACES = (("path", "path"), ("query", "query"), ("headers", "header"), ("cookies", "cookie"))


def values_by_place(
    operation: ir.Operation,
) -> list[tuple[str, list[ir.Argument], tuple[tuple[str, str], ...]]]:
    """(keyword, arguments, fixed values) a method hands the client for each location of
    its parameters; the fixed values are the headers the spec fixes."""
    return [
        (keyword, [a for a in operation.arguments if a.kind == kind], fixed)
        for keyword, kind in _PLACES
        for fixed in [operation.fixed_headers if kind == "header" else ()]
    ]


def result_annotation(result: ir.Result, prefix: str, stub: bool = False) -> str:
    """What a method returns; `prefix` is "" for the sync flavour, "Async" for the async one.
    With a stream switch: either result (the overloads say which, see stream_overloads)."""
    if result.kind == "page" and result.page_class is not None:
        return prefix + result.page_class
    if result.kind == "events":
        return f"{prefix}Stream[{type_annotation(result.type, stub)}]"
    alternative = result.stream_alternative
    if alternative is not None and alternative.switch is not None:
        events = alternative.operation.result
        return f"{type_annotation(result.type, stub)} | {result_annotation(events, prefix, stub)}"
    return type_annotation(result.type, stub)


def stream_overloads(
    operation: ir.Operation, prefix: str, stub: bool = False
) -> list[tuple[str, str]]:
    """The `@overload` signatures of a method with a stream switch, each as the declaration
    of the switch and the return type: `Literal[False]` (or left out) gives the value,
    `Literal[True]` the stream, a plain `bool` either (that last one also takes
    UNKNOWN_KEYWORDS). Empty for other methods."""
    result = operation.result
    alternative = result.stream_alternative
    if alternative is None or alternative.switch is None:
        return []
    switch = alternative.switch
    value = result_annotation(ir.Result(kind=result.kind, type=result.type), prefix, stub)
    events = result_annotation(alternative.operation.result, prefix, stub)
    return [
        (f"{switch}: Literal[False] = False", value),
        (f"{switch}: Literal[True]", events),
        (f"{switch}: bool = False", f"{value} | {events}"),
    ]


# How a method with a stream switch takes the keywords it does not take: its last overload
# and the method, which refuses them (generator.runtime/_runtime/_keywords.py says why; the
# parser keeps argument names off `unknown` and `refuse_unknown`, see parse.reserved).
UNKNOWN_KEYWORDS = "**unknown: NoSuchKeyword[Never]"


def client_call(operation: ir.Operation, prefix: str) -> str:
    """The client method a generated method sends its call through, with its first arguments."""
    result = operation.result
    if result.kind == "page" and result.page_class is not None:
        return f"request_page({operation.constant_name}, {prefix}{result.page_class}"
    if result.kind == "events":
        return f"request_events({operation.constant_name}"
    return f"request({operation.constant_name}"


def custom_styles(operation: ir.Operation) -> list[tuple[str, str, str, bool]]:
    """Parameters serialised in another style than their location's default."""
    return [
        (p.location, p.wire_name, p.style, p.explode)
        for p in operation.path_params + operation.params
        if not p.default_style
    ]


def operation_docstring(operation: ir.Operation, indent: int, route: bool = False) -> str:
    """Summary, description and the documented arguments (the body's last); with `route`,
    the request last (`GET /pets/{petId}`: the stub's, which the API surface reads)."""
    parts = [text for text in (operation.summary, operation.description) if text and text.strip()]
    if parts[1:] and parts[0].strip() == parts[1].strip():
        parts = parts[:1]
    documented = sorted((a for a in operation.arguments if a.doc), key=lambda a: a.kind == "body")
    if documented:
        lines = ["Args:"]
        lines += [f"    {a.name}: {' '.join((a.doc or '').split())}" for a in documented]
        parts.append("\n".join(lines))
    if operation.callbacks:
        lines = ["Callbacks (requests the API sends to the URL you give; read them with `webhooks`):"]
        for callback in operation.callbacks:
            body = f", body `{annotation(callback.type, 'models.')}`" if callback.type else ""
            lines.append(
                f"    {callback.name}: {callback.http_method} {callback.expression}{body}"
            )
        parts.append("\n".join(lines))
    if operation.deprecated:
        parts.insert(0, "Deprecated.")
    request = f"{operation.http_method} {operation.path}"
    if route or not parts:
        parts.append(request)
    return docstring("\n\n".join(parts), indent)


_SAMPLES = {"str": '"..."', "int": "1", "float": "1.0", "bool": "True"}


def example_call(target: str, operation: ir.Operation) -> str:
    """A call of `operation` for the README, with placeholder values for required arguments."""
    required = [a for a in operation.arguments if a.required]
    arguments = [
        _SAMPLES.get(a.type.scalar or "", "...") if a.type.kind == "scalar" else "..."
        for a in required
        if a.positional
    ]
    keywords = sorted((a for a in required if not a.positional), key=lambda a: a.kind == "body")
    arguments += ["body={...}" if a.kind == "body" else f"{a.name}=..." for a in keywords]
    result = "" if operation.result.kind == "none" else "result = "
    return f"{result}{target}.{operation.method_name}({', '.join(arguments)})"


def has_keyword_body(operation: ir.Operation) -> bool:
    return any(a.kind == "body_field" for a in operation.arguments)


@dataclass(frozen=True)
class Signature:
    """One `def` of a method: its name, its declarations (before and after `*`), its return
    type; an `@overload` when `overload`; its body: `docstring` (the module's method goes
    on with its call) or, without one, `...`."""

    name: str
    positional: list[str]
    keywords: list[str]
    returns: str
    overload: bool = False
    docstring: str | None = None
    # `**name: type` after the per-call options (UNKNOWN_KEYWORDS), or None
    rest: str | None = None


def declarations(
    operation: ir.Operation, stub: bool = True, switch: str | None = None
) -> tuple[list[str], list[str]]:
    """The (positional, keyword-only) declarations of a method, as the stub spells them
    (`stub=False`: as the module does); `switch` replaces the declaration of the stream
    switch (see overload_signatures).

    One signature, an object body's keys included (the required ones required): a
    misspelled keyword is then one error that names it, where overloads would make type
    checkers list every overload's parameters."""

    def declare(argument: ir.Argument) -> str:
        if switch is not None and argument.kind == "switch":
            return switch
        return argument_declaration(argument, stub)

    positional = [declare(a) for a in operation.arguments if a.positional]
    return positional, [declare(a) for a in operation.arguments if not a.positional]


def overload_signatures(
    operation: ir.Operation, prefix: str, stub: bool = False, docstring: str | None = None
) -> list[Signature]:
    """The `@overload`s of a method with a stream switch: one per value of the switch (see
    stream_overloads), the `bool` one, whose union covers the earlier return types, last
    (so no two overloads overlap with incompatible returns). That last one takes the
    keywords no overload declares (UNKNOWN_KEYWORDS): a misspelled keyword fits it alone,
    and type checkers report that one overload's error, which names the keyword, instead of
    listing every overload. Empty for methods without a switch."""
    overloads = stream_overloads(operation, prefix, stub)
    return [
        Signature(
            operation.method_name,
            *declarations(operation, stub, switch),
            returns,
            overload=True,
            docstring=docstring,
            rest=UNKNOWN_KEYWORDS if number == len(overloads) else None,
        )
        for number, (switch, returns) in enumerate(overloads, 1)
    ]


def body_value(operation: ir.Operation) -> str | None:
    """What a method passes on as the body (its `body` argument, or the body built from the
    keyword arguments of an object body's keys), with a stream switch written into it."""
    body = _body_expression(operation)
    alternative = operation.result.stream_alternative
    if body is None or alternative is None or alternative.switch is None:
        return body
    wire = next(a.wire_name for a in operation.arguments if a.kind == "switch")
    return (
        f"with_switch({body}, {py_literal(wire)}, {py_literal(alternative.body_field)}, "
        f"{alternative.switch})"
    )


def _body_expression(operation: ir.Operation) -> str | None:
    if not has_keyword_body(operation):
        body = next((a for a in operation.arguments if a.kind == "body"), None)
        return None if body is None else body.name
    fields = ", ".join(
        f"{py_literal(a.wire_name)}: {a.name}"
        for a in operation.arguments
        if a.kind == "body_field"
    )
    required = operation.body is not None and operation.body.required
    return f"body_from(body, {{{fields}}}, extra_body, required={required})"


def module_signatures(operation: ir.Operation, prefix: str) -> list[Signature]:
    """The `def`s of a method in its module: the overloads on the stream switch, if any,
    then the method itself (one signature, whose defaults every overload accepts)."""
    defs = overload_signatures(operation, prefix)
    positional = [argument_declaration(a) for a in operation.arguments if a.positional]
    keywords = [argument_declaration(a) for a in operation.arguments if not a.positional]
    returns = result_annotation(operation.result, prefix)
    docstring = operation_docstring(operation, 8)
    rest = defs[-1].rest if defs else None
    method = Signature(
        operation.method_name, positional, keywords, returns, docstring=docstring, rest=rest
    )
    return [*defs, method]


def stub_method_signatures(operation: ir.Operation, prefix: str) -> list[Signature]:
    """The `def`s of a method in its stub: the overloads on the stream switch, else the one
    signature."""
    name = operation.method_name
    # editors show the stub, not the module: each `def` carries the method's docstring
    text = operation_docstring(operation, 8, route=True)
    overloads = overload_signatures(operation, prefix, True, text)
    if overloads:
        return overloads
    returns = result_annotation(operation.result, prefix, stub=True)
    return [Signature(name, *declarations(operation), returns, docstring=text)]


def view_protocol(operation: ir.Operation, prefix: str, view: str) -> list[Signature]:
    """The `__call__`s of the protocol that types a response view's method (`view` wraps
    the result: `APIResponse[%s]`...), or none: a method of one signature is typed by the
    generic view (RawView...), but type checkers keep only the first overload of an
    overloaded one through its ParamSpec. The protocol keeps the value-or-stream union of
    a stream switch."""
    if len(stub_method_signatures(operation, prefix)) == 1:
        return []
    returns = view % result_annotation(operation.result, prefix, stub=True)
    return [Signature("__call__", *declarations(operation), returns)]
