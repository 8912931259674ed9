"""A model that `allOf`s one named model plus its own properties is a subclass of it, live:
read from a response, dumped by wire name, sent back in a request (showcase's Cat)."""

from __future__ import annotations

from uuid import UUID

from tests.e2e.conftest import Api
from tests.servers import showcase_app

WHISKERS = UUID(showcase_app.WHISKERS_ID)


async def test_a_subclass_round_trips_through_the_api(sc: Api) -> None:
    m = sc.models
    cat = await sc.run(sc.client.animals.retrieve(WHISKERS))

    assert isinstance(cat, m.Cat) and isinstance(cat, m.AnimalBase)
    assert m.Cat.__bases__ == (m.AnimalBase,)
    assert (cat.id, cat.name, cat.kind.value) == (WHISKERS, "Whiskers", "cat")
    dumped = cat.model_dump(mode="json", by_alias=True, exclude_unset=True)
    # the base's fields first, as the flattened model had them
    base_keys = [key for key in dumped if key in m.AnimalBase.model_fields]
    assert list(dumped)[: len(base_keys)] == base_keys and "kind" in list(dumped)[len(base_keys) :]

    echo = await sc.run(sc.client.diagnostics.echo.create(message="cat", animal=cat))

    assert echo.body == {"message": "cat", "animal": dumped}
    assert m.Cat.model_validate(echo.body["animal"]) == cat
