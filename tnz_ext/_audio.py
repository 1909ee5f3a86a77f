"""Voice audio checks: TNZ plays only "WAV format, 16-bit, 8000hz", so anything else fails here.

A wrong file is otherwise accepted by the API and discovered only when the call plays silence or
noise, after it has been paid for.
"""

from __future__ import annotations

import base64
import io
import os
import stat
import wave
from typing import BinaryIO

from tnz_ext._errors import ValidationError
from tnz_ext._files import MAX_REQUEST_BYTES

__all__ = ["load_wav", "wav_base64"]

_EXPECTED = "WAV 16-bit 8 kHz"
_SAMPLE_WIDTH = 2  # bytes, i.e. 16-bit
_FRAME_RATE = 8000
_CHANNELS = (1, 2)
_READ_FRAMES = 1 << 16  # frames per read when checking the data chunk is complete
_MAX_RAW = MAX_REQUEST_BYTES // 4 * 3  # the most audio whose Base64 fits in one request


def _fail(field: str, found: str) -> ValidationError:
    return ValidationError(field, f"expected {_EXPECTED} (PCM, mono or stereo), found {found}", limit=_EXPECTED)


def load_wav(source: str | os.PathLike[str] | bytes | BinaryIO, *, field: str) -> bytes:
    """Return the bytes of a WAV that TNZ can play, after checking its format.

    ``source`` is a path (``str`` or ``os.PathLike``, read here), the file's bytes (used as they
    are) or a binary stream (read now). Anything else - an int would be taken by ``open`` as a
    file descriptor - is refused. A file's size is checked before it is read: audio over the
    20 MB request limit (once Base64-encoded) is refused without loading it. Only the header is
    interpreted, the audio is passed on untouched: the bytes returned are exactly those given.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        _check_size(len(data), field)
    elif isinstance(source, str | os.PathLike):
        try:
            path = os.fspath(source)
        except TypeError as exc:
            raise _fail(field, f"an unusable path ({exc})") from None
        if not isinstance(path, str) or not path or "\x00" in path:
            raise ValidationError(field, f"expected a WAV path, bytes or binary stream, got {source!r}")
        try:
            # Checked before open: opening a FIFO would block, and a huge file is refused unread.
            st = os.stat(path)
            if not stat.S_ISREG(st.st_mode):
                raise _fail(field, f"an unreadable path {path!r} (not a regular file)")
            _check_size(st.st_size, field)
            with open(path, "rb") as f:
                data = f.read(_MAX_RAW + 1)
        except OSError as exc:
            raise _fail(field, f"an unreadable path {path!r} ({exc.strerror or exc})") from exc
        _check_size(len(data), field)
    elif callable(getattr(source, "read", None)) and not isinstance(source, io.TextIOBase):
        data = source.read(_MAX_RAW + 1)
        if not isinstance(data, bytes):
            raise ValidationError(field, "the stream must be opened in binary mode", limit="bytes")
        _check_size(len(data), field)
    else:
        raise ValidationError(
            field, f"expected a WAV path (str or PathLike), bytes or a binary stream, got {type(source).__name__}"
        )

    try:
        with wave.open(io.BytesIO(data), "rb") as w:
            channels, width, rate, frames = w.getnchannels(), w.getsampwidth(), w.getframerate(), w.getnframes()
            if width != _SAMPLE_WIDTH or rate != _FRAME_RATE or channels not in _CHANNELS:
                raise _fail(field, f"WAV {8 * width}-bit {rate} Hz with {channels} channel(s)")
            if frames == 0:
                raise _fail(field, "a WAV with no audio")
            # The header's data size is only a claim: count what is really there, a chunk at a time.
            got = 0
            while chunk := w.readframes(_READ_FRAMES):
                got += len(chunk)
            if got < frames * channels * width:
                raise _fail(field, f"a truncated WAV ({got} of {frames * channels * width} audio bytes)")
    except (wave.Error, EOFError) as exc:
        # wave's own messages are terse ("unknown format: 3"): say which kind of wrong it is.
        if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
            found = f"not a WAV file (starts with {data[:12]!r})"
        elif isinstance(exc, EOFError):
            found = "a truncated WAV header"
        else:
            found = f"an unsupported WAV ({exc})"
        raise _fail(field, found) from exc
    return data


def _check_size(size: int, field: str) -> None:
    if size > _MAX_RAW:
        raise ValidationError(
            field,
            f"the audio is {size:,} bytes, {4 * -(-size // 3):,} once Base64-encoded: over TNZ's 20 MB request limit",
            limit=MAX_REQUEST_BYTES,
        )


def wav_base64(source: str | os.PathLike[str] | bytes | BinaryIO, *, field: str) -> str:
    """``load_wav``, as the Base64 text the API's audio fields carry."""
    return base64.b64encode(load_wav(source, field=field)).decode("ascii")
