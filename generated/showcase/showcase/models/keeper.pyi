from . import Keeper as Keeper
from . import KeeperParam as KeeperParam

__all__ = [
    "Keeper",
    "KeeperParam",
]
