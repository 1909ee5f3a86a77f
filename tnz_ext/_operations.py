"""Every TNZ operation, once: typed builders that turn friendly arguments into a ``Call``.

Extra keyword ``**options`` go straight into the generated MessageData model (its snake_case
attribute names: ``reference``, ``send_time``, ``webhook_callback_url``, ``sub_account``...), so
the spec stays the only list of fields: a keyword that is not a documented field is refused
(typo protection lives here, not in the spec, which must accept whatever TNZ's server accepts).
``extra_body={...}`` is the explicit way to send an undocumented field as given.
The public methods in ``_surface`` (generated from the spec by scripts/gen_surface.py) spell
every field out and pass them here; None means not given. All checking happens when the body
is built, before any network traffic.
"""

from __future__ import annotations

import difflib
import functools
import importlib
import os
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from types import ModuleType
from typing import Any, TypeAlias, TypeVar

from tnz_api import models as m
from tnz_api.types import UNSET

from ._audio import wav_base64
from ._call import Call, Settings
from ._destinations import Channel, DestinationLike, build_destinations, e164
from ._errors import ValidationError
from ._files import MAX_REQUEST_BYTES, Attachment, check_file_count
from ._sms import check_sms_length
from ._spec import component_schema
from ._times import local_time
from ._validate import validate_param, validate_value

Destinations: TypeAlias = Iterable[DestinationLike] | DestinationLike
FileLike: TypeAlias = str | os.PathLike[str] | Attachment | m.File
AudioSource: TypeAlias = str | os.PathLike[str] | bytes
M = TypeVar("M")


# ---------------------------------------------------------------------------------------- helpers
@functools.cache
def _endpoint(name: str) -> ModuleType:
    """A generated endpoint module (``"messaging.send_sms"``), imported on first use: the 31 of
    them cost ~20 ms at import, and most programs call a handful."""
    return importlib.import_module(f"tnz_api.api.{name}")


def _message_id(message_id: str | None) -> str:
    """The caller's MessageID, or a fresh UUID4: every result and error can then name the message.

    TNZ generates one for a blank MessageID, but then an error before its answer arrives could
    not name the message, so tnz_ext generates it itself for "" as for None."""
    if message_id is None or message_id == "":
        return str(uuid.uuid4())
    validate_value("MessageID", message_id, "MessageData.MessageID")
    return message_id


def _path_id(value: str, field: str) -> str:
    """An ID checked against its path parameter's schema: "." / ".." / "/" can never change the route."""
    validate_param(f"{field}Path", value, field)
    return value


def _files(items: Sequence[FileLike] | None) -> list[m.File] | None:
    if not items:
        return None
    if isinstance(items, str | os.PathLike | bytes | Attachment | m.File) or not isinstance(items, Sequence):
        raise ValidationError("MessageData.Files", f"expected a list of files, got {type(items).__name__}")
    check_file_count(items)
    for index, item in enumerate(items):
        if not isinstance(item, str | os.PathLike | Attachment | m.File):
            raise ValidationError(
                f"MessageData.Files[{index}]", f"expected a path, Attachment or File, got {type(item).__name__}"
            )
    attachments = [item if isinstance(item, Attachment | m.File) else Attachment.from_path(item) for item in items]
    # Cheap early refusal from file sizes alone, before any file is read.
    encoded = sum(a.encoded_size if isinstance(a, Attachment) else len(a.data) for a in attachments)
    if encoded > MAX_REQUEST_BYTES:
        raise ValidationError(
            "MessageData.Files",
            f"the files need {encoded:,} bytes once Base64-encoded, over the 20 MB request limit",
            limit=MAX_REQUEST_BYTES,
        )
    return [a.to_model() if isinstance(a, Attachment) else a for a in attachments]


@functools.cache
def _fields(cls: type) -> dict[str, str]:
    """A generated model's keyword names and the wire names (spec property names) they stand for.

    The generator derives each attribute from a property name; comparing both without case and
    separators ("send_time" ~ "SendTime", "first_name" ~ "First Name") pairs them back up."""
    import attrs

    from ._spec import component_schema

    wire = {_squash(key): key for key in component_schema(cls.__name__).get("properties", {})}
    names = [f.name for f in attrs.fields(cls) if f.name != "additional_properties"]
    return {name: wire.get(_squash(name), name) for name in names}


def _squash(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch.isalnum())


_WHERE = {"ContactRequest": "Contact.", "GroupCreateRequest": "Group.", "GroupUpdateRequest": "Group."}


def _data(cls: type[M], settings: Settings, options: Mapping[str, Any], **fields: Any) -> M:
    """A request model from the caller's keywords: unknown keywords refused, datetimes formatted."""
    merged = {k: v for k, v in options.items() if v is not None}
    merged.update((k, v) for k, v in fields.items() if v is not None)
    known = _fields(cls)  # type: ignore[arg-type]  # generated models are hashable classes
    where = "MessageData." if cls.__name__.endswith("MessageData") else _WHERE.get(cls.__name__, "")
    for key in merged:
        if key not in known:
            close = difflib.get_close_matches(key, list(known), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ValidationError(
                f"{where}{key}",
                f"{key!r} is not a documented field{hint}; send an undocumented field with extra_body={{...}}",
            )
    for key, value in merged.items():
        if isinstance(value, date):
            merged[key] = local_time(value, f"{where}{known[key]}", settings.timezone)
    if settings.test_mode and "mode" in known:
        merged["mode"] = "Test"
    try:
        return cls(**merged)
    except TypeError as exc:  # a required field is missing
        raise ValidationError(where.rstrip(".") or cls.__name__, f"missing a required field: {exc}") from None


def _destinations(to: Destinations, channel: Channel, settings: Settings) -> Any:
    return build_destinations(to, channel=channel, region=settings.region, allowed_prefixes=settings.allowed_prefixes)


def _audio(source: AudioSource | None, field: str) -> str | None:
    return None if source is None else wav_base64(source, field=f"MessageData.{field}")


def _keypads(items: Sequence[Mapping[str, Any] | Any], cls: type[M], s: Settings, *, audio: bool) -> list[M] | None:
    """Keypad options as dicts (wire names) or models; unknown keys are refused, never dropped, and
    a RouteNumber passes the same normalisation and prefix guard as every destination.

    Voice keypad audio may be given as ``Play`` (TNZ's reference) or ``PlayFile``; it is sent as
    ``PlayFile``, the name every TNZ client library sends (see openapi/DECISIONS.md)."""
    if items is None:
        return None
    if isinstance(items, str | bytes | Mapping) or not isinstance(items, Sequence):
        raise ValidationError("MessageData.Keypads", f"expected a list of keypads, got {type(items).__name__}")
    if not items:
        return None
    known = set(component_schema(cls.__name__)["properties"]) | ({"Play", "PlayFile"} if audio else set())
    out: list[M] = []
    for index, item in enumerate(items):
        field = f"MessageData.Keypads[{index}]"
        is_model = isinstance(item, cls)
        if is_model:
            data = item.to_dict()
        elif isinstance(item, Mapping):
            data = dict(item)
        else:
            raise ValidationError(field, f"expected a dict or {cls.__name__}, got {type(item).__name__}")
        unknown = sorted(str(k) for k in data if k not in known)
        if unknown:
            raise ValidationError(f"{field}.{unknown[0]}", f"is not a keypad field (expected one of {sorted(known)})")
        if "Tone" not in data:
            raise ValidationError(f"{field}.Tone", "is required (the key 1-9)", limit="1-9")
        if data.get("RouteNumber") is not None:
            data["RouteNumber"] = _number(data["RouteNumber"], f"{field}.RouteNumber", s)
        if audio and not is_model:  # a model already holds Base64 audio
            play, play_file = data.pop("Play", None), data.pop("PlayFile", None)
            if play is not None and play_file is not None:
                raise ValidationError(f"{field}.PlayFile", "give the audio as Play or PlayFile, not both")
            source = play if play is not None else play_file
            if source is not None:
                data["PlayFile"] = wav_base64(source, field=f"{field}.PlayFile")
        out.append(cls.from_dict(data))  # type: ignore[attr-defined]
    return out


def _send(
    endpoint: str, body: Callable[[Settings], Any], message_id: str, extra_body: Mapping[str, Any] | None
) -> Call[m.SendResponse]:
    return Call(
        _endpoint(endpoint), m.SendResponse, body=body, message_id=message_id, idempotent=False,
        extra_body=extra_body, extra_at="MessageData",
    )  # fmt: skip


def _number(value: Any, field: str, s: Settings) -> str:
    if not isinstance(value, str):
        raise ValidationError(field, f"expected a phone number as str, got {type(value).__name__}")
    return e164(value, field=field, region=s.region, allowed_prefixes=s.allowed_prefixes)


def _caller_id(options: Mapping[str, Any], s: Settings) -> Mapping[str, Any]:
    """CallerID is a number too: normalised and held to the same prefix allow-list."""
    if options.get("caller_id") is None:
        return options
    return {**options, "caller_id": _number(options["caller_id"], "MessageData.CallerID", s)}


def _require_range(date_from: object, date_to: object) -> None:
    if (date_from is None) != (date_to is None):
        raise ValidationError("dateFrom", "dateFrom and dateTo must be given together")


# ---------------------------------------------------------------------------------------- messaging
def email(
    subject: str,
    *,
    to: Destinations,
    message_plain: str | None = None,
    message_html: str | None = None,
    files: Sequence[FileLike] | None = None,
    message_id: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> Call[m.SendResponse]:
    """Send an email. ``to``: addresses, dicts, ``recipient()``/``contact()``/``group()``."""
    mid = _message_id(message_id)

    def body(s: Settings) -> m.EmailRequest:
        return m.EmailRequest(
            message_data=_data(
                m.EmailMessageData, s, options, message_id=mid, email_subject=subject,
                destinations=_destinations(to, "email", s), message_plain=message_plain,
                message_html=message_html, files=_files(files),
            )
        )  # fmt: skip

    return _send("messaging.send_email", body, mid, extra_body)


def sms(
    message: str,
    *,
    to: Destinations,
    files: Sequence[FileLike] | None = None,
    message_id: str | None = None,
    max_parts: int | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> Call[m.SendResponse]:
    """Send an SMS; refuses a message over ``max_parts`` (default 3, TNZ's default cap)."""
    mid = _message_id(message_id)

    def body(s: Settings) -> m.SMSRequest:
        check_sms_length(message, max_parts=s.max_sms_parts if max_parts is None else max_parts)
        return m.SMSRequest(
            message_data=_data(
                m.SMSMessageData, s, options, message_id=mid, message=message,
                destinations=_destinations(to, "sms", s), files=_files(files),
            )
        )  # fmt: skip

    return _send("messaging.send_sms", body, mid, extra_body)


def fax(
    files: Sequence[FileLike],
    *,
    to: Destinations,
    message_id: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> Call[m.SendResponse]:
    """Send a fax of ``files`` (at least one document)."""
    mid = _message_id(message_id)

    def body(s: Settings) -> m.FaxRequest:
        documents = _files(files)
        if not documents:
            raise ValidationError("MessageData.Files", "a fax needs at least one document", limit=1)
        return m.FaxRequest(
            message_data=_data(
                m.FaxMessageData, s, options, message_id=mid, destinations=_destinations(to, "fax", s), files=documents
            )
        )

    return _send("messaging.send_fax", body, mid, extra_body)


def voice(
    message_to_people: AudioSource,
    *,
    to: Destinations,
    message_to_answerphones: AudioSource | None = None,
    keypads: Sequence[Mapping[str, Any] | m.VoiceKeypad] = (),
    call_route_message_to_people: AudioSource | None = None,
    call_route_message_to_operators: AudioSource | None = None,
    call_route_message_on_wrong_key: AudioSource | None = None,
    message_id: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> Call[m.SendResponse]:
    """Make a voice call playing WAV audio (paths or bytes; checked as WAV 16-bit 8 kHz)."""
    mid = _message_id(message_id)

    def body(s: Settings) -> m.VoiceRequest:
        return m.VoiceRequest(
            message_data=_data(
                m.VoiceMessageData, s, _caller_id(options, s), message_id=mid,
                destinations=_destinations(to, "voice", s),
                message_to_people=_audio(message_to_people, "MessageToPeople"),
                message_to_answerphones=_audio(message_to_answerphones, "MessageToAnswerphones"),
                keypads=_keypads(keypads, m.VoiceKeypad, s, audio=True),
                call_route_message_to_people=_audio(call_route_message_to_people, "CallRouteMessageToPeople"),
                call_route_message_to_operators=_audio(call_route_message_to_operators, "CallRouteMessageToOperators"),
                call_route_message_on_wrong_key=_audio(call_route_message_on_wrong_key, "CallRouteMessageOnWrongKey"),
            )
        )  # fmt: skip

    return _send("messaging.send_voice", body, mid, extra_body)


def tts(
    message_to_people: str,
    *,
    to: Destinations,
    keypads: Sequence[Mapping[str, Any] | m.TTSKeypad] = (),
    message_id: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
    **options: Any,
) -> Call[m.SendResponse]:
    """Make a text-to-speech call (text may include SSML)."""
    mid = _message_id(message_id)

    def body(s: Settings) -> m.TTSRequest:
        return m.TTSRequest(
            message_data=_data(
                m.TTSMessageData, s, _caller_id(options, s), message_id=mid, message_to_people=message_to_people,
                destinations=_destinations(to, "tts", s), keypads=_keypads(keypads, m.TTSKeypad, s, audio=False),
            )
        )  # fmt: skip

    return _send("messaging.send_tts", body, mid, extra_body)


# ---------------------------------------------------------------------------------------- actions
def _action_id(message_id: str) -> tuple[str]:
    validate_value("MessageIDPath", message_id, "MessageID")
    return (message_id,)


def _action(
    endpoint: str,
    message_id: str,
    cls: type[M],
    *,
    idempotent: bool = True,
    extra_body: Mapping[str, Any] | None = None,
    **fields: Any,
) -> Call[m.ActionResponse]:
    """An action: PATCH /set/<action>/{MessageID} with its (possibly empty) JSON or XML body.

    TNZ's library sends a body on every action, ``{}`` for abort, so the SDK does too."""

    def body(s: Settings) -> M:
        return _data(cls, s, {}, **fields)

    return Call(
        _endpoint(endpoint), m.ActionResponse, _action_id(message_id), body=body, message_id=message_id,
        idempotent=idempotent, extra_body=extra_body,
    )  # fmt: skip


def resubmit(
    message_id: str,
    *,
    send_time: str | datetime | None = None,
    timezone: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Call[m.ActionResponse]:
    """Retry a Failed message. Not idempotent: each resubmit may send again, so it is never retried."""
    return _action(
        "actions.resubmit_message", message_id, m.ResubmitRequest, idempotent=False, extra_body=extra_body,
        send_time=send_time, timezone=timezone,
    )  # fmt: skip


def reschedule(
    message_id: str,
    send_time: str | datetime,
    *,
    timezone: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Call[m.ActionResponse]:
    """Move a Delayed message to ``send_time`` (local time: ``2022-12-31 23:00`` or a datetime)."""
    return _action(
        "actions.reschedule_message", message_id, m.RescheduleRequest, extra_body=extra_body,
        send_time=send_time, timezone=timezone,
    )  # fmt: skip


def abort(
    message_id: str, *, timezone: str | None = None, extra_body: Mapping[str, Any] | None = None
) -> Call[m.ActionResponse]:
    """Cancel a Delayed message."""
    return _action("actions.abort_message", message_id, m.AbortRequest, extra_body=extra_body, timezone=timezone)


def pacing(
    message_id: str,
    number_of_operators: int,
    *,
    timezone: str | None = None,
    extra_body: Mapping[str, Any] | None = None,
) -> Call[m.ActionResponse]:
    """Change how many simultaneous calls a Voice/TTS message may make."""
    return _action(
        "actions.set_pacing", message_id, m.PacingRequest, extra_body=extra_body,
        number_of_operators=number_of_operators, timezone=timezone,
    )  # fmt: skip


# ---------------------------------------------------------------------------------------- reports
def status(message_id: str, *, page: int | None = None, records_per_page: int | None = None) -> Call[m.StatusResponse]:
    """The message's state and per-destination results (one page of destinations)."""
    return Call(
        _endpoint("reports.get_status"), m.StatusResponse, _action_id(message_id),
        query=_query({"page": page}, records_per_page), message_id=message_id,
    )  # fmt: skip


def sms_reply(
    message_id: str, *, page: int | None = None, records_per_page: int | None = None
) -> Call[m.SMSReplyResponse]:
    """The sent SMS with the replies each destination sent back (one page of destinations)."""
    return Call(
        _endpoint("reports.get_sms_reply"), m.SMSReplyResponse, _action_id(message_id),
        query=_query({"page": page}, records_per_page), message_id=message_id,
    )  # fmt: skip


def sms_received(
    *,
    time_period: int | None = None,
    date_from: str | datetime | None = None,
    date_to: str | datetime | None = None,
    page: int | None = None,
    records_per_page: int | None = None,
) -> Call[m.SMSReceivedResponse]:
    """SMS received in the last ``time_period`` minutes, or between ``date_from`` and ``date_to``."""
    _require_range(date_from, date_to)
    query = {"time_period": time_period, "date_from": date_from, "date_to": date_to, "page": page}
    return Call(_endpoint("reports.get_sms_received"), m.SMSReceivedResponse, query=_query(query, records_per_page))


def _query(values: Mapping[str, Any], records_per_page: int | None) -> dict[str, Any]:
    """Query arguments for a generated ``_get_kwargs``: an argument the caller left out is UNSET,
    so it is not sent (the generated defaults would send page=1&recordsPerPage=100 every time)."""
    return {k: UNSET if v is None else v for k, v in {**values, "records_per_page": records_per_page}.items()}


# ---------------------------------------------------------------------------------------- contacts
def list_contacts_(*, page: int | None = None, records_per_page: int | None = None) -> Call[m.ContactListResponse]:
    """One page of the address book's contacts."""
    return Call(
        _endpoint("contacts.list_contacts"), m.ContactListResponse, query=_query({"page": page}, records_per_page)
    )


def search_contacts_(
    *,
    page: int | None = None,
    records_per_page: int | None = None,
    email_address: str | None = None,
    mobile_phone: str | None = None,
    main_phone: str | None = None,
    attention: str | None = None,
    first_name: str | None = None,
    last_name: str | None = None,
    company: str | None = None,
) -> Call[m.ContactListResponse]:
    """Contacts matching every given filter exactly (no wildcards)."""
    filters = {
        "page": page, "email_address": email_address, "mobile_phone": mobile_phone, "main_phone": main_phone,
        "attention": attention, "first_name": first_name, "last_name": last_name, "company": company,
    }  # fmt: skip
    return Call(_endpoint("contacts.search_contacts"), m.ContactListResponse, query=_query(filters, records_per_page))


def get_contact_(contact_id: str) -> Call[m.ContactResponse]:
    return Call(_endpoint("contacts.get_contact"), m.ContactResponse, (_path_id(contact_id, "ContactID"),))


def create_contact_(
    contact: m.ContactRequest | None = None, *, extra_body: Mapping[str, Any] | None = None, **fields: Any
) -> Call[m.ContactResponse]:
    """Create a contact from a ContactRequest or its fields (``first_name=``, ``mobile_phone=``...).

    The result's ``contact.contact_id`` is the new contact's ID, for later updates and deletes."""
    request = contact if contact is not None else _data(m.ContactRequest, Settings(), fields)
    return Call(
        _endpoint("contacts.create_contact"), m.ContactResponse, body=lambda s: request, idempotent=False,
        extra_body=extra_body,
    )  # fmt: skip


def update_contact_(
    contact_id: str,
    contact: m.ContactRequest | None = None,
    *,
    extra_body: Mapping[str, Any] | None = None,
    **fields: Any,
) -> Call[m.ContactResponse]:
    """Update some or all of a contact's fields."""
    request = contact if contact is not None else _data(m.ContactRequest, Settings(), fields)
    return Call(
        _endpoint("contacts.update_contact"), m.ContactResponse, (_path_id(contact_id, "ContactID"),),
        body=lambda s: request, extra_body=extra_body,
    )  # fmt: skip


def delete_contact_(contact_id: str) -> Call[m.ContactResponse]:
    return Call(_endpoint("contacts.delete_contact"), m.ContactResponse, (_path_id(contact_id, "ContactID"),))


# ---------------------------------------------------------------------------------------- groups
def list_groups_(*, page: int | None = None, records_per_page: int | None = None) -> Call[m.GroupListResponse]:
    """One page of the address book's groups."""
    return Call(_endpoint("groups.list_groups"), m.GroupListResponse, query=_query({"page": page}, records_per_page))


def get_group_(group_id: str) -> Call[m.GroupResponse]:
    """A group by GroupID or GroupCode."""
    return Call(_endpoint("groups.get_group"), m.GroupResponse, (_path_id(group_id, "GroupID"),))


def create_group_(
    group_name: str, *, extra_body: Mapping[str, Any] | None = None, **fields: Any
) -> Call[m.GroupResponse]:
    """Create a group (``group_code``, ``sub_account``, ``department``, ``view_edit_by`` optional)."""
    request = _data(m.GroupCreateRequest, Settings(), fields, group_name=group_name)
    return Call(
        _endpoint("groups.create_group"), m.GroupResponse, body=lambda s: request, idempotent=False,
        extra_body=extra_body,
    )  # fmt: skip


def update_group_(
    group_id: str, *, extra_body: Mapping[str, Any] | None = None, **fields: Any
) -> Call[m.GroupResponse]:
    """Rename a group or change its access rules (TNZ's reference: GroupID and GroupCode cannot change)."""
    request = _data(m.GroupUpdateRequest, Settings(), fields)
    return Call(
        _endpoint("groups.update_group"), m.GroupResponse, (_path_id(group_id, "GroupID"),),
        body=lambda s: request, extra_body=extra_body,
    )  # fmt: skip


def delete_group_(group_id: str) -> Call[m.GroupResponse]:
    """Delete a group (its contacts stay)."""
    return Call(_endpoint("groups.delete_group"), m.GroupResponse, (_path_id(group_id, "GroupID"),))


# ---------------------------------------------------------------------------------------- associations
def list_contact_groups_(
    contact_id: str, *, page: int | None = None, records_per_page: int | None = None
) -> Call[m.ContactGroupListResponse]:
    """The groups a contact belongs to (one page)."""
    args = (_path_id(contact_id, "ContactID"),)
    return Call(
        _endpoint("contact_groups.list_contact_groups"),
        m.ContactGroupListResponse,
        args,
        query=_query({"page": page}, records_per_page),
    )


def get_contact_group_(contact_id: str, group_id: str) -> Call[m.ContactGroupResponse]:
    """Whether the contact is a member of the group."""
    args = (_path_id(contact_id, "ContactID"), _path_id(group_id, "GroupID"))
    return Call(_endpoint("contact_groups.get_contact_group"), m.ContactGroupResponse, args)


def add_contact_group_(contact_id: str, group_id: str) -> Call[m.ContactGroupResponse]:
    """Add the contact to one group."""
    request = m.ContactGroupRequest(group_id=_path_id(group_id, "GroupID"))
    args = (_path_id(contact_id, "ContactID"),)
    return Call(
        _endpoint("contact_groups.create_contact_group"),
        m.ContactGroupResponse,
        args,
        body=lambda s: request,
        idempotent=False,
    )


def remove_contact_group_(contact_id: str, group_id: str) -> Call[m.ContactGroupResponse]:
    """Remove the contact from the group (neither is deleted)."""
    args = (_path_id(contact_id, "ContactID"), _path_id(group_id, "GroupID"))
    return Call(_endpoint("contact_groups.delete_contact_group"), m.ContactGroupResponse, args)


def list_group_contacts_(
    group_id: str, *, page: int | None = None, records_per_page: int | None = None
) -> Call[m.GroupContactListResponse]:
    """The contacts of a group (one page)."""
    args = (_path_id(group_id, "GroupID"),)
    return Call(
        _endpoint("group_contacts.list_group_contacts"),
        m.GroupContactListResponse,
        args,
        query=_query({"page": page}, records_per_page),
    )


def get_group_contact_(group_id: str, contact_id: str) -> Call[m.ContactGroupResponse]:
    """Whether the group lists the contact."""
    args = (_path_id(group_id, "GroupID"), _path_id(contact_id, "ContactID"))
    return Call(_endpoint("group_contacts.get_group_contact"), m.ContactGroupResponse, args)


def add_group_contact_(group_id: str, contact_id: str) -> Call[m.ContactGroupResponse]:
    """Add one contact to the group."""
    request = m.GroupContactRequest(contact_id=_path_id(contact_id, "ContactID"))
    args = (_path_id(group_id, "GroupID"),)
    return Call(
        _endpoint("group_contacts.create_group_contact"),
        m.ContactGroupResponse,
        args,
        body=lambda s: request,
        idempotent=False,
    )


def remove_group_contact_(group_id: str, contact_id: str) -> Call[m.ContactGroupResponse]:
    """Remove the contact from the group (neither is deleted)."""
    args = (_path_id(group_id, "GroupID"), _path_id(contact_id, "ContactID"))
    return Call(_endpoint("group_contacts.delete_group_contact"), m.ContactGroupResponse, args)
