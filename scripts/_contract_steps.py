"""The steps of scripts/contract that run in a process of their own, one spec at a time.

    python scripts/_contract_steps.py prepare SPEC FOLDER PACKAGE
        load the spec, write FOLDER/prism.json (the copy Prism gets), generate the SDK into
        FOLDER/sdk and write FOLDER/plan.pickle: every operation with its arguments.
    python scripts/_contract_steps.py call FOLDER PACKAGE BASE_URL TIMEOUT [LIMIT]
        call every operation of the plan with the generated sync client; FOLDER/calls.json.

Each prints one JSON object on its last stdout line and exits 0 when the step ran.
"""

from __future__ import annotations

import json
import logging
import pickle
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _contract_values import (
    Binary,
    media_value,
    parameter_value,
    prism_document,
    resolve,
    schema_value,
)
from _corpus_steps import one_line, print_failure

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
DUMMY = {
    "api_key": "contract-key",
    "bearer": "contract-token",
    "basic": ("user", "pass"),
    "oauth2_client_credentials": ("client", "secret"),
}


def _spec_parameters(document: dict[str, Any], path: str, method: str) -> dict[Any, Any]:
    """(location, name) -> Parameter object: the path item's, overridden by the operation's."""
    item = resolve(document.get("paths", {}).get(path), document) or {}
    operation = resolve(item.get(method.lower()), document) or {}
    found: dict[Any, Any] = {}
    for entry in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
        parameter = resolve(entry, document)
        if isinstance(parameter, dict) and "name" in parameter:
            location = parameter.get("in")
            name = parameter["name"]
            found[(location, name.lower() if location == "header" else name)] = parameter
    return found


def _body_value(
    body: Any, operation: dict[str, Any], document: dict[str, Any], examples: bool = True
) -> Any:
    request = resolve(operation.get("requestBody"), document) or {}
    content = request.get("content") or {}
    media = content.get(body.content_type)
    if media is None and content:
        media = next(iter(content.values()))
    media = resolve(media, document) or {}
    if examples:
        value = media_value(media, document)
    else:
        value = schema_value(media.get("schema", {}), document)
    if body.kind == "bytes":
        return value if isinstance(value, bytes) else Binary(b"contract")
    if body.kind == "text":
        return value if isinstance(value, str) else json.dumps(value)
    return value


def plan_operation(op: Any, owner: str, document: dict[str, Any]) -> dict[str, Any]:
    """The call of one IR operation: positional path values, keyword values, body."""
    parameters = _spec_parameters(document, op.path, op.http_method)
    item = resolve(document.get("paths", {}).get(op.path), document) or {}
    operation = resolve(item.get(op.http_method.lower()), document) or {}

    def lookup(param: Any) -> tuple[bool, Any]:
        key = (
            param.location,
            param.wire_name.lower() if param.location == "header" else param.wire_name,
        )
        spec = parameters.get(key)
        if spec is None:
            return False, "contract"
        return parameter_value(spec, document)

    args = [lookup(param)[1] for param in op.path_params]
    kwargs: dict[str, Any] = {}
    for param in op.params:
        has_example, value = lookup(param)
        # the required ones, and the optional ones the spec gives an example for
        if param.required or (has_example and value is not None):
            kwargs[param.name] = value
    fallback = None
    if op.body is not None:
        kwargs["body"] = _body_value(op.body, operation, document)
        # a body built from the schema alone, for when the spec's example breaks the schema
        fallback = _body_value(op.body, operation, document, examples=False)
    declared = sorted({r.status for r in (*op.responses, *op.errors)})
    return {
        "id": f"{op.http_method.upper()} {op.path}",
        "path": op.path,
        "owner": owner,
        "method": op.method_name,
        "args": args,
        "kwargs": kwargs,
        "fallback_body": fallback,
        "declared": declared,
        "events": op.event_type is not None,
    }


def client_kwargs(api: Any, document: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A dummy credential for every scheme; oauth2 as a bearer header (no token fetch)."""
    kwargs: dict[str, Any] = {}
    for scheme in api.security_schemes:
        if scheme.kind in DUMMY:
            kwargs[scheme.param_name] = DUMMY[scheme.kind]
    headers: dict[str, str] = {}
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    kinds = {(resolve(s, document) or {}).get("type") for s in schemes.values()}
    has_authorization = any(
        s.kind in ("bearer", "basic", "oauth2_client_credentials") for s in api.security_schemes
    )
    if kinds & {"oauth2", "openIdConnect"} and not has_authorization:
        headers["Authorization"] = "Bearer contract-token"
    return kwargs, headers


def server_prefix(document: dict[str, Any]) -> str:
    """The path of the first server URL (variables at their defaults), without a final /."""
    servers = document.get("servers") or []
    if not servers or not isinstance(servers[0], dict):
        return ""
    url = str(servers[0].get("url", ""))
    for name, variable in (servers[0].get("variables") or {}).items():
        url = url.replace("{" + name + "}", str((variable or {}).get("default", "")))
    return urlsplit(url).path.rstrip("/") if "://" in url else url.split("?")[0].rstrip("/")


def prepare(spec: str, folder: str, package: str) -> int:
    from generator.load import load_spec
    from generator.output import write_tree
    from generator.pipeline import generate_files

    out = Path(folder)
    try:
        loaded = load_spec(Path(spec), Path(spec).name)
        copy, remote = prism_document(loaded.document)
        if remote:
            print(json.dumps({"ok": False, "skip": f"non-local $ref: {remote[0]}"}))
            return 0
        (out / "prism.json").write_text(json.dumps(copy), encoding="utf-8")
        result = generate_files(Path(spec), package, display=Path(spec).name)
        write_tree(result.files, out / "sdk")
    except Exception as error:  # noqa: BLE001 - a generator bug too: report it, keep going
        print_failure(error)
        return 1
    api = result.api
    document = loaded.document
    calls: list[dict[str, Any]] = []
    problems: list[str] = []
    owned = [("", op) for op in api.client_operations] + [
        (resource.path, op) for resource in api.all_resources() for op in resource.operations
    ]
    for owner, op in owned:
        try:
            calls.append(plan_operation(op, owner, document))
        except Exception as error:  # noqa: BLE001
            problems.append(f"{op.http_method.upper()} {op.path}: plan: {one_line(error)}")
    kwargs, headers = client_kwargs(api, document)
    plan = {
        "calls": calls,
        "client_kwargs": kwargs,
        "headers": headers,
        "prefix": server_prefix(document),
        "problems": problems,
    }
    (out / "plan.pickle").write_bytes(pickle.dumps(plan))
    print(json.dumps({"ok": True, "operations": len(owned), "prefix": plan["prefix"]}))
    return 0


# -- the calls -----------------------------------------------------------------------------

# Prism's own answers: the request did not get to the mock (it broke the contract)
REJECTED = ("UNPROCESSABLE_ENTITY", "UNAUTHORIZED", "NO_PATH_MATCHED_ERROR", "NO_METHOD_MATCHED")
# Prism's limits: the request passed, but Prism cannot make a response for it (an object
# example for a text response, a schema its generator gives up on). Not NOT_ACCEPTABLE: the
# SDK's Accept names the declared types, and Prism's copy declares `*/*` JSON as JSON.
PRISM_LIMITS = (
    "NO_COMPLEX_OBJECT_TEXT",
    "SCHEMA_TOO_COMPLEX",
    "NO_RESPONSE_RESPONSE_DEFINED",  # the operation declares no response to mock
    "NULL_BODY",
)


def _request_violations(header: str | None) -> bool:
    if not header:
        return False
    try:  # a long list comes as `Too many violations! [...]`, maybe cut short
        violations = json.loads(header[header.find("[") :])
    except ValueError:
        return '"location":["request"' in header
    return any((v.get("location") or [""])[0] == "request" for v in violations)


def _is_validation(error: BaseException | None) -> bool:
    return type(error).__name__ == "ValidationError" and "pydantic" in type(error).__module__


def _violations(seen: dict[str, Any]) -> str:
    problem = seen.get("problem") or {}
    parts = [str(problem.get("title") or problem.get("type", ""))]
    detail = problem.get("detail")
    if detail:
        parts.append(str(detail))
    for violation in (problem.get("validation") or [])[:3]:
        where = ".".join(str(p) for p in violation.get("location") or [])
        parts.append(f"{where}: {violation.get('message')}")
    if seen.get("sl_violations"):
        parts.append("sl-violations: " + seen["sl_violations"][:300])
    return "; ".join(p for p in parts if p)


def _cause(error: BaseException) -> str:
    """The one-line error; for a response the SDK refused, where and why (never the value)."""
    found = error.__cause__
    if not _is_validation(found):
        return one_line(error)
    first = found.errors()[0]  # type: ignore[union-attr]
    where = ".".join(str(part) for part in first["loc"]) or "(the body)"
    return one_line(error, 200) + f" first: {where}: {first['msg']}"


class _Collect(logging.Handler):
    """Keeps the messages of warnings (the SDK's drift warnings) in a list."""

    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


def _loopback_transport() -> Any:
    import httpx2 as httpx

    class LoopbackOnly(httpx.HTTPTransport):
        """Requests go to Prism on loopback only; an OAuth2 client-credentials token request
        gets a dummy token without leaving the process; anything else elsewhere is refused."""

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            # Prism is no authorization server (Vimeo's token operation even wants JSON, not
            # the form RFC 6749 prescribes): token requests get a dummy token, on loopback too
            if request.method == "POST" and b"grant_type=client_credentials" in request.read():
                token = {"access_token": "contract-token", "token_type": "bearer"}
                return httpx.Response(200, json={**token, "expires_in": 3600})
            if request.url.host in ("127.0.0.1", "localhost"):
                return super().handle_request(request)
            raise httpx.ConnectError(f"refused: {request.url.host} is not loopback")

    return LoopbackOnly


def call(folder: str, package: str, base_url: str, timeout: str, limit: str = "0") -> int:
    import importlib

    import httpx2 as httpx

    LoopbackOnly = _loopback_transport()
    out = Path(folder)
    plan = pickle.loads((out / "plan.pickle").read_bytes())
    sys.path.insert(0, str(out / "sdk"))
    root = importlib.import_module(package)
    errors = importlib.import_module(package + ".errors")
    seen: dict[str, Any] = {}

    def on_request(request: httpx.Request) -> None:
        seen["request"] = f"{request.method} {request.url.raw_path.decode()}"

    def on_response(response: httpx.Response) -> None:
        seen["status"] = response.status_code
        seen["sl_violations"] = response.headers.get("sl-violations")
        if response.headers.get("content-length") in ("4", "6"):
            # a bare `null` (or `[null]`): what Prism answers when it cannot build an example
            # (Box's `allOf` models without `type`, which JSON Schema lets null through)
            seen["null_body"] = response.read() in (b"null", b"[null]")
        if "problem+json" in response.headers.get("content-type", ""):
            response.read()
            try:
                seen["problem"] = response.json()
            except ValueError:
                seen["problem"] = {"title": response.text[:200]}

    http = httpx.Client(
        event_hooks={"request": [on_request], "response": [on_response]},
        timeout=float(timeout),
        transport=LoopbackOnly(),
    )
    client = root.Client(
        # Prism serves the paths at its root, whatever path the spec's server URL has
        base_url=base_url,
        max_retries=0,
        timeout=float(timeout),
        default_headers=plan["headers"] or None,
        http_client=http,
        **plan["client_kwargs"],
    )
    # the SDK returns a response that does not match the spec leniently, with a warning:
    # the warning tells a strictly parsed response from one returned as received
    drift: list[str] = []
    logging.getLogger(package).addHandler(_Collect(drift))
    logging.getLogger(package).propagate = False
    results = []
    calls = plan["calls"][: int(limit)] if int(limit) > 0 else plan["calls"]
    for entry in calls:
        seen.clear()
        drift.clear()
        if "#" in entry["path"] or "?" in entry["path"]:
            # `/#X-Amz-Target=...` (the AWS specs): an operation told apart by a fragment or
            # query in its path key; Prism routes on the path alone and cannot find it
            results.append({"id": entry["id"], "unservable": "path key has a '#' or '?'"})
            continue
        target = client
        for attribute in entry["owner"].split(".") if entry["owner"] else ():
            target = getattr(target, attribute)  # a nested resource: client.a.b
        outcome: dict[str, Any] = {"id": entry["id"], "method": entry["method"]}
        error: BaseException | None = None
        kwargs = entry["kwargs"]
        for attempt in ("example", "schema"):
            try:
                value = getattr(target, entry["method"])(*entry["args"], **kwargs)
                if isinstance(value, root.Stream):  # the public name: where it is defined may move
                    for _ in value:
                        pass
                    value.close()
            except Exception as caught:  # noqa: BLE001 - each failure is a finding
                error = caught
            # the SDK refused the spec's own body example before sending it (the example
            # breaks the schema): once more with a body built from the schema
            sent = "request" in seen
            if (
                error is None
                or attempt == "schema"
                or sent
                or not _is_validation(error)
                or "body" not in kwargs
            ):
                break
            outcome["note"] = "the spec's body example breaks its schema: " + one_line(error, 160)
            kwargs = {**kwargs, "body": entry["fallback_body"]}
            error = None
        status = seen.get("status")
        problem = seen.get("problem") or {}
        prism_error = str(problem.get("type", "")).rsplit("#", 1)[-1] if problem else ""
        outcome["status"] = status
        outcome["request"] = seen.get("request")
        # sl-violations lists what Prism found wrong: the request's, and its own response's
        # (a generated example that breaks the schema): only the first kind is a rejection
        rejected = status is not None and (
            prism_error in REJECTED or _request_violations(seen.get("sl_violations"))
        )
        outcome["accepted"] = status is not None and not rejected
        if error is None:
            outcome["parsed"] = status is not None and 200 <= status < 400
            outcome["returned"] = outcome["parsed"]
            if drift and outcome["parsed"]:
                outcome["parsed"] = False  # returned as received, not as declared
                outcome["lenient"] = drift[0][:300]
        elif isinstance(error, errors.APIStatusError) and not prism_error:
            # a declared error status (`default` too), but not Prism's own error answers
            declared = entry["declared"]
            code = str(error.status_code)
            outcome["parsed"] = any(d in (code, code[0] + "XX", "default") for d in declared)
            outcome["returned"] = outcome["parsed"]
        else:
            outcome["parsed"] = outcome["returned"] = False
        if rejected:
            outcome["cause"] = f"rejected by Prism ({status}): {_violations(seen)}"
        elif prism_error:
            outcome["cause"] = f"Prism error ({status}): {_violations(seen)}"
            if prism_error in PRISM_LIMITS or "too complex" in outcome["cause"].lower():
                outcome["prism_limit"] = prism_error or "SCHEMA_TOO_COMPLEX"
        elif not outcome["parsed"]:
            if outcome.get("lenient"):
                outcome["cause"] = "returned leniently: " + outcome["lenient"]
            else:
                outcome["cause"] = _cause(error) if error else f"status {status}"
            if seen.get("null_body") and type(error).__name__ == "APIResponseValidationError":
                outcome["prism_limit"] = "NULL_BODY"
                outcome["cause"] = "Prism answered a bare null for an object: " + outcome["cause"]
            elif seen.get("sl_violations"):
                outcome["prism_invalid"] = True
                outcome["cause"] += " [Prism's own response breaks the schema: " + (
                    _violations({"sl_violations": seen["sl_violations"]})[15:] + "]"
                )
        results.append(outcome)
    client.close()
    http.close()
    (out / "calls.json").write_text(json.dumps(results), encoding="utf-8")
    print(json.dumps({"ok": True, "calls": len(results)}))
    return 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["prepare"] and len(argv) == 4:
        return prepare(*argv[1:])
    if argv[:1] == ["call"] and len(argv) in (5, 6):
        started = time.perf_counter()
        code = call(*argv[1:])
        print(json.dumps({"seconds": round(time.perf_counter() - started, 2)}), file=sys.stderr)
        return code
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
