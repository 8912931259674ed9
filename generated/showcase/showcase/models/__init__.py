"""Models of the Zoo Showcase API.

Each model lives in a module of its own (models that refer to each other share one). This
package imports a module on first use of one of its names, so `import showcase.models`
stays fast however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .animal import Animal as Animal
    from .animal_base import AnimalBase as AnimalBase
    from .animal_kind import AnimalKind as AnimalKind
    from .bird import Bird as Bird
    from .bird_kind import BirdKind as BirdKind
    from .cat import Cat as Cat
    from .cat_kind import CatKind as CatKind
    from .category import Category as Category
    from .contact_method import ContactMethod as ContactMethod
    from .currency_code import CurrencyCode as CurrencyCode
    from .dimensions import Dimensions as Dimensions
    from .dog import Dog as Dog
    from .dog_kind import DogKind as DogKind
    from .echo_get_mode import EchoGetMode as EchoGetMode
    from .echo_payload import EchoPayload as EchoPayload
    from .echo_response import EchoResponse as EchoResponse
    from .email_contact import EmailContact as EmailContact
    from .enclosure import Enclosure as Enclosure
    from .error import Error as Error
    from .get_warehouse_stock_response import (
        GetWarehouseStockResponse as GetWarehouseStockResponse,
    )
    from .health_status import HealthStatus as HealthStatus
    from .history import History as History
    from .inventory_stats import InventoryStats as InventoryStats
    from .item import Item as Item
    from .item_detail import ItemDetail as ItemDetail
    from .item_priority import ItemPriority as ItemPriority
    from .item_status import ItemStatus as ItemStatus
    from .item_unit import ItemUnit as ItemUnit
    from .keeper import Keeper as Keeper
    from .list_items_response import ListItemsResponse as ListItemsResponse
    from .money import Money as Money
    from .new_animal import NewAnimal as NewAnimal
    from .new_item import NewItem as NewItem
    from .new_item_dimensions import NewItemDimensions as NewItemDimensions
    from .new_item_priority import NewItemPriority as NewItemPriority
    from .new_item_unit import NewItemUnit as NewItemUnit
    from .phone_contact import PhoneContact as PhoneContact
    from .size_class import SizeClass as SizeClass
    from .ticket import Ticket as Ticket
    from .ticket_class import TicketClass as TicketClass
    from .ticket_zone import TicketZone as TicketZone
    from .tour import Tour as Tour
    from .tour_stop import TourStop as TourStop
    from .update_item_body import UpdateItemBody as UpdateItemBody
    from .validation_error import ValidationError as ValidationError
    from .validation_error_error import ValidationErrorError as ValidationErrorError

__all__ = [
    "Animal",
    "AnimalBase",
    "AnimalKind",
    "Bird",
    "BirdKind",
    "Cat",
    "CatKind",
    "Category",
    "ContactMethod",
    "CurrencyCode",
    "Dimensions",
    "Dog",
    "DogKind",
    "EchoGetMode",
    "EchoPayload",
    "EchoResponse",
    "EmailContact",
    "Enclosure",
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
    "ListItemsResponse",
    "Money",
    "NewAnimal",
    "NewItem",
    "NewItemDimensions",
    "NewItemPriority",
    "NewItemUnit",
    "PhoneContact",
    "SizeClass",
    "Ticket",
    "TicketClass",
    "TicketZone",
    "Tour",
    "TourStop",
    "UpdateItemBody",
    "ValidationError",
    "ValidationErrorError",
]

_MODULE_OF: dict[str, str] = {
    "Animal": "animal",
    "AnimalBase": "animal_base",
    "AnimalKind": "animal_kind",
    "Bird": "bird",
    "BirdKind": "bird_kind",
    "Cat": "cat",
    "CatKind": "cat_kind",
    "Category": "category",
    "ContactMethod": "contact_method",
    "CurrencyCode": "currency_code",
    "Dimensions": "dimensions",
    "Dog": "dog",
    "DogKind": "dog_kind",
    "EchoGetMode": "echo_get_mode",
    "EchoPayload": "echo_payload",
    "EchoResponse": "echo_response",
    "EmailContact": "email_contact",
    "Enclosure": "enclosure",
    "Error": "error",
    "GetWarehouseStockResponse": "get_warehouse_stock_response",
    "HealthStatus": "health_status",
    "History": "history",
    "InventoryStats": "inventory_stats",
    "Item": "item",
    "ItemDetail": "item_detail",
    "ItemPriority": "item_priority",
    "ItemStatus": "item_status",
    "ItemUnit": "item_unit",
    "Keeper": "keeper",
    "ListItemsResponse": "list_items_response",
    "Money": "money",
    "NewAnimal": "new_animal",
    "NewItem": "new_item",
    "NewItemDimensions": "new_item_dimensions",
    "NewItemPriority": "new_item_priority",
    "NewItemUnit": "new_item_unit",
    "PhoneContact": "phone_contact",
    "SizeClass": "size_class",
    "Ticket": "ticket",
    "TicketClass": "ticket_class",
    "TicketZone": "ticket_zone",
    "Tour": "tour",
    "TourStop": "tour_stop",
    "UpdateItemBody": "update_item_body",
    "ValidationError": "validation_error",
    "ValidationErrorError": "validation_error_error",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
