"""Voice audio must be a PCM WAV, 16-bit, 8 kHz: checked with real files written by ``wave``."""

from __future__ import annotations

import base64
import io
import wave
from pathlib import Path

import pytest

from tnz_ext._audio import load_wav, wav_base64
from tnz_ext._errors import ValidationError

FIELD = "MessageData.MessageToPeople"


def make_wav(*, width: int = 2, rate: int = 8000, channels: int = 1, frames: int = 800) -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        n = frames * width * channels
        w.writeframes((bytes(range(256)) * (n // 256 + 1))[:n])
    return buf.getvalue()


def assert_format_error(exc: ValidationError, found: str) -> None:
    text = str(exc)
    assert exc.field == FIELD
    assert text.startswith(f"{FIELD}: ")
    assert "16-bit" in text
    assert "8 kHz" in text
    assert found in text


@pytest.mark.parametrize("channels", [1, 2])
def test_valid_wav_bytes_are_returned_unchanged(channels: int) -> None:
    data = make_wav(channels=channels)
    assert load_wav(data, field=FIELD) is data


def test_valid_wav_path_is_read(tmp_path: Path) -> None:
    data = make_wav()
    path = tmp_path / "hello.wav"
    path.write_bytes(data)
    assert load_wav(path, field=FIELD) == data
    assert load_wav(str(path), field=FIELD) == data


def test_wav_base64_round_trips(tmp_path: Path) -> None:
    data = make_wav(frames=12345)
    path = tmp_path / "long.wav"
    path.write_bytes(data)
    assert base64.b64decode(wav_base64(path, field=FIELD), validate=True) == data
    assert base64.b64decode(wav_base64(data, field=FIELD), validate=True) == data


def test_8_bit_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc_info:
        load_wav(make_wav(width=1), field=FIELD)
    assert_format_error(exc_info.value, "8-bit")


def test_16_khz_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc_info:
        load_wav(make_wav(rate=16000), field=FIELD)
    assert_format_error(exc_info.value, "16000 Hz")


def test_more_than_two_channels_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc_info:
        load_wav(make_wav(channels=3), field=FIELD)
    assert_format_error(exc_info.value, "3 channel")


@pytest.mark.parametrize(
    "data",
    [b"hello", b"", b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 100, b"RIFF\x24\x00\x00\x00AVI LIST"],
    ids=["text", "empty", "mp3", "riff-not-wave"],
)
def test_non_wav_is_rejected(data: bytes) -> None:
    with pytest.raises(ValidationError) as exc_info:
        load_wav(data, field=FIELD)
    assert_format_error(exc_info.value, "not a WAV")


def test_non_pcm_wav_is_rejected() -> None:
    # Same layout as a PCM WAV, but format tag 3 (IEEE float).
    data = bytearray(make_wav())
    assert data[20:22] == b"\x01\x00"
    data[20:22] = b"\x03\x00"
    with pytest.raises(ValidationError) as exc_info:
        load_wav(bytes(data), field=FIELD)
    assert_format_error(exc_info.value, "unsupported WAV (unknown format: 3)")


@pytest.mark.parametrize("keep", [30, 44 + 100])
def test_truncated_wav_is_rejected(keep: int) -> None:
    data = make_wav()
    with pytest.raises(ValidationError) as exc_info:
        load_wav(data[:keep], field=FIELD)
    assert_format_error(exc_info.value, "truncated")


def test_wav_without_audio_is_rejected() -> None:
    with pytest.raises(ValidationError) as exc_info:
        load_wav(make_wav(frames=0), field=FIELD)
    assert_format_error(exc_info.value, "no audio")


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "nope.wav"
    with pytest.raises(ValidationError) as exc_info:
        load_wav(missing, field=FIELD)
    assert_format_error(exc_info.value, "nope.wav")


def test_directory_path_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as exc_info:
        wav_base64(tmp_path, field=FIELD)
    assert_format_error(exc_info.value, "unreadable path")
