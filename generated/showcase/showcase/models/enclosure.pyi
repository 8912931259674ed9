from . import Enclosure as Enclosure
from . import EnclosureParam as EnclosureParam

__all__ = [
    "Enclosure",
    "EnclosureParam",
]
