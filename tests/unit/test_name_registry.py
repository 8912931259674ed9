"""The name registry: first come, first served, smallest free suffix, in linear time."""

from __future__ import annotations

from pathlib import Path

from generator import ir
from generator.parse.names import NameRegistry
from tests.helpers import minimal_spec, named, parse_dict


class _CountingSet(set[str]):
    lookups = 0

    def __contains__(self, item: object) -> bool:
        _CountingSet.lookups += 1
        return super().__contains__(item)


def test_suffixes_are_the_smallest_free_ones() -> None:
    names = NameRegistry({"B2"})
    assert [names.claim(n) for n in ("A", "A", "A2", "A", "B", "B", "B")] == [
        "A",
        "A2",
        "A2_2",  # a name ending in a digit gets `_`
        "A3",
        "B",
        "B3",  # B2 was taken from the start
        "B4",
    ]
    folded = NameRegistry({"Foo"})
    assert folded.claim("foo") == "foo"  # case matters unless asked
    assert folded.claim("FOO", case_insensitive=True) == "FOO2"
    assert folded.claim("FOO", case_insensitive=True) == "FOO3"


def test_one_name_claimed_thousands_of_times_is_linear() -> None:
    # suffixes were retried from 2 on each claim (5,000 claims: 12.5
    # million lookups); counted here, not timed
    names = NameRegistry()
    names._taken = _CountingSet()
    _CountingSet.lookups = 0
    claimed = [names.claim("VALUE") for _ in range(5_000)]
    assert claimed[:3] == ["VALUE", "VALUE2", "VALUE3"] and claimed[-1] == "VALUE5000"
    assert len(set(claimed)) == 5_000
    assert _CountingSet.lookups < 3 * 5_000


def test_an_enum_whose_values_all_normalise_to_one_name(tmp_path: Path) -> None:
    values = ["a" + "!" * i for i in range(2_000)] + ["a", "a!"]  # two duplicates
    schemas = {"E": {"type": "string", "enum": values}}
    api, _ = parse_dict(tmp_path, minimal_spec(components={"schemas": schemas}))
    enum = named(api, "E")
    assert isinstance(enum, ir.Enum)
    assert [m.value for m in enum.members] == values[:2_000]
    assert [m.name for m in enum.members[:3]] == ["A", "A2", "A3"]
    assert enum.members[-1].name == "A2000"
