"""Request bodies as JSON bytes without a third copy of the files in memory.

A 20 MB email is mostly Base64 strings. ``json.dumps(...).encode()`` holds those strings, the
JSON text and its UTF-8 bytes at once: three copies. ``json_body`` writes the same bytes while
releasing each large string as soon as it is written, so about two copies exist at the peak.
"""

from __future__ import annotations

import json
import uuid
from typing import Any

__all__ = ["json_body"]

_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
_LARGE = 64 * 1024  # strings at least this long (file contents, audio) are written separately
_SHORT_LIST = 16  # lists longer than this (destinations) hold no large strings worth a walk
_MARKER = f"\x00tnz-{uuid.uuid4().hex}-"  # a NUL and 128 random bits: no real text collides with it


def _take_large(value: Any, taken: list[str]) -> Any:
    """``value`` (a dict or list) with each large string moved to ``taken`` and replaced by a marker.

    Containers are copied only where a string is replaced (a list may be the caller's own);
    lists longer than a few items (destinations) are not walked: nothing large hides there.
    """
    kind = type(value)
    if kind is dict:
        items: Any = value.items()
    elif kind is list and len(value) <= _SHORT_LIST:
        items = enumerate(value)
    else:
        return value
    copy = None
    for key, item in items:
        inner = type(item)
        if inner is str:
            if len(item) < _LARGE:
                continue
            taken.append(item)
            new = f"{_MARKER}{len(taken) - 1}"
        elif inner is dict or inner is list:
            new = _take_large(item, taken)
            if new is item:
                continue
        else:
            continue
        if copy is None:
            copy = kind(value)
        copy[key] = new
    return value if copy is None else copy


def json_body(data: dict[str, Any]) -> bytes:
    """``data`` as compact UTF-8 JSON, identical to ``json.dumps(...).encode()``, with less memory.

    The usual way holds the JSON text and its UTF-8 bytes at once, next to the Base64 strings of
    the files they were made of: three copies of a 19 MB body. Here each large string is swapped
    for a marker, the small rest is encoded as usual, and the large strings are written into
    place one by one, each dropped once written, so at most the parts and the joined result (two
    copies) exist at once. ``data`` is consumed: its large strings are replaced.
    """
    taken: list[str] = []
    for key, value in data.items():  # in place at the top (``data`` is ours), so the originals go
        if type(value) is str and len(value) >= _LARGE:
            taken.append(value)
            data[key] = f"{_MARKER}{len(taken) - 1}"
        else:
            data[key] = _take_large(value, taken)
    value = None  # or the loop variable would keep the original (with every file) alive
    if not taken:
        return _JSON.encode(data).encode("utf-8")
    skeleton = _JSON.encode(data).encode("utf-8")
    spots = []
    for index in range(len(taken)):
        quoted = _JSON.encode(f"{_MARKER}{index}").encode("utf-8")
        spots.append((skeleton.index(quoted), len(quoted), index))
    spots.sort()
    parts: list[bytes] = []
    start = 0
    for at, length, index in spots:
        parts.append(skeleton[start:at])
        text, taken[index] = taken[index], ""
        parts.append(_JSON.encode(text).encode("utf-8"))
        del text  # the last reference to the original string: freed as soon as it is written
        start = at + length
    parts.append(skeleton[start:])
    return b"".join(parts)
