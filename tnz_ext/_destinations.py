"""Turn what users naturally write (strings, dicts, small helpers) into the spec's Destination models.

Numbers are normalised to E.164 with phonenumbers (default region configurable) and checked
against an optional prefix allow-list, as TNZ's docs recommend against toll fraud. Email
destinations are checked as addresses. Every call builds fresh lists from its inputs and never
mutates them, so building a request twice never duplicates destinations.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, TypeAlias

from tnz_api.models import Destination, FaxDestination

from ._errors import ValidationError
from ._spec import component_schema
from ._validate import is_email

__all__ = ["Channel", "DestinationLike", "build_destinations", "contact", "group", "recipient"]

Channel: TypeAlias = Literal["email", "sms", "fax", "voice", "tts"]
DestinationLike: TypeAlias = str | Mapping[str, Any] | Destination | FaxDestination


def recipient(address: str, **fields: Any) -> Destination:
    """A recipient (number or email) with optional personalisation: attention, first_name, custom_1...

    The public, typed ``tnz_ext.recipient`` (generated from the spec in ``_surface``) calls this;
    a field given as None is left out."""
    _id("Destinations.Recipient", address)
    try:
        return Destination(recipient=address, **{k: v for k, v in fields.items() if v is not None})
    except TypeError as exc:
        raise ValidationError("Destinations", f"unknown recipient field: {exc}") from None


def contact(contact_id: str) -> Destination:
    """An Address Book contact by its ContactID."""
    return Destination(contact_id=_id("Destinations.ContactID", contact_id))


def _id(field: str, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, f"expected a non-empty str, got {value!r}")
    return value


def group(group_id: str | None = None, *, code: str | None = None) -> Destination:
    """An Address Book group, by GroupID or by GroupCode (exactly one)."""
    if group_id is not None and code is None:
        return Destination(group_id=_id("Destinations.GroupID", group_id))
    if code is not None and group_id is None:
        return Destination(group_code=_id("Destinations.GroupCode", code))
    raise ValidationError("Destinations.GroupID", "give exactly one of group_id or code")


def _as_wire_dict(item: DestinationLike, field: str) -> dict[str, Any]:
    if isinstance(item, str):
        return {"Recipient": item}
    if isinstance(item, Destination | FaxDestination):
        return item.to_dict()
    if isinstance(item, Mapping):
        data = dict(item)
        # Unknown keys would be dropped silently by the model: refuse them (even set to None).
        unknown = sorted(str(k) for k in data if k not in _fields())
        if unknown:
            raise ValidationError(f"{field}.{unknown[0]}", "is not a documented Destinations field")
        return {k: v for k, v in data.items() if v is not None}
    raise ValidationError(field, f"expected a str, dict or Destination, got {type(item).__name__}")


def e164(number: str, *, field: str, region: str, allowed_prefixes: Sequence[str] | None) -> str:
    """``number`` in E.164, or a ValidationError naming ``field``; held to ``allowed_prefixes``."""
    if not isinstance(number, str):
        raise ValidationError(field, f"expected a phone number as str, got {type(number).__name__}")
    normal, problem = _normalise(number, region)
    if problem is not None:
        raise ValidationError(field, problem)
    if allowed_prefixes is not None and not any(normal.startswith(p) for p in allowed_prefixes):
        raise ValidationError(
            field, f"{normal} is outside the allowed prefixes {list(allowed_prefixes)}", limit=list(allowed_prefixes)
        )
    return normal


_NUMBER_CHARS = re.compile(r"\+?[0-9 .()\-]+", re.ASCII)
_IDENTITY = ("Recipient", "ContactID", "GroupID", "GroupCode")


@functools.cache
def _fields() -> frozenset[str]:
    """The documented Destination keys (the spec's list: read once, when first needed)."""
    return frozenset(component_schema("Destination")["properties"])


@functools.lru_cache(maxsize=4096)
def _normalise(number: str, region: str) -> tuple[str, str | None]:
    """(E.164, None), or ("", why not): parsing costs ~15 us a number, and the same numbers recur."""
    import phonenumbers  # ~10 ms to import: only when a number is first normalised

    if not _NUMBER_CHARS.fullmatch(number):
        # phonenumbers reads "+6421000001/2" or "0800 FLOWERS" as some number: refuse, never guess.
        return "", f"{number!r} is not a phone number (only digits, a leading +, spaces, - . ( ) are allowed)"
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as exc:
        return "", f"{number!r} is not a phone number ({exc})"
    if parsed.extension:
        return "", f"{number!r} has an extension, which cannot be dialled"
    if not phonenumbers.is_valid_number(parsed):
        return "", f"{number!r} is not a valid phone number (default region {region})"
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), None


def _check_email(address: str, field: str) -> str:
    if not is_email(address):
        raise ValidationError(field, f"{address!r} is not an email address")
    return address


def build_destinations(
    items: Iterable[DestinationLike] | DestinationLike,
    *,
    channel: Channel,
    region: str = "NZ",
    allowed_prefixes: Sequence[str] | None = None,
) -> list[Destination] | list[FaxDestination]:
    """Build the Destinations list for one send on ``channel``."""
    if isinstance(items, str | Mapping | Destination | FaxDestination):
        items = [items]
    elif isinstance(items, bytes | bytearray) or not isinstance(items, Iterable):
        raise ValidationError(
            "MessageData.Destinations",
            f"expected a str, dict, Destination or a list of them, got {type(items).__name__}",
        )
    model = FaxDestination if channel == "fax" else Destination
    out: list[Any] = []
    for index, item in enumerate(items):
        if type(item) is str:  # the common case, straight to the model (a field name only on error)
            out.append(model(recipient=_address(item, index, channel, region, allowed_prefixes)))
            continue
        field = f"MessageData.Destinations[{index}]"
        data = _as_wire_dict(item, field)
        given = [key for key in _IDENTITY if data.get(key) not in (None, "")]
        if len(given) != 1:
            which = " and ".join(given) if given else "none"
            raise ValidationError(
                field, f"needs exactly one of Recipient, ContactID, GroupID or GroupCode (got {which})", limit=1
            )
        for key in _IDENTITY:
            if key in data and key not in given:
                del data[key]  # an empty companion ("") would be sent as a second identity
        address = data.get("Recipient")
        if address is not None:
            data["Recipient"] = _address(address, index, channel, region, allowed_prefixes)
        out.append(model.from_dict(data))
    if not out:
        raise ValidationError("MessageData.Destinations", "at least one destination is required", limit=1)
    return out


def _address(address: str, index: int, channel: Channel, region: str, allowed_prefixes: Sequence[str] | None) -> str:
    if channel == "email":
        return _check_email(address, f"MessageData.Destinations[{index}].Recipient")
    if type(address) is str:  # the fast way for a good number; any problem is raised by e164 below
        normal, problem = _normalise(address, region)
        if problem is None and (allowed_prefixes is None or any(normal.startswith(p) for p in allowed_prefixes)):
            return normal
    field = f"MessageData.Destinations[{index}].Recipient"
    return e164(address, field=field, region=region, allowed_prefixes=allowed_prefixes)
