from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.fax_message_data_resolution import FaxMessageDataResolution, check_fax_message_data_resolution
from ..models.mode import Mode, check_mode
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
        watermark_folder (str | Unset): Directory/location of Watermark file to use
        watermark_first_page (str | Unset): Watermark file to apply to the first page only
        watermark_all_pages (str | Unset): Watermark file to apply to all pages
        resolution (FaxMessageDataResolution | Unset): Quality of the fax image. High for better quality, low for lower
            quality (faster delivery speed).
        csid (str | Unset): Called Subscriber Identification - Maximum 30 characters
        retry_attempts (int | Unset): Number of retry attempts if the call fails (for example, the recipient's line is
            busy or
            unavailable). RetryAttempts=0 means the call will not be retried.
        retry_period (int | Unset): Minutes apart when performing retries.
    """

    destinations: list[FaxDestination]
    files: list[File]
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
    watermark_folder: str | Unset = UNSET
    watermark_first_page: str | Unset = UNSET
    watermark_all_pages: str | Unset = UNSET
    resolution: FaxMessageDataResolution | Unset = UNSET
    csid: str | Unset = UNSET
    retry_attempts: int | Unset = UNSET
    retry_period: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        destinations = []
        for componentsschemas_fax_destinations_item_data in self.destinations:
            componentsschemas_fax_destinations_item = componentsschemas_fax_destinations_item_data.to_dict()
            destinations.append(componentsschemas_fax_destinations_item)

        files = []
        for componentsschemas_files_item_data in self.files:
            componentsschemas_files_item = componentsschemas_files_item_data.to_dict()
            files.append(componentsschemas_files_item)

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

        watermark_folder = self.watermark_folder

        watermark_first_page = self.watermark_first_page

        watermark_all_pages = self.watermark_all_pages

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        csid = self.csid

        retry_attempts = self.retry_attempts

        retry_period = self.retry_period

        field_dict: dict[str, Any] = {}

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

        watermark_folder = d.pop("WatermarkFolder", UNSET)

        watermark_first_page = d.pop("WatermarkFirstPage", UNSET)

        watermark_all_pages = d.pop("WatermarkAllPages", UNSET)

        _resolution = d.pop("Resolution", UNSET)
        resolution: FaxMessageDataResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_fax_message_data_resolution(_resolution)

        csid = d.pop("CSID", UNSET)

        retry_attempts = d.pop("RetryAttempts", UNSET)

        retry_period = d.pop("RetryPeriod", UNSET)

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
            watermark_folder=watermark_folder,
            watermark_first_page=watermark_first_page,
            watermark_all_pages=watermark_all_pages,
            resolution=resolution,
            csid=csid,
            retry_attempts=retry_attempts,
            retry_period=retry_period,
        )

        return fax_message_data
