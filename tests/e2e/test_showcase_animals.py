"""showcase `animals` resource: tagged union Animal, Keeper wire names, anyOf, bytes, 204."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import pytest

from tests.e2e.conftest import Api
from tests.servers import showcase_app

WHISKERS = UUID(showcase_app.WHISKERS_ID)
REX = UUID(showcase_app.REX_ID)
POLLY = UUID(showcase_app.POLLY_ID)
ADA = UUID(showcase_app.ADA_ID)
BOB = UUID(showcase_app.BOB_ID)
UNKNOWN_ANIMAL = UUID("00000000-0000-4000-8000-0000000000ff")


def new_animal_id(n: int) -> UUID:
    return UUID(f"00000000-0000-4000-8000-{n:012d}")


def new_keeper_id(n: int) -> UUID:
    return UUID(f"10000000-0000-4000-8000-{n:012d}")


async def test_list_animals_parses_the_tagged_union(sc: Api) -> None:
    m = sc.models
    animals = await sc.run(sc.client.animals.list())

    assert [type(a) for a in animals] == [m.Cat, m.Dog, m.Bird]
    whiskers, rex, polly = animals

    assert whiskers.id == WHISKERS
    assert whiskers.name == "Whiskers"
    assert whiskers.kind.value == "cat"
    assert whiskers.born_on == dt.date(2019, 4, 1)
    assert whiskers.size is m.SizeClass.VALUE_1
    assert whiskers.health is m.HealthStatus.HEALTHY
    assert whiskers.vaccinated is True
    assert whiskers.tags == ["indoor", "friendly"]
    assert whiskers.keeper_id == ADA
    assert whiskers.photo_url == f"{showcase_app.BASE_URL}/animals/{WHISKERS}/photo"
    assert isinstance(whiskers.enclosure, m.Enclosure)
    assert whiskers.enclosure.name == "Cat House"
    assert whiskers.enclosure.feeding_time == dt.time(8, 0)
    assert whiskers.attributes == {"color": "tabby", "weight_kg": 4.2}
    assert (whiskers.indoor, whiskers.lives) == (True, 9)

    assert rex.kind.value == "dog"
    assert rex.breed == "Beagle"
    assert rex.good_boy is True
    assert rex.health is m.HealthStatus.RECOVERING
    assert rex.size is m.SizeClass.VALUE_2
    assert rex.attributes == {}

    assert polly.kind.value == "bird"
    assert polly.wingspan_cm == 45.5
    assert polly.can_talk is True
    assert polly.keeper_id == BOB


async def test_animal_nullable_versus_optional(sc: Api) -> None:
    _, rex, polly = await sc.run(sc.client.animals.list())

    # Rex: photo_url and keeper_id are sent as null (nullable, present).
    assert rex.photo_url is None and "photo_url" in rex.model_fields_set
    assert rex.keeper_id is None and "keeper_id" in rex.model_fields_set
    # Polly: born_on is left out (optional, absent).
    assert polly.born_on is None and "born_on" not in polly.model_fields_set
    # Rex's enclosure has no feeding_time at all.
    assert rex.enclosure.feeding_time is None
    assert "feeding_time" not in rex.enclosure.model_fields_set


@pytest.mark.parametrize(
    ("kwargs", "names"),
    [
        ({"limit": 1}, ["Whiskers"]),
        ({"kind": "dog"}, ["Rex"]),
        ({"vaccinated": True}, ["Whiskers", "Polly"]),
        ({"vaccinated": False}, ["Rex"]),
        ({"tag": ["friendly"]}, ["Whiskers", "Rex"]),
        ({"tag": ["indoor", "friendly"]}, ["Whiskers"]),
        ({"tag": ["loud"], "vaccinated": True, "limit": 5}, ["Polly"]),
    ],
    ids=lambda value: repr(value) if isinstance(value, dict) else "result",
)
async def test_list_animals_filters(sc: Api, kwargs: dict[str, object], names: list[str]) -> None:
    if "kind" in kwargs:
        kwargs = {**kwargs, "kind": sc.models.AnimalKind(kwargs["kind"])}
    animals = await sc.run(sc.client.animals.list(**kwargs))

    assert [a.name for a in animals] == names


async def test_list_animals_bad_parameter_is_the_default_error(sc: Api) -> None:
    with pytest.raises(sc.errors.BadRequestError) as caught:
        await sc.run(sc.client.animals.list(limit=0))

    assert caught.value.status_code == 400
    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.code == 400
    assert caught.value.body.message == "limit must be between 1 and 100"


async def test_get_animal(sc: Api) -> None:
    polly = await sc.run(sc.client.animals.retrieve(POLLY))

    assert isinstance(polly, sc.models.Bird)
    assert (polly.id, polly.name, polly.wingspan_cm) == (POLLY, "Polly", 45.5)


async def test_get_animal_not_found(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.animals.retrieve(UNKNOWN_ANIMAL))

    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.code == 404
    assert caught.value.body.message == f"animal {UNKNOWN_ANIMAL} not found"


async def test_get_animal_photo_returns_bytes(sc: Api) -> None:
    photo = await sc.run(sc.client.animals.photo(WHISKERS))

    assert isinstance(photo, bytes)
    assert photo.startswith(b"\x89PNG\r\n\x1a\n")
    assert photo == showcase_app.PHOTO_PNG


async def test_get_animal_photo_not_found(sc: Api) -> None:
    with pytest.raises(sc.errors.NotFoundError) as caught:
        await sc.run(sc.client.animals.photo(REX))

    assert isinstance(caught.value.body, sc.models.Error)
    assert caught.value.body.message == f"animal {REX} has no photo"


async def test_create_animal_with_model(sc_rw: Api) -> None:
    m = sc_rw.models
    dog = await sc_rw.run(
        sc_rw.client.animals.create(body=m.NewAnimal(kind=m.AnimalKind.DOG, name="Bolt"))
    )

    assert isinstance(dog, m.Dog)
    assert dog.id == new_animal_id(4)
    assert dog.name == "Bolt"
    assert dog.breed == "mixed"  # server default: the SDK did not send `breed`
    assert dog.size is m.SizeClass.VALUE_2
    assert dog.health is m.HealthStatus.HEALTHY
    assert dog.vaccinated is False
    assert dog.tags == []
    assert dog.photo_url is None and "photo_url" in dog.model_fields_set
    assert "born_on" not in dog.model_fields_set

    fetched = await sc_rw.run(sc_rw.client.animals.retrieve(new_animal_id(4)))
    assert isinstance(fetched, m.Dog) and fetched.name == "Bolt"


async def test_create_animal_with_model_all_fields(sc_rw: Api) -> None:
    m = sc_rw.models
    cat = await sc_rw.run(
        sc_rw.client.animals.create(
            body=m.NewAnimal(
                kind=m.AnimalKind.CAT,
                name="Misty",
                born_on=dt.date(2022, 2, 22),
                size=m.SizeClass.VALUE_3,
                health=m.HealthStatus.SICK,
                vaccinated=True,
                tags=["new", "shy"],
                indoor=False,
            )
        )
    )

    assert isinstance(cat, m.Cat)
    assert cat.born_on == dt.date(2022, 2, 22)
    assert cat.size is m.SizeClass.VALUE_3
    assert cat.health is m.HealthStatus.SICK
    assert cat.vaccinated is True
    assert cat.tags == ["new", "shy"]
    assert (cat.indoor, cat.lives) == (False, 9)


async def test_create_animal_with_dict(sc_rw: Api) -> None:
    m = sc_rw.models
    bird = await sc_rw.run(
        sc_rw.client.animals.create(
            body={
                "kind": "bird",
                "name": "Tweety",
                "born_on": "2023-05-06",
                "wingspan_cm": 20.5,
                "can_talk": True,
            }
        )
    )

    assert isinstance(bird, m.Bird)
    assert bird.id == new_animal_id(4)
    assert bird.born_on == dt.date(2023, 5, 6)
    assert (bird.wingspan_cm, bird.can_talk) == (20.5, True)


async def test_create_animal_validation_error(sc_rw: Api) -> None:
    # `fish` is not an AnimalKind; the SDK accepts unknown enum values, the server does not.
    with pytest.raises(sc_rw.errors.UnprocessableEntityError) as caught:
        await sc_rw.run(sc_rw.client.animals.create(body={"kind": "fish", "name": "Nemo"}))

    error = caught.value
    assert error.status_code == 422
    assert isinstance(error.body, sc_rw.models.ValidationError)
    assert error.body.message == "request body is invalid"
    assert [(e.loc, e.type) for e in error.body.errors] == [(["body", "kind"], "enum")]
    assert isinstance(error.body.errors[0], sc_rw.models.ValidationErrorError)


async def test_delete_animal_returns_none(sc_rw: Api) -> None:
    result = await sc_rw.run(sc_rw.client.animals.delete(REX))

    assert result is None
    animals = await sc_rw.run(sc_rw.client.animals.list())
    assert [a.name for a in animals] == ["Whiskers", "Polly"]
    with pytest.raises(sc_rw.errors.NotFoundError) as caught:
        await sc_rw.run(sc_rw.client.animals.delete(REX))
    assert isinstance(caught.value.body, sc_rw.models.Error)
    assert caught.value.body.message == f"animal {REX} not found"


async def test_list_keepers_wire_names_and_any_of(sc: Api) -> None:
    m = sc.models
    ada, bob = await sc.run(sc.client.animals.keepers.list())

    assert isinstance(ada, m.Keeper)
    assert ada.id == ADA
    assert ada.first_name == "Ada"  # first-name
    assert ada.last_name == "Lovelace"  # last-name
    assert ada.type == "Keeper"  # @type
    assert ada.field_2fa_enabled is True  # 2fa_enabled
    assert ada.x_rate == 21.5  # X-Rate
    assert ada.email == "ada@zoo.example"
    assert ada.hired_on == dt.date(2015, 3, 1)
    assert ada.shift_start == dt.time(8, 30)
    assert isinstance(ada.contact, m.EmailContact)
    assert ada.contact.email == "ada.home@example.org"
    assert ada.expertise == [m.AnimalKind.CAT, m.AnimalKind.BIRD]
    assert all(isinstance(kind, m.AnimalKind) for kind in ada.expertise)

    assert bob.first_name == "Bob"
    assert bob.field_2fa_enabled is False
    assert bob.last_name is None and "last_name" not in bob.model_fields_set
    assert bob.x_rate is None and "x_rate" not in bob.model_fields_set
    assert isinstance(bob.contact, m.PhoneContact)
    assert (bob.contact.phone, bob.contact.extension) == ("+44 20 7946 0000", "12")
    assert bob.expertise == [m.AnimalKind.DOG]


async def test_create_keeper_with_model(sc_rw: Api) -> None:
    m = sc_rw.models
    keeper = await sc_rw.run(
        sc_rw.client.animals.keepers.create(
            body=m.Keeper(
                first_name="Cleo",
                email="cleo@zoo.example",
                x_rate=18.0,
                shift_start=dt.time(9, 15),
                contact=m.PhoneContact(phone="0123"),
                expertise=[m.AnimalKind.DOG],
            )
        )
    )

    assert isinstance(keeper, m.Keeper)
    assert keeper.id == new_keeper_id(3)
    assert keeper.first_name == "Cleo"
    assert keeper.x_rate == 18.0
    assert keeper.shift_start == dt.time(9, 15)
    assert isinstance(keeper.contact, m.PhoneContact) and keeper.contact.phone == "0123"
    assert keeper.expertise == [m.AnimalKind.DOG]
    # Server defaults, filled in because the SDK did not send them.
    assert keeper.type == "Keeper" and "type" in keeper.model_fields_set
    assert keeper.field_2fa_enabled is False and "field_2fa_enabled" in keeper.model_fields_set
    assert "last_name" not in keeper.model_fields_set
    assert "hired_on" not in keeper.model_fields_set


async def test_create_keeper_with_dict_of_wire_names(sc_rw: Api) -> None:
    m = sc_rw.models
    keeper = await sc_rw.run(
        sc_rw.client.animals.keepers.create(
            body={
                "id": "10000000-0000-4000-8000-0000000000AA",
                "first-name": "Dana",
                "last-name": "Scully",
                "@type": "SeniorKeeper",
                "2fa_enabled": True,
                "X-Rate": 30.25,
                "email": "dana@zoo.example",
                "hired_on": "2020-01-31",
                "contact": {"email": "dana@home.example"},
            }
        )
    )

    assert keeper.id == UUID("10000000-0000-4000-8000-0000000000aa")
    assert (keeper.first_name, keeper.last_name) == ("Dana", "Scully")
    assert keeper.type == "SeniorKeeper"
    assert keeper.field_2fa_enabled is True
    assert keeper.x_rate == 30.25
    assert keeper.hired_on == dt.date(2020, 1, 31)
    assert isinstance(keeper.contact, m.EmailContact)
    assert keeper.contact.email == "dana@home.example"
    keepers = await sc_rw.run(sc_rw.client.animals.keepers.list())
    assert [k.first_name for k in keepers] == ["Ada", "Bob", "Dana"]


async def test_create_keeper_conflict(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.ConflictError) as caught:
        await sc_rw.run(
            sc_rw.client.animals.keepers.create(
                body=sc_rw.models.Keeper(first_name="Ada", email="ADA@zoo.example")
            )
        )

    error = caught.value
    assert error.status_code == 409
    assert isinstance(error.body, sc_rw.models.Error)
    assert error.body.code == 409
    assert error.body.message == "a keeper with email ADA@zoo.example already exists"


async def test_create_keeper_validation_error(sc_rw: Api) -> None:
    with pytest.raises(sc_rw.errors.UnprocessableEntityError) as caught:
        await sc_rw.run(
            sc_rw.client.animals.keepers.create(
                body=sc_rw.models.Keeper(first_name="Eve", email="not-an-email")
            )
        )

    error = caught.value
    assert error.status_code == 422
    assert isinstance(error.body, sc_rw.models.ValidationError)
    assert [(e.loc, e.type) for e in error.body.errors] == [(["body", "email"], "format")]
