"""An app that answers every request with what it received, for the relay SDK.

Any method and path: 200 (201 for POST) with a JSON body that fits relay's `Job` and
`Payment` alike (extra keys are kept by the models), and the request as the server read it
in the `x-echo` header (ASCII JSON: method, path, query, headers by lower-case name, body
as text). `received` lists the same records, one a request, for tests that must know
nothing was sent.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

ANSWER = {
    "id": "echo-1",
    "name": "echo",
    "state": "queued",
    "amount": 0,
    "currency": "EUR",
    "idempotency_key": None,
}


def create_app(received: list[dict[str, Any]]) -> Starlette:
    async def echo(request: Request) -> JSONResponse:
        body = await request.body()
        record = {
            "method": request.method,
            "path": request.url.path,
            "query": request.url.query,
            "headers": {k.lower(): v for k, v in request.headers.items()},
            "body": body.decode("utf-8", "replace"),
        }
        received.append(record)
        status = 201 if request.method == "POST" else 200
        return JSONResponse(ANSWER, status_code=status, headers={"x-echo": json.dumps(record)})

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
    return Starlette(routes=[Route("/{path:path}", echo, methods=methods)])
