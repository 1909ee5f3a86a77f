"""Local date-times as TNZ reads them: ``YYYY-MM-DD HH:MM:SS`` in the account's time zone.

TNZ's reference shows ``2022-12-31T23:00``; its library docs show ``2023-08-12 12:00:00`` (and
tnzapi itself sends action times as ``2023-08-12T12:00:00``, see openapi/DECISIONS.md row 5). The
spec accepts both, strings pass through as given, and ``datetime`` objects are written in the
space form with seconds. A naive datetime *is* a local time of
the account (TNZ has no offset field to read), so it is sent as it is. An aware datetime names an
instant, which only becomes a local time once the account's zone is known: the client's
``timezone=`` option says it, and without it an aware value is refused rather than guessed.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from ._errors import ValidationError

__all__ = ["local_time"]


def local_time(value: Any, field: str, zone: tzinfo | None) -> Any:
    """``value`` as TNZ's local date-time text when it is a datetime; anything else unchanged
    (strings are checked against the spec's pattern by request validation)."""
    if not isinstance(value, date):
        return value
    if not isinstance(value, datetime):
        raise ValidationError(field, "expected a datetime or a 'YYYY-MM-DD HH:MM[:SS]' string, not a date")
    if value.tzinfo is not None and value.utcoffset() is not None:
        if zone is None:
            raise ValidationError(
                field,
                "an aware datetime needs the account's time zone to become a TNZ local time: pass "
                "timezone= to the client (e.g. 'Pacific/Auckland'), or give a naive local datetime",
            )
        value = value.astimezone(zone).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat(sep=" ")
