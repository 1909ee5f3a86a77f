"""Attachments: names, sizes known before reading, exact Base64, and TNZ's 10-file limit."""

from __future__ import annotations

import base64
import io
import os
from pathlib import Path

import pytest
from tnz_api.models import File

from tnz_ext._errors import ValidationError
from tnz_ext._files import MAX_FILES, MAX_REQUEST_BYTES, Attachment, check_file_count

# Every byte value, and a length that is not a multiple of 3, so padding is exercised.
CONTENT = bytes(range(256)) * 40 + b"tail"


def test_constants() -> None:
    assert MAX_FILES == 10
    assert MAX_REQUEST_BYTES == 20 * 1024 * 1024


def test_from_path_infers_name_and_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "Sample.pdf"
    path.write_bytes(CONTENT)
    att = Attachment.from_path(path)
    assert att.name == "Sample.pdf"
    model = att.to_model()
    assert isinstance(model, File)
    assert model.name == "Sample.pdf"
    assert isinstance(model.data, str)
    assert base64.b64decode(model.data, validate=True) == CONTENT
    assert model.to_dict() == {"Name": "Sample.pdf", "Data": base64.b64encode(CONTENT).decode("ascii")}


def test_from_path_accepts_str_and_explicit_name(tmp_path: Path) -> None:
    path = tmp_path / "x.bin"
    path.write_bytes(CONTENT)
    att = Attachment.from_path(str(path), name="Report.pdf")
    assert att.name == "Report.pdf"
    assert base64.b64decode(att.to_model().data) == CONTENT


@pytest.mark.parametrize("size", [0, 1, 2, 3, 4, 5, 6, 1000, 3 * 1024 + 1])
def test_sizes_are_exact_before_reading(tmp_path: Path, size: int) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(os.urandom(size))
    att = Attachment.from_path(path)
    assert att.size == size
    expected = 4 * ((size + 2) // 3)
    assert att.encoded_size == expected
    assert len(att.to_model().data) == expected


def test_path_is_not_read_until_to_model(tmp_path: Path) -> None:
    path = tmp_path / "late.txt"
    path.write_bytes(b"first")
    att = Attachment.from_path(path)
    path.write_bytes(b"second version")
    assert att.size == len(b"second version")
    assert base64.b64decode(att.to_model().data) == b"second version"


def test_file_removed_after_from_path_raises_validation_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    path.write_bytes(b"x")
    att = Attachment.from_path(path)
    path.unlink()
    with pytest.raises(ValidationError, match=r"gone\.txt"):
        att.to_model()
    with pytest.raises(ValidationError, match=r"gone\.txt"):
        _ = att.size
    assert repr(att) == "Attachment(name='gone.txt', size=?)"


def test_from_bytes(tmp_path: Path) -> None:
    att = Attachment.from_bytes(CONTENT, "data.bin")
    assert att.name == "data.bin"
    assert att.size == len(CONTENT)
    assert att.encoded_size == len(att.to_model().data)
    assert base64.b64decode(att.to_model().data, validate=True) == CONTENT


def test_from_stream_infers_name_from_open_file(tmp_path: Path) -> None:
    path = tmp_path / "invoice.pdf"
    path.write_bytes(CONTENT)
    with path.open("rb") as f:
        att = Attachment.from_stream(f)
    assert att.name == "invoice.pdf"
    assert att.size == len(CONTENT)
    assert base64.b64decode(att.to_model().data) == CONTENT


def test_from_stream_reads_from_current_position(tmp_path: Path) -> None:
    stream = io.BytesIO(b"headerBODY")
    stream.read(6)
    att = Attachment.from_stream(stream, name="body.txt")
    assert base64.b64decode(att.to_model().data) == b"BODY"


def test_from_stream_without_name_requires_one() -> None:
    with pytest.raises(ValidationError, match="name"):
        Attachment.from_stream(io.BytesIO(b"abc"))
    assert Attachment.from_stream(io.BytesIO(b"abc"), name="abc.txt").size == 3


def test_from_stream_opened_by_descriptor_requires_name(tmp_path: Path) -> None:
    path = tmp_path / "fd.bin"
    path.write_bytes(b"abc")
    fd = os.open(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as f, pytest.raises(ValidationError):  # f.name is the int descriptor
        Attachment.from_stream(f)


def test_text_stream_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="binary"):
        Attachment.from_stream(io.StringIO("text"), name="t.txt")  # type: ignore[arg-type]


def test_missing_path_raises(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"missing\.pdf") as exc_info:
        Attachment.from_path(tmp_path / "missing.pdf")
    assert exc_info.value.field == "MessageData.Files"


def test_directory_raises(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="not a regular file"):
        Attachment.from_path(tmp_path)


@pytest.mark.parametrize("name", ["", "   "])
def test_empty_name_raises(tmp_path: Path, name: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"a")
    with pytest.raises(ValidationError, match="name"):
        Attachment.from_bytes(b"a", name)
    with pytest.raises(ValidationError, match="name"):
        Attachment.from_path(path, name=name)
    with pytest.raises(ValidationError, match="name"):
        Attachment.from_stream(io.BytesIO(b"a"), name=name)


def test_repr_shows_name_and_size_not_content(tmp_path: Path) -> None:
    secret = b"TOP-SECRET-CONTENT" * 10
    path = tmp_path / "secret.txt"
    path.write_bytes(secret)
    for att in (Attachment.from_bytes(secret, "secret.txt"), Attachment.from_path(path)):
        text = repr(att)
        assert text == f"Attachment(name='secret.txt', size={len(secret)})"
        assert "TOP-SECRET" not in text
        assert base64.b64encode(secret).decode()[:20] not in text


def test_check_file_count_allows_ten() -> None:
    check_file_count([object()] * 10)
    check_file_count([])


def test_check_file_count_rejects_eleven() -> None:
    with pytest.raises(ValidationError, match=r"^MessageData\.Files: .*10") as exc_info:
        check_file_count([object()] * 11)
    assert exc_info.value.limit == 10


def test_check_file_count_custom_field() -> None:
    with pytest.raises(ValidationError, match=r"^Fax\.Files: "):
        check_file_count(list(range(11)), field="Fax.Files")
