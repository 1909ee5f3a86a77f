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


T = TypeVar("T", bound="EmailMessageData")


@_attrs_define
class EmailMessageData:
    """The email to send. Give the body as MessagePlain and/or MessageHTML, or a preloaded
    Template (MessageHTML overrides MessagePlain, both override Template).

        Attributes:
            email_subject (str): Subject field used in the email
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
            smtp_from (None | str | Unset): Sets the email Sender/Return-Path at the SMTP level (receives bounce-back
                emails; used for SPF/DKIM type authentication; 'FromEmail' is used if not specified).
            from_ (None | str | Unset): Sets the email sender's Friendly Name (seen by the email recipient)
            from_email (None | str | Unset): Sets the email sender's Email Address (seen by the email recipient; API
                'Sender' is used if not specified).
            cc_email (None | str | Unset): Adds a CC to the email
            reply_to (None | str | Unset): Adds a Reply-To to the email (if the recipient replies, the Reply To will receive
                the reply)
            message_plain (None | str | Unset): Content used for the message/plain section of the email (overrides
                'Template')
            message_html (None | str | Unset): Content used for the message/html section of the email (overrides 'Template'
                and 'MessagePlain')
            template_location (None | str | Unset): Directory/location of Template to use
            template (None | str | Unset): Preloaded Template to use for email body (overridden by MessagePlain and/or
                MessageHTML)
            files (list[File] | None | Unset):
    """

    email_subject: str
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
    smtp_from: None | str | Unset = UNSET
    from_: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    cc_email: None | str | Unset = UNSET
    reply_to: None | str | Unset = UNSET
    message_plain: None | str | Unset = UNSET
    message_html: None | str | Unset = UNSET
    template_location: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    files: list[File] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_subject = self.email_subject

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

        smtp_from: None | str | Unset
        if isinstance(self.smtp_from, Unset):
            smtp_from = UNSET
        else:
            smtp_from = self.smtp_from

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        cc_email: None | str | Unset
        if isinstance(self.cc_email, Unset):
            cc_email = UNSET
        else:
            cc_email = self.cc_email

        reply_to: None | str | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        message_plain: None | str | Unset
        if isinstance(self.message_plain, Unset):
            message_plain = UNSET
        else:
            message_plain = self.message_plain

        message_html: None | str | Unset
        if isinstance(self.message_html, Unset):
            message_html = UNSET
        else:
            message_html = self.message_html

        template_location: None | str | Unset
        if isinstance(self.template_location, Unset):
            template_location = UNSET
        else:
            template_location = self.template_location

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

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
                "EmailSubject": email_subject,
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
        if smtp_from is not UNSET:
            field_dict["SMTPFrom"] = smtp_from
        if from_ is not UNSET:
            field_dict["From"] = from_
        if from_email is not UNSET:
            field_dict["FromEmail"] = from_email
        if cc_email is not UNSET:
            field_dict["CCEmail"] = cc_email
        if reply_to is not UNSET:
            field_dict["ReplyTo"] = reply_to
        if message_plain is not UNSET:
            field_dict["MessagePlain"] = message_plain
        if message_html is not UNSET:
            field_dict["MessageHTML"] = message_html
        if template_location is not UNSET:
            field_dict["TemplateLocation"] = template_location
        if template is not UNSET:
            field_dict["Template"] = template
        if files is not UNSET:
            field_dict["Files"] = files

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415

        d = dict(src_dict)
        email_subject = d.pop("EmailSubject")

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

        def _parse_smtp_from(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        smtp_from = _parse_smtp_from(d.pop("SMTPFrom", UNSET))

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("From", UNSET))

        def _parse_from_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_email = _parse_from_email(d.pop("FromEmail", UNSET))

        def _parse_cc_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cc_email = _parse_cc_email(d.pop("CCEmail", UNSET))

        def _parse_reply_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reply_to = _parse_reply_to(d.pop("ReplyTo", UNSET))

        def _parse_message_plain(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_plain = _parse_message_plain(d.pop("MessagePlain", UNSET))

        def _parse_message_html(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_html = _parse_message_html(d.pop("MessageHTML", UNSET))

        def _parse_template_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_location = _parse_template_location(d.pop("TemplateLocation", UNSET))

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("Template", UNSET))

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

        email_message_data = cls(
            email_subject=email_subject,
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
            smtp_from=smtp_from,
            from_=from_,
            from_email=from_email,
            cc_email=cc_email,
            reply_to=reply_to,
            message_plain=message_plain,
            message_html=message_html,
            template_location=template_location,
            template=template,
            files=files,
        )

        email_message_data.additional_properties = d
        return email_message_data

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
