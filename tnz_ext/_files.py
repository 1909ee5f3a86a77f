"""Message attachments: size known up front, content read once and only when the request is built.

TNZ takes at most 10 files and 20 MB per request, and files travel as Base64 inside the JSON body,
so an attachment costs a third more than its size on disk. Knowing that before reading anything
lets a caller refuse a too-large request without loading a 50 MB file into memory first.
"""

from __future__ import annotations

import base64
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

import attrs
from tnz_api.models import File

from tnz_ext._errors import ValidationError

__all__ = ["MAX_FILES", "MAX_REQUEST_BYTES", "Attachment", "check_file_count"]

MAX_FILES = 10
MAX_REQUEST_BYTES = 20 * 1024 * 1024

_FIELD = "MessageData.Files"
_NAME_FIELD = "MessageData.Files.Name"


def _checked_name(name: str) -> str:
    """A bare file name: it becomes a MIME header and a file on the far side, so no directory
    part ("../../etc/passwd"), no "." or "..", and no CR/LF or other control character."""
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(_NAME_FIELD, f"an attachment needs a non-empty file name (str), got {name!r}")
    if name in {".", ".."} or "/" in name or "\\" in name:
        raise ValidationError(_NAME_FIELD, f"{name!r} must be a bare file name, without a directory part")
    if not name.isprintable():
        raise ValidationError(_NAME_FIELD, f"{name!r} contains CR, LF or another control character")
    return name


def _check_path(path: object) -> None:
    if not isinstance(path, str | os.PathLike) or isinstance(os.fspath(path), bytes):
        raise ValidationError(_FIELD, f"expected a file path (str or os.PathLike), got {type(path).__name__}")


@attrs.frozen(repr=False)
class Attachment:
    """A file to attach, by path or by content; build it with ``from_path``, ``from_bytes`` or ``from_stream``.

    A path is kept as a path, so holding an ``Attachment`` costs nothing until ``to_model``.
    """

    name: str
    _source: Path | bytes

    @classmethod
    def from_path(cls, path: str | os.PathLike[str], name: str | None = None) -> Attachment:
        """Attach a file on disk, checked now (so a typo fails at the call site) but read only by ``to_model``."""
        _check_path(path)
        p = Path(path).absolute()
        try:
            st = p.stat()
        except OSError as exc:
            raise ValidationError(_FIELD, f"cannot attach {str(p)!r}: {exc.strerror or exc}") from exc
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError(_FIELD, f"cannot attach {str(p)!r}: not a regular file")
        if not os.access(p, os.R_OK):
            raise ValidationError(_FIELD, f"cannot attach {str(p)!r}: not readable")
        return cls(_checked_name(p.name if name is None else name), p)

    @classmethod
    def from_bytes(cls, data: bytes, name: str) -> Attachment:
        """Attach content already in memory; it is kept by reference, not copied."""
        if not isinstance(data, bytes):
            raise ValidationError(_FIELD, f"expected bytes, got {type(data).__name__}", limit="bytes")
        return cls(_checked_name(name), data)

    @classmethod
    def from_stream(cls, stream: BinaryIO, name: str | None = None) -> Attachment:
        """Attach what is left in a binary stream, read now, once: streams cannot be rewound in general.

        Without ``name`` the stream's own ``name`` (its file name, directory dropped) is used when it
        has a usable one; a socket or a file opened by descriptor has none, so ``name`` is then required.
        """
        if name is None:
            raw_name = getattr(stream, "name", None)
            if isinstance(raw_name, (str, bytes)) and raw_name:
                name = os.path.basename(os.fsdecode(raw_name))
            if not name:
                raise ValidationError(_NAME_FIELD, "the stream has no file name: pass name=")
        name = _checked_name(name)
        if not callable(getattr(stream, "read", None)):
            raise ValidationError(_FIELD, f"expected a binary stream, got {type(stream).__name__}")
        data = stream.read()
        if not isinstance(data, bytes):
            raise ValidationError(_FIELD, f"{name!r}: the stream must be opened in binary mode")
        return cls(name, data)

    @property
    def size(self) -> int:
        """Size in bytes; for a path, from the file system, without reading the file."""
        if isinstance(self._source, bytes):
            return len(self._source)
        try:
            return self._source.stat().st_size
        except OSError as exc:
            raise ValidationError(_FIELD, f"cannot attach {str(self._source)!r}: {exc.strerror or exc}") from exc

    @property
    def encoded_size(self) -> int:
        """Size of the Base64 text this file becomes in the request, which is what counts toward 20 MB."""
        return 4 * -(-self.size // 3)

    def to_model(self) -> File:
        """The generated ``File`` model, with the content as Base64 text.

        For a path, the raw bytes are dropped before Base64 is turned into ``str``, so at most two
        full copies exist at once (bytes -> str always copies in CPython, there is no way around it).
        """
        if isinstance(self._source, bytes):
            return File(name=self.name, data=base64.b64encode(self._source).decode("ascii"))
        try:
            with self._source.open("rb") as f:
                raw = f.read()
        except OSError as exc:
            raise ValidationError(_FIELD, f"cannot read {str(self._source)!r}: {exc.strerror or exc}") from exc
        encoded = base64.b64encode(raw)
        del raw
        return File(name=self.name, data=encoded.decode("ascii"))

    def __repr__(self) -> str:
        # Never the content: it may be large or confidential. The size, if the file is still there.
        try:
            size: int | str = self.size
        except ValidationError:
            size = "?"
        return f"Attachment(name={self.name!r}, size={size})"


def check_file_count(files: Sequence[object], *, field: str = _FIELD) -> None:
    """Raise ``ValidationError`` if there are more files than TNZ takes in one request (10)."""
    if len(files) > MAX_FILES:
        raise ValidationError(field, f"{len(files)} files, at most {MAX_FILES} per request", limit=MAX_FILES)
