"""Items 3 and 15: audio is a path (str/PathLike), bytes or a binary stream - an int is never
opened as a file descriptor - and its size is checked from the file before it is read."""

from __future__ import annotations

import io
import os
import wave
from pathlib import Path
from typing import Any

import pytest
from hardening._server import Running
from hardening._support import Kind, invoke

from tnz_ext import ValidationError, load_wav, wav_base64

NZ = "+64210000001"


def _wav(path: Path, frames: int = 80) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"\x01\x00" * frames)
    return path


@pytest.mark.parametrize("source", [True, False, 0, 1, 2, 3.5, None, ["a.wav"], object()], ids=repr)
def test_non_audio_sources_are_refused_without_touching_descriptors(source: Any) -> None:
    r, w = os.pipe()  # an fd that would hang a read if it were ever opened
    try:
        for bad in (source, r):
            with pytest.raises(ValidationError):
                load_wav(bad, field="MessageToPeople")
            with pytest.raises(ValidationError):
                wav_base64(bad, field="MessageToPeople")
        os.fstat(1)  # stdout still open
        os.fstat(r)
    finally:
        os.close(r)
        os.close(w)


def test_voice_refuses_an_int_as_audio_on_both_clients(kind: Kind, server: Running) -> None:
    for bad in (True, 0, 1):
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, "messaging.voice", bad, to=NZ)
        assert caught.value.field == "MessageData.MessageToPeople"
    os.fstat(1)
    assert server.seen == []


def test_paths_bytes_and_binary_streams_are_all_accepted(tmp_path: Path) -> None:
    wav = _wav(tmp_path / "a.wav")
    data = wav.read_bytes()
    assert load_wav(wav, field="f") == data
    assert load_wav(str(wav), field="f") == data
    assert load_wav(data, field="f") == data
    assert load_wav(io.BytesIO(data), field="f") == data
    with wav.open("rb") as f:
        assert load_wav(f, field="f") == data
    with pytest.raises(ValidationError):
        load_wav(io.StringIO("RIFF"), field="f")  # a text stream is not audio


def test_fifo_path_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.wav"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError) as caught:
        load_wav(fifo, field="f")
    assert "not a regular file" in str(caught.value)


def test_oversized_audio_is_refused_from_its_size_before_reading(tmp_path: Path, kind: Kind, server: Running) -> None:
    big = tmp_path / "big.wav"
    with big.open("wb") as f:  # sparse: 200 MB on paper, nothing on disk, never read
        f.truncate(200 * 1024 * 1024)
    opened: list[str] = []
    import builtins

    real_open = builtins.open

    def spy(file: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    builtins.open = spy
    try:
        with pytest.raises(ValidationError) as caught:
            invoke(kind, {"base_url": server.url}, "messaging.voice", big, to=NZ)
    finally:
        builtins.open = real_open
    assert caught.value.field == "MessageData.MessageToPeople"
    assert "20 MB" in str(caught.value)
    assert str(big) not in opened
    assert server.seen == []
