from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answer_phone_mode import AnswerPhoneMode, check_answer_phone_mode
from ..models.mode import Mode, check_mode
from ..models.webhook_callback_format import WebhookCallbackFormat, check_webhook_callback_format
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.destination import Destination
    from ..models.voice_keypad import VoiceKeypad


T = TypeVar("T", bound="VoiceMessageData")


@_attrs_define
class VoiceMessageData:
    """The voice call (recorded WAV audio) to make.

    Attributes:
        message_to_people (str): Base64 encoded audio data (WAV format, 16-bit, 8000 Hz).
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
        billing_account (None | str | Unset): Used for reporting, billing and Web Dashboard segmentation (TNZ's library
            name for SubAccount on Voice and Text-to-Speech)
        report_to (None | str | Unset): For email (SMTP) message delivery report notifications
        message_to_answerphones (None | str | Unset): Enables Answering Machine/Voicemail detection; this audio is
            played when an answering machine is detected (WAV format, 16-bit, 8000 Hz).
        keypads (list[VoiceKeypad] | None | Unset): Keypad options (buttons 1-9).
        keypad_option_required (bool | None | Unset): The call recipient must press a valid keypad button; otherwise the
            attempt is logged
            as a Failure ("No Valid Option Selected") and retried until Retry Attempts are exhausted.
        call_route_message_to_people (None | str | Unset): Audio data played when a keypad option is pressed (WAV
            format, 16-bit, 8000 Hz), eg "Connecting you now."
        call_route_message_to_operators (None | str | Unset): Audio data played to the call centre representative
            answering the connected call (WAV format, 16-bit, 8000 Hz).
        call_route_message_on_wrong_key (None | str | Unset): Wrong Keypad message played if the callee presses an
            unregistered keypad button, or none (WAV format, 16-bit, 8000 Hz). Best not specified with KeypadOptionRequired.
        number_of_operators (int | None | Unset):
        answer_phone_mode (AnswerPhoneMode | None | str | Unset):
        retry_attempts (int | None | Unset):
        retry_period (int | None | Unset):
        caller_id (None | str | Unset): Sets the Caller ID used on the call (must be E.164 format and previously
            whitelisted under your account).
        voice (None | str | Unset):
        options (None | str | Unset): Customisable field that allows advanced voice options including recording survey
            responses, recording phone numbers, playing IVR options, capturing DTMF tones for account numbers or credit card
            numbers, etc.
    """

    message_to_people: str
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
    billing_account: None | str | Unset = UNSET
    report_to: None | str | Unset = UNSET
    message_to_answerphones: None | str | Unset = UNSET
    keypads: list[VoiceKeypad] | None | Unset = UNSET
    keypad_option_required: bool | None | Unset = UNSET
    call_route_message_to_people: None | str | Unset = UNSET
    call_route_message_to_operators: None | str | Unset = UNSET
    call_route_message_on_wrong_key: None | str | Unset = UNSET
    number_of_operators: int | None | Unset = UNSET
    answer_phone_mode: AnswerPhoneMode | None | str | Unset = UNSET
    retry_attempts: int | None | Unset = UNSET
    retry_period: int | None | Unset = UNSET
    caller_id: None | str | Unset = UNSET
    voice: None | str | Unset = UNSET
    options: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_to_people = self.message_to_people

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

        billing_account: None | str | Unset
        if isinstance(self.billing_account, Unset):
            billing_account = UNSET
        else:
            billing_account = self.billing_account

        report_to: None | str | Unset
        if isinstance(self.report_to, Unset):
            report_to = UNSET
        else:
            report_to = self.report_to

        message_to_answerphones: None | str | Unset
        if isinstance(self.message_to_answerphones, Unset):
            message_to_answerphones = UNSET
        else:
            message_to_answerphones = self.message_to_answerphones

        keypads: list[dict[str, Any]] | None | Unset
        if isinstance(self.keypads, Unset):
            keypads = UNSET
        elif isinstance(self.keypads, list):
            keypads = []
            for keypads_type_0_item_data in self.keypads:
                keypads_type_0_item = keypads_type_0_item_data.to_dict()
                keypads.append(keypads_type_0_item)

        else:
            keypads = self.keypads

        keypad_option_required: bool | None | Unset
        if isinstance(self.keypad_option_required, Unset):
            keypad_option_required = UNSET
        else:
            keypad_option_required = self.keypad_option_required

        call_route_message_to_people: None | str | Unset
        if isinstance(self.call_route_message_to_people, Unset):
            call_route_message_to_people = UNSET
        else:
            call_route_message_to_people = self.call_route_message_to_people

        call_route_message_to_operators: None | str | Unset
        if isinstance(self.call_route_message_to_operators, Unset):
            call_route_message_to_operators = UNSET
        else:
            call_route_message_to_operators = self.call_route_message_to_operators

        call_route_message_on_wrong_key: None | str | Unset
        if isinstance(self.call_route_message_on_wrong_key, Unset):
            call_route_message_on_wrong_key = UNSET
        else:
            call_route_message_on_wrong_key = self.call_route_message_on_wrong_key

        number_of_operators: int | None | Unset
        if isinstance(self.number_of_operators, Unset):
            number_of_operators = UNSET
        else:
            number_of_operators = self.number_of_operators

        answer_phone_mode: None | str | Unset
        if isinstance(self.answer_phone_mode, Unset):
            answer_phone_mode = UNSET
        elif isinstance(self.answer_phone_mode, str):
            answer_phone_mode = self.answer_phone_mode
        else:
            answer_phone_mode = self.answer_phone_mode

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

        caller_id: None | str | Unset
        if isinstance(self.caller_id, Unset):
            caller_id = UNSET
        else:
            caller_id = self.caller_id

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        else:
            voice = self.voice

        options: None | str | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "MessageToPeople": message_to_people,
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
        if billing_account is not UNSET:
            field_dict["BillingAccount"] = billing_account
        if report_to is not UNSET:
            field_dict["ReportTo"] = report_to
        if message_to_answerphones is not UNSET:
            field_dict["MessageToAnswerphones"] = message_to_answerphones
        if keypads is not UNSET:
            field_dict["Keypads"] = keypads
        if keypad_option_required is not UNSET:
            field_dict["KeypadOptionRequired"] = keypad_option_required
        if call_route_message_to_people is not UNSET:
            field_dict["CallRouteMessageToPeople"] = call_route_message_to_people
        if call_route_message_to_operators is not UNSET:
            field_dict["CallRouteMessageToOperators"] = call_route_message_to_operators
        if call_route_message_on_wrong_key is not UNSET:
            field_dict["CallRouteMessageOnWrongKey"] = call_route_message_on_wrong_key
        if number_of_operators is not UNSET:
            field_dict["NumberOfOperators"] = number_of_operators
        if answer_phone_mode is not UNSET:
            field_dict["AnswerPhoneMode"] = answer_phone_mode
        if retry_attempts is not UNSET:
            field_dict["RetryAttempts"] = retry_attempts
        if retry_period is not UNSET:
            field_dict["RetryPeriod"] = retry_period
        if caller_id is not UNSET:
            field_dict["CallerID"] = caller_id
        if voice is not UNSET:
            field_dict["Voice"] = voice
        if options is not UNSET:
            field_dict["Options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.destination import Destination  # noqa: PLC0415
        from ..models.voice_keypad import VoiceKeypad  # noqa: PLC0415

        d = dict(src_dict)
        message_to_people = d.pop("MessageToPeople")

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

        def _parse_billing_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        billing_account = _parse_billing_account(d.pop("BillingAccount", UNSET))

        def _parse_report_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        report_to = _parse_report_to(d.pop("ReportTo", UNSET))

        def _parse_message_to_answerphones(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_to_answerphones = _parse_message_to_answerphones(d.pop("MessageToAnswerphones", UNSET))

        def _parse_keypads(data: object) -> list[VoiceKeypad] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keypads_type_0 = []
                _keypads_type_0 = data
                for keypads_type_0_item_data in _keypads_type_0:
                    keypads_type_0_item = VoiceKeypad.from_dict(keypads_type_0_item_data)

                    keypads_type_0.append(keypads_type_0_item)

                return keypads_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[VoiceKeypad] | None | Unset, data)

        keypads = _parse_keypads(d.pop("Keypads", UNSET))

        def _parse_keypad_option_required(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keypad_option_required = _parse_keypad_option_required(d.pop("KeypadOptionRequired", UNSET))

        def _parse_call_route_message_to_people(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_route_message_to_people = _parse_call_route_message_to_people(d.pop("CallRouteMessageToPeople", UNSET))

        def _parse_call_route_message_to_operators(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_route_message_to_operators = _parse_call_route_message_to_operators(
            d.pop("CallRouteMessageToOperators", UNSET)
        )

        def _parse_call_route_message_on_wrong_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        call_route_message_on_wrong_key = _parse_call_route_message_on_wrong_key(
            d.pop("CallRouteMessageOnWrongKey", UNSET)
        )

        def _parse_number_of_operators(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_operators = _parse_number_of_operators(d.pop("NumberOfOperators", UNSET))

        def _parse_answer_phone_mode(data: object) -> AnswerPhoneMode | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answer_phone_mode_type_0 = check_answer_phone_mode(data)

                return answer_phone_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnswerPhoneMode | None | str | Unset, data)

        answer_phone_mode = _parse_answer_phone_mode(d.pop("AnswerPhoneMode", UNSET))

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

        def _parse_caller_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_id = _parse_caller_id(d.pop("CallerID", UNSET))

        def _parse_voice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        voice = _parse_voice(d.pop("Voice", UNSET))

        def _parse_options(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        options = _parse_options(d.pop("Options", UNSET))

        voice_message_data = cls(
            message_to_people=message_to_people,
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
            billing_account=billing_account,
            report_to=report_to,
            message_to_answerphones=message_to_answerphones,
            keypads=keypads,
            keypad_option_required=keypad_option_required,
            call_route_message_to_people=call_route_message_to_people,
            call_route_message_to_operators=call_route_message_to_operators,
            call_route_message_on_wrong_key=call_route_message_on_wrong_key,
            number_of_operators=number_of_operators,
            answer_phone_mode=answer_phone_mode,
            retry_attempts=retry_attempts,
            retry_period=retry_period,
            caller_id=caller_id,
            voice=voice,
            options=options,
        )

        voice_message_data.additional_properties = d
        return voice_message_data

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
