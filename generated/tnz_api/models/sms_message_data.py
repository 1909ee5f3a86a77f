from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        message_id (None | str | Unset):
        reference (None | str | Unset):
        webhook_callback_url (None | str | Unset):
        webhook_callback_format (None | str | Unset | WebhookCallbackFormat):
        send_time (None | str | Unset):
        time_zone (None | str | Unset):
        sub_account (None | str | Unset):
        department (None | str | Unset):
        charge_code (None | str | Unset):
        mode (Mode | None | str | Unset):
        report_to (None | str | Unset): For email (SMTP) message delivery report notifications
        from_number (None | str | Unset): Setting SMS origination number, short code(s) will override in New Zealand -
            Not for New Zealand.
        sms_email_reply (None | str | Unset): For email (SMTP) reply receipt notifications
        character_conversion (bool | None | Unset): Convert multi-byte characters into normalised GSM character format.
            ie. © to (C)
        files (list[File] | None | Unset): Files referenced in [[File1]] commands (for MessageLink).
    """

    message: str
    destinations: list[Destination]
    message_id: None | str | Unset = UNSET
    reference: None | str | Unset = UNSET
    webhook_callback_url: None | str | Unset = UNSET
    webhook_callback_format: None | str | Unset | WebhookCallbackFormat = UNSET
    send_time: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    sub_account: None | str | Unset = UNSET
    department: None | str | Unset = UNSET
    charge_code: None | str | Unset = UNSET
    mode: Mode | None | str | Unset = UNSET
    report_to: None | str | Unset = UNSET
    from_number: None | str | Unset = UNSET
    sms_email_reply: None | str | Unset = UNSET
    character_conversion: bool | None | Unset = UNSET
    files: list[File] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        destinations = []
        for componentsschemas_destinations_item_data in self.destinations:
            componentsschemas_destinations_item = componentsschemas_destinations_item_data.to_dict()
            destinations.append(componentsschemas_destinations_item)

        message_id: None | str | Unset
        if isinstance(self.message_id, Unset):
            message_id = UNSET
        else:
            message_id = self.message_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        webhook_callback_url: None | str | Unset
        if isinstance(self.webhook_callback_url, Unset):
            webhook_callback_url = UNSET
        else:
            webhook_callback_url = self.webhook_callback_url

        webhook_callback_format: None | str | Unset
        if isinstance(self.webhook_callback_format, Unset):
            webhook_callback_format = UNSET
        elif isinstance(self.webhook_callback_format, str):
            webhook_callback_format = self.webhook_callback_format
        else:
            webhook_callback_format = self.webhook_callback_format

        send_time: None | str | Unset
        if isinstance(self.send_time, Unset):
            send_time = UNSET
        else:
            send_time = self.send_time

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        sub_account: None | str | Unset
        if isinstance(self.sub_account, Unset):
            sub_account = UNSET
        else:
            sub_account = self.sub_account

        department: None | str | Unset
        if isinstance(self.department, Unset):
            department = UNSET
        else:
            department = self.department

        charge_code: None | str | Unset
        if isinstance(self.charge_code, Unset):
            charge_code = UNSET
        else:
            charge_code = self.charge_code

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        report_to: None | str | Unset
        if isinstance(self.report_to, Unset):
            report_to = UNSET
        else:
            report_to = self.report_to

        from_number: None | str | Unset
        if isinstance(self.from_number, Unset):
            from_number = UNSET
        else:
            from_number = self.from_number

        sms_email_reply: None | str | Unset
        if isinstance(self.sms_email_reply, Unset):
            sms_email_reply = UNSET
        else:
            sms_email_reply = self.sms_email_reply

        character_conversion: bool | None | Unset
        if isinstance(self.character_conversion, Unset):
            character_conversion = UNSET
        else:
            character_conversion = self.character_conversion

        files: list[dict[str, Any]] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, list):
            files = []
            for componentsschemas_files_item_data in self.files:
                componentsschemas_files_item = componentsschemas_files_item_data.to_dict()
                files.append(componentsschemas_files_item)

        else:
            files = self.files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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
        if report_to is not UNSET:
            field_dict["ReportTo"] = report_to
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

        def _parse_message_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_id = _parse_message_id(d.pop("MessageID", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("Reference", UNSET))

        def _parse_webhook_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_callback_url = _parse_webhook_callback_url(d.pop("WebhookCallbackURL", UNSET))

        def _parse_webhook_callback_format(data: object) -> None | str | Unset | WebhookCallbackFormat:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                webhook_callback_format_type_0 = check_webhook_callback_format(data)

                return webhook_callback_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | str | Unset | WebhookCallbackFormat, data)

        webhook_callback_format = _parse_webhook_callback_format(d.pop("WebhookCallbackFormat", UNSET))

        def _parse_send_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_time = _parse_send_time(d.pop("SendTime", UNSET))

        def _parse_time_zone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        time_zone = _parse_time_zone(d.pop("TimeZone", UNSET))

        def _parse_sub_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_account = _parse_sub_account(d.pop("SubAccount", UNSET))

        def _parse_department(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        department = _parse_department(d.pop("Department", UNSET))

        def _parse_charge_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charge_code = _parse_charge_code(d.pop("ChargeCode", UNSET))

        def _parse_mode(data: object) -> Mode | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mode | None | str | Unset, data)

        mode = _parse_mode(d.pop("Mode", UNSET))

        def _parse_report_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_to = _parse_report_to(d.pop("ReportTo", UNSET))

        def _parse_from_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_number = _parse_from_number(d.pop("FromNumber", UNSET))

        def _parse_sms_email_reply(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sms_email_reply = _parse_sms_email_reply(d.pop("SMSEmailReply", UNSET))

        def _parse_character_conversion(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        character_conversion = _parse_character_conversion(d.pop("CharacterConversion", UNSET))

        def _parse_files(data: object) -> list[File] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                files_type_0 = []
                _files_type_0 = data
                for componentsschemas_files_item_data in _files_type_0:
                    componentsschemas_files_item = File.from_dict(componentsschemas_files_item_data)

                    files_type_0.append(componentsschemas_files_item)

                return files_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[File] | None | Unset, data)

        files = _parse_files(d.pop("Files", UNSET))

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
            report_to=report_to,
            from_number=from_number,
            sms_email_reply=sms_email_reply,
            character_conversion=character_conversion,
            files=files,
        )

        sms_message_data.additional_properties = d
        return sms_message_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
