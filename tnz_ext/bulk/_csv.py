"""Read a contacts CSV one row at a time, mapping its columns onto the spec's Destination fields.

The file is never held whole: a million-row list is streamed, validated and journalled row by
row. Column names are matched loosely (``first_name``, ``First Name`` and ``FirstName`` are one
field) because spreadsheets spell them every way; an unknown column is refused up front rather
than silently dropped, since a typo there would send a message with an empty placeholder.
"""

from __future__ import annotations

import csv
import functools
import os
import re
from collections.abc import Iterator
from typing import NamedTuple, TextIO

from tnz_ext._errors import ValidationError
from tnz_ext._spec import component_schema

__all__ = ["Columns", "Row", "destination_fields", "iter_rows", "read_columns"]

_RECIPIENT = "Recipient"
_NOT_UTF8 = re.compile("[\udc80-\udcff]")
# Address-book references cannot be personalised from a CSV row: a row is one recipient.
_NOT_FROM_CSV = frozenset({"ContactID", "GroupID", "GroupCode"})


def _key(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


@functools.cache
def destination_fields() -> dict[str, str]:
    """Loose column key -> the wire name of a personalisation field of the spec's Destination."""
    names = component_schema("Destination")["properties"]
    return {_key(name): name for name in names if name != _RECIPIENT and name not in _NOT_FROM_CSV}


class Row(NamedTuple):
    line: int  # the line the record starts on, 1-based, header included (what an editor shows)
    recipient: str
    fields: dict[str, str]  # wire name -> value, empty cells left out


class Columns(NamedTuple):
    recipient: int
    fields: tuple[tuple[int, str], ...]  # (column index, wire name)
    width: int


def read_columns(header: list[str], to_column: str) -> Columns:
    """Map a header row; every problem with it is reported in one ValidationError."""
    known = destination_fields()
    wanted = _key(to_column)
    recipient: int | None = None
    fields: list[tuple[int, str]] = []
    seen: dict[str, str] = {}
    problems: list[str] = []
    for index, raw in enumerate(header):
        name = raw.strip().lstrip("\ufeff")
        key = _key(name)
        if key == wanted:
            if recipient is not None:
                problems.append(f"the recipient column {to_column!r} appears twice")
            recipient = index
            continue
        wire = known.get(key)
        if wire is None:
            problems.append(f"column {name!r} is not a destination field")
            continue
        if wire in seen:
            problems.append(f"columns {seen[wire]!r} and {name!r} are both {wire!r}")
        seen[wire] = name
        fields.append((index, wire))
    if recipient is None:
        problems.insert(0, f"no {to_column!r} column (pass --to-column to name the recipient column)")
    if problems:
        accepted = ", ".join(sorted(known.values()))
        raise ValidationError("CSV header", "; ".join(problems) + f" (destination fields: {accepted})")
    assert recipient is not None
    return Columns(recipient, tuple(fields), len(header))


def open_csv(path: str | os.PathLike[str]) -> TextIO:
    try:
        # utf-8-sig: spreadsheets often write a byte-order mark before the header. surrogateescape: a
        # byte that is not UTF-8 becomes a lone surrogate, found per row, so the report names its line.
        return open(path, newline="", encoding="utf-8-sig", errors="surrogateescape")
    except OSError as exc:
        raise ValidationError("CSV", f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from None


def iter_rows(path: str | os.PathLike[str], to_column: str = "to") -> Iterator[Row | tuple[int, str]]:
    """Rows of the file; a row that cannot be a recipient at all comes as ``(line, problem)``."""
    with open_csv(path) as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise ValidationError("CSV header", f"cannot parse the header: {exc}") from None
        if header is None:
            raise ValidationError("CSV", "the file is empty: a header row is required")
        if _NOT_UTF8.search("".join(header)):
            raise ValidationError("CSV header", "is not UTF-8 text")
        columns = read_columns(header, to_column)
        at, fields_at, width = columns
        start = reader.line_num + 1
        while True:
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield start, f"cannot parse the row: {exc}"
                start = reader.line_num + 1
                continue
            except UnicodeDecodeError as exc:  # the decoder cannot resume after this: stop here
                yield (
                    start,
                    f"is not UTF-8 text ({exc.reason} at byte {exc.start} of a read block); nothing after it was read",
                )
                return
            line, start = start, reader.line_num + 1
            if not cells:  # a blank line
                continue
            joined = "".join(cells)
            if not joined.isascii() and _NOT_UTF8.search(joined):  # isascii: one C pass, the usual row
                yield line, "is not UTF-8 text"
                continue
            if len(cells) != width:
                yield line, f"has {len(cells)} cells, the header has {width}"
                continue
            yield Row(line, cells[at].strip(), {wire: cells[i] for i, wire in fields_at if cells[i]})
