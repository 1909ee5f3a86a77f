from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.mode import Mode, check_mode
from ..models.webhook_callback_format import WebhookCallbackFormat, check_webhook_callback_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.file import File


T = TypeVar("T", bound="SMSMessageData")


@_attrs_define
class SMSMessageData:
    """The SMS to send.

    Attributes:
        message (str): Plain or UTF-8 formatted SMS message. Supports personalisation ([[FirstName]],
            [[Custom1]]), the URL shortener ([[Link:https://...]]), file links ([[File1]]), the reply
            link ([[REPLY]]) and unsubscribe ([[STOP]]). By default limited to three parts (459
            GSM-7 or 210 UCS-2 characters).
        destinations (list[Destination]): The message's destinations (no limit on their number within the 20 MB request
            maximum).
        message_id (str | Unset): A Message Identifier helps you keep track of each message (maximum 40 characters,
            alphanumeric). Use a unique MessageID for each request. If you leave this field blank,
            the API will generate a 36-character UUID (v4) for you and include it in the response.
        reference (str | Unset): Human readable message description (free format field, maximum 80 characters).
        webhook_callback_url (str | Unset): Overrides your Sender's default Webhook URL. Requires a default webhook to
            be configured.
            A full path including https:// is required.
        webhook_callback_format (WebhookCallbackFormat | Unset): Overrides your Sender's default Webhook format ('JSON'
            or 'XML').
        send_time (str | Unset): A single point of time in a combined date and time representation ({date}T{time}, for
            example 2022-12-31T23:00) in your local timezone, specified by your Sender setting or
            overridden using the TimeZone command. Not RFC 3339: there is no offset, and seconds are
            optional, so this is a pattern rather than `format: date-time`.
        time_zone (str | Unset): User's local timezone (see Setting Timezones).
        sub_account (str | Unset): Used for reporting, billing and Web Dashboard segmentation (see Cost Tracking &
            Rebilling).
        department (str | Unset): Used for reporting, billing and Web Dashboard segmentation (see Cost Tracking &
            Rebilling).
        charge_code (str | Unset): Bespoke app cost allocation code (for invoice segmentation).
        mode (Mode | Unset): `Test`: the message is handled by the API, instantly called a SUCCESS and the success
            report is delivered to you - end-to-end testing without sending a live message.
        from_number (str | Unset): Setting SMS origination number, short code(s) will override in New Zealand - Not for
            New Zealand.
        sms_email_reply (str | Unset): For email (SMTP) reply receipt notifications
        character_conversion (bool | Unset): Convert multi-byte characters into normalised GSM character format. ie. ©
            to (C)
        files (list[File] | Unset): Files (at most 10 per request; no size limit per file provided the whole request
            stays
            within the 20 MB maximum).
    """

    message: str
    destinations: list[Destination]
    message_id: str | Unset = UNSET
    reference: str | Unset = UNSET
    webhook_callback_url: str | Unset = UNSET
    webhook_callback_format: WebhookCallbackFormat | Unset = UNSET
    send_time: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    sub_account: str | Unset = UNSET
    department: str | Unset = UNSET
    charge_code: str | Unset = UNSET
    mode: Mode | Unset = UNSET
    from_number: str | Unset = UNSET
    sms_email_reply: str | Unset = UNSET
    character_conversion: bool | Unset = UNSET
    files: list[File] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        destinations = []
        for componentsschemas_destinations_item_data in self.destinations:
            componentsschemas_destinations_item = componentsschemas_destinations_item_data.to_dict()
            destinations.append(componentsschemas_destinations_item)

        message_id = self.message_id

        reference = self.reference

        webhook_callback_url = self.webhook_callback_url

        webhook_callback_format: str | Unset = UNSET
        if not isinstance(self.webhook_callback_format, Unset):
            webhook_callback_format = self.webhook_callback_format

        send_time = self.send_time

        time_zone = self.time_zone

        sub_account = self.sub_account

        department = self.department

        charge_code = self.charge_code

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        from_number = self.from_number

        sms_email_reply = self.sms_email_reply

        character_conversion = self.character_conversion

        files: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = []
            for componentsschemas_files_item_data in self.files:
                componentsschemas_files_item = componentsschemas_files_item_data.to_dict()
                files.append(componentsschemas_files_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "Message": message,
                "Destinations": destinations,
            }
        )
        if message_id is not UNSET:
            field_dict["MessageID"] = message_id
        if reference is not UNSET:
            field_dict["Reference"] = reference
        if webhook_callback_url is not UNSET:
            field_dict["WebhookCallbackURL"] = webhook_callback_url
        if webhook_callback_format is not UNSET:
            field_dict["WebhookCallbackFormat"] = webhook_callback_format
        if send_time is not UNSET:
            field_dict["SendTime"] = send_time
        if time_zone is not UNSET:
            field_dict["TimeZone"] = time_zone
        if sub_account is not UNSET:
            field_dict["SubAccount"] = sub_account
        if department is not UNSET:
            field_dict["Department"] = department
        if charge_code is not UNSET:
            field_dict["ChargeCode"] = charge_code
        if mode is not UNSET:
            field_dict["Mode"] = mode
        if from_number is not UNSET:
            field_dict["FromNumber"] = from_number
        if sms_email_reply is not UNSET:
            field_dict["SMSEmailReply"] = sms_email_reply
        if character_conversion is not UNSET:
            field_dict["CharacterConversion"] = character_conversion
        if files is not UNSET:
            field_dict["Files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415

        d = dict(src_dict)
        message = d.pop("Message")

        destinations = []
        _destinations = d.pop("Destinations")
        for componentsschemas_destinations_item_data in _destinations:
            componentsschemas_destinations_item = Destination.from_dict(componentsschemas_destinations_item_data)

            destinations.append(componentsschemas_destinations_item)

        message_id = d.pop("MessageID", UNSET)

        reference = d.pop("Reference", UNSET)

        webhook_callback_url = d.pop("WebhookCallbackURL", UNSET)

        _webhook_callback_format = d.pop("WebhookCallbackFormat", UNSET)
        webhook_callback_format: WebhookCallbackFormat | Unset
        if isinstance(_webhook_callback_format, Unset):
            webhook_callback_format = UNSET
        else:
            webhook_callback_format = check_webhook_callback_format(_webhook_callback_format)

        send_time = d.pop("SendTime", UNSET)

        time_zone = d.pop("TimeZone", UNSET)

        sub_account = d.pop("SubAccount", UNSET)

        department = d.pop("Department", UNSET)

        charge_code = d.pop("ChargeCode", UNSET)

        _mode = d.pop("Mode", UNSET)
        mode: Mode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_mode(_mode)

        from_number = d.pop("FromNumber", UNSET)

        sms_email_reply = d.pop("SMSEmailReply", UNSET)

        character_conversion = d.pop("CharacterConversion", UNSET)

        _files = d.pop("Files", UNSET)
        files: list[File] | Unset = UNSET
        if _files is not UNSET:
            files = []
            for componentsschemas_files_item_data in _files:
                componentsschemas_files_item = File.from_dict(componentsschemas_files_item_data)

                files.append(componentsschemas_files_item)

        sms_message_data = cls(
            message=message,
            destinations=destinations,
            message_id=message_id,
            reference=reference,
            webhook_callback_url=webhook_callback_url,
            webhook_callback_format=webhook_callback_format,
            send_time=send_time,
            time_zone=time_zone,
            sub_account=sub_account,
            department=department,
            charge_code=charge_code,
            mode=mode,
            from_number=from_number,
            sms_email_reply=sms_email_reply,
            character_conversion=character_conversion,
            files=files,
        )

        return sms_message_data
