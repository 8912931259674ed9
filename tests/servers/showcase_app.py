"""In-memory server for ``specs/showcase.yaml`` (base path ``/v1``).

Every ``create_app()`` call gets its own store, seeded with the same
deterministic data (see ``SEED_*`` below and README.md in this folder).
``POST /v1/admin/reset`` restores the seed.

Request bodies are checked against the schemas of the spec itself (a small
JSON Schema subset interpreter, ``SpecValidator``), so a body the spec does not
allow is answered with 422 and a ``ValidationError``. Responses use the exact
wire names of the spec. Only ``GET /v1/items/{itemId}/future`` sends data the
spec does not declare (for forward-compatibility tests).
"""

from __future__ import annotations

import base64
import binascii
import copy
import datetime as dt
import functools
import json
import re
import struct
import uuid
import zlib
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import yaml
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

SPEC_PATH = Path(__file__).resolve().parents[2] / "specs" / "showcase.yaml"

ADMIN_TOKEN = "zoo-admin-token"

# --------------------------------------------------------------------------
# Seed data (wire format, exactly as the API sends it)
# --------------------------------------------------------------------------

ADA_ID = "10000000-0000-4000-8000-000000000001"
BOB_ID = "10000000-0000-4000-8000-000000000002"
WHISKERS_ID = "00000000-0000-4000-8000-000000000001"
REX_ID = "00000000-0000-4000-8000-000000000002"
POLLY_ID = "00000000-0000-4000-8000-000000000003"

BASE_URL = "https://showcase.example.com/v1"

SEED_ANIMALS: list[dict[str, Any]] = [
    {
        "id": WHISKERS_ID,
        "kind": "cat",
        "name": "Whiskers",
        "born_on": "2019-04-01",
        "size": 1,
        "health": "healthy",
        "vaccinated": True,
        "tags": ["indoor", "friendly"],
        "photo_url": f"{BASE_URL}/animals/{WHISKERS_ID}/photo",
        "keeper_id": ADA_ID,
        "enclosure": {"id": 1, "name": "Cat House", "feeding_time": "08:00:00"},
        "attributes": {"color": "tabby", "weight_kg": 4.2},
        "indoor": True,
        "lives": 9,
    },
    {
        "id": REX_ID,
        "kind": "dog",
        "name": "Rex",
        "born_on": "2018-09-12",
        "size": 2,
        "health": "recovering",
        "vaccinated": False,
        "tags": ["friendly"],
        "photo_url": None,
        "keeper_id": None,
        "enclosure": {"id": 2, "name": "Dog Run"},
        "attributes": {},
        "breed": "Beagle",
        "good_boy": True,
    },
    {
        "id": POLLY_ID,
        "kind": "bird",
        "name": "Polly",
        "size": 1,
        "health": "healthy",
        "vaccinated": True,
        "tags": ["loud"],
        "photo_url": f"{BASE_URL}/animals/{POLLY_ID}/photo",
        "keeper_id": BOB_ID,
        "enclosure": {"id": 3, "name": "Aviary", "feeding_time": "07:15:00"},
        "wingspan_cm": 45.5,
        "can_talk": True,
    },
]

SEED_KEEPERS: list[dict[str, Any]] = [
    {
        "id": ADA_ID,
        "first-name": "Ada",
        "last-name": "Lovelace",
        "@type": "Keeper",
        "2fa_enabled": True,
        "X-Rate": 21.5,
        "email": "ada@zoo.example",
        "hired_on": "2015-03-01",
        "shift_start": "08:30:00",
        "contact": {"email": "ada.home@example.org"},
        "expertise": ["cat", "bird"],
    },
    {
        "id": BOB_ID,
        "first-name": "Bob",
        "@type": "Keeper",
        "2fa_enabled": False,
        "email": "bob@zoo.example",
        "shift_start": "14:00:00",
        "contact": {"phone": "+44 20 7946 0000", "extension": "12"},
        "expertise": ["dog"],
    },
]

SEED_ITEMS: list[dict[str, Any]] = [
    {
        "id": 1,
        "sku": "HAY-001",
        "name": "Hay bale",
        "description": "Timothy hay, 20 kg bale.",
        "price": {"amount": 12.5, "currency": "EUR"},
        "quantity": 40,
        "status": "available",
        "unit": "piece",
        "priority": 1,
        "created_at": "2024-01-15T09:30:00Z",
        "restock_date": "2024-08-01",
        "weight_kg": 20.0,
        "dimensions": {"width_cm": 80.0, "height_cm": 40.0, "depth_cm": 35.0},
        "stock_by_warehouse": {"north": 25, "south": 15},
        "metadata": {"organic": True, "origin": "Kent"},
        "tags": ["food", "bulk"],
        "category_id": 2,
        "external_id": "3f2b8c4e-9a1d-4e5f-8b6a-7c9d0e1f2a3b",
        "supplier_email": "orders@hayfarm.example",
        "homepage": "https://hayfarm.example/bales",
        "thumbnail": base64.b64encode(b"HAY").decode(),  # "SEFZ"
    },
    {
        "id": 2,
        "sku": "SEED-002",
        "name": "Bird seed mix",
        "description": None,
        "price": {"amount": 4.75, "currency": "EUR"},
        "quantity": 120,
        "status": "reserved",
        "unit": "kg",
        "priority": 2,
        "created_at": "2024-02-03T14:00:00Z",
        "restock_date": None,
        "stock_by_warehouse": {"north": 120},
        "tags": ["food"],
        "category_id": 3,
    },
    {
        "id": 3,
        "sku": "BALL-003",
        "name": "Chew ball",
        "price": {"amount": 3.99, "currency": "USD"},
        "quantity": 0,
        "status": "sold_out",
        "unit": "piece",
        "priority": 3,
        "created_at": "2024-03-10T08:15:00Z",
        "restock_date": "2024-09-15",
        "dimensions": {"width_cm": 7.5, "height_cm": 7.5},
        "stock_by_warehouse": {},
        "tags": ["toy"],
        "category_id": 6,
    },
]

SEED_HISTORY: dict[int, list[dict[str, Any]]] = {
    1: [
        {"at": "2024-01-15T09:30:00Z", "change": 50, "reason": "initial stock"},
        {"at": "2024-02-01T10:00:00Z", "change": -10, "reason": "sold"},
    ],
    2: [{"at": "2024-02-03T14:00:00Z", "change": 120}],
    3: [
        {"at": "2024-03-10T08:15:00Z", "change": 20, "reason": "initial stock"},
        {"at": "2024-05-20T16:45:00Z", "change": -20, "reason": "sold"},
    ],
}

SEED_CATEGORIES: list[dict[str, Any]] = [
    {
        "id": 1,
        "name": "Food",
        "description": "Animal food.",
        "children": [
            {"id": 2, "name": "Hay", "description": None, "children": []},
            {"id": 3, "name": "Seeds", "children": []},
        ],
    },
    {
        "id": 4,
        "name": "Equipment",
        "description": None,
        "children": [
            {
                "id": 5,
                "name": "Toys",
                "children": [{"id": 6, "name": "Balls", "children": []}],
            }
        ],
    },
]

SEED_TOURS: dict[int, dict[str, Any]] = {
    1: {
        "id": 1,
        "title": "Morning tour",
        "first_stop": {
            "name": "Entrance",
            "duration_minutes": 5,
            "next": {
                "name": "Cat House",
                "duration_minutes": 15,
                "next": {
                    "name": "Aviary",
                    "duration_minutes": 20,
                    "next": {"name": "Exit"},
                },
            },
        },
    },
    2: {"id": 2, "title": "Quick look", "first_stop": {"name": "Dog Run", "duration_minutes": 10}},
}

SEED_TICKETS: list[dict[str, Any]] = [
    {
        "id": "T-1001",
        "class": "adult",
        "from": "2024-06-01",
        "until": "2024-06-01",
        "import": False,
        "type": "day-pass",
        "list": ["north", "aviary"],
        "str": "Enjoy your visit",
        "json": {"source": "web", "visits": 1},
        "model_config": "standard",
        "price": {"amount": 24.0, "currency": "EUR"},
        "zone": 1,
        "barcode": base64.b64encode(b"T-1001").decode(),  # "VC0xMDAx"
    },
    {
        "id": "T-1002",
        "class": "child",
        "from": "2024-06-02",
        "until": None,
        "import": True,
        "type": "season",
        "list": [],
        "price": {"amount": 12.0, "currency": "GBP"},
        "zone": 3,
    },
]

# Warehouse code -> last stock count.
WAREHOUSES: dict[str, str] = {
    "north": "2024-06-30T18:00:00Z",
    "south": "2024-06-29T18:00:00Z",
    "east": "2024-06-28T18:00:00Z",
}

# Fixed conversion rates used by getInventoryStats (values are in EUR).
EUR_RATES: dict[str, float] = {"EUR": 1.0, "USD": 0.9, "GBP": 1.2}

ITEM_STATUSES = ("available", "reserved", "sold_out")
ANIMAL_KINDS = ("cat", "dog", "bird")

# Sent by getItemFromFuture only.
FUTURE_STATUS = "discontinued"
FUTURE_EXTRAS: dict[str, Any] = {
    "warranty": {"months": 24, "provider": "ZooCare"},
    "eco_score": "A+",
}
FUTURE_PRICE_EXTRAS: dict[str, Any] = {"tax_rate": 0.2}


def _png_1x1() -> bytes:
    """A valid 1x1 PNG (one orange pixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x80\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


PHOTO_PNG = _png_1x1()


def _utcnow() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _animal_uuid(n: int) -> str:
    return f"00000000-0000-4000-8000-{n:012d}"


def _keeper_uuid(n: int) -> str:
    return f"10000000-0000-4000-8000-{n:012d}"


# --------------------------------------------------------------------------
# Spec-driven request body validation
# --------------------------------------------------------------------------

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+$")


def _parse_datetime(value: str) -> dt.datetime:
    if "T" not in value and "t" not in value:
        raise ValueError("no time part")
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed


def _format_ok(fmt: str, value: str) -> bool:
    try:
        if fmt == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                return False
            dt.date.fromisoformat(value)
        elif fmt == "date-time":
            _parse_datetime(value)
        elif fmt == "time":
            dt.time.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
        elif fmt == "email":
            return bool(_EMAIL_RE.match(value))
        elif fmt == "uri":
            parsed = urlparse(value)
            return bool(parsed.scheme and (parsed.netloc or parsed.path))
        elif fmt == "byte":
            base64.b64decode(value, validate=True)
    except (ValueError, binascii.Error):
        return False
    return True


def _is_type(value: Any, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


class SpecValidator:
    """Checks JSON values against schemas of the spec (the subset it uses)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._docs: dict[Path, Any] = {}
        self.spec = self._load(self.root)

    def _load(self, path: Path) -> Any:
        if path not in self._docs:
            self._docs[path] = yaml.safe_load(path.read_text(encoding="utf-8"))
        return self._docs[path]

    def resolve(self, ref: str, base: Path) -> tuple[Any, Path]:
        file_part, _, pointer = ref.partition("#")
        target = (base.parent / file_part).resolve() if file_part else base
        node = self._load(target)
        for part in pointer.split("/")[1:]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, target

    def declared_properties(self, schema_name: str) -> set[str]:
        return set(self.spec["components"]["schemas"][schema_name].get("properties", {}))

    def body_schema(self, path: str, method: str) -> Any:
        op = self.spec["paths"][path][method]
        return op["requestBody"]["content"]["application/json"]["schema"]

    def validate(
        self, schema: Any, value: Any, loc: list[str] | None = None
    ) -> list[dict[str, Any]]:
        errors: list[dict[str, Any]] = []
        self._check(schema, value, loc or ["body"], self.root, errors)
        return errors

    def _check(
        self, schema: Any, value: Any, loc: list[str], base: Path, errors: list[dict[str, Any]]
    ) -> None:
        if schema is True or not isinstance(schema, dict):
            return
        if "$ref" in schema:
            target, target_base = self.resolve(schema["$ref"], base)
            self._check(target, value, loc, target_base, errors)

        def add(msg: str, kind: str, at: list[str] = loc) -> None:
            errors.append({"loc": list(at), "msg": msg, "type": kind})

        types = schema.get("type")
        if types is not None:
            type_list = types if isinstance(types, list) else [types]
            if not any(_is_type(value, t) for t in type_list):
                add(f"expected {' or '.join(type_list)}", "type")
                return
        if value is None:
            return
        if "enum" in schema and value not in schema["enum"]:
            add(f"must be one of {schema['enum']}", "enum")
        if (
            isinstance(value, str)
            and "format" in schema
            and not _format_ok(schema["format"], value)
        ):
            add(f"not a valid {schema['format']}", "format")
        if _is_type(value, "number"):
            if "minimum" in schema and value < schema["minimum"]:
                add(f"must be >= {schema['minimum']}", "minimum")
            if "maximum" in schema and value > schema["maximum"]:
                add(f"must be <= {schema['maximum']}", "maximum")
        if isinstance(value, dict):
            props = schema.get("properties", {})
            for name in schema.get("required", []):
                if name not in value:
                    add("field required", "missing", [*loc, name])
            extra = schema.get("additionalProperties", True)
            for name, item in value.items():
                if name in props:
                    self._check(props[name], item, [*loc, name], base, errors)
                elif isinstance(extra, dict):
                    self._check(extra, item, [*loc, name], base, errors)
                elif extra is False and ("properties" in schema):
                    add("unknown field", "extra", [*loc, name])
        if isinstance(value, list):
            if "items" in schema:
                for index, item in enumerate(value):
                    self._check(schema["items"], item, [*loc, str(index)], base, errors)
            if "minItems" in schema and len(value) < schema["minItems"]:
                add(f"needs at least {schema['minItems']} items", "minItems")
            if "maxItems" in schema and len(value) > schema["maxItems"]:
                add(f"takes at most {schema['maxItems']} items", "maxItems")
        for sub in schema.get("allOf", []):
            self._check(sub, value, loc, base, errors)
        if "oneOf" in schema:
            self._check_union(schema, schema["oneOf"], value, loc, base, errors, exactly_one=True)
        if "anyOf" in schema:
            self._check_union(schema, schema["anyOf"], value, loc, base, errors, exactly_one=False)

    def _check_union(
        self,
        schema: dict[str, Any],
        options: list[Any],
        value: Any,
        loc: list[str],
        base: Path,
        errors: list[dict[str, Any]],
        *,
        exactly_one: bool,
    ) -> None:
        disc = schema.get("discriminator")
        if disc and isinstance(value, dict):
            prop = disc["propertyName"]
            mapping = disc.get("mapping", {})
            if prop not in value:
                errors.append({"loc": [*loc, prop], "msg": "field required", "type": "missing"})
                return
            if value[prop] not in mapping:
                errors.append(
                    {
                        "loc": [*loc, prop],
                        "msg": f"must be one of {sorted(mapping)}",
                        "type": "enum",
                    }
                )
                return
            self._check({"$ref": mapping[value[prop]]}, value, loc, base, errors)
            return
        matches = 0
        for option in options:
            sub_errors: list[dict[str, Any]] = []
            self._check(option, value, loc, base, sub_errors)
            if not sub_errors:
                matches += 1
        if matches == 0 or (exactly_one and matches > 1):
            errors.append(
                {"loc": loc, "msg": "does not match the allowed schemas", "type": "union"}
            )


@functools.cache
def _validator() -> SpecValidator:
    return SpecValidator(SPEC_PATH)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


class ApiError(Exception):
    """Answered as ``{"code": status, "message": ...}`` (the common Error)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BodyInvalid(Exception):
    """Answered as 422 with a ValidationError body."""

    def __init__(self, errors: list[dict[str, Any]]) -> None:
        super().__init__("request body is invalid")
        self.errors = errors


def _error_response(status: int, message: str) -> JSONResponse:
    return JSONResponse({"code": status, "message": message}, status_code=status)


async def _json_body(request: Request, path: str, method: str) -> Any:
    raw = await request.body()
    if not raw:
        raise BodyInvalid([{"loc": ["body"], "msg": "field required", "type": "missing"}])
    try:
        body = json.loads(raw)
    except ValueError:
        raise BodyInvalid([{"loc": ["body"], "msg": "invalid JSON", "type": "json"}]) from None
    validator = _validator()
    errors = validator.validate(validator.body_schema(path, method), body)
    if errors:
        raise BodyInvalid(errors)
    return body


def _query_one(request: Request, name: str) -> str | None:
    values = request.query_params.getlist(name)
    if len(values) > 1:
        raise ApiError(400, f"query parameter {name!r} must be sent once")
    return values[0] if values else None


def _parse_int(name: str, raw: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ApiError(400, f"{name} must be an integer, got {raw!r}") from None


def _parse_bool(name: str, raw: str) -> bool:
    if raw == "true":
        return True
    if raw == "false":
        return False
    raise ApiError(400, f"{name} must be 'true' or 'false', got {raw!r}")


def _parse_enum(name: str, raw: str, allowed: tuple[str, ...]) -> str:
    if raw not in allowed:
        raise ApiError(400, f"{name} must be one of {list(allowed)}, got {raw!r}")
    return raw


def _path_int(request: Request, name: str) -> int:
    return _parse_int(name, request.path_params[name])


# --------------------------------------------------------------------------
# Store
# --------------------------------------------------------------------------


class Store:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.animals: dict[str, dict[str, Any]] = {a["id"]: copy.deepcopy(a) for a in SEED_ANIMALS}
        self.keepers: dict[str, dict[str, Any]] = {k["id"]: copy.deepcopy(k) for k in SEED_KEEPERS}
        self.items: dict[int, dict[str, Any]] = {i["id"]: copy.deepcopy(i) for i in SEED_ITEMS}
        self.history: dict[int, list[dict[str, Any]]] = copy.deepcopy(SEED_HISTORY)
        self.categories: list[dict[str, Any]] = copy.deepcopy(SEED_CATEGORIES)
        self.tours: dict[int, dict[str, Any]] = copy.deepcopy(SEED_TOURS)
        self.tickets: dict[str, dict[str, Any]] = {t["id"]: copy.deepcopy(t) for t in SEED_TICKETS}
        self.idempotency: dict[str, int] = {}
        self.next_animal = len(SEED_ANIMALS) + 1
        self.next_keeper = len(SEED_KEEPERS) + 1
        self.next_item = max(self.items) + 1

    def item(self, request: Request) -> dict[str, Any]:
        item_id = _path_int(request, "itemId")
        item = self.items.get(item_id)
        if item is None:
            raise ApiError(404, f"item {item_id} not found")
        return item

    def category(self, category_id: int) -> dict[str, Any] | None:
        todo = list(self.categories)
        while todo:
            node = todo.pop()
            if node["id"] == category_id:
                return node
            todo.extend(node.get("children", []))
        return None


# --------------------------------------------------------------------------
# App
# --------------------------------------------------------------------------


def create_app() -> Starlette:
    store = Store()

    # ---- animals -----------------------------------------------------------

    async def list_animals(request: Request) -> Response:
        limit = 20
        raw = _query_one(request, "limit")
        if raw is not None:
            limit = _parse_int("limit", raw)
            if not 1 <= limit <= 100:
                raise ApiError(400, "limit must be between 1 and 100")
        kind = _query_one(request, "kind")
        if kind is not None:
            _parse_enum("kind", kind, ANIMAL_KINDS)
        vaccinated = _query_one(request, "vaccinated")
        wanted_vaccinated = None if vaccinated is None else _parse_bool("vaccinated", vaccinated)
        tags = request.query_params.getlist("tag")
        result = []
        for animal in store.animals.values():
            if kind is not None and animal["kind"] != kind:
                continue
            if (
                wanted_vaccinated is not None
                and animal.get("vaccinated", False) != wanted_vaccinated
            ):
                continue
            if any(tag not in animal.get("tags", []) for tag in tags):
                continue
            result.append(animal)
        return JSONResponse(result[:limit])

    async def create_animal(request: Request) -> Response:
        body = await _json_body(request, "/animals", "post")
        kind = body["kind"]
        animal: dict[str, Any] = {
            "id": _animal_uuid(store.next_animal),
            "kind": kind,
            "name": body["name"],
        }
        store.next_animal += 1
        if "born_on" in body:
            animal["born_on"] = body["born_on"]
        animal["size"] = body.get("size", 2)
        animal["health"] = body.get("health", "healthy")
        animal["vaccinated"] = body.get("vaccinated", False)
        animal["tags"] = list(body.get("tags", []))
        animal["photo_url"] = None
        if kind == "cat":
            animal["indoor"] = body.get("indoor", True)
            animal["lives"] = 9
        elif kind == "dog":
            animal["breed"] = body.get("breed", "mixed")
            animal["good_boy"] = True
        else:
            if "wingspan_cm" in body:
                animal["wingspan_cm"] = body["wingspan_cm"]
            animal["can_talk"] = body.get("can_talk", False)
        store.animals[animal["id"]] = animal
        return JSONResponse(animal, status_code=201)

    def find_animal(request: Request) -> dict[str, Any]:
        animal_id = request.path_params["animalId"]
        animal = store.animals.get(animal_id.lower())
        if animal is None:
            raise ApiError(404, f"animal {animal_id} not found")
        return animal

    async def get_animal(request: Request) -> Response:
        return JSONResponse(find_animal(request))

    async def delete_animal(request: Request) -> Response:
        animal = find_animal(request)
        del store.animals[animal["id"]]
        return Response(status_code=204)

    async def get_animal_photo(request: Request) -> Response:
        animal = find_animal(request)
        if not animal.get("photo_url"):
            raise ApiError(404, f"animal {animal['id']} has no photo")
        return Response(PHOTO_PNG, media_type="image/png")

    # ---- keepers -----------------------------------------------------------

    async def list_keepers(request: Request) -> Response:
        return JSONResponse(list(store.keepers.values()))

    async def create_keeper(request: Request) -> Response:
        body = await _json_body(request, "/keepers", "post")
        email = body["email"].lower()
        if any(k["email"].lower() == email for k in store.keepers.values()):
            raise ApiError(409, f"a keeper with email {body['email']} already exists")
        # Unknown top-level fields are dropped, so the answer stays a strict Keeper.
        declared = _validator().declared_properties("Keeper")
        keeper = {name: copy.deepcopy(value) for name, value in body.items() if name in declared}
        if "id" in keeper:
            keeper["id"] = keeper["id"].lower()
            if keeper["id"] in store.keepers:
                raise ApiError(409, f"a keeper with id {keeper['id']} already exists")
        else:
            keeper["id"] = _keeper_uuid(store.next_keeper)
            store.next_keeper += 1
        keeper.setdefault("@type", "Keeper")
        keeper.setdefault("2fa_enabled", False)
        store.keepers[keeper["id"]] = keeper
        return JSONResponse(keeper, status_code=201)

    # ---- items -------------------------------------------------------------

    async def list_items(request: Request) -> Response:
        status = _query_one(request, "status")
        if status is not None:
            _parse_enum("status", status, ITEM_STATUSES)
        raw = _query_one(request, "in_stock")
        in_stock = None if raw is None else _parse_bool("in_stock", raw)
        raw = _query_one(request, "updated_since")
        since = None
        if raw is not None:
            try:
                since = _parse_datetime(raw)
            except ValueError:
                raise ApiError(400, f"updated_since must be a date-time, got {raw!r}") from None
        raw = _query_one(request, "ids")  # explode: false, so sent once: ids=1,2,3
        ids = None if raw is None else {_parse_int("ids", part) for part in raw.split(",")}
        raw = _query_one(request, "page")
        page = 1 if raw is None else _parse_int("page", raw)
        raw = _query_one(request, "per_page")
        per_page = 10 if raw is None else _parse_int("per_page", raw)
        if page < 1 or not 1 <= per_page <= 50:
            raise ApiError(400, "page must be >= 1 and per_page between 1 and 50")
        matching = []
        for item_id in sorted(store.items):
            item = store.items[item_id]
            if status is not None and item["status"] != status:
                continue
            if in_stock is not None and (item["quantity"] > 0) != in_stock:
                continue
            if since is not None and _parse_datetime(item["created_at"]) < since:
                continue
            if ids is not None and item_id not in ids:
                continue
            matching.append(item)
        start = (page - 1) * per_page
        page_items = matching[start : start + per_page]
        next_page = page + 1 if start + per_page < len(matching) else None
        return JSONResponse(
            {"items": page_items, "total": len(matching), "page": page, "next_page": next_page}
        )

    async def create_item(request: Request) -> Response:
        body = await _json_body(request, "/items", "post")
        key = request.headers.get("idempotency-key")
        if key is not None and key in store.idempotency and store.idempotency[key] in store.items:
            return JSONResponse(store.items[store.idempotency[key]], status_code=201)
        if any(i["sku"] == body["sku"] for i in store.items.values()):
            raise ApiError(409, f"an item with sku {body['sku']} already exists")
        item: dict[str, Any] = {
            "id": store.next_item,
            "sku": body["sku"],
            "name": body["name"],
        }
        store.next_item += 1
        if "description" in body:
            item["description"] = body["description"]
        item["price"] = body["price"]
        item["quantity"] = body.get("quantity", 0)
        item["status"] = body.get("status", "available")
        item["unit"] = body.get("unit", "piece")
        item["priority"] = body.get("priority", 2)
        item["created_at"] = _utcnow()
        item["restock_date"] = body["restock_date"]
        for name in (
            "weight_kg",
            "dimensions",
            "stock_by_warehouse",
            "metadata",
            "tags",
            "category_id",
            "external_id",
            "supplier_email",
            "homepage",
            "thumbnail",
        ):
            if name in body:
                item[name] = body[name]
        store.items[item["id"]] = item
        store.history[item["id"]] = [
            {"at": item["created_at"], "change": item["quantity"], "reason": "created"}
        ]
        if key is not None:
            store.idempotency[key] = item["id"]
        return JSONResponse(item, status_code=201)

    async def get_item(request: Request) -> Response:
        item = store.item(request)
        detail = copy.deepcopy(item)
        category = store.category(item["category_id"]) if "category_id" in item else None
        if category is not None:
            detail["category"] = copy.deepcopy(category)
        detail["history"] = copy.deepcopy(store.history.get(item["id"], []))
        return JSONResponse(detail)

    async def update_item(request: Request) -> Response:
        item = store.item(request)
        body = await _json_body(request, "/items/{itemId}", "patch")
        for name in ("name", "description", "status", "price", "tags"):
            if name in body:
                item[name] = body[name]
        if "quantity" in body and body["quantity"] != item["quantity"]:
            store.history.setdefault(item["id"], []).append(
                {
                    "at": _utcnow(),
                    "change": body["quantity"] - item["quantity"],
                    "reason": "adjusted",
                }
            )
            item["quantity"] = body["quantity"]
        return JSONResponse(item)

    async def delete_item(request: Request) -> Response:
        item = store.item(request)
        del store.items[item["id"]]
        store.history.pop(item["id"], None)
        return Response(status_code=204)

    async def get_item_label(request: Request) -> Response:
        item = store.item(request)
        price = item["price"]
        return PlainTextResponse(
            f"{item['sku']} | {item['name']} | {price['amount']:.2f} {price['currency']}"
        )

    async def get_item_in_stock(request: Request) -> Response:
        # "True" / "false": servers spell booleans as they like; the ETag is the answer's
        item = store.item(request)
        text = "True" if item["quantity"] > 0 else "false"
        etag = f'"{text.lower()}"'
        if request.headers.get("if-none-match") == etag:
            return Response(status_code=304, headers={"ETag": etag})
        return PlainTextResponse(text, headers={"ETag": etag})

    async def get_item_from_future(request: Request) -> Response:
        item = copy.deepcopy(store.item(request))
        item["status"] = FUTURE_STATUS
        item["price"].update(FUTURE_PRICE_EXTRAS)
        item.update(copy.deepcopy(FUTURE_EXTRAS))
        return JSONResponse(item)

    async def list_items_by_sku(request: Request) -> Response:
        return JSONResponse({item["sku"]: item for _, item in sorted(store.items.items())})

    async def get_warehouse_stock(request: Request) -> Response:
        code = request.path_params["warehouseCode"]
        if code not in WAREHOUSES:
            raise ApiError(404, f"warehouse {code} not found")
        item = store.item(request)
        return JSONResponse(
            {
                "warehouse_code": code,
                "item_id": item["id"],
                "quantity": item.get("stock_by_warehouse", {}).get(code, 0),
                "last_counted_at": WAREHOUSES[code],
            }
        )

    async def get_categories(request: Request) -> Response:
        return JSONResponse(store.categories)

    async def get_tour(request: Request) -> Response:
        tour_id = _path_int(request, "tourId")
        tour = store.tours.get(tour_id)
        if tour is None:
            raise ApiError(404, f"tour {tour_id} not found")
        return JSONResponse(tour)

    # ---- tickets -----------------------------------------------------------

    async def create_ticket(request: Request) -> Response:
        body = await _json_body(request, "/tickets", "post")
        if body["id"] in store.tickets:
            raise ApiError(409, f"ticket {body['id']} already exists")
        declared = _validator().declared_properties("Ticket")
        ticket = {name: copy.deepcopy(value) for name, value in body.items() if name in declared}
        ticket.setdefault("import", False)
        ticket.setdefault("type", "day-pass")
        ticket.setdefault("zone", 1)
        store.tickets[ticket["id"]] = ticket
        return JSONResponse(ticket, status_code=201)

    async def get_ticket(request: Request) -> Response:
        ticket_id = request.path_params["ticketId"]
        ticket = store.tickets.get(ticket_id)
        if ticket is None:
            raise ApiError(404, f"ticket {ticket_id} not found")
        return JSONResponse(ticket)

    # ---- store-admin -------------------------------------------------------

    def check_admin(request: Request) -> None:
        token = request.headers.get("x-admin-token")
        if token is None:
            raise ApiError(400, "the X-Admin-Token header is required")
        if token != ADMIN_TOKEN:
            raise ApiError(403, "wrong admin token")

    async def get_inventory_stats(request: Request) -> Response:
        check_admin(request)
        counts = {status: 0 for status in ITEM_STATUSES}
        values = {code: 0.0 for code in WAREHOUSES}
        for item in store.items.values():
            counts[item["status"]] = counts.get(item["status"], 0) + 1
            rate = EUR_RATES[item["price"]["currency"]]
            for code, units in item.get("stock_by_warehouse", {}).items():
                if code in values:
                    values[code] += units * item["price"]["amount"] * rate
        return JSONResponse(
            {
                "generated_at": _utcnow(),
                "counts_by_status": counts,
                "value_by_warehouse": {
                    code: {"amount": round(value, 2), "currency": "EUR"}
                    for code, value in values.items()
                },
                "annotations": {"rates": EUR_RATES, "note": "values are converted to EUR"},
            }
        )

    async def reset_store(request: Request) -> Response:
        check_admin(request)
        store.reset()
        return Response(status_code=204)

    # ---- diagnostics -------------------------------------------------------

    def echo(request: Request, declared_headers: tuple[str, ...], body: Any) -> JSONResponse:
        raw_path = request.scope.get("raw_path")
        path = raw_path.decode("ascii", "replace") if raw_path else request.url.path
        return JSONResponse(
            {
                "method": request.method,
                "path": path,
                "raw_query": request.scope.get("query_string", b"").decode("latin-1"),
                "query": [[name, value] for name, value in request.query_params.multi_items()],
                "headers": {
                    name: request.headers[name]
                    for name in declared_headers
                    if name in request.headers
                },
                "cookies": dict(request.cookies),
                "content_type": request.headers.get("content-type"),
                "body": body,
            }
        )

    async def echo_get(request: Request) -> Response:
        _path_int(request, "itemId")
        if "x-trace-id" not in request.headers:
            raise ApiError(400, "the X-Trace-Id header is required")
        raw = await request.body()
        body = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise ApiError(400, "request body is not valid JSON") from None
            if not isinstance(body, dict):
                raise ApiError(400, "request body must be a JSON object")
        return echo(request, ("x-trace-id", "x-retry-count"), body)

    async def echo_post(request: Request) -> Response:
        body = await _json_body(request, "/echo", "post")
        return echo(request, ("x-trace-id",), body)

    # ---- error handling ----------------------------------------------------

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return _error_response(exc.status, exc.message)

    async def on_body_invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, BodyInvalid)
        return JSONResponse(
            {"message": "request body is invalid", "errors": exc.errors}, status_code=422
        )

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return JSONResponse(
            {"code": exc.status_code, "message": str(exc.detail)},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    routes = [
        Route("/v1/animals", list_animals, methods=["GET"]),
        Route("/v1/animals", create_animal, methods=["POST"]),
        Route("/v1/animals/{animalId}", get_animal, methods=["GET"]),
        Route("/v1/animals/{animalId}", delete_animal, methods=["DELETE"]),
        Route("/v1/animals/{animalId}/photo", get_animal_photo, methods=["GET"]),
        Route("/v1/keepers", list_keepers, methods=["GET"]),
        Route("/v1/keepers", create_keeper, methods=["POST"]),
        Route("/v1/items", list_items, methods=["GET"]),
        Route("/v1/items", create_item, methods=["POST"]),
        Route("/v1/items/{itemId}", get_item, methods=["GET"]),
        Route("/v1/items/{itemId}", update_item, methods=["PATCH"]),
        Route("/v1/items/{itemId}", delete_item, methods=["DELETE"]),
        Route("/v1/items/{itemId}/label", get_item_label, methods=["GET"]),
        Route("/v1/items/{itemId}/in-stock", get_item_in_stock, methods=["GET"]),
        Route("/v1/items/{itemId}/future", get_item_from_future, methods=["GET"]),
        Route("/v1/inventory/by-sku", list_items_by_sku, methods=["GET"]),
        Route(
            "/v1/warehouses/{warehouseCode}/items/{itemId}", get_warehouse_stock, methods=["GET"]
        ),
        Route("/v1/categories", get_categories, methods=["GET"]),
        Route("/v1/tours/{tourId}", get_tour, methods=["GET"]),
        Route("/v1/tickets", create_ticket, methods=["POST"]),
        Route("/v1/tickets/{ticketId}", get_ticket, methods=["GET"]),
        Route("/v1/admin/stats", get_inventory_stats, methods=["GET"]),
        Route("/v1/admin/reset", reset_store, methods=["POST"]),
        Route("/v1/echo/{itemId}", echo_get, methods=["GET"]),
        Route("/v1/echo", echo_post, methods=["POST"]),
    ]
    _validator()  # load the spec now, so a broken spec fails at startup
    app = Starlette(
        routes=routes,
        exception_handlers={
            ApiError: on_api_error,
            BodyInvalid: on_body_invalid,
            HTTPException: on_http_error,
        },
    )
    app.state.store = store
    return app
