"""The keywords a method with a stream switch does not take: typed for type checkers,
refused at run time.

Such a method is overloaded (its result depends on `stream`), and a keyword that no
overload takes makes mypy list every overload's whole signature (thousands of characters
on a large body) and pyright answer without naming it. So its last overload takes the
other keywords as `**unknown: NoSuchKeyword[Never]`: the only overload a misspelled keyword
fits by name, whose check is then a one-line error naming the keyword.

The two checkers need two definitions of that type. mypy picks the overload to report on
only if the keyword's value fits it once type arguments are erased, `NoSuchKeyword[Any]`:
so for mypy it is a Protocol that every object fits (every object has `__sizeof__`), and
`NoSuchKeyword[Never]` one that none does (no `__sizeof__` returns Never). pyright explains
a protocol mismatch member by member (five more lines), and a plain class's in one line:
so for pyright, and at run time, it is a plain class. mypy reads `if MYPY:` as true (its
spelling of `TYPE_CHECKING` from before `typing` had one); everything else, as false.
A value typed `Any` fits any type: type checkers let such a keyword through, and the call
refuses it, as Python refuses an unknown keyword.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Generic, Protocol, TypeVar

_Size_co = TypeVar("_Size_co", bound=int, covariant=True)

MYPY = False

if MYPY:
    # pyright reads both branches and keeps the later one, its own
    class NoSuchKeyword(Protocol[_Size_co]):  # pyright: ignore[reportRedeclaration]
        """`NoSuchKeyword[Never]`: the type of a keyword the method does not take."""

        def __sizeof__(self) -> _Size_co: ...

else:

    class NoSuchKeyword(Generic[_Size_co]):
        """`NoSuchKeyword[Never]`: the type of a keyword the method does not take."""


def refuse_unknown(
    method: Callable[..., object], unknown: Mapping[str, object]
) -> None:
    """Raise Python's own TypeError for the first keyword `method` does not take."""
    for name in unknown:
        qualified = getattr(method, "__qualname__", "method")
        raise TypeError(f"{qualified}() got an unexpected keyword argument {name!r}")
