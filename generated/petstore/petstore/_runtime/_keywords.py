"""The keywords a method with a stream switch does not take: typed for type checkers,
refused at run time.

Such a method is overloaded (its result depends on `stream`), and a keyword that no
overload takes makes mypy list every overload's whole signature (thousands of characters
on a large body) and pyright answer without naming it. So its last overload takes the
other keywords as `**unknown: NoSuchKeyword[Never]`: the only overload a misspelled keyword
fits by name, whose check is then a one-line error naming the keyword. mypy picks that
overload to report on because the keyword's value fits `NoSuchKeyword[Any]` (every object
has `__sizeof__`), and reports that it does not fit `NoSuchKeyword[Never]` (no
`__sizeof__` returns Never). A value typed `Any` fits any type: type checkers let such a
keyword through, and the call refuses it, as Python refuses an unknown keyword.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol, TypeVar

_Size_co = TypeVar("_Size_co", bound=int, covariant=True)


class NoSuchKeyword(Protocol[_Size_co]):
    """`NoSuchKeyword[Never]`: the type of a keyword the method does not take."""

    def __sizeof__(self) -> _Size_co: ...


def refuse_unknown(
    method: Callable[..., object], unknown: Mapping[str, object]
) -> None:
    """Raise Python's own TypeError for the first keyword `method` does not take."""
    for name in unknown:
        qualified = getattr(method, "__qualname__", "method")
        raise TypeError(f"{qualified}() got an unexpected keyword argument {name!r}")
