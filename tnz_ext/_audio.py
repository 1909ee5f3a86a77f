"""Voice audio checks: TNZ plays only "WAV format, 16-bit, 8000hz", so anything else fails here.

A wrong file is otherwise accepted by the API and discovered only when the call plays silence or
noise, after it has been paid for.
"""

from __future__ import annotations

import base64
import io
import os
import wave

from tnz_ext._errors import ValidationError

__all__ = ["load_wav", "wav_base64"]

_EXPECTED = "WAV 16-bit 8 kHz"
_SAMPLE_WIDTH = 2  # bytes, i.e. 16-bit
_FRAME_RATE = 8000
_CHANNELS = (1, 2)
_READ_FRAMES = 1 << 16  # frames per read when checking the data chunk is complete


def _fail(field: str, found: str) -> ValidationError:
    return ValidationError(field, f"expected {_EXPECTED} (PCM, mono or stereo), found {found}", limit=_EXPECTED)


def load_wav(source: str | os.PathLike[str] | bytes, *, field: str) -> bytes:
    """Return the bytes of a WAV that TNZ can play, after checking its format.

    ``source`` is a path (read here) or the file's bytes (used as they are). Only the header is
    interpreted, the audio is passed on untouched: the bytes returned are exactly those given.
    """
    if isinstance(source, bytes):
        data = source
    else:
        try:
            with open(source, "rb") as f:
                data = f.read()
        except OSError as exc:
            raise _fail(field, f"an unreadable path {os.fspath(source)!r} ({exc.strerror or exc})") from exc

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


def wav_base64(source: str | os.PathLike[str] | bytes, *, field: str) -> str:
    """``load_wav``, as the Base64 text the API's audio fields carry."""
    return base64.b64encode(load_wav(source, field=field)).decode("ascii")
