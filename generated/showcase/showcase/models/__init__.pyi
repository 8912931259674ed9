# ruff: noqa: PYI052
# (enum members are not annotated, as the typing spec asks; ruff cannot tell that
# OpenStrEnum and OpenIntEnum are enums)

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal, Required, TypeAlias, Unpack
from uuid import UUID

from typing_extensions import TypedDict

from .._runtime._models import OpenIntEnum, OpenStrEnum, SDKModel

__all__ = [
    "Animal",
    "AnimalBase",
    "AnimalKind",
    "Bird",
    "BirdKind",
    "BirdParam",
    "Cat",
    "CatKind",
    "CatParam",
    "Category",
    "ContactMethod",
    "CurrencyCode",
    "Dimensions",
    "Dog",
    "DogKind",
    "DogParam",
    "EchoGetMode",
    "EchoPayload",
    "EchoPayloadParam",
    "EchoResponse",
    "EmailContact",
    "EmailContactParam",
    "Enclosure",
    "EnclosureParam",
    "Error",
    "GetWarehouseStockResponse",
    "HealthStatus",
    "History",
    "InventoryStats",
    "Item",
    "ItemDetail",
    "ItemPriority",
    "ItemStatus",
    "ItemUnit",
    "Keeper",
    "KeeperParam",
    "ListItemsResponse",
    "Money",
    "MoneyParam",
    "NewAnimal",
    "NewAnimalParam",
    "NewItem",
    "NewItemDimensions",
    "NewItemDimensionsParam",
    "NewItemParam",
    "NewItemPriority",
    "NewItemUnit",
    "PhoneContact",
    "PhoneContactParam",
    "SizeClass",
    "Ticket",
    "TicketClass",
    "TicketParam",
    "TicketZone",
    "Tour",
    "TourStop",
    "UpdateItemBody",
    "UpdateItemBodyParam",
    "ValidationError",
    "ValidationErrorError",
]

class AnimalKind(OpenStrEnum):
    CAT = "cat"
    DOG = "dog"
    BIRD = "bird"

class SizeClass(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

class HealthStatus(OpenStrEnum):
    HEALTHY = "healthy"
    SICK = "sick"
    RECOVERING = "recovering"

class _AnimalBaseInit(TypedDict, total=False):
    id: Required[UUID]
    name: Required[str]
    born_on: dt.date | None
    size: Required[SizeClass | Literal[1, 2, 3]]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str] | None
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | None
    attributes: dict[str, Any] | None

class AnimalBase(SDKModel):
    id: UUID
    name: str
    born_on: dt.date | None
    size: SizeClass
    health: HealthStatus
    vaccinated: bool
    tags: list[str] | None
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | None
    attributes: dict[str, Any] | None
    def __init__(self, **data: Unpack[_AnimalBaseInit]) -> None: ...

class Enclosure(SDKModel):
    id: int
    name: str
    feeding_time: dt.time | None
    def __init__(
        self,
        *,
        id: int,
        name: str,
        feeding_time: dt.time | None = None,
    ) -> None: ...

class EnclosureParam(TypedDict, total=False):
    id: Required[int]
    name: Required[str]
    feeding_time: dt.time

class _CatInit(_AnimalBaseInit, total=False):
    kind: Required[CatKind | Literal["cat"]]
    indoor: bool
    lives: int

class Cat(AnimalBase):
    kind: CatKind
    indoor: bool
    lives: int
    def __init__(self, **data: Unpack[_CatInit]) -> None: ...

class CatParam(TypedDict, total=False):
    id: Required[UUID]
    name: Required[str]
    born_on: dt.date
    size: Required[SizeClass | Literal[1, 2, 3]]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | EnclosureParam
    attributes: Mapping[str, Any]
    kind: Required[CatKind | Literal["cat"]]
    indoor: bool
    lives: int

class CatKind(OpenStrEnum):
    CAT = "cat"

class _DogInit(_AnimalBaseInit, total=False):
    kind: Required[DogKind | Literal["dog"]]
    breed: Required[str]
    good_boy: bool

class Dog(AnimalBase):
    kind: DogKind
    breed: str
    good_boy: bool
    def __init__(self, **data: Unpack[_DogInit]) -> None: ...

class DogParam(TypedDict, total=False):
    id: Required[UUID]
    name: Required[str]
    born_on: dt.date
    size: Required[SizeClass | Literal[1, 2, 3]]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | EnclosureParam
    attributes: Mapping[str, Any]
    kind: Required[DogKind | Literal["dog"]]
    breed: Required[str]
    good_boy: bool

class DogKind(OpenStrEnum):
    DOG = "dog"

class _BirdInit(_AnimalBaseInit, total=False):
    kind: Required[BirdKind | Literal["bird"]]
    wingspan_cm: float | None
    can_talk: bool

class Bird(AnimalBase):
    kind: BirdKind
    wingspan_cm: float | None
    can_talk: bool
    def __init__(self, **data: Unpack[_BirdInit]) -> None: ...

class BirdParam(TypedDict, total=False):
    id: Required[UUID]
    name: Required[str]
    born_on: dt.date
    size: Required[SizeClass | Literal[1, 2, 3]]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    photo_url: str | None
    keeper_id: UUID | None
    enclosure: Enclosure | EnclosureParam
    attributes: Mapping[str, Any]
    kind: Required[BirdKind | Literal["bird"]]
    wingspan_cm: float
    can_talk: bool

class BirdKind(OpenStrEnum):
    BIRD = "bird"

Animal: TypeAlias = Cat | Dog | Bird

class NewAnimal(SDKModel):
    kind: AnimalKind
    name: str
    born_on: dt.date | None
    size: SizeClass
    health: HealthStatus
    vaccinated: bool
    tags: list[str] | None
    breed: str | None
    indoor: bool | None
    wingspan_cm: float | None
    can_talk: bool | None
    def __init__(
        self,
        *,
        kind: AnimalKind | Literal["cat", "dog", "bird"],
        name: str,
        born_on: dt.date | None = None,
        size: SizeClass | Literal[1, 2, 3] = ...,
        health: HealthStatus | Literal["healthy", "sick", "recovering"] = ...,
        vaccinated: bool = ...,
        tags: list[str] | None = None,
        breed: str | None = None,
        indoor: bool | None = None,
        wingspan_cm: float | None = None,
        can_talk: bool | None = None,
    ) -> None: ...

class NewAnimalParam(TypedDict, total=False):
    kind: Required[AnimalKind | Literal["cat", "dog", "bird"]]
    name: Required[str]
    born_on: dt.date
    size: SizeClass | Literal[1, 2, 3]
    health: HealthStatus | Literal["healthy", "sick", "recovering"]
    vaccinated: bool
    tags: list[str]
    breed: str
    indoor: bool
    wingspan_cm: float
    can_talk: bool

class EmailContact(SDKModel):
    email: str
    def __init__(
        self,
        *,
        email: str,
    ) -> None: ...

class EmailContactParam(TypedDict, total=False):
    email: Required[str]

class PhoneContact(SDKModel):
    phone: str
    extension: str | None
    def __init__(
        self,
        *,
        phone: str,
        extension: str | None = None,
    ) -> None: ...

class PhoneContactParam(TypedDict, total=False):
    phone: Required[str]
    extension: str

ContactMethod: TypeAlias = EmailContact | PhoneContact

class Keeper(SDKModel):
    id: UUID | None
    first_name: str
    last_name: str | None
    type: str
    field_2fa_enabled: bool
    x_rate: float | None
    email: str
    hired_on: dt.date | None
    shift_start: dt.time | None
    contact: ContactMethod | None
    expertise: list[AnimalKind] | None
    def __init__(
        self,
        *,
        id: UUID | None = None,
        first_name: str,
        last_name: str | None = None,
        type: str = ...,
        field_2fa_enabled: bool = ...,
        x_rate: float | None = None,
        email: str,
        hired_on: dt.date | None = None,
        shift_start: dt.time | None = None,
        contact: ContactMethod | None = None,
        expertise: Sequence[AnimalKind | Literal["cat", "dog", "bird"]] | None = None,
    ) -> None: ...

KeeperParam = TypedDict(
    "KeeperParam",
    {
        "id": UUID,
        "first-name": Required[str],
        "last-name": str,
        "@type": str,
        "2fa_enabled": bool,
        "X-Rate": float,
        "email": Required[str],
        "hired_on": dt.date,
        "shift_start": dt.time,
        "contact": ContactMethod | EmailContactParam | PhoneContactParam,
        "expertise": Sequence[AnimalKind | Literal["cat", "dog", "bird"]],
    },
    total=False,
)

class ItemStatus(OpenStrEnum):
    AVAILABLE = "available"
    RESERVED = "reserved"
    SOLD_OUT = "sold_out"

class _ItemInit(TypedDict, total=False):
    id: Required[int]
    sku: Required[str]
    name: Required[str]
    description: str | None
    price: Required[Money]
    quantity: Required[int]
    status: Required[ItemStatus | Literal["available", "reserved", "sold_out"]]
    unit: ItemUnit | Literal["piece", "kg", "litre"]
    priority: ItemPriority | Literal[1, 2, 3]
    created_at: Required[dt.datetime]
    restock_date: Required[dt.date | None]
    weight_kg: float | None
    dimensions: Dimensions | None
    stock_by_warehouse: dict[str, int] | None
    metadata: dict[str, Any] | None
    tags: list[str] | None
    category_id: int | None
    external_id: UUID | None
    supplier_email: str | None
    homepage: str | None
    thumbnail: str | None

class Item(SDKModel):
    id: int
    sku: str
    name: str
    description: str | None
    price: Money
    quantity: int
    status: ItemStatus
    unit: ItemUnit
    priority: ItemPriority
    created_at: dt.datetime
    restock_date: dt.date | None
    weight_kg: float | None
    dimensions: Dimensions | None
    stock_by_warehouse: dict[str, int] | None
    metadata: dict[str, Any] | None
    tags: list[str] | None
    category_id: int | None
    external_id: UUID | None
    supplier_email: str | None
    homepage: str | None
    thumbnail: str | None
    def __init__(self, **data: Unpack[_ItemInit]) -> None: ...

class ItemUnit(OpenStrEnum):
    PIECE = "piece"
    KG = "kg"
    LITRE = "litre"

class ItemPriority(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

class Dimensions(SDKModel):
    width_cm: float
    height_cm: float
    depth_cm: float | None
    def __init__(
        self,
        *,
        width_cm: float,
        height_cm: float,
        depth_cm: float | None = None,
    ) -> None: ...

class NewItem(SDKModel):
    sku: str
    name: str
    description: str | None
    price: Money
    quantity: int
    status: ItemStatus
    unit: NewItemUnit
    priority: NewItemPriority
    restock_date: dt.date | None
    weight_kg: float | None
    dimensions: NewItemDimensions | None
    stock_by_warehouse: dict[str, int] | None
    metadata: dict[str, Any] | None
    tags: list[str] | None
    category_id: int | None
    external_id: UUID | None
    supplier_email: str | None
    homepage: str | None
    thumbnail: str | None
    def __init__(
        self,
        *,
        sku: str,
        name: str,
        description: str | None = None,
        price: Money,
        quantity: int = ...,
        status: ItemStatus | Literal["available", "reserved", "sold_out"] = ...,
        unit: NewItemUnit | Literal["piece", "kg", "litre"] = ...,
        priority: NewItemPriority | Literal[1, 2, 3] = ...,
        restock_date: dt.date | None,
        weight_kg: float | None = None,
        dimensions: NewItemDimensions | None = None,
        stock_by_warehouse: dict[str, int] | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
        category_id: int | None = None,
        external_id: UUID | None = None,
        supplier_email: str | None = None,
        homepage: str | None = None,
        thumbnail: str | None = None,
    ) -> None: ...

class NewItemParam(TypedDict, total=False):
    sku: Required[str]
    name: Required[str]
    description: str | None
    price: Required[Money | MoneyParam]
    quantity: int
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    unit: NewItemUnit | Literal["piece", "kg", "litre"]
    priority: NewItemPriority | Literal[1, 2, 3]
    restock_date: Required[dt.date | None]
    weight_kg: float
    dimensions: NewItemDimensions | NewItemDimensionsParam
    stock_by_warehouse: Mapping[str, int]
    metadata: Mapping[str, Any]
    tags: list[str]
    category_id: int
    external_id: UUID
    supplier_email: str
    homepage: str
    thumbnail: str

class NewItemUnit(OpenStrEnum):
    PIECE = "piece"
    KG = "kg"
    LITRE = "litre"

class NewItemPriority(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

class NewItemDimensions(SDKModel):
    width_cm: float
    height_cm: float
    depth_cm: float | None
    def __init__(
        self,
        *,
        width_cm: float,
        height_cm: float,
        depth_cm: float | None = None,
    ) -> None: ...

class NewItemDimensionsParam(TypedDict, total=False):
    width_cm: Required[float]
    height_cm: Required[float]
    depth_cm: float

class _ItemDetailInit(_ItemInit, total=False):
    category: Category | None
    history: Required[list[History]]

class ItemDetail(Item):
    category: Category | None
    history: list[History]
    def __init__(self, **data: Unpack[_ItemDetailInit]) -> None: ...

class History(SDKModel):
    at: dt.datetime
    change: int
    reason: str | None
    def __init__(
        self,
        *,
        at: dt.datetime,
        change: int,
        reason: str | None = None,
    ) -> None: ...

class Category(SDKModel):
    id: int
    name: str
    description: str | None
    children: list[Category] | None
    def __init__(
        self,
        *,
        id: int,
        name: str,
        description: str | None = None,
        children: list[Category] | None = None,
    ) -> None: ...

class Tour(SDKModel):
    id: int
    title: str
    first_stop: TourStop
    def __init__(
        self,
        *,
        id: int,
        title: str,
        first_stop: TourStop,
    ) -> None: ...

class TourStop(SDKModel):
    name: str
    duration_minutes: int
    next: TourStop | None
    def __init__(
        self,
        *,
        name: str,
        duration_minutes: int = ...,
        next: TourStop | None = None,
    ) -> None: ...

class Ticket(SDKModel):
    id: str
    class_: TicketClass
    from_: dt.date
    until: dt.date | None
    import_: bool
    type: str
    list_: list[str] | None
    str_: str | None
    json_: dict[str, Any] | None
    model_config_: str | None
    price: Money | None
    zone: TicketZone
    barcode: str | None
    def __init__(
        self,
        *,
        id: str,
        class_: TicketClass | Literal["adult", "child", "senior"],
        from_: dt.date,
        until: dt.date | None = None,
        import_: bool = ...,
        type: str = ...,
        list_: list[str] | None = None,
        str_: str | None = None,
        json_: dict[str, Any] | None = None,
        model_config_: str | None = None,
        price: Money | None = None,
        zone: TicketZone | Literal[1, 2, 3] = ...,
        barcode: str | None = None,
    ) -> None: ...

TicketParam = TypedDict(
    "TicketParam",
    {
        "id": Required[str],
        "class": Required[TicketClass | Literal["adult", "child", "senior"]],
        "from": Required[dt.date],
        "until": dt.date | None,
        "import": bool,
        "type": str,
        "list": list[str],
        "str": str,
        "json": Mapping[str, Any],
        "model_config": str,
        "price": Money | MoneyParam,
        "zone": TicketZone | Literal[1, 2, 3],
        "barcode": str,
    },
    total=False,
)

class TicketClass(OpenStrEnum):
    ADULT = "adult"
    CHILD = "child"
    SENIOR = "senior"

class TicketZone(OpenIntEnum):
    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3

class InventoryStats(SDKModel):
    generated_at: dt.datetime
    counts_by_status: dict[str, int]
    value_by_warehouse: dict[str, Money]
    annotations: dict[str, Any] | None
    def __init__(
        self,
        *,
        generated_at: dt.datetime,
        counts_by_status: dict[str, int],
        value_by_warehouse: dict[str, Money],
        annotations: dict[str, Any] | None = None,
    ) -> None: ...

class ValidationError(SDKModel):
    message: str
    errors: list[ValidationErrorError]
    def __init__(
        self,
        *,
        message: str,
        errors: list[ValidationErrorError],
    ) -> None: ...

class ValidationErrorError(SDKModel):
    loc: list[str]
    msg: str
    type: str
    def __init__(
        self,
        *,
        loc: list[str],
        msg: str,
        type: str,
    ) -> None: ...

class EchoPayload(SDKModel):
    message: str
    note: str | None
    count: int | None
    ratio: float | None
    enabled: bool | None
    when: dt.datetime | None
    day: dt.date | None
    at: dt.time | None
    data: str | None
    size: SizeClass | None
    status: ItemStatus | None
    keeper: Keeper | None
    ticket: Ticket | None
    animal: Animal | None
    item: NewItem | None
    price: Money | None
    tags: list[str] | None
    counters: dict[str, int] | None
    sizes: list[SizeClass] | None
    stock: dict[str, ItemStatus] | None
    extra: dict[str, Any] | None
    def __init__(
        self,
        *,
        message: str,
        note: str | None = None,
        count: int | None = None,
        ratio: float | None = None,
        enabled: bool | None = None,
        when: dt.datetime | None = None,
        day: dt.date | None = None,
        at: dt.time | None = None,
        data: str | None = None,
        size: SizeClass | Literal[1, 2, 3] | None = None,
        status: ItemStatus | Literal["available", "reserved", "sold_out"] | None = None,
        keeper: Keeper | None = None,
        ticket: Ticket | None = None,
        animal: Animal | None = None,
        item: NewItem | None = None,
        price: Money | None = None,
        tags: list[str] | None = None,
        counters: dict[str, int] | None = None,
        sizes: Sequence[SizeClass | Literal[1, 2, 3]] | None = None,
        stock: Mapping[str, ItemStatus | Literal["available", "reserved", "sold_out"]]
        | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None: ...

class EchoPayloadParam(TypedDict, total=False):
    message: Required[str]
    note: str | None
    count: int
    ratio: float
    enabled: bool
    when: dt.datetime
    day: dt.date
    at: dt.time
    data: str
    size: SizeClass | Literal[1, 2, 3]
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    keeper: Keeper | KeeperParam
    ticket: Ticket | TicketParam
    animal: Animal | CatParam | DogParam | BirdParam
    item: NewItem | NewItemParam
    price: Money | MoneyParam
    tags: list[str]
    counters: Mapping[str, int]
    sizes: Sequence[SizeClass | Literal[1, 2, 3]]
    stock: Mapping[str, ItemStatus | Literal["available", "reserved", "sold_out"]]
    extra: Mapping[str, Any]

class EchoResponse(SDKModel):
    method: str
    path: str
    raw_query: str
    query: list[list[str]]
    headers: dict[str, str]
    cookies: dict[str, str]
    content_type: str | None
    body: dict[str, Any] | None
    def __init__(
        self,
        *,
        method: str,
        path: str,
        raw_query: str,
        query: list[list[str]],
        headers: dict[str, str],
        cookies: dict[str, str],
        content_type: str | None,
        body: dict[str, Any] | None,
    ) -> None: ...

class Error(SDKModel):
    code: int
    message: str
    details: list[str] | None
    def __init__(
        self,
        *,
        code: int,
        message: str,
        details: list[str] | None = None,
    ) -> None: ...

class Money(SDKModel):
    amount: float
    currency: CurrencyCode
    def __init__(
        self,
        *,
        amount: float,
        currency: CurrencyCode | Literal["EUR", "USD", "GBP"],
    ) -> None: ...

class MoneyParam(TypedDict, total=False):
    amount: Required[float]
    currency: Required[CurrencyCode | Literal["EUR", "USD", "GBP"]]

class CurrencyCode(OpenStrEnum):
    EUR = "EUR"
    USD = "USD"
    GBP = "GBP"

class UpdateItemBody(SDKModel):
    name: str | None
    description: str | None
    quantity: int | None
    status: ItemStatus | None
    price: Money | None
    tags: list[str] | None
    def __init__(
        self,
        *,
        name: str | None = None,
        description: str | None = None,
        quantity: int | None = None,
        status: ItemStatus | Literal["available", "reserved", "sold_out"] | None = None,
        price: Money | None = None,
        tags: list[str] | None = None,
    ) -> None: ...

class UpdateItemBodyParam(TypedDict, total=False):
    name: str
    description: str | None
    quantity: int
    status: ItemStatus | Literal["available", "reserved", "sold_out"]
    price: Money | MoneyParam
    tags: list[str]

class ListItemsResponse(SDKModel):
    items: list[Item]
    total: int
    page: int
    next_page: int | None
    def __init__(
        self,
        *,
        items: list[Item],
        total: int,
        page: int,
        next_page: int | None,
    ) -> None: ...

class GetWarehouseStockResponse(SDKModel):
    warehouse_code: str
    item_id: int
    quantity: int
    last_counted_at: dt.datetime
    def __init__(
        self,
        *,
        warehouse_code: str,
        item_id: int,
        quantity: int,
        last_counted_at: dt.datetime,
    ) -> None: ...

class EchoGetMode(OpenStrEnum):
    FAST = "fast"
    SLOW = "slow"
    EXTRA_SAFE = "extra-safe"
