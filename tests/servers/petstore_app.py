"""In-memory server for ``specs/petstore.yaml`` (base path ``/v1``).

Seeded pets (ids 1, 2, 3) are restored by every ``create_app()`` call; each
app has its own store. See README.md in this folder.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

SEED_PETS: list[dict[str, Any]] = [
    {"id": 1, "name": "Fido", "tag": "dog"},
    {"id": 2, "name": "Tom", "tag": "cat"},
    {"id": 3, "name": "Nemo", "tag": None},  # `tag` is nullable
]


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"code": status, "message": message}, status_code=status)


class PetStore:
    def __init__(self) -> None:
        self.pets: dict[int, dict[str, Any]] = {p["id"]: dict(p) for p in SEED_PETS}
        self.next_id = max(self.pets) + 1

    def find(self, raw_id: str) -> dict[str, Any] | None:
        try:
            pet_id = int(raw_id)
        except ValueError:
            return None
        return self.pets.get(pet_id)


def create_app() -> Starlette:
    store = PetStore()

    async def list_pets(request: Request) -> Response:
        pets = sorted(store.pets.values(), key=lambda p: p["id"])
        raw_limit = request.query_params.get("limit")
        headers: dict[str, str] = {}
        if raw_limit is not None:
            try:
                limit = int(raw_limit)
            except ValueError:
                return _error(400, f"limit must be an integer, got {raw_limit!r}")
            if not 1 <= limit <= 100:
                return _error(400, "limit must be between 1 and 100")
            if len(pets) > limit:
                headers["x-next"] = f"/v1/pets?limit={limit}&after={pets[limit - 1]['id']}"
            pets = pets[:limit]
        return JSONResponse(pets, headers=headers)

    async def create_pet(request: Request) -> Response:
        try:
            body = json.loads(await request.body())
        except ValueError:
            return _error(400, "request body is not valid JSON")
        if not isinstance(body, dict):
            return _error(400, "request body must be a JSON object")
        name = body.get("name")
        if name is None:
            return _error(400, "name is required")
        if not isinstance(name, str):
            return _error(400, "name must be a string")
        tag = body.get("tag")
        if tag is not None and not isinstance(tag, str):
            return _error(400, "tag must be a string")
        pet: dict[str, Any] = {"id": store.next_id, "name": name}
        if "tag" in body:
            pet["tag"] = tag
        store.next_id += 1
        store.pets[pet["id"]] = pet
        return JSONResponse(pet, status_code=201)

    async def show_pet(request: Request) -> Response:
        pet = store.find(request.path_params["petId"])
        if pet is None:
            return _error(404, f"pet {request.path_params['petId']} not found")
        return JSONResponse(pet)

    async def delete_pet(request: Request) -> Response:
        pet = store.find(request.path_params["petId"])
        if pet is None:
            return _error(404, f"pet {request.path_params['petId']} not found")
        del store.pets[pet["id"]]
        return Response(status_code=204)

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSONResponse(
            {"code": exc.status_code, "message": str(exc.detail)},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    app = Starlette(
        exception_handlers={HTTPException: on_http_error},
        routes=[
            Route("/v1/pets", list_pets, methods=["GET"]),
            Route("/v1/pets", create_pet, methods=["POST"]),
            Route("/v1/pets/{petId}", show_pet, methods=["GET"]),
            Route("/v1/pets/{petId}", delete_pet, methods=["DELETE"]),
        ],
    )
    app.state.store = store
    return app
