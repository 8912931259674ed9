"""Files in the relay SDK: multipart uploads, URL-encoded forms, binary downloads, raw uploads.

`uploadFile` echoes the `file` part's filename, content type, size and SHA-256 with
`purpose` and the repeated `tags` parts; `submitContact` echoes the form fields as
strings; `downloadFile` answers `size` bytes where byte i is `i % 251`; `uploadRaw`
reports the size and SHA-256 of an `application/octet-stream` body.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.e2e.conftest import Api
from tests.e2e.relay_support import file_bytes, recorded, sha256

# binary content with CR, LF, dashes and every byte value: nothing a multipart encoder may
# mangle or mistake for a boundary
CONTENT = bytes(range(256)) * 16 + b"\r\n--\r\n--boundary--\r\n" + bytes(range(255, -1, -1))


@pytest.fixture
def real_file(tmp_path: Path) -> Iterator[Any]:
    """A file on disk with CONTENT, opened for binary reading."""
    path = tmp_path / "report.dat"
    path.write_bytes(CONTENT)
    with path.open("rb") as file:
        yield file


# ---- multipart -----------------------------------------------------------------------

# name -> (the value of the `file` field, made from the opened real file; the filename and
# content type the server must see, None where the SDK may choose)
FILE_VALUES: dict[str, tuple[Callable[[Any], Any], str | None, str | None]] = {
    "bytes": (lambda _: CONTENT, None, None),
    "BytesIO": (lambda _: io.BytesIO(CONTENT), None, None),
    "real-file": (lambda real: real, "report.dat", None),
    "name+bytes": (lambda _: ("notes.txt", CONTENT), "notes.txt", "text/plain"),
    "name+BytesIO": (lambda _: ("notes.txt", io.BytesIO(CONTENT)), "notes.txt", "text/plain"),
    "name+real-file": (lambda real: ("renamed.bin", real), "renamed.bin", None),
    "name+bytes+type": (
        lambda _: ("data.bin", CONTENT, "application/x-relay"),
        "data.bin",
        "application/x-relay",
    ),
    "name+BytesIO+type": (
        lambda _: ("data.bin", io.BytesIO(CONTENT), "image/png"),
        "data.bin",
        "image/png",
    ),
}


@pytest.mark.parametrize("as_model", [False, True], ids=["dict", "model"])
@pytest.mark.parametrize("kind", list(FILE_VALUES))
async def test_upload_file_accepts_every_kind_of_file(
    rl: Api, real_file: Any, kind: str, as_model: bool
) -> None:
    make, filename, content_type = FILE_VALUES[kind]
    fields = {"file": make(real_file), "purpose": "archive", "tags": ["alpha", "beta gamma"]}
    body = rl.models.FileUpload(**fields) if as_model else fields

    info = await rl.run(rl.client.files.create(body=body))

    assert isinstance(info, rl.models.FileInfo)
    assert info.size == len(CONTENT)
    assert info.sha256 == sha256(CONTENT)
    assert info.purpose == "archive"
    assert info.tags == ["alpha", "beta gamma"]
    if filename is not None:
        assert info.filename == filename
    if content_type is not None:
        assert info.content_type == content_type


@pytest.mark.parametrize(
    "tags", [None, [], ["one"], ["a", "b", "a"]], ids=["none", "empty", "one", "repeated"]
)
async def test_upload_file_sends_tags_as_repeated_fields(
    rl: Api, plain_http: httpx.Client, fault_key: str, tags: list[str] | None
) -> None:
    body: dict[str, Any] = {"file": ("t.txt", b"tagged"), "purpose": "p"}
    if tags is not None:
        body["tags"] = tags

    info = await rl.run(rl.client.files.create(body=body, extra_headers={"X-Fault-Key": fault_key}))

    assert info.tags == (tags or [])
    assert (info.size, info.sha256, info.purpose) == (6, sha256(b"tagged"), "p")
    headers = recorded(plain_http, rl.base_url, fault_key)["headers"][0]
    assert headers["content-type"].startswith("multipart/form-data; boundary=")


async def test_upload_file_missing_part_raises_bad_request(rl: Api) -> None:
    with pytest.raises(rl.errors.BadRequestError) as caught:
        await rl.run(rl.client.files.create(body={"file": b"x"}))  # no purpose

    assert caught.value.body.code == "bad_body"


# ---- URL-encoded form --------------------------------------------------------------------


@pytest.mark.parametrize("as_model", [False, True], ids=["dict", "model"])
async def test_submit_contact_sends_url_encoded_form(
    rl: Api, plain_http: httpx.Client, fault_key: str, as_model: bool
) -> None:
    fields = {"name": "Ada & Bob=1", "email": "ada+relay@example.com", "count": 3}
    body = rl.models.ContactForm(**fields) if as_model else fields

    echo = await rl.run(
        rl.client.files.forms.contact.create(body=body, extra_headers={"X-Fault-Key": fault_key})
    )

    assert isinstance(echo, rl.models.FormEcho)
    assert echo.fields_ == {"name": "Ada & Bob=1", "email": "ada+relay@example.com", "count": "3"}
    headers = recorded(plain_http, rl.base_url, fault_key)["headers"][0]
    assert headers["content-type"].split(";")[0] == "application/x-www-form-urlencoded"


async def test_submit_contact_leaves_out_unset_fields(rl: Api) -> None:
    echo = await rl.run(
        rl.client.files.forms.contact.create(body=rl.models.ContactForm(name="N", email="e@x"))
    )

    assert echo.fields_ == {"name": "N", "email": "e@x"}


# ---- binary download -------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, 251, 1000, 1_000_000])
async def test_download_file_returns_the_bytes(rl: Api, size: int) -> None:
    data = await rl.run(rl.client.files.content.list("f", size=size))

    assert isinstance(data, bytes)
    assert len(data) == size
    assert data == file_bytes(size)


async def test_download_file_default_size(rl: Api) -> None:
    data = await rl.run(rl.client.files.content.list("default"))

    assert data == file_bytes(1024)


# ---- raw binary upload -----------------------------------------------------------------

RAW = file_bytes(300_000)


def chunks_of(data: bytes, size: int = 65_536) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


def sync_chunks(data: bytes) -> Iterator[bytes]:
    yield from chunks_of(data)


async def async_chunks(data: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks_of(data):
        yield chunk


async def test_upload_raw_bytes(rl: Api, plain_http: httpx.Client, fault_key: str) -> None:
    info = await rl.run(rl.client.files.raw(body=RAW, extra_headers={"X-Fault-Key": fault_key}))

    assert isinstance(info, rl.models.RawUploadInfo)
    assert (info.size, info.sha256) == (len(RAW), sha256(RAW))
    headers = recorded(plain_http, rl.base_url, fault_key)["headers"][0]
    assert headers["content-type"] == "application/octet-stream"


async def test_upload_raw_empty_bytes(rl: Api) -> None:
    info = await rl.run(rl.client.files.raw(body=b""))

    assert (info.size, info.sha256) == (0, sha256(b""))


async def test_upload_raw_iterator_of_chunks(
    rl: Api, plain_http: httpx.Client, fault_key: str
) -> None:
    # the sync client takes a generator, the async client an async generator
    body = async_chunks(RAW) if rl.is_async else sync_chunks(RAW)

    info = await rl.run(rl.client.files.raw(body=body, extra_headers={"X-Fault-Key": fault_key}))

    assert (info.size, info.sha256) == (len(RAW), sha256(RAW))
    headers = recorded(plain_http, rl.base_url, fault_key)["headers"][0]
    assert headers["content-type"] == "application/octet-stream"


@pytest.mark.parametrize("kind", ["BytesIO", "real-file"])
async def test_upload_raw_file_object(rl: Api, tmp_path: Path, kind: str) -> None:
    # the async client reads a sync file object in chunks (httpx.AsyncClient cannot)
    path = tmp_path / "raw.bin"
    path.write_bytes(RAW)

    with io.BytesIO(RAW) if kind == "BytesIO" else path.open("rb") as file:
        info = await rl.run(rl.client.files.raw(body=file))

    assert (info.size, info.sha256) == (len(RAW), sha256(RAW))
