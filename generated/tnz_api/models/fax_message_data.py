from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mode import Mode, check_mode
from ..models.resolution import Resolution, check_resolution
from ..models.webhook_callback_format import WebhookCallbackFormat, check_webhook_callback_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fax_destination import FaxDestination
    from ..models.file import File


T = TypeVar("T", bound="FaxMessageData")


@_attrs_define
class FaxMessageData:
    """The fax to send.

    Attributes:
        destinations (list[FaxDestination]): The fax's destinations.
        files (list[File]): Files (at most 10 per request; no size limit per file provided the whole request stays
            within the 20 MB maximum).
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
        stamp_format (None | str | Unset): Fax stamp format (sent by TNZ's library on every fax, null unless set; not in
            TNZ's v2.04 reference)
        message (None | str | Unset): Sent by TNZ's library on every fax (null unless set); not in TNZ's v2.04 reference
        watermark_folder (None | str | Unset): Directory/location of Watermark file to use
        watermark_first_page (None | str | Unset): Watermark file to apply to the first page only
        watermark_all_pages (None | str | Unset): Watermark file to apply to all pages
        resolution (None | Resolution | str | Unset):
        csid (None | str | Unset): Called Subscriber Identification - Maximum 30 characters
        retry_attempts (int | None | Unset):
        retry_period (int | None | Unset):
    """

    destinations: list[FaxDestination]
    files: list[File]
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
    stamp_format: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    watermark_folder: None | str | Unset = UNSET
    watermark_first_page: None | str | Unset = UNSET
    watermark_all_pages: None | str | Unset = UNSET
    resolution: None | Resolution | str | Unset = UNSET
    csid: None | str | Unset = UNSET
    retry_attempts: int | None | Unset = UNSET
    retry_period: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destinations = []
        for componentsschemas_fax_destinations_item_data in self.destinations:
            componentsschemas_fax_destinations_item = componentsschemas_fax_destinations_item_data.to_dict()
            destinations.append(componentsschemas_fax_destinations_item)

        files = []
        for componentsschemas_files_item_data in self.files:
            componentsschemas_files_item = componentsschemas_files_item_data.to_dict()
            files.append(componentsschemas_files_item)

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

        stamp_format: None | str | Unset
        if isinstance(self.stamp_format, Unset):
            stamp_format = UNSET
        else:
            stamp_format = self.stamp_format

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        watermark_folder: None | str | Unset
        if isinstance(self.watermark_folder, Unset):
            watermark_folder = UNSET
        else:
            watermark_folder = self.watermark_folder

        watermark_first_page: None | str | Unset
        if isinstance(self.watermark_first_page, Unset):
            watermark_first_page = UNSET
        else:
            watermark_first_page = self.watermark_first_page

        watermark_all_pages: None | str | Unset
        if isinstance(self.watermark_all_pages, Unset):
            watermark_all_pages = UNSET
        else:
            watermark_all_pages = self.watermark_all_pages

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        csid: None | str | Unset
        if isinstance(self.csid, Unset):
            csid = UNSET
        else:
            csid = self.csid

        retry_attempts: int | None | Unset
        if isinstance(self.retry_attempts, Unset):
            retry_attempts = UNSET
        else:
            retry_attempts = self.retry_attempts

        retry_period: int | None | Unset
        if isinstance(self.retry_period, Unset):
            retry_period = UNSET
        else:
            retry_period = self.retry_period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Destinations": destinations,
                "Files": files,
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
        if stamp_format is not UNSET:
            field_dict["StampFormat"] = stamp_format
        if message is not UNSET:
            field_dict["Message"] = message
        if watermark_folder is not UNSET:
            field_dict["WatermarkFolder"] = watermark_folder
        if watermark_first_page is not UNSET:
            field_dict["WatermarkFirstPage"] = watermark_first_page
        if watermark_all_pages is not UNSET:
            field_dict["WatermarkAllPages"] = watermark_all_pages
        if resolution is not UNSET:
            field_dict["Resolution"] = resolution
        if csid is not UNSET:
            field_dict["CSID"] = csid
        if retry_attempts is not UNSET:
            field_dict["RetryAttempts"] = retry_attempts
        if retry_period is not UNSET:
            field_dict["RetryPeriod"] = retry_period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fax_destination import FaxDestination  # noqa: PLC0415
        from ..models.file import File  # noqa: PLC0415

        d = dict(src_dict)
        destinations = []
        _destinations = d.pop("Destinations")
        for componentsschemas_fax_destinations_item_data in _destinations:
            componentsschemas_fax_destinations_item = FaxDestination.from_dict(
                componentsschemas_fax_destinations_item_data
            )

            destinations.append(componentsschemas_fax_destinations_item)

        files = []
        _files = d.pop("Files")
        for componentsschemas_files_item_data in _files:
            componentsschemas_files_item = File.from_dict(componentsschemas_files_item_data)

            files.append(componentsschemas_files_item)

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

        def _parse_stamp_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stamp_format = _parse_stamp_format(d.pop("StampFormat", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("Message", UNSET))

        def _parse_watermark_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        watermark_folder = _parse_watermark_folder(d.pop("WatermarkFolder", UNSET))

        def _parse_watermark_first_page(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        watermark_first_page = _parse_watermark_first_page(d.pop("WatermarkFirstPage", UNSET))

        def _parse_watermark_all_pages(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        watermark_all_pages = _parse_watermark_all_pages(d.pop("WatermarkAllPages", UNSET))

        def _parse_resolution(data: object) -> None | Resolution | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Resolution | str | Unset, data)

        resolution = _parse_resolution(d.pop("Resolution", UNSET))

        def _parse_csid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        csid = _parse_csid(d.pop("CSID", UNSET))

        def _parse_retry_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_attempts = _parse_retry_attempts(d.pop("RetryAttempts", UNSET))

        def _parse_retry_period(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        retry_period = _parse_retry_period(d.pop("RetryPeriod", UNSET))

        fax_message_data = cls(
            destinations=destinations,
            files=files,
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
            stamp_format=stamp_format,
            message=message,
            watermark_folder=watermark_folder,
            watermark_first_page=watermark_first_page,
            watermark_all_pages=watermark_all_pages,
            resolution=resolution,
            csid=csid,
            retry_attempts=retry_attempts,
            retry_period=retry_period,
        )

        fax_message_data.additional_properties = d
        return fax_message_data

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
